import type { Core } from '@strapi/strapi';

/** Who is behind the current HTTP request, as far as drafts and private data go. */
export type Caller = 'server' | 'admin' | 'api-token' | 'public';

/*
 * Code that runs outside a request (bootstrap, CLI, tests calling the Document Service) is
 * trusted. Inside a request only an admin session or an API token counts as privileged:
 * anonymous visitors and users-permissions end users are the public.
 */
export function currentCaller(strapi: Core.Strapi): Caller {
  const ctx = strapi.requestContext.get() as
    | { state?: { auth?: { strategy?: { name?: string } } }; request?: unknown }
    | undefined;
  if (!ctx || !ctx.request) return 'server';
  const strategy = ctx.state?.auth?.strategy?.name;
  if (strategy === 'admin' || strategy === 'admin-token') return 'admin';
  if (strategy === 'content-api-token' || strategy === 'api-token') return 'api-token';
  return 'public';
}

export const isPrivileged = (caller: Caller) => caller !== 'public';
