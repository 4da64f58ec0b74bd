import type { Core } from '@strapi/strapi';

/** Who is behind the current HTTP request, as far as drafts and private data go. */
export type Caller = 'server' | 'admin' | 'api-token' | 'preview' | 'public';

/*
 * Code that runs outside a request (bootstrap, CLI, tests calling the Document Service) is
 * trusted. Inside a request only an admin session, an API token or a preview token (signed by
 * the admin's preview handler for one version of one article, src/preview) counts as
 * privileged: anonymous visitors and users-permissions end users are the public.
 */
export function currentCaller(strapi: Core.Strapi): Caller {
  const ctx = strapi.requestContext.get() as
    | { state?: { auth?: { strategy?: { name?: string } } }; request?: unknown }
    | undefined;
  if (!ctx || !ctx.request) return 'server';
  const strategy = ctx.state?.auth?.strategy?.name;
  if (strategy === 'admin' || strategy === 'admin-token') return 'admin';
  if (strategy === 'content-api-token' || strategy === 'api-token') return 'api-token';
  if (strategy === 'preview-token') return 'preview';
  return 'public';
}

export const isPrivileged = (caller: Caller) => caller !== 'public';
