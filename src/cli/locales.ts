/*
 * npm run locales -- <list | add | default | remove | status> ...
 * Locales and their translators, from the command line. See USAGE for the commands and the
 * exit codes scripts can rely on.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { knownLocaleCodes } from '../locales/known';
import { readLocaleConfig } from '../locales/config';
import { LocaleRefusedError, UnknownLocaleError } from '../locales/errors';
import { defaultExportPath } from '../locales/export';
import {
  addLocale,
  listLocales,
  removeLocale,
  setDefaultLocale,
  type LocaleSummary,
} from '../locales/manage';
import { translationStatus, type TranslationStatus } from '../translators/status';
import { readStatusParams, StatusParamsError } from '../translators/status-params';
import { EXIT, UsageError, parseCommandLine, projectRoot, runCli, withStrapi } from './boot';

/** Exit codes: boot.ts's three, plus two for outcomes a script may want to tell apart. */
export const LOCALES_EXIT = {
  ...EXIT,
  /** Refused: the locale holds content (remove without --force), is the default or in CMS_LOCALES. */
  refused: 3,
  /** The code is not one Strapi knows (add), or there is no such locale (the others). */
  unknownLocale: 4,
} as const;

const USAGE = `Usage: npm run locales -- <command> [options]

Commands:
  list [--json]                         locales: code, name, default, articles, translator role
  add <code> [--name "..."]             add a locale (an ISO code Strapi knows, any case) and its
                                        "Translator (<code>)" role; adding it again changes nothing
  default <code>                        make a locale the default
  remove <code> [--force] [--export <file>]
                                        remove a locale; refused for the default locale and for
                                        locales in CMS_LOCALES (every start adds those back), and
                                        while it has articles or sections unless --force, which
                                        first exports them (drafts and published versions, every
                                        field) to a JSON file (default database/exports/)
  status <code> [--json] [--page <n>] [--page-size <n>]
                                        articles missing or outdated in a locale (as
                                        GET /api/articles/translation-status)

Exit codes:
  0  done
  1  failed (database or unexpected error)
  2  usage error
  3  refused: the locale holds content (remove without --force), is the default, or is in CMS_LOCALES
  4  unknown locale: not an ISO code Strapi knows (add), or no such locale (default/remove/status)`;

const say = (line = '') => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`${line}\n`);

export type Command =
  | { name: 'help' }
  | { name: 'list'; json: boolean }
  | { name: 'add'; code: string; localeName?: string }
  | { name: 'default'; code: string }
  | { name: 'remove'; code: string; force: boolean; exportFile?: string }
  | { name: 'status'; code: string; json: boolean; page?: string; pageSize?: string };

/** Reads the command line; a UsageError (exit 2) before anything touches the database. */
export function parseCommand(argv: string[]): Command {
  const { values, positionals } = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        name: { type: 'string' },
        force: { type: 'boolean' },
        export: { type: 'string' },
        page: { type: 'string' },
        'page-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE
  );
  const [name, ...rest] = positionals;
  if (values.help || name === 'help' || name === undefined) {
    if (name === undefined && !values.help) throw new UsageError(USAGE);
    return { name: 'help' };
  }
  const allowed: Record<string, string[]> = {
    list: ['json'],
    add: ['name'],
    default: [],
    remove: ['force', 'export'],
    status: ['json', 'page', 'page-size'],
  };
  if (!(name in allowed)) throw new UsageError(`Unknown command "${name}".\n\n${USAGE}`);
  const stray = Object.keys(values).filter((option) => !allowed[name].includes(option));
  if (stray.length > 0) {
    throw new UsageError(`"${name}" takes no --${stray.join(', --')}.\n\n${USAGE}`);
  }
  const wantsCode = name !== 'list';
  if (rest.length !== (wantsCode ? 1 : 0)) {
    throw new UsageError(
      `${wantsCode ? `"${name}" takes one locale code` : '"list" takes no arguments'}.\n\n${USAGE}`
    );
  }
  const code = rest[0];
  switch (name) {
    case 'list':
      return { name, json: Boolean(values.json) };
    case 'add':
      if (values.name !== undefined && !/^.{1,50}$/u.test(values.name.trim())) {
        throw new UsageError("--name takes 1 to 50 characters (Strapi's limit)");
      }
      return { name, code, localeName: values.name?.trim() };
    case 'default':
      return { name, code };
    case 'remove':
      return { name, code, force: Boolean(values.force), exportFile: values.export };
    default:
      return {
        name: 'status',
        code,
        json: Boolean(values.json),
        page: values.page,
        pageSize: values['page-size'],
      };
  }
}

function printLocales(locales: LocaleSummary[]): void {
  const header = ['code', 'name', 'default', 'articles', 'published', 'translator role'];
  const rows = locales.map((locale) => [
    locale.code,
    locale.name,
    locale.isDefault ? 'yes' : '',
    String(locale.articles),
    String(locale.published),
    locale.translatorRole ?? '(none)',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length))
  );
  for (const row of [header, ...rows]) {
    say(
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd()
    );
  }
}

function printStatus(status: TranslationStatus, localeName: string): void {
  const { data, meta } = status;
  const { page, pageSize, missing, outdated } = meta.pagination;
  say(`Translation status of ${data.locale} (${localeName})`);
  say(
    `  articles: ${data.total}   in ${data.locale}: ${data.translated}   missing: ${missing.total}   outdated: ${outdated.total}`
  );
  const range = (count: number, total: number) =>
    total === 0 ? '' : ` ${(page - 1) * pageSize + 1}-${(page - 1) * pageSize + count} of ${total}`;
  say();
  say(`Missing in ${data.locale}${range(data.missing.length, missing.total)}:`);
  if (data.missing.length === 0) say('  (none on this page)');
  for (const item of data.missing) say(`  ${item.documentId}  [${item.locale}] ${item.title}`);
  say();
  say(`Outdated in ${data.locale}${range(data.outdated.length, outdated.total)}:`);
  if (data.outdated.length === 0) say('  (none on this page)');
  for (const item of data.outdated) {
    say(
      `  ${item.documentId}  ${item.title}  (from ${item.from ?? '?'}, source changed ${item.changedAt ?? '?'})`
    );
  }
  if (page < meta.pagination.pageCount) {
    say();
    say(`Page ${page} of ${meta.pagination.pageCount}: --page ${page + 1} for more.`);
  }
}

/** Runs one command against a booted Strapi; returns the exit code. */
export async function runCommand(
  strapi: Core.Strapi,
  command: Exclude<Command, { name: 'help' }>
): Promise<number> {
  switch (command.name) {
    case 'list': {
      const locales = await listLocales(strapi);
      if (command.json) say(JSON.stringify({ data: locales }, null, 2));
      else printLocales(locales);
      return LOCALES_EXIT.ok;
    }
    case 'add': {
      const result = await addLocale(strapi, command.code, command.localeName);
      const { code, name } = result.locale;
      const role = result.translatorRole ? `; role "${result.translatorRole}"` : '';
      if (result.outcome === 'created') say(`Added locale ${code} (${name})${role}.`);
      else if (result.outcome === 'renamed')
        say(`Locale ${code} exists; renamed to "${name}"${role}.`);
      else say(`Locale ${code} (${name}) exists already; nothing to do${role}.`);
      return LOCALES_EXIT.ok;
    }
    case 'default': {
      const { previous, locale } = await setDefaultLocale(strapi, command.code);
      const config = readLocaleConfig(process.env);
      if (
        config.defaultIsConfigured &&
        config.defaultLocale.toLowerCase() !== locale.code.toLowerCase()
      ) {
        warn(
          `Note: CMS_DEFAULT_LOCALE=${config.defaultLocale} is set; the next start makes it the default again.`
        );
      }
      say(
        previous === locale.code
          ? `${locale.code} (${locale.name}) is the default locale already.`
          : `Default locale: ${locale.code} (${locale.name}), was ${previous ?? 'unset'}.`
      );
      return LOCALES_EXIT.ok;
    }
    case 'remove': {
      const exportFile = (code: string) =>
        command.exportFile
          ? path.resolve(process.env.INIT_CWD ?? process.cwd(), command.exportFile)
          : defaultExportPath(projectRoot(), code);
      const result = await removeLocale(strapi, command.code, {
        force: command.force,
        exportFile,
      });
      if (result.exportFile) {
        say(
          `Exported ${result.deleted.articles} article(s) and ${result.deleted.sections} section(s) in ${result.locale.code} to ${result.exportFile}`
        );
      }
      say(`Removed locale ${result.locale.code} (${result.locale.name}).`);
      if (result.translatorRole === 'removed') {
        say(`Removed role "Translator (${result.locale.code})".`);
      } else if (result.translatorRole === 'kept-read-only') {
        say(`Role "Translator (${result.locale.code})" still has users: kept, reduced to reading.`);
      }
      return LOCALES_EXIT.ok;
    }
    case 'status': {
      const known = await knownLocaleCodes(strapi);
      const match = [...known].find((code) => code.toLowerCase() === command.code.toLowerCase());
      if (!match) {
        throw new UnknownLocaleError(
          `There is no locale "${command.code}". Locales: ${[...known].sort().join(', ')}.`,
          command.code
        );
      }
      let params;
      try {
        params = readStatusParams(
          { locale: match, page: command.page, pageSize: command.pageSize },
          known
        );
      } catch (error) {
        if (error instanceof StatusParamsError)
          throw new UsageError(`--page/--page-size: ${error.message}`);
        throw error;
      }
      const status = await translationStatus(strapi, params.locale, params);
      if (command.json) {
        say(JSON.stringify(status, null, 2));
      } else {
        const locale = (await listLocales(strapi)).find((row) => row.code === match);
        printStatus(status, locale?.name ?? match);
      }
      return LOCALES_EXIT.ok;
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (command.name === 'help') {
    say(USAGE);
    return LOCALES_EXIT.ok;
  }
  try {
    return await withStrapi((strapi) => runCommand(strapi, command));
  } catch (error) {
    if (error instanceof UnknownLocaleError) {
      warn(error.message);
      return LOCALES_EXIT.unknownLocale;
    }
    if (error instanceof LocaleRefusedError) {
      warn(`Refused: ${error.message}`);
      return LOCALES_EXIT.refused;
    }
    throw error;
  }
}

if (require.main === module) runCli(main);
