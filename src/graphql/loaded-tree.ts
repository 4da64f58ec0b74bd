/*
 * Objects a root resolver loaded whole, with their relations and components, in one query
 * (`articleBySlug` reads what REST by-slug reads: src/site/published-by-slug.ts). Strapi's field
 * resolvers would load each relation and component again, one query, one query check and one
 * sanitize pass per field and per list item; a field resolver that finds its value already in
 * a loaded parent returns it instead.
 *
 * The rule is conservative, so the answer is always the one Strapi's resolver would give: the
 * value is used only when the query gives the field no arguments (filters, sort, pagination are
 * Strapi's to apply) and every field selected beneath it is present in the loaded value;
 * anything else falls through to Strapi's resolver. Authorization is not affected: it is
 * applied around every resolver (plugin-graphql wrap-resolvers) before either runs.
 */
import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

const loadedObjects = new WeakSet<object>();

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Marks an object (and, as they are read, the objects beneath it) as loaded whole. */
export function markLoaded<T extends object>(value: T): T {
  loadedObjects.add(value);
  return value;
}

function selectionIsWithin(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  value: Record<string, unknown>
): boolean {
  if (!selectionSet) return true;
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) {
      return selection.name.value === '__typename' || selection.name.value in value;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
    return fragment ? selectionIsWithin(fragment.selectionSet, fragments, value) : false;
  });
}

function covers(value: unknown, info: GraphQLResolveInfo): boolean {
  if (value === null || value === undefined) return true;
  const items = Array.isArray(value) ? value : [value];
  return items.every(
    (item) =>
      isObject(item) &&
      info.fieldNodes.every((node) => selectionIsWithin(node.selectionSet, info.fragments, item))
  );
}

/** The parent itself when it was loaded whole with these fields, else null. */
export function loadedWith(parent: unknown, fields: readonly string[]): object | null {
  return isObject(parent) && loadedObjects.has(parent) && fields.every((field) => field in parent)
    ? parent
    : null;
}

/**
 * The loaded value of `parent[field]` when it answers this field of this query exactly, else
 * null (then Strapi's resolver runs). Objects beneath it are marked loaded in turn.
 */
export function loadedField(
  parent: unknown,
  field: string,
  info: GraphQLResolveInfo
): { value: unknown } | null {
  if (!isObject(parent) || !loadedObjects.has(parent) || !(field in parent)) return null;
  if (info.fieldNodes.some((node) => (node.arguments?.length ?? 0) > 0)) return null;
  const value = parent[field];
  if (!covers(value, info)) return null;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (isObject(item)) loadedObjects.add(item);
  }
  return { value };
}
