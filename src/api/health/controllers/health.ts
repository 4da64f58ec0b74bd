import type { Core } from '@strapi/strapi';
import { databaseProbeOf, RETRY_AFTER_SECONDS } from '../../../postgres/health';
import { serviceUnavailableError } from '../../../http/errors';

interface Ctx {
  body: unknown;
  set(name: string, value: string): void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async readiness(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    if (!(await databaseProbeOf(strapi).check())) {
      ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
      throw serviceUnavailableError('The database cannot be reached.', { database: 'unreachable' });
    }
    ctx.body = { data: { status: 'ok', database: 'reachable' } };
  },
});
