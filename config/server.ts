import { assertProductionSecrets } from '../src/access/secrets';

export default ({ env }: { env: EnvFn }) => {
  assertProductionSecrets(process.env);
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    app: { keys: env.array('APP_KEYS') },
    // Tests and CLI tools load Strapi without cron (strapi/strapi#27469).
    cron: { enabled: env.bool('CRON_ENABLED', false) },
    logger: { updates: { enabled: false } },
  };
};
