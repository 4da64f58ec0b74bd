/*
 * Boots the compiled app from a given dist directory (the benchmark runs a private snapshot of
 * dist/, so a recompile by someone else mid-run cannot change the code under measurement).
 */
import { createStrapi, type Core } from '@strapi/strapi';
import { projectRoot } from '../../src/cli/boot';

export interface AppOptions {
  distDir: string;
  databaseUrl: string;
  logLevel?: string;
}

/** CMS_LOCALES with the benchmark's locales added (the app always serves en and az). */
export function withBenchLocales(
  configured: string | undefined,
  locales: readonly string[]
): string {
  const all = new Set([...(configured ?? '').split(',').map((code) => code.trim()), ...locales]);
  return [...all].filter(Boolean).join(',');
}

export function createBenchStrapi({ distDir, databaseUrl, logLevel }: AppOptions): Core.Strapi {
  process.env.DATABASE_URL = databaseUrl;
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const app = createStrapi({
    appDir: projectRoot(distDir),
    distDir,
    autoReload: false,
    serveAdminPanel: false,
  });
  // The request logger at `http` level would cost more than some of the reads it logs.
  app.log.level = logLevel ?? 'error';
  return app;
}
