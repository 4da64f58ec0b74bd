/*
 * A small newsroom for the read-side tests (feeds, sitemaps, search, ninjs): a Reuters story
 * in English with its Azerbaijani translation, an APA story only in Azerbaijani, a draft, in
 * sections of their own. Names are unique per run, so other test files' articles do not matter.
 */
import type { Core } from '@strapi/strapi';
import { paragraph, unique } from './builders';

const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';

export const SITE_ENV = {
  CMS_SITE_URL: 'https://news.example',
  CMS_ARTICLE_PATH: '/{locale}/{section}/{slug}',
  CMS_PUBLICATION_NAMES: 'az=Bbabo Xəbər,en=Bbabo News',
  CMS_SITE_LOGO: '/static/logo.png',
};

/** Sets the site configuration for this file's Strapi; returns a function that restores it. */
export function useSiteEnv(): () => void {
  const saved = Object.fromEntries(Object.keys(SITE_ENV).map((key) => [key, process.env[key]]));
  Object.assign(process.env, SITE_ENV);
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

export interface Newsroom {
  tag: string;
  sections: { az: { documentId: string; slug: string }; en: { documentId: string; slug: string } };
  otherSection: { documentId: string; slug: string };
  /** Reuters story: en original, az human translation. */
  reuters: {
    documentId: string;
    en: { title: string; slug: string };
    az: { title: string; slug: string };
  };
  /** APA story, az only, in the other section. */
  apa: { documentId: string; az: { title: string; slug: string } };
  draft: { documentId: string; title: string };
}

async function section(strapi: Core.Strapi, locale: string, name: string) {
  const created = (await strapi.documents(SECTION).create({
    locale,
    data: { name } as never,
  })) as unknown as { documentId: string; slug: string };
  return { documentId: created.documentId, slug: created.slug };
}

export async function buildNewsroom(strapi: Core.Strapi): Promise<Newsroom> {
  const tag = unique('zq').replace(/[^a-z0-9]/gi, '');
  const docs = strapi.documents(ARTICLE);
  const sections = {
    en: await section(strapi, 'en', `World ${tag}`),
    az: await section(strapi, 'az', `Dünya ${tag}`),
  };
  const otherSection = await section(strapi, 'az', `Cəmiyyət ${tag}`);

  const en = (await docs.create({
    locale: 'en',
    status: 'published',
    data: {
      title: `Istanbul ferries resume after storm ${tag}`,
      lead: 'ISTANBUL (Reuters) - Ferries crossing the Bosphorus resumed on Monday.',
      body: [
        paragraph('Ilham Aliyev and other leaders were running late because of the storm.'),
        paragraph('Officials said services would be running normally by the evening.'),
      ],
      dateline: 'ISTANBUL',
      originalLanguage: 'en',
      section: sections.en.documentId,
    } as never,
  })) as unknown as { documentId: string; slug: string; title: string };
  const az = (await docs.update({
    documentId: en.documentId,
    locale: 'az',
    status: 'published',
    data: {
      title: `İstanbulda bərələr fırtınadan sonra işləyir ${tag}`,
      lead: 'Reuters agentliyinin verdiyi məlumata görə, bərələr bazar ertəsi işə başlayıb.',
      body: [
        paragraph('İLHAM Əliyev İstanbulda görüşlər keçirib, ISTANBUL limanı açıqdır.'),
        paragraph('Bakı və İstanbul arasında <uçuşlar> & reyslər bərpa olunub.'),
      ],
      dateline: 'İstanbul',
      section: sections.az.documentId,
    } as never,
  })) as unknown as { slug: string; title: string };

  const apa = (await docs.create({
    locale: 'az',
    status: 'published',
    data: {
      title: `Sabah Bakıda küləkli hava gözlənilir ${tag}`,
      lead: 'APA-nın məlumatına görə, sabah hava küləkli olacaq.',
      body: [paragraph('Şimal-qərb küləyi axşam saatlarında güclənəcək.')],
      dateline: 'Bakı',
      section: otherSection.documentId,
    } as never,
  })) as unknown as { documentId: string; slug: string; title: string };

  const draft = (await docs.create({
    locale: 'az',
    data: {
      title: `Gizli qaralama İstanbul ${tag}`,
      lead: 'Reuters agentliyinin verdiyi məlumata görə, hələ dərc olunmayıb.',
      section: sections.az.documentId,
    } as never,
  })) as unknown as { documentId: string; title: string };

  return {
    tag,
    sections,
    otherSection,
    reuters: {
      documentId: en.documentId,
      en: { title: en.title, slug: en.slug },
      az: { title: az.title, slug: az.slug },
    },
    apa: { documentId: apa.documentId, az: { title: apa.title, slug: apa.slug } },
    draft: { documentId: draft.documentId, title: draft.title },
  };
}
