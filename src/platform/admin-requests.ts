import type { Core } from '@strapi/strapi';

/*
 * The admin panel makes no request that 404s. Strapi 5.54's edit view asks for
 * GET /admin/ai-feature-config on every document (content-manager useDocumentActions, with no
 * `skip`), and the admin's controller answers 404 whenever Strapi AI is off, which it is here
 * without an Enterprise licence (config/admin.ts). The AI service itself has the right answer
 * for that case ("nothing configured"): the controller gives it instead of the 404. With AI on,
 * Strapi's own controller answers.
 */

interface AiContext {
  body: unknown;
}
type Handler = (ctx: AiContext) => Promise<unknown>;
interface AiAdmin {
  isEnabled(): boolean;
  getAiFeatureConfig(): Promise<unknown>;
}

export function answerAiFeatureConfigWhenOff(strapi: Core.Strapi): void {
  const controllers = strapi.get('controllers') as {
    get(uid: string): Record<string, Handler> | undefined;
    extend(uid: string, extend: (controller: Record<string, Handler>) => object): unknown;
  };
  if (!controllers.get('admin::ai')?.getAiFeatureConfig) return;
  controllers.extend('admin::ai', (controller) => ({
    ...controller,
    async getAiFeatureConfig(ctx: AiContext) {
      const ai = (strapi as unknown as { ai?: { admin?: AiAdmin } }).ai?.admin;
      if (!ai || ai.isEnabled()) return controller.getAiFeatureConfig(ctx);
      ctx.body = { data: await ai.getAiFeatureConfig() };
    },
  }));
}
