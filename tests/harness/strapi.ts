/*
 * Boots the real Strapi (compiled once by global-setup) against this run's PostgreSQL
 * database, and wraps its HTTP server in supertest. One instance per test file.
 */
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { waitForIdleDatabase } from '../../src/cli/boot';
import { ensureSuperAdmin } from './admin-accounts';
import { unique } from './builders';

const root = path.resolve(__dirname, '..', '..');
let instance: Core.Strapi | null = null;

export async function bootStrapi(): Promise<Core.Strapi> {
  if (instance) return instance;
  const app = createStrapi({
    appDir: root,
    distDir: path.join(root, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  app.log.level = process.env.STRAPI_LOG_LEVEL ?? 'error';
  await app.load();
  app.server.mount();
  instance = app;
  return app;
}

export async function stopStrapi(): Promise<void> {
  if (!instance) return;
  const app = instance;
  instance = null;
  await app.server.httpServer.close();
  // Strapi re-reads entries for its events after each commit; let those finish first.
  await waitForIdleDatabase(app);
  await app.destroy();
}

export function strapiInstance(): Core.Strapi {
  if (!instance) throw new Error('call bootStrapi() in beforeAll first');
  return instance;
}

/** supertest over the in-process HTTP server, no port needed. */
export function http() {
  return request(strapiInstance().server.httpServer);
}

const ADMIN = {
  firstname: 'Test',
  lastname: 'Admin',
  email: 'admin@newsroom.test',
  password: 'Admin-Passw0rd!',
};

/** An admin JWT for the test admin (registered first or added beside another, see admin-accounts). */
export async function adminJwt(): Promise<string> {
  await ensureSuperAdmin(
    strapiInstance(),
    (url, body) =>
      http()
        .post(url)
        .send(body as object),
    ADMIN
  );
  const login = await http()
    .post('/admin/login')
    .send({ email: ADMIN.email, password: ADMIN.password });
  if (login.status !== 200) throw new Error(`admin login failed: ${JSON.stringify(login.body)}`);
  return login.body.data.token;
}

/**
 * An admin user holding one role, as an editor would make one (invited by `superAdminJwt`,
 * registered with the invitation, logged in): their session token and user id.
 */
export async function adminUserWithRole(
  superAdminJwt: string,
  roleName: string,
  person: { firstname: string; lastname: string }
): Promise<{ token: string; id: number }> {
  const bearer = { Authorization: `Bearer ${superAdminJwt}` };
  const roles = (await http().get('/admin/roles').set(bearer).expect(200)).body.data as {
    id: number;
    name: string;
  }[];
  const role = roles.find((candidate) => candidate.name === roleName);
  if (!role) throw new Error(`no role ${roleName}`);
  const email = `${unique(person.firstname).replace(/\W+/g, '-').toLowerCase()}@newsroom.test`;
  const invited = await http()
    .post('/admin/users')
    .set(bearer)
    .send({ ...person, email, roles: [role.id] })
    .expect(201);
  const password = 'Transl8tor-Passw0rd!';
  await http()
    .post('/admin/register')
    .send({
      registrationToken: invited.body.data.registrationToken,
      userInfo: { ...person, password },
    })
    .expect(200);
  const login = await http().post('/admin/login').send({ email, password }).expect(200);
  return { token: login.body.data.token, id: invited.body.data.id };
}

/** A fresh content-API token ("full-access" unless told), made through the admin API. */
export async function apiToken(type: 'full-access' | 'read-only' = 'full-access'): Promise<string> {
  const jwt = await adminJwt();
  const response = await http()
    .post('/admin/api-tokens')
    .set('Authorization', `Bearer ${jwt}`)
    .send({ name: `test-${type}-${Date.now()}-${Math.random()}`, type, lifespan: null });
  if (response.status !== 201) throw new Error(`token: ${JSON.stringify(response.body)}`);
  return response.body.data.accessKey;
}
