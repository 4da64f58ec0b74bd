import type { Core, Data } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  KNOWN_SOURCES,
  canonicalizeUnknownName,
  createSourceResolver,
  matchKey,
  reusingKnownNames,
  type KnownNames,
  type SourceResolver,
} from '../attribution';
import { lockFor } from '../postgres/advisory-lock';
import { coherentValue } from '../coherence/local-caches';

import { SOURCE_UID } from '../content-model/uids';

/*
 * A Source row as loaded here (SOURCE_FIELDS). Strapi's entry type makes every attribute
 * optional and the id `string | number`; a row has its integer id and the required name.
 */
export type SourceRecord = Pick<
  Required<Data.ContentType<typeof SOURCE_UID>>,
  'documentId' | 'slug' | 'kind' | 'url' | 'verified' | 'aliases'
> & { id: number; name: string };

const SOURCE_FIELDS = ['id', 'documentId', 'name', 'slug', 'kind', 'url', 'verified', 'aliases'];

interface Registry {
  byName: Map<string, SourceRecord>;
  byId: Map<number, SourceRecord>;
  byDocumentId: Map<string, SourceRecord>;
  resolver: SourceResolver;
  /** Who detection counts as a known outlet: the verified Sources, by name and alias. */
  knownNames: KnownNames;
}

/*
 * Every article write resolves names against all Sources: they are few (hundreds), so they
 * are kept in memory until a Source changes in any process (the `sources` scope of
 * src/coherence), and reloaded on a miss before an unverified Source is created.
 */
let strapiRef: Core.Strapi | null = null;
const registry = coherentValue('sources', () => loadRegistry(strapiRef as Core.Strapi));

export function invalidateSourceRegistry(): void {
  registry.invalidate();
}

const aliasesOf = (source: SourceRecord): string[] =>
  Array.isArray(source.aliases)
    ? source.aliases.filter((alias): alias is string => typeof alias === 'string')
    : [];

/*
 * Only verified Sources make a name known to detection: one that detection created itself
 * (unverified) would otherwise vouch for its own next sighting in phrases that need a known
 * outlet. By id, so that seeded outlets keep the order of known-sources.json.
 */
const knownNamesOf = reusingKnownNames();

async function loadRegistry(strapi: Core.Strapi): Promise<Registry> {
  const rows = (await strapi.db
    .query(SOURCE_UID)
    .findMany({ select: SOURCE_FIELDS, orderBy: { id: 'asc' } })) as SourceRecord[];
  return {
    byName: new Map(rows.map((row) => [row.name, row])),
    byId: new Map(rows.map((row) => [row.id, row])),
    byDocumentId: new Map(rows.map((row) => [row.documentId, row])),
    resolver: createSourceResolver(
      rows.map((row) => ({ name: row.name, aliases: aliasesOf(row) }))
    ),
    knownNames: knownNamesOf(
      rows
        .filter((row) => row.verified === true)
        .map((row) => ({ name: row.name, aliases: aliasesOf(row) }))
    ),
  };
}

export function sourceRegistry(strapi: Core.Strapi): Promise<Registry> {
  strapiRef = strapi;
  return registry.get();
}

/**
 * The Source a detected name stands for; a name no alias knows becomes an unverified Source,
 * exactly once even when several writers find it at the same moment (advisory lock on the
 * name, then a fresh look).
 */
export async function resolveOrCreateSource(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  rawName: string,
  locale: string
): Promise<SourceRecord> {
  const known = await sourceRegistry(strapi);
  const name = known.resolver.resolve(rawName, locale);
  const hit = name ? known.byName.get(name) : undefined;
  if (hit) return hit;

  const tidy = canonicalizeUnknownName(rawName);
  await lockFor(trx, `source:${matchKey(tidy)}`);
  invalidateSourceRegistry();
  const fresh = await sourceRegistry(strapi);
  const again = fresh.resolver.resolve(rawName, locale);
  const found = again ? fresh.byName.get(again) : undefined;
  if (found) return found;

  const created = (await strapi.documents(SOURCE_UID).create({
    data: { name: tidy, kind: 'other', verified: false, aliases: [tidy] },
    // Narrowed: a created Source has its integer id and its name (see SourceRecord).
  })) as SourceRecord;
  invalidateSourceRegistry();
  return created;
}

/**
 * Seeds the usual agencies and outlets. Idempotent: adds what is missing, adds new aliases to
 * what exists, and verifies a Source that detection had created unverified.
 */
export async function seedKnownSources(strapi: Core.Strapi): Promise<void> {
  const existing = await loadRegistry(strapi);
  for (const seed of KNOWN_SOURCES) {
    const resolvedName = existing.byName.has(seed.name)
      ? seed.name
      : [seed.name, ...seed.aliases]
          .map((alias) => existing.resolver.resolve(alias, 'en'))
          .find((found): found is string => Boolean(found));
    const current = resolvedName ? existing.byName.get(resolvedName) : undefined;
    const aliases = [...new Set([seed.name, ...seed.aliases])];
    if (!current) {
      await strapi.documents(SOURCE_UID).create({
        data: { ...seed, aliases, verified: true },
      });
      continue;
    }
    const currentAliases = aliasesOf(current);
    const merged = [...new Set([...currentAliases, ...aliases])];
    if (merged.length !== currentAliases.length || !current.verified) {
      await strapi.documents(SOURCE_UID).update({
        documentId: current.documentId,
        data: {
          aliases: merged,
          verified: true,
          ...(current.verified ? {} : { kind: seed.kind, url: seed.url, country: seed.country }),
        },
      });
    }
  }
  invalidateSourceRegistry();
}
