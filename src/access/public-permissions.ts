import type { Core } from '@strapi/strapi';

/** What an anonymous visitor or a signed-in reader may do: read published content, nothing else. */
export const PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::article.article.bySlug',
  'api::article.article.attribution',
  'api::article.article.jsonld',
  'api::article.article-site.search',
  'api::article.article-site.ninjs',
  'api::feed.feed.rss',
  'api::feed.feed.atom',
  'api::feed.feed.json',
  'api::feed.feed.ninjs',
  'api::sitemap.sitemap.index',
  'api::sitemap.sitemap.articles',
  'api::sitemap.sitemap.news',
  'api::section.section.find',
  'api::section.section.findOne',
  'api::source.source.find',
  'api::source.source.findOne',
] as const;

const OUR_APIS = ['api::article.', 'api::section.', 'api::source.', 'api::feed.', 'api::sitemap.'];

interface PermissionRow {
  id: number;
  action: string;
}

/**
 * Makes the permissions on this project's APIs of the Public role, and of the Authenticated role
 * (signed-in site readers read what the public reads, no more and no less), exactly
 * PUBLIC_ACTIONS: missing reads are granted, any write someone granted by hand is withdrawn.
 * Runs at every boot.
 */
export async function ensurePublicReadOnly(strapi: Core.Strapi): Promise<void> {
  for (const type of ['public', 'authenticated']) {
    const role = (await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type } })) as { id: number } | null;
    if (role) await grantExactlyPublicActions(strapi, role.id);
  }
}

async function grantExactlyPublicActions(strapi: Core.Strapi, roleId: number): Promise<void> {
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = (await permissions.findMany({
    where: { role: roleId },
    select: ['id', 'action'],
  })) as PermissionRow[];
  const ours = granted.filter((row) => OUR_APIS.some((prefix) => row.action.startsWith(prefix)));
  const allowed = new Set<string>(PUBLIC_ACTIONS);
  const existingActions = new Set(ours.map((row) => row.action));

  for (const action of PUBLIC_ACTIONS) {
    if (existingActions.has(action)) continue;
    await permissions.create({ data: { action, role: roleId } });
  }
  const forbidden = ours.filter((row) => !allowed.has(row.action)).map((row) => row.id);
  if (forbidden.length > 0) await permissions.deleteMany({ where: { id: { $in: forbidden } } });
}
