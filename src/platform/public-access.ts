import { errors } from '@strapi/utils';

/*
 * Anonymous reads of the content API, authenticated without a database query. Stock
 * users-permissions answers every anonymous request by loading the Public role's permissions
 * and building a CASL ability from them (plugin strategies/users-permissions.js): measured with
 * `npm run bench`, ~0.9 ms of CPU and one query per read. This strategy builds the same ability
 * once and keeps it until a permission, role or locale changes (invalidateCacheOnPermissionChange)
 * or TTL_MS passes (another instance may have changed them). Routes list it first in
 * `config.auth.strategies`; a request with credentials goes on to the token and user strategies.
 */
const TTL_MS = 10_000;

interface Ability {
  can(action: string): boolean;
}

let cached: { ability: Promise<Ability | null>; loadedAt: number } | null = null;

export function invalidatePublicAbility(): void {
  cached = null;
}

// users-permissions' permission service is untyped in Strapi's types.
interface PermissionService {
  findPublicPermissions(): Promise<unknown[]>;
  toContentAPIPermission(permission: unknown): unknown;
}

async function loadPublicAbility(): Promise<Ability | null> {
  const service = strapi.plugin('users-permissions').service('permission') as PermissionService;
  const permissions = (await service.findPublicPermissions()).map((permission) =>
    service.toContentAPIPermission(permission)
  );
  if (permissions.length === 0) return null;
  return (await strapi.contentAPI.permissions.engine.generateAbility(
    permissions as never
  )) as unknown as Ability;
}

function publicAbility(): Promise<Ability | null> {
  if (!cached || Date.now() - cached.loadedAt > TTL_MS) {
    const ability = loadPublicAbility();
    cached = { ability, loadedAt: Date.now() };
    ability.catch(() => invalidatePublicAbility());
  }
  return cached.ability;
}

interface AuthContext {
  request: { header: Record<string, string | string[] | undefined> };
}

export const publicAccess = {
  name: 'public-access',
  async authenticate(ctx: AuthContext) {
    if (ctx.request.header.authorization) return { authenticated: false };
    const ability = await publicAbility();
    return ability ? { authenticated: true, credentials: null, ability } : { authenticated: false };
  },
  /** As users-permissions verifies an anonymous request: every scope must be allowed. */
  async verify(auth: { ability?: Ability | null }, config: { scope?: string | string[] }) {
    if (!config.scope || !auth.ability) throw new errors.UnauthorizedError();
    const scopes = Array.isArray(config.scope) ? config.scope : [config.scope];
    if (!scopes.every((scope) => auth.ability?.can(scope))) throw new errors.ForbiddenError();
  },
};

/** Route `config.auth` for public reads: the cached Public ability, then tokens and users. */
export const PUBLIC_READ_AUTH = {
  strategies: [publicAccess, 'content-api-token', 'users-permissions'],
};
