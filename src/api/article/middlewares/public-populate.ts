import { PUBLIC_ARTICLE_POPULATE } from '../../../site/public-shape';

/**
 * Replaces any client `populate` with the public shape: section, sources with their Source,
 * translation. Clients cannot ask for deeper or private relations (createdBy, localizations…).
 */
export default () => async (ctx: { query: Record<string, unknown> }, next: () => Promise<void>) => {
  ctx.query = { ...ctx.query, populate: PUBLIC_ARTICLE_POPULATE };
  await next();
};
