import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { knownLocaleCodes } from '../locales/known';
import { translationStatus, type TranslationStatus } from './status';
import { readStatusParams, StatusParamsError } from './status-params';

/** The translation status a request's query asks for; bad parameters are a 400 ValidationError. */
export async function statusFromQuery(
  strapi: Core.Strapi,
  query: Record<string, unknown>
): Promise<TranslationStatus> {
  let params;
  try {
    params = readStatusParams(query, await knownLocaleCodes(strapi));
  } catch (error) {
    if (error instanceof StatusParamsError) {
      throw new errors.ValidationError(error.message, error.details);
    }
    throw error;
  }
  return translationStatus(strapi, params.locale, params);
}
