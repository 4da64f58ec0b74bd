/*
 * What one GraphQL request may ask of the server. Strapi resolves every relation of every row
 * with its own query, so the work of a request is roughly the number of object fields it
 * selects, multiplied by the page sizes of the lists above them; one query with 1,000
 * `articleBySlug` aliases ran 11 s, four of them pushed other readers' p99 from 75 ms to 7 s.
 * Two stages, both before anything executes:
 * - documentShapeProblem: without the schema, on the parsed document, before graphql-js
 *   validates it (its rules, and Strapi's depth limit, recurse through fragments without a
 *   cycle guard: a cycle of spreads was a stack overflow, a 500): unknown or cyclic fragments,
 *   too many aliases or fields.
 * - costLimitRule: an Apollo validation rule with the schema: the estimated cost.
 * Pure: graphql-js only.
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

export interface CostLimits {
  /** Aliased fields in one document (after fragments are expanded). */
  maxAliases: number;
  /** Field selections in one document (after fragments are expanded). */
  maxFields: number;
  /** Estimated resolver calls: object fields × the page sizes of the lists above them. */
  maxCost: number;
  /** Strapi's `maxLimit`: what a page size given by a variable may reach. */
  maxPageSize: number;
  /** Strapi's `defaultLimit`: the page size of a paginated field given none. */
  defaultPageSize: number;
  /** The assumed length of a list field that takes no pagination (components, alternates). */
  defaultListSize: number;
}

export const DEFAULT_COST_LIMITS: CostLimits = {
  maxAliases: 50,
  maxFields: 1_000,
  maxCost: 2_500,
  maxPageSize: 100,
  defaultPageSize: 25,
  defaultListSize: 10,
};

/** Why this document may not run, or null. Counts saturate instead of expanding fragments. */
export function documentShapeProblem(document: DocumentNode, limits: CostLimits): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const fragmentProblem = findFragmentProblem(document, fragments);
  if (fragmentProblem) return fragmentProblem;

  // Per fragment: its fields and aliases once expanded (memoized: no cycles remain).
  const totals = new Map<string, { fields: number; aliases: number }>();
  const count = (selectionSet: SelectionSetNode): { fields: number; aliases: number } => {
    let fields = 0;
    let aliases = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        fields += 1;
        if (selection.alias) aliases += 1;
        if (selection.selectionSet) {
          const inner = count(selection.selectionSet);
          fields += inner.fields;
          aliases += inner.aliases;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = count(selection.selectionSet);
        fields += inner.fields;
        aliases += inner.aliases;
      } else {
        const name = selection.name.value;
        let total = totals.get(name);
        if (!total) {
          total = count(fragments.get(name)!.selectionSet);
          totals.set(name, total);
        }
        fields += total.fields;
        aliases += total.aliases;
      }
      if (fields > limits.maxFields || aliases > limits.maxAliases) break;
    }
    return { fields, aliases };
  };

  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const { fields, aliases } = count(definition.selectionSet);
    if (aliases > limits.maxAliases) {
      return `The query uses more than ${limits.maxAliases} aliases (the most allowed)`;
    }
    if (fields > limits.maxFields) {
      return `The query selects more than ${limits.maxFields} fields`;
    }
  }
  return null;
}

/** A spread of a fragment that does not exist, or a cycle of spreads. */
function findFragmentProblem(
  document: DocumentNode,
  fragments: Map<string, FragmentDefinitionNode>
): string | null {
  const spreadsOf = (selectionSet: SelectionSetNode, into: Set<string>): Set<string> => {
    // Iterative: a selection set nested thousands deep must not overflow the stack either.
    const stack = [selectionSet];
    while (stack.length > 0) {
      for (const selection of stack.pop()!.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) into.add(selection.name.value);
        else if (selection.selectionSet) stack.push(selection.selectionSet);
      }
    }
    return into;
  };
  const edges = new Map<string, Set<string>>();
  for (const [name, fragment] of fragments)
    edges.set(name, spreadsOf(fragment.selectionSet, new Set()));
  const spreadByOperations = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      spreadsOf(definition.selectionSet, spreadByOperations);
    }
  }
  for (const spreads of [...edges.values(), spreadByOperations]) {
    for (const target of spreads) {
      if (!fragments.has(target)) return `Unknown fragment "${target.slice(0, 100)}"`;
    }
  }
  // Depth-first search with colours; iterative for the same reason.
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of fragments.keys()) {
    if (state.get(start) === 'done') continue;
    const stack: { name: string; next: Iterator<string> }[] = [
      { name: start, next: edges.get(start)!.values() },
    ];
    state.set(start, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const step = top.next.next();
      if (step.done) {
        state.set(top.name, 'done');
        stack.pop();
        continue;
      }
      const target = step.value;
      if (state.get(target) === 'visiting') {
        return `Fragment "${target.slice(0, 100)}" spreads itself (a fragment cycle)`;
      }
      if (!state.has(target)) {
        state.set(target, 'visiting');
        stack.push({ name: target, next: edges.get(target)!.values() });
      }
    }
  }
  return null;
}

/** The estimated cost of each operation, checked against `maxCost` (GRAPHQL_VALIDATION_FAILED). */
export function costLimitRule(limits: CostLimits): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    Document: {
      leave(document) {
        const schema = context.getSchema();
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) {
            fragments.set(definition.name.value, definition);
          }
        }
        const estimator = new CostEstimator(schema, fragments, limits);
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const root = schema.getRootType(definition.operation);
          if (!root) continue;
          const cost = estimator.selectionSet(definition.selectionSet, root, false);
          if (cost > limits.maxCost) {
            context.reportError(
              new GraphQLError(
                `The query's estimated cost is ${Math.round(cost)}; at most ${limits.maxCost} is allowed`,
                { nodes: [definition] }
              )
            );
          }
        }
      },
    },
  });
}

class CostEstimator {
  private readonly visiting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly limits: CostLimits
  ) {}

  selectionSet(set: SelectionSetNode, parent: GraphQLCompositeType, insidePage: boolean): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parent, insidePage);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = this.typeCondition(selection.typeCondition?.name.value) ?? parent;
        cost += this.selectionSet(selection.selectionSet, type, insidePage);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        if (!fragment || this.visiting.has(name)) continue; // reported by graphql-js' own rules
        this.visiting.add(name);
        const type = this.typeCondition(fragment.typeCondition.name.value) ?? parent;
        cost += this.selectionSet(fragment.selectionSet, type, insidePage);
        this.visiting.delete(name);
      }
      if (cost > this.limits.maxCost) return cost;
    }
    return cost;
  }

  private typeCondition(name: string | undefined): GraphQLCompositeType | null {
    const type = name ? this.schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : null;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, insidePage: boolean): number {
    if (node.name.value.startsWith('__') || !node.selectionSet) return 0;
    const definition = fieldsOf(parent)?.[node.name.value];
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    if (!isCompositeType(type)) return 0;
    const paginated = definition.args.some((argument) => argument.name === 'pagination');
    const size = paginated
      ? this.pageSize(node)
      : isListType(getNullableType(definition.type)) && !insidePage
        ? this.limits.defaultListSize
        : 1;
    return 1 + size * this.selectionSet(node.selectionSet, type, paginated);
  }

  /** `pagination: { limit | pageSize }` as written; a variable may reach the maximum. */
  private pageSize(node: FieldNode): number {
    const argument = node.arguments?.find((candidate) => candidate.name.value === 'pagination');
    if (!argument) return this.limits.defaultPageSize;
    if (argument.value.kind !== Kind.OBJECT) return this.limits.maxPageSize;
    let size: number | null = null;
    for (const field of argument.value.fields) {
      if (field.name.value !== 'limit' && field.name.value !== 'pageSize') continue;
      size = intValue(field.value) ?? this.limits.maxPageSize;
    }
    if (size === null) return this.limits.defaultPageSize;
    // `limit: -1` is Strapi's "as many as allowed".
    return size < 1 ? this.limits.maxPageSize : Math.min(size, this.limits.maxPageSize);
  }
}

function fieldsOf(
  type: GraphQLCompositeType
): Record<string, GraphQLField<unknown, unknown>> | null {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : null;
}

function intValue(value: ValueNode): number | null {
  return value.kind === Kind.INT ? Number(value.value) : null;
}
