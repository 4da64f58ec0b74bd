import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, SOURCE_REF_UID, TRANSLATION_UID } from '../content-model/uids';

/*
 * The Article edit view as translators see it: the translation status and the detected
 * sources near the top, each field labelled and explained, the hook-written attribution line
 * read-only. Written through the content manager's own configuration service once per
 * VIEW_VERSION, so what an admin later changes in "Configure the view" is kept.
 */
// 2: Sources entries headed by the agency; corrections, embargo and schedule fields.
// 3: list columns Sources and Translation (src/editorial/list-columns.ts).
const VIEW_VERSION = 3;
const STORE = { type: 'plugin', name: 'newsroom', key: 'article-edit-view-version' } as const;

type Row = { name: string; size: number }[];

export interface FieldText {
  label: string;
  description?: string;
  editable?: boolean;
  visible?: boolean;
}

export interface ViewSpec {
  fields: Record<string, FieldText>;
  edit: Row[];
  mainField?: string;
  /** List view columns, in order; fields not in the model are left out. */
  list?: string[];
}

const row = (...cells: [string, number][]): Row => cells.map(([name, size]) => ({ name, size }));

export const ARTICLE_VIEW: ViewSpec = {
  // What an editor asks first: who is credited (empty: unattributed) and whether this
  // locale's translation is up to date. Both are filterable ("is null", "is outdated").
  list: ['id', 'title', 'sourceNames', 'translationState', 'embargoUntil', 'updatedAt'],
  fields: {
    title: { label: 'Title' },
    slug: { label: 'Slug', description: 'Filled from the title on every save when left empty.' },
    translation: {
      label: 'Translation',
      description:
        'How this locale came to be. "outdated": the locale it was translated from changed its title, lead or body since; saving this text marks it current again.',
    },
    attributionLine: {
      label: 'Attribution line',
      description:
        'Written by the attribution hooks from the sources and the translation on every save.',
      editable: false,
    },
    originalReporting: {
      label: 'Original reporting',
      description: "The site's own reporting: no external source is needed to publish.",
    },
    sources: {
      label: 'Sources',
      description:
        'Agencies and outlets this locale is based on or quotes. Detected in the text on every save; rows added by hand are kept.',
    },
    lead: { label: 'Lead' },
    body: { label: 'Body' },
    dateline: { label: 'Dateline', description: 'e.g. Vaşinqton' },
    section: { label: 'Section' },
    originalLanguage: {
      label: 'Original language',
      description: 'BCP 47 code of the original text, e.g. en. Shared by every locale.',
    },
    originalPublishedAt: { label: 'Original published at', description: 'Shared by every locale.' },
    // List-view copies of `sources` and `translation`: shown in the list, not in the form.
    sourceNames: { label: 'Sources', visible: false, editable: false },
    translationState: { label: 'Translation status', visible: false, editable: false },
    corrections: {
      label: 'Corrections',
      description:
        'Dated notes of what was corrected, shown to readers. Adding one marks the translations made from this locale outdated.',
    },
    embargoUntil: {
      label: 'Embargo until',
      description: 'Not published before this time, in any locale (shared by every locale).',
    },
    publishOnEmbargoLift: {
      label: 'Publish when the embargo lifts',
      description:
        'Publish this locale automatically at "Embargo until" (checked every 15 seconds).',
    },
    unpublishAt: {
      label: 'Unpublish at',
      description: 'Unpublished automatically at this time, in every locale.',
    },
  },
  edit: [
    row(['title', 8], ['slug', 4]),
    row(['translation', 12]),
    row(['attributionLine', 8], ['originalReporting', 4]),
    row(['sources', 12]),
    row(['lead', 12]),
    row(['body', 12]),
    row(['dateline', 6], ['section', 6]),
    row(['originalLanguage', 6], ['originalPublishedAt', 6]),
    row(['embargoUntil', 4], ['publishOnEmbargoLift', 4], ['unpublishAt', 4]),
    row(['corrections', 12]),
  ],
};

export const TRANSLATION_VIEW: ViewSpec = {
  fields: {
    status: {
      label: 'Status',
      description: 'current, or outdated when the source locale changed after this translation',
    },
    method: { label: 'Method', description: 'original, human, machine or machine-reviewed' },
    from: { label: 'Translated from', description: 'Locale code, e.g. en' },
    translator: { label: 'Translator', description: 'The admin user who made this localization' },
    engine: { label: 'Engine', description: 'Machine translation engine, when method is machine' },
    translatedAt: { label: 'Translated at' },
    sourceChangedAt: {
      label: 'Source changed at',
      description: 'When the source locale last changed its text (outdated only)',
    },
  },
  edit: [
    row(['status', 4], ['method', 4], ['from', 4]),
    row(['translator', 6], ['engine', 6]),
    row(['translatedAt', 6], ['sourceChangedAt', 6]),
  ],
};

export const SOURCE_REF_VIEW: ViewSpec = {
  mainField: 'agency',
  fields: {
    agency: {
      label: 'Agency',
      description: 'The name of the Source, written on every save; heads the entry',
      editable: false,
    },
    source: { label: 'Source' },
    quotedAs: { label: 'Quoted as', description: 'The phrase found in the text' },
    role: { label: 'Role', description: 'origin: based on it; quoted: cited in it' },
    detected: {
      label: 'Detected',
      description: 'Set by the attribution hooks when the phrase is in the text',
      editable: false,
    },
    originalUrl: { label: 'Original URL' },
    originalHeadline: { label: 'Original headline' },
    inheritedFrom: {
      label: 'Inherited from',
      description: 'The locale this translation took the Source from; remove the entry to drop it',
      editable: false,
    },
  },
  edit: [
    row(['source', 6], ['quotedAs', 6]),
    row(['role', 4], ['detected', 4], ['agency', 4]),
    row(['originalUrl', 6], ['originalHeadline', 6]),
    row(['inheritedFrom', 4]),
  ],
};

export interface StoredConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;
  layouts: { list: string[]; edit: Row[] };
}

/**
 * The configuration with the view spec applied: labels, descriptions, editability and
 * visibility of the named fields, and the edit layout. Fields the spec does not place keep
 * their own rows, appended after it, so a field added to the schema later still shows.
 */
export function applyViewSpec(current: StoredConfiguration, spec: ViewSpec): StoredConfiguration {
  const metadatas = { ...current.metadatas };
  for (const [name, text] of Object.entries(spec.fields)) {
    // A field the content manager does not show (`visible: false` in the schema) has none.
    if (!(name in metadatas)) continue;
    const meta = metadatas[name];
    metadatas[name] = {
      ...meta,
      edit: {
        ...meta.edit,
        label: text.label,
        description: text.description ?? meta.edit?.description ?? '',
        ...(text.editable !== undefined && { editable: text.editable }),
        ...(text.visible !== undefined && { visible: text.visible }),
      },
      list: { ...meta.list, label: text.label },
    };
  }
  const hidden = new Set(
    Object.entries(spec.fields)
      .filter(([, text]) => text.visible === false)
      .map(([name]) => name)
  );
  const placed = new Set(spec.edit.flat().map((cell) => cell.name));
  const leftovers = current.layouts.edit
    .map((cells) => cells.filter((cell) => !placed.has(cell.name) && !hidden.has(cell.name)))
    .filter((cells) => cells.length > 0);
  const known = (cell: { name: string }) => cell.name in metadatas;
  const edit = [...spec.edit, ...leftovers]
    .map((cells) => cells.filter(known))
    .filter((cells) => cells.length > 0);
  return {
    settings: { ...current.settings, ...(spec.mainField && { mainField: spec.mainField }) },
    metadatas,
    layouts: {
      ...current.layouts,
      edit,
      ...(spec.list && { list: spec.list.filter((name) => name in metadatas) }),
    },
  };
}

// The content manager's configuration services (untyped in @strapi/types).
interface ConfigurationService {
  findConfiguration(model: { uid: string; category?: string }): Promise<StoredConfiguration>;
  updateConfiguration(
    model: { uid: string; category?: string },
    configuration: StoredConfiguration
  ): Promise<unknown>;
}

/** Applies the views once per VIEW_VERSION; true when it wrote them. */
export async function configureArticleEditView(strapi: Core.Strapi): Promise<boolean> {
  const store = strapi.store({ type: STORE.type, name: STORE.name });
  const applied = Number((await store.get({ key: STORE.key })) ?? 0);
  if (applied >= VIEW_VERSION) return false;

  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as ConfigurationService;
  const components = contentManager.service('components') as ConfigurationService;
  const write = async (
    service: ConfigurationService,
    model: { uid: string; category?: string },
    spec: ViewSpec
  ) => {
    const current = await service.findConfiguration(model);
    const { settings, metadatas, layouts } = applyViewSpec(current, spec);
    await service.updateConfiguration(model, { settings, metadatas, layouts });
  };
  await write(contentTypes, { uid: ARTICLE_UID }, ARTICLE_VIEW);
  await write(components, { uid: TRANSLATION_UID, category: 'attribution' }, TRANSLATION_VIEW);
  await write(components, { uid: SOURCE_REF_UID, category: 'attribution' }, SOURCE_REF_VIEW);
  await store.set({ key: STORE.key, value: VIEW_VERSION });
  return true;
}
