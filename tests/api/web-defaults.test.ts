/*
 * Web defaults: CORS from CMS_CORS_ORIGINS with credentials only for origins named there,
 * no X-Powered-By, self-registration off unless CMS_USER_REGISTRATION=on, and a
 * forgot-password that answers the same for every address and never with a 5xx.
 */
import { bootStrapi, http, stopStrapi, strapiInstance } from '../harness/strapi';
import { syncRegistrationSetting } from '../../src/access/user-accounts';

const SITE = 'https://news.example';
const STRANGER = 'https://evil.example';

// Read at boot by config/middlewares.ts; this file's environment only.
process.env.CMS_CORS_ORIGINS = `${SITE}, http://localhost:3000`;
delete process.env.CMS_USER_REGISTRATION;

beforeAll(bootStrapi);
afterAll(stopStrapi);

const ENDPOINTS: [string, () => ReturnType<ReturnType<typeof http>['get']>][] = [
  ['the REST API', () => http().get('/api/articles?locale=en')],
  ['GraphQL', () => http().post('/graphql').send({ query: '{ sections { name } }' })],
  ['the admin API', () => http().get('/admin/init')],
];

describe('CORS', () => {
  it.each(ENDPOINTS)('answers a configured origin on %s, with credentials', async (_, send) => {
    const response = await send().set('Origin', SITE);
    expect(response.headers['access-control-allow-origin']).toBe(SITE);
    expect(response.headers['access-control-allow-credentials']).toBe('true');
  });

  it.each(ENDPOINTS)('gives any other origin no CORS headers on %s', async (_, send) => {
    const response = await send().set('Origin', STRANGER);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers a preflight from a configured origin and refuses one from another', async () => {
    const preflight = (origin: string) =>
      http()
        .options('/api/articles')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'PUT')
        .set('Access-Control-Request-Headers', 'Authorization, Content-Type');
    const allowed = await preflight(SITE);
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(SITE);
    const refused = await preflight(STRANGER);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('X-Powered-By', () => {
  it.each([
    ...ENDPOINTS,
    ['an error', () => http().get('/api/no-such-route')],
    ['the health check', () => http().get('/api/health')],
  ] as typeof ENDPOINTS)('is not sent by %s', async (_, send) => {
    const response = await send();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

const registration = () => ({
  username: `reader-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
  email: `reader-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@newsroom.test`,
  password: 'Reader-Passw0rd!',
});

describe('self-registration', () => {
  afterEach(async () => {
    delete process.env.CMS_USER_REGISTRATION;
    await syncRegistrationSetting(strapiInstance());
  });

  it('is refused by default, in Strapi’s error shape, and creates no user', async () => {
    const body = registration();
    const response = await http().post('/api/auth/local/register').send(body);
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      data: null,
      error: {
        status: 403,
        name: 'ForbiddenError',
        message: 'Self-registration is disabled on this site.',
        details: {},
      },
    });
    const users = await strapiInstance()
      .db.query('plugin::users-permissions.user')
      .count({ where: { email: body.email } });
    expect(users).toBe(0);
  });

  it('is refused through GraphQL too', async () => {
    const { username, email, password } = registration();
    const response = await http()
      .post('/graphql')
      .send({
        query: `mutation { register(input: { username: "${username}", email: "${email}", password: "${password}" }) { jwt } }`,
      });
    expect(response.body.data?.register ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.body.errors?.[0]?.message).toBe('Self-registration is disabled on this site.');
  });

  it('shows as off in the admin panel’s users-permissions settings', async () => {
    const advanced = (await strapiInstance()
      .store({ type: 'plugin', name: 'users-permissions' })
      .get({ key: 'advanced' })) as { allow_register: boolean };
    expect(advanced.allow_register).toBe(false);
  });

  it('stays refused when only the admin setting is switched on', async () => {
    const store = strapiInstance().store({ type: 'plugin', name: 'users-permissions' });
    const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown>;
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: true } });
    await http().post('/api/auth/local/register').send(registration()).expect(403);
  });

  it('is open with CMS_USER_REGISTRATION=on (after a restart, which syncs the setting)', async () => {
    process.env.CMS_USER_REGISTRATION = 'on';
    await syncRegistrationSetting(strapiInstance());
    const response = await http().post('/api/auth/local/register').send(registration());
    expect(response.status).toBe(200);
    expect(typeof response.body.jwt).toBe('string');
  });
});

describe('forgot-password', () => {
  const known = `known-${Date.now()}@newsroom.test`;

  beforeAll(async () => {
    await strapiInstance()
      .plugin('users-permissions')
      .service('user')
      .add({
        username: `known-${Date.now()}`,
        email: known,
        password: 'Known-Passw0rd!',
        provider: 'local',
        confirmed: true,
        role: (
          await strapiInstance()
            .db.query('plugin::users-permissions.role')
            .findOne({ where: { type: 'authenticated' } })
        ).id,
      });
  });

  const ask = (email: unknown) => http().post('/api/auth/forgot-password').send({ email });

  it('answers a known and an unknown address alike, with a 200', async () => {
    const forKnown = await ask(known);
    const forUnknown = await ask(`nobody-${Date.now()}@newsroom.test`);
    expect(forKnown.status).toBe(200);
    expect(forUnknown.status).toBe(200);
    expect(forKnown.body).toEqual({ ok: true });
    expect(forUnknown.body).toEqual(forKnown.body);
  });

  it('still issues the reset token for the known address (an admin can send the link)', async () => {
    await ask(known).expect(200);
    let token: string | null = null;
    for (let attempt = 0; attempt < 100 && !token; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const user = await strapiInstance()
        .db.query('plugin::users-permissions.user')
        .findOne({ where: { email: known } });
      token = user?.resetPasswordToken ?? null;
    }
    expect(token).toEqual(expect.any(String));
  });

  it('answers GraphQL alike for both', async () => {
    const mutation = (email: string) =>
      http()
        .post('/graphql')
        .send({ query: `mutation { forgotPassword(email: "${email}") { ok } }` });
    const forKnown = await mutation(known);
    const forUnknown = await mutation(`nobody-${Date.now()}@newsroom.test`);
    expect(forKnown.body).toEqual({ data: { forgotPassword: { ok: true } } });
    expect(forUnknown.body).toEqual(forKnown.body);
  });

  it.each([['not-an-address'], [''], [42], [null]])(
    'refuses a malformed address %p with a 400 in Strapi’s shape',
    async (email) => {
      const response = await ask(email);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        data: null,
        error: { status: 400, name: 'ValidationError' },
      });
    }
  );
});
