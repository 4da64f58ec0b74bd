import type { Core, UID } from '@strapi/strapi';
import { lockFor } from '../postgres/advisory-lock';
import { adminService, type AdminRole, type StoredPermission } from '../access/admin-services';
import {
  isManagedPermission,
  readOnlyPermissions,
  translatorPermissions,
  type ModelFields,
  type PermissionSpec,
  type TranslatorScope,
} from './role-permissions';
import { ARTICLE_UID, SECTION_UID, SOURCE_UID } from '../content-model/uids';

const READ_ONLY_UIDS: UID.ContentType[] = [SECTION_UID, SOURCE_UID];

/** Article fields a translator does not write: the hooks write them, or the importer does. */
const HOOK_WRITTEN_FIELDS = ['attributionLine', 'contentHash', 'sourceNames', 'translationState'];

// One lock for every process that changes translator roles (boot, CLI, admin panel).
const ROLES_LOCK = 'newsroom:translator-roles';

/*
 * Role codes are `translator:<locale>`. Strapi generates codes for hand-made roles with
 * kebab-case (`translator-lead-…`), which never contains a colon, so a role someone names
 * "Translator lead" is never mistaken for one of these.
 */
const CODE_PREFIX = 'translator:';
export const translatorRoleCode = (locale: string) => `${CODE_PREFIX}${locale}`;
export const translatorRoleName = (locale: string) => `Translator (${locale})`;

interface LocaleRow {
  code: string;
  name: string;
}

const roleService = (strapi: Core.Strapi) => adminService(strapi, 'admin::role');
const permissionService = (strapi: Core.Strapi) => adminService(strapi, 'admin::permission');

export interface RoleSyncReport {
  created: string[];
  updated: string[];
  removed: string[];
  /** Roles whose locale is gone but which users still hold: reduced to reading. */
  retired: string[];
}

function isLocalized(model: { pluginOptions?: unknown }): boolean {
  const options = model.pluginOptions as { i18n?: { localized?: boolean } } | undefined;
  return options?.i18n?.localized === true;
}

/** The field lists of the models translators touch, from the live schema. */
export function translatorModels(
  strapi: Core.Strapi
): Omit<TranslatorScope, 'locale' | 'allLocales'> {
  const contentTypes = adminService(strapi, 'admin::content-type');
  const describe = (uid: UID.ContentType): ModelFields => {
    const model = strapi.contentTypes[uid];
    return {
      uid,
      localized: isLocalized(model),
      fields: contentTypes.getNestedFields(model, { components: strapi.components }),
    };
  };
  const article = describe(ARTICLE_UID);
  const attributes: Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }> =
    strapi.contentTypes[ARTICLE_UID].attributes;
  // Non-localized fields (originalReporting, ...) are shared by every locale: not a
  // translator's to change for the others.
  const writableFields = article.fields.filter((path) => {
    const field = path.split('.')[0];
    return (
      attributes[field]?.pluginOptions?.i18n?.localized !== false &&
      !HOOK_WRITTEN_FIELDS.includes(field)
    );
  });
  return { writable: { ...article, writableFields }, readOnly: READ_ONLY_UIDS.map(describe) };
}

/**
 * Makes the translator roles match the locales: one `Translator (<code>)` role per locale with
 * the permissions of role-permissions.ts, every role's read access covering every locale. A
 * role whose locale is gone is deleted, or reduced to reading while users still hold it.
 * Permissions an admin added by hand to these roles are kept. Idempotent; serialized across
 * processes by an advisory lock.
 */
export async function syncTranslatorRoles(strapi: Core.Strapi): Promise<RoleSyncReport> {
  const report: RoleSyncReport = { created: [], updated: [], removed: [], retired: [] };
  await strapi.db.transaction(async ({ trx }) => {
    await lockFor(trx, ROLES_LOCK);
    const locales = (await strapi.db
      .query('plugin::i18n.locale')
      .findMany({ select: ['code', 'name'], orderBy: { code: 'asc' } })) as LocaleRow[];
    const allLocales = locales.map((locale) => locale.code);
    const models = translatorModels(strapi);
    const roles = (await strapi.db.query('admin::role').findMany({
      where: { code: { $startsWith: CODE_PREFIX } },
    })) as AdminRole[];

    for (const locale of locales) {
      const { role, created } = await ensureRole(strapi, locale, roles);
      const changed = await assignManaged(
        strapi,
        role.id,
        translatorPermissions({ ...models, locale: locale.code, allLocales }),
        models
      );
      if (created) report.created.push(role.name);
      else if (changed) report.updated.push(role.name);
    }

    const live = new Set(allLocales.map(translatorRoleCode));
    for (const role of roles.filter((candidate) => !live.has(candidate.code))) {
      if ((await roleService(strapi).getUsersCount(role.id)) === 0) {
        await roleService(strapi).deleteByIds([role.id]);
        report.removed.push(role.name);
      } else if (
        await assignManaged(strapi, role.id, readOnlyPermissions({ ...models, allLocales }), models)
      ) {
        report.retired.push(role.name);
      }
    }
  });
  return report;
}

async function ensureRole(
  strapi: Core.Strapi,
  locale: LocaleRow,
  roles: AdminRole[]
): Promise<{ role: AdminRole; created: boolean }> {
  const code = translatorRoleCode(locale.code);
  const name = translatorRoleName(locale.code);
  const description = `Reads articles in every locale; creates, edits and publishes them in ${locale.name} only. Kept in step with the locales by the CMS.`;
  const existing = roles.find((role) => role.code === code);
  if (existing) {
    if (existing.name !== name || existing.description !== description) {
      return {
        role: await roleService(strapi).update({ id: existing.id }, { name, description }),
        created: false,
      };
    }
    return { role: existing, created: false };
  }
  // A role someone made by hand with this very name becomes the managed one.
  const namesake = (await strapi.db
    .query('admin::role')
    .findOne({ where: { name } })) as AdminRole | null;
  if (namesake) {
    const adopted = (await strapi.db
      .query('admin::role')
      .update({ where: { id: namesake.id }, data: { code, description } })) as AdminRole;
    return { role: adopted, created: false };
  }
  return { role: await roleService(strapi).create({ name, code, description }), created: true };
}

/** Replaces the managed permissions of a role with `wanted`; true when anything changed. */
async function assignManaged(
  strapi: Core.Strapi,
  roleId: number,
  wanted: PermissionSpec[],
  models: Omit<TranslatorScope, 'locale' | 'allLocales'>
): Promise<boolean> {
  const current = await permissionService(strapi).findMany({ where: { role: { id: roleId } } });
  const managed = current.filter((permission) => isManagedPermission(permission, models));
  if (samePermissions(managed, wanted)) return false;
  const kept = current.filter((permission) => !isManagedPermission(permission, models));
  await roleService(strapi).assignPermissions(roleId, [...kept, ...wanted]);
  return true;
}

function comparable(permission: {
  action: string;
  subject?: string | null;
  properties?: object;
  conditions?: string[];
}): string {
  return stableJson([
    permission.action,
    permission.subject ?? null,
    permission.properties ?? {},
    [...(permission.conditions ?? [])].sort(),
  ]);
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order they were written in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function samePermissions(current: StoredPermission[], wanted: PermissionSpec[]): boolean {
  const a = current.map(comparable).sort();
  const b = wanted.map(comparable).sort();
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The translator role of a locale, if there is one. */
export async function findTranslatorRole(
  strapi: Core.Strapi,
  locale: string
): Promise<AdminRole | null> {
  return (await strapi.db
    .query('admin::role')
    .findOne({ where: { code: translatorRoleCode(locale) } })) as AdminRole | null;
}
