import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type StatusPage } from './status';

export interface StatusParams extends StatusPage {
  locale: string;
}

/** Why the parameters are unacceptable; thrown as a 400 by the controllers, exit 2 by the CLI. */
export class StatusParamsError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {}
  ) {
    super(message);
    this.name = 'StatusParamsError';
  }
}

function positiveInteger(value: unknown, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new StatusParamsError(`${name} must be a positive integer`, { [name]: value });
  }
  return number;
}

/**
 * Reads `locale` and the page from a query: Strapi's `pagination[page]` and
 * `pagination[pageSize]`, or plain `page` and `pageSize`. A page size over 100 is cut to 100,
 * as Strapi does with its own lists.
 */
export function readStatusParams(query: Record<string, unknown>, known: Set<string>): StatusParams {
  const { locale } = query;
  if (typeof locale !== 'string' || locale === '') {
    throw new StatusParamsError('locale is required, e.g. ?locale=az');
  }
  if (!known.has(locale)) {
    throw new StatusParamsError(
      `Unknown locale "${locale.slice(0, 40)}". Available locales: ${[...known].sort().join(', ')}`,
      { locale }
    );
  }
  const pagination =
    query.pagination && typeof query.pagination === 'object'
      ? (query.pagination as Record<string, unknown>)
      : {};
  const page = positiveInteger(pagination.page ?? query.page, 'page') ?? 1;
  const size = positiveInteger(pagination.pageSize ?? query.pageSize, 'pageSize');
  return { locale, page, pageSize: Math.min(size ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) };
}
