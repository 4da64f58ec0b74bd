import type { Core } from '@strapi/strapi';
import { listenerConnection } from '../../../src/coherence/bus';

/** A Strapi whose database config holds `connection`, as config/database.ts gives it. */
const strapiWith = (connection: object) =>
  ({ config: { get: () => connection } }) as unknown as Core.Strapi;

describe("the change listener's connection", () => {
  it('carries the password even when the config holds it as a hidden property', () => {
    // Strapi keeps the password out of enumeration (and so out of logs and spreads).
    const connection = { host: '127.0.0.1', port: 5433, user: 'postgres', schema: 'public' };
    Object.defineProperty(connection, 'password', { value: 's3cret', enumerable: false });
    expect(listenerConnection(strapiWith(connection))).toMatchObject({
      host: '127.0.0.1',
      port: 5433,
      user: 'postgres',
      password: 's3cret',
    });
  });

  it('leaves out the schema, which pg does not know, and names itself with the pid', () => {
    const settings = listenerConnection(strapiWith({ host: 'db', schema: 'public' }));
    expect(settings).not.toHaveProperty('schema');
    expect(settings.application_name).toBe(`newsroom-changes:${process.pid}`);
  });
});
