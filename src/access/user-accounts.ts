import type { Core } from '@strapi/strapi';
import { forbiddenError } from '../http/errors';
import { validateYupSchema, yup } from '@strapi/utils';

/** CMS_USER_REGISTRATION=on opens /api/auth/local/register; anything else keeps it shut. */
export const selfRegistrationEnabled = (env: NodeJS.ProcessEnv = process.env) =>
  (env.CMS_USER_REGISTRATION ?? '').trim().toLowerCase() === 'on';

type Action = (ctx: AuthCtx) => Promise<unknown>;
interface AuthCtx {
  request: { body?: unknown };
  state: unknown;
  send(body: unknown): void;
}

// The plugin's own rule for this body, so a malformed request gets the answer it always got.
const validateForgotPasswordBody = validateYupSchema(
  yup.object({ email: yup.string().email().required() }).noUnknown()
);

/*
 * Site readers' accounts (users-permissions), wrapped at the controllers so REST and GraphQL
 * (whose mutations call the same controllers) behave alike:
 *   - register: refused unless CMS_USER_REGISTRATION=on, whatever the admin panel's
 *     "Enable sign-ups" says (bootstrap keeps that setting in step, see below);
 *   - forgot-password: the same 200 `{ok: true}` at once for every well-formed address. Whether
 *     the address is known, and whether the e-mail could be sent (no provider is configured
 *     by default), is decided afterwards, out of the request, and only logged: neither a
 *     different answer, a 500, nor the time a send takes tells a caller who has an account.
 */
export function guardUserAccounts(strapi: Core.Strapi): void {
  // Cast: Core.Controller actions take Koa's context and a `next`; these take neither whole.
  const auth = strapi.plugin('users-permissions').controller('auth') as unknown as Record<
    string,
    Action
  >;
  const register = auth.register;
  const forgotPassword = auth.forgotPassword;

  auth.register = async (ctx) => {
    if (!selfRegistrationEnabled()) {
      throw forbiddenError('Self-registration is disabled on this site.');
    }
    return register.call(auth, ctx);
  };

  auth.forgotPassword = async (ctx) => {
    await validateForgotPasswordBody(ctx.request.body ?? {});
    const detached: AuthCtx = { request: { body: ctx.request.body }, state: ctx.state, send() {} };
    void forgotPassword.call(auth, detached).catch((error: unknown) => {
      strapi.log.warn(`forgot-password: no reset e-mail sent (${(error as Error).message})`);
    });
    ctx.send({ ok: true });
  };
}

/** Keeps the admin panel's "Enable sign-ups" showing what CMS_USER_REGISTRATION decides. */
export async function syncRegistrationSetting(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  const enabled = selfRegistrationEnabled();
  if (advanced.allow_register !== enabled) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: enabled } });
  }
}
