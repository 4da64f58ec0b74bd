import type { Core } from '@strapi/strapi';
import { modelOf } from '../content-model/models';
import { knownLocaleCodes } from '../locales/known';
import { adminService, type Ability } from './admin-services';
import { PERMISSION_OF, refusalMessage, type RefusedAction } from './refusals';

interface I18nOptions {
  i18n?: { localized?: boolean };
}

export const isLocalized = (strapi: Core.Strapi, uid: string): boolean => {
  const options: I18nOptions | undefined = modelOf(strapi, uid)?.pluginOptions;
  return options?.i18n?.localized === true;
};

/** "articles": the content type's plural name, as the admin panel's list view titles it. */
export function pluralOf(strapi: Core.Strapi, uid: string): string {
  const info = modelOf(strapi, uid)?.info;
  const plural = info && 'pluralName' in info ? info.pluralName : uid;
  return plural.replace(/-/g, ' ');
}

async function defaultLocale(strapi: Core.Strapi): Promise<unknown> {
  const locales = strapi.plugin('i18n')?.service('locales') as
    | { getDefaultLocale(): Promise<unknown> }
    | undefined;
  return locales?.getDefaultLocale();
}

/** Whether an admin user's ability allows `action` on `uid` in `locale` (Strapi's own check). */
export function adminMay(
  strapi: Core.Strapi,
  ability: Ability,
  uid: string,
  action: RefusedAction,
  locale?: string
): boolean {
  if (locale === undefined) return ability.can(PERMISSION_OF[action], uid);
  const subject = adminService(strapi, 'admin::permission')
    .createPermissionsManager({ ability, model: uid })
    .toSubject({ locale }, uid);
  return ability.can(PERMISSION_OF[action], subject);
}

/**
 * Why an admin user may not do `action` on `uid` (in `locale`, when the content type is
 * localized): the message and details of the 403. A locale that does not exist is not named.
 */
export async function adminRefusal(
  strapi: Core.Strapi,
  ability: Ability,
  uid: string,
  action: RefusedAction,
  locale: unknown
): Promise<{ message: string; details: Record<string, unknown> }> {
  const what = pluralOf(strapi, uid);
  const known = await knownLocaleCodes(strapi);
  // Without a locale, Strapi writes the default one (its i18n document-service middleware).
  if (locale === undefined || locale === null) locale = await defaultLocale(strapi);
  if (!isLocalized(strapi, uid) || typeof locale !== 'string' || !known.has(locale)) {
    return { message: refusalMessage({ by: 'role', action, what }), details: {} };
  }
  const allowedLocales = [...known]
    .sort()
    .filter((code) => adminMay(strapi, ability, uid, action, code));
  // Writing a locale the document lacks needs the create permission there as well.
  const refusedAction =
    allowedLocales.includes(locale) &&
    (action === 'update' || action === 'publish') &&
    !adminMay(strapi, ability, uid, 'create', locale)
      ? 'create'
      : action;
  const allowedForRefused =
    refusedAction === action
      ? allowedLocales
      : [...known].sort().filter((code) => adminMay(strapi, ability, uid, refusedAction, code));
  return {
    message: refusalMessage({
      by: 'role',
      action: refusedAction,
      what,
      locale,
      allowedLocales: allowedForRefused,
    }),
    details: { locale },
  };
}
