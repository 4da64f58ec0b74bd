/*
 * Why a write was refused, in the editor's terms: what they tried (as the admin panel's buttons
 * say it), in which locale, and where their role does allow it. Strapi's own refusals say only
 * "Forbidden"; these are what src/middlewares/forbidden-reasons.ts and the write pipeline answer
 * instead. A message names a locale only when it exists, and never a documentId (a refused
 * create leaves none behind).
 */

export type RefusedAction =
  | 'read'
  | 'create'
  | 'update'
  | 'publish'
  | 'unpublish'
  | 'discard'
  | 'delete';

/** The content-manager permission each action needs (Strapi's permission-checker ACTIONS). */
export const PERMISSION_OF: Record<RefusedAction, string> = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
  unpublish: 'plugin::content-manager.explorer.publish',
  discard: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
};

const VERB: Record<RefusedAction, string> = {
  read: 'read',
  create: 'create',
  update: 'edit',
  publish: 'publish',
  unpublish: 'unpublish',
  discard: 'discard the drafts of',
  delete: 'delete',
};

// Content-manager handlers (collection and single types) and the content API's core actions.
const ACTION_OF_HANDLER: Record<string, RefusedAction> = {
  find: 'read',
  findOne: 'read',
  create: 'create',
  clone: 'create',
  autoClone: 'create',
  update: 'update',
  createOrUpdate: 'update',
  publish: 'publish',
  bulkPublish: 'publish',
  unpublish: 'unpublish',
  bulkUnpublish: 'unpublish',
  discard: 'discard',
  delete: 'delete',
  bulkDelete: 'delete',
};

/** The action a route handler ("collection-types.publish", "api::article.article.create") does. */
export function actionOfHandler(handler: unknown): RefusedAction | null {
  if (typeof handler !== 'string') return null;
  const name = handler.slice(handler.lastIndexOf('.') + 1);
  return Object.prototype.hasOwnProperty.call(ACTION_OF_HANDLER, name)
    ? (ACTION_OF_HANDLER[name] as RefusedAction)
    : null;
}

export interface Refusal {
  /** Who is refused: an admin or users-permissions role, or an API token. */
  by: 'role' | 'api-token';
  action: RefusedAction;
  /** The content type as the editor calls it, plural: "articles". */
  what: string;
  /** The locale written, when the content type is localized and the locale exists. */
  locale?: string | null;
  /** The locales the role may do `action` in (for a localized content type). */
  allowedLocales?: readonly string[];
}

const quoted = (codes: readonly string[]) => codes.map((code) => `"${code}"`).join(', ');

export function refusalMessage({ by, action, what, locale, allowedLocales = [] }: Refusal): string {
  const verb = VERB[action];
  if (by === 'api-token') return `This API token may not ${verb} ${what}.`;
  if (!locale) return `Your role may not ${verb} ${what}.`;
  if (allowedLocales.includes(locale)) {
    // Allowed in this locale, refused all the same (a field or a condition of the role).
    return `Your role does not allow this change to ${what} in the "${locale}" locale.`;
  }
  if (allowedLocales.length === 0) return `Your role may not ${verb} ${what} in any locale.`;
  return `You may not ${verb} ${what} in the "${locale}" locale. Your role may ${verb} ${what} in ${quoted(allowedLocales)} only.`;
}
