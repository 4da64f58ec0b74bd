import type { Core } from '@strapi/strapi';
import { publicAccess } from '../../cache/public-ability';

/*
 * Every content-API request that names no strategies of its own (GraphQL at /graphql, and any
 * REST route without `config.auth.strategies`) is authenticated by the registered content-API
 * strategies in the order they were registered. users-permissions answers an anonymous one by
 * loading the Public role's permissions and building their ability, a query and ~1 ms of CPU
 * per request; registered before it, the cached Public ability (src/cache/public-ability.ts,
 * the same permissions, kept coherent across processes) answers first. Requests with an
 * Authorization header pass on to the token and users-permissions strategies as before.
 */
interface PluginServer {
  register?: (context: { strapi: Core.Strapi }) => unknown;
}

export default (plugin: PluginServer): PluginServer => {
  const register = plugin.register;
  plugin.register = (context) => {
    context.strapi.get('auth').register('content-api', publicAccess);
    return register?.(context);
  };
  return plugin;
};
