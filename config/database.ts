import { describeMissingDatabase, parseDatabaseUrl } from '../src/postgres/url';

// PostgreSQL only. `npm run develop` / `npm start` start an embedded server and set
// DATABASE_URL for Strapi; in production, CI or your own setup, set DATABASE_URL yourself.
export default ({ env }: { env: EnvFn }) => {
  const url = env('DATABASE_URL', '');
  if (!url) throw new Error(describeMissingDatabase());
  const connection = parseDatabaseUrl(url);
  const sslEnabled = env.bool('DATABASE_SSL', false);

  return {
    connection: {
      client: 'postgres',
      connection: {
        ...connection,
        ssl: sslEnabled
          ? {
              key: env('DATABASE_SSL_KEY', undefined),
              cert: env('DATABASE_SSL_CERT', undefined),
              ca: env('DATABASE_SSL_CA', undefined),
              capath: env('DATABASE_SSL_CAPATH', undefined),
              cipher: env('DATABASE_SSL_CIPHER', undefined),
              rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
            }
          : false,
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: {
        min: env.int('DATABASE_POOL_MIN', 2),
        max: env.int('DATABASE_POOL_MAX', 10),
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
