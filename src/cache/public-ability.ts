import { errors } from '@strapi/utils';
import { coherentValue } from '../coherence/local-caches';

/*
 * Anonymous reads of the content API, authenticated without a database query. Stock
 * users-permissions answers every anonymous request by loading the Public role's permissions
 * and building a CASL ability from them (plugin strategies/users-permissions.js): measured with
 * `npm run bench`, ~0.9 ms of CPU and one query per read. This strategy builds the same ability
 * once and keeps it until a permission, role or locale changes in any process (the `ability`
 * scope of src/coherence). Routes list it first in `config.auth.strategies`; a request with
 * credentials goes on to the token and user strategies.
 */

/** A scope check, as users-permissions makes it: `ability.can(scope)`, with no subject. */
interface Ability {
  can(action: string): boolean;
}

/** A permission as the content API's permission engine takes it. */
type ContentAPIPermission = Parameters<
  typeof strapi.contentAPI.permissions.engine.generateAbility
>[0][number];

// users-permissions' permission service is untyped in Strapi's types.
interface PermissionService {
  findPublicPermissions(): Promise<unknown[]>;
  toContentAPIPermission(permission: unknown): ContentAPIPermission;
}

async function loadPublicAbility(): Promise<Ability | null> {
  const service = strapi.plugin('users-permissions').service('permission') as PermissionService;
  const permissions = (await service.findPublicPermissions()).map((permission) =>
    service.toContentAPIPermission(permission)
  );
  if (permissions.length === 0) return null;
  const ability = await strapi.contentAPI.permissions.engine.generateAbility(permissions);
  // Cast: CASL types can()'s subject as required; a scope check has none (CASL allows that).
  return ability as unknown as Ability;
}

const publicAbility = coherentValue('ability', loadPublicAbility);

interface AuthContext {
  request: { header: Record<string, string | string[] | undefined> };
}

export const publicAccess = {
  name: 'public-access',
  async authenticate(ctx: AuthContext) {
    if (ctx.request.header.authorization) return { authenticated: false };
    const ability = await publicAbility.get();
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
