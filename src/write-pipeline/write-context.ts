import type { Core, Modules } from '@strapi/strapi';
import { defaultLocaleOf } from '../locales/site-locales';
import { ARTICLE_UID } from '../content-model/uids';
import { findDraftVersions, type StoredArticle } from './stored-versions';

type Middleware = Modules.Documents.Middleware.Middleware;
type MiddlewareContext = Parameters<Middleware>[0];

export type WriteData = Record<string, unknown>;

/** What a Document Service call's parameters say, as the write steps read them. */
export interface WriteParams {
  documentId?: string;
  locale?: unknown;
  status?: string;
  data?: WriteData;
}

/**
 * One Document Service call as every step of the pipeline sees it: the locale it writes, the
 * locales it publishes, the document's stored draft versions. Each is worked out at most once
 * per call, whichever step asks first, and handed to the others, instead of each step asking
 * the database again. The drafts are those stored before this call writes anything: steps read
 * them before `next()`, while the document's lock (lock-document.ts) keeps other writers out.
 */
export class WriteContext {
  private defaultLocale: Promise<string> | null = null;
  private drafts: Promise<StoredArticle[]> | null = null;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly call: MiddlewareContext
  ) {}

  get uid(): MiddlewareContext['uid'] {
    return this.call.uid;
  }

  get action(): string {
    return this.call.action;
  }

  get isArticle(): boolean {
    return this.call.uid === ARTICLE_UID;
  }

  /** True for the actions that write a draft from `data`: create and update. */
  get writesData(): boolean {
    return this.call.action === 'create' || this.call.action === 'update';
  }

  get params(): WriteParams {
    return (this.call.params ?? {}) as WriteParams;
  }

  /** `data`, when the call carries an object of fields to write. */
  get data(): WriteData | null {
    const data = this.params.data;
    return data && typeof data === 'object' ? data : null;
  }

  get documentId(): string | undefined {
    return typeof this.params.documentId === 'string' ? this.params.documentId : undefined;
  }

  /** The site's default locale, asked of the i18n plugin once per call. */
  siteDefaultLocale(): Promise<string> {
    this.defaultLocale ??= defaultLocaleOf(this.strapi);
    return this.defaultLocale;
  }

  /** The locale a create or update writes: the `locale` parameter, else the default locale. */
  async locale(): Promise<string> {
    const locale = this.params.locale;
    return typeof locale === 'string' ? locale : this.siteDefaultLocale();
  }

  /** The locales a publish (or unpublish, discard) acts on: `*`, a list, or one. */
  async targetLocales(): Promise<string[]> {
    const locale = this.params.locale;
    if (locale === '*') return (await this.storedDrafts()).map((draft) => draft.locale);
    if (Array.isArray(locale))
      return locale.filter((item): item is string => typeof item === 'string');
    return [await this.locale()];
  }

  /** The article's draft rows in every locale, as stored before this call (none for a create). */
  storedDrafts(): Promise<StoredArticle[]> {
    const documentId = this.documentId;
    if (!this.isArticle || !documentId) return Promise.resolve([]);
    this.drafts ??= findDraftVersions(this.strapi, documentId);
    return this.drafts;
  }

  /** This call's locale's stored draft, null for a new document or a new localization. */
  async storedDraft(): Promise<StoredArticle | null> {
    const locale = await this.locale();
    return (await this.storedDrafts()).find((draft) => draft.locale === locale) ?? null;
  }
}

const contexts = new WeakMap<object, WriteContext>();

/** The WriteContext of a Document Service call, made by the first step that asks. */
export function writeContextOf(strapi: Core.Strapi, call: MiddlewareContext): WriteContext {
  let context = contexts.get(call);
  if (!context) {
    context = new WriteContext(strapi, call);
    contexts.set(call, context);
  }
  return context;
}

/** A pipeline step: a document-service middleware that reads the call through its WriteContext. */
export type WriteStep = (write: WriteContext, next: () => Promise<unknown>) => Promise<unknown>;

export function asMiddleware(strapi: Core.Strapi, step: WriteStep): Middleware {
  return (call, next) => step(writeContextOf(strapi, call), next) as ReturnType<Middleware>;
}
