/*
 * What a `Translator (<code>)` admin role may do, as plain data: read articles, sections and
 * sources in every locale; create, update and publish articles in its own locale only. Pure:
 * the models' field lists come in as arguments.
 */

export const CM_ACTIONS = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

export interface PermissionSpec {
  action: string;
  subject: string;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}

export interface ModelFields {
  uid: string;
  localized: boolean;
  /** Every field path the admin can show (`sources.quotedAs`, `translation.status`, ...). */
  fields: string[];
}

export interface TranslatorScope {
  /** The role's own locale: the only one it writes. */
  locale: string;
  /** Every configured locale: all of them are readable. */
  allLocales: string[];
  /** The content type translators write (articles). */
  writable: ModelFields & {
    /** The subset of `fields` a translator edits: localized ones, minus hook-written ones. */
    writableFields: string[];
  };
  /** Content types translators only read (sections, sources). */
  readOnly: ModelFields[];
}

const sorted = (values: string[]) => [...new Set(values)].sort();

function readPermission(model: ModelFields, allLocales: string[]): PermissionSpec {
  return {
    action: CM_ACTIONS.read,
    subject: model.uid,
    properties: {
      fields: [...model.fields],
      ...(model.localized && { locales: sorted(allLocales) }),
    },
    conditions: [],
  };
}

export function translatorPermissions(scope: TranslatorScope): PermissionSpec[] {
  const { writable, locale } = scope;
  const own = { locales: [locale] };
  return [
    readPermission(writable, scope.allLocales),
    ...scope.readOnly.map((model) => readPermission(model, scope.allLocales)),
    {
      action: CM_ACTIONS.create,
      subject: writable.uid,
      properties: { fields: [...writable.writableFields], ...own },
      conditions: [],
    },
    {
      action: CM_ACTIONS.update,
      subject: writable.uid,
      properties: { fields: [...writable.writableFields], ...own },
      conditions: [],
    },
    // Publishing has no field list in Strapi's permission model, only locales.
    { action: CM_ACTIONS.publish, subject: writable.uid, properties: own, conditions: [] },
  ];
}

/**
 * What is left of a role whose locale was removed while users still hold it: reading only,
 * so nobody is locked out of the admin and nobody writes a locale that no longer exists.
 */
export function readOnlyPermissions(scope: Omit<TranslatorScope, 'locale'>): PermissionSpec[] {
  return [
    readPermission(scope.writable, scope.allLocales),
    ...scope.readOnly.map((model) => readPermission(model, scope.allLocales)),
  ];
}

/**
 * Whether a permission is one this module manages on a translator role: any explorer action on
 * the written type, reading the read-only types. Anything else an admin adds by hand is kept.
 */
export function isManagedPermission(
  permission: { action: string; subject?: string | null },
  scope: Pick<TranslatorScope, 'writable' | 'readOnly'>
): boolean {
  const { action, subject } = permission;
  if (subject === scope.writable.uid) {
    return (Object.values(CM_ACTIONS) as string[]).includes(action);
  }
  return action === CM_ACTIONS.read && scope.readOnly.some((model) => model.uid === subject);
}
