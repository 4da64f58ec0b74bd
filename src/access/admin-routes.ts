import type { Core } from '@strapi/strapi';
import type { Ability } from './admin-services';

/** Koa's context as the admin router and the admin session leave it for a handler. */
export interface AdminContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  state: { userAbility?: Ability };
  status: number;
  body: unknown;
}

export interface AdminRoute {
  method: Core.HTTPMethod;
  path: string;
  handler: (ctx: AdminContext) => Promise<void>;
  config?: Core.RouteConfig;
}

/** Adds routes under `/<prefix>` of the admin API; Strapi tags each with `info.type: 'admin'`. */
export function registerAdminRoutes(strapi: Core.Strapi, prefix: string, routes: AdminRoute[]) {
  strapi.server.routes({
    type: 'admin',
    prefix,
    // Cast: Core.Route types a handler's context as plain Koa's (no params, no admin state) and
    // asks for the `info` Strapi fills in itself.
    routes: routes as unknown as Core.Route[],
  });
}
