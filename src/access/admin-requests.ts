import type { Core } from '@strapi/strapi';

/*
 * The admin panel makes no request that 404s. Strapi 5.54's edit view asks, on every document,
 * for GET /admin/ai-feature-config (content-manager useDocumentActions) and for the document's
 * AI localization job, GET /i18n/ai-localization-jobs/... (i18n CMHeaderActions), both without
 * a `skip`; their controllers answer 404 whenever Strapi AI is off, which it is here (it needs
 * an Enterprise licence and Strapi's cloud; config/admin.ts). The services have the true answer
 * for that case, "nothing configured" and "no job" (none is ever made with AI off): the
 * controllers give it instead of the 404. With AI on, Strapi's own controllers answer.
 */

interface Ctx {
  params: Record<string, string | undefined>;
  body: unknown;
}
type Handler = (ctx: Ctx) => Promise<unknown>;
type Controller = Record<string, Handler>;

interface Controllers {
  get(uid: string): Controller | undefined;
  extend(uid: string, extend: (controller: Controller) => Controller): unknown;
}

interface AiLocalizationsService {
  isEnabled(): Promise<boolean> | boolean;
}
interface AiLocalizationJobsService {
  getJobByDocument(contentType: string, documentId: string): Promise<unknown>;
  getJobByContentType(contentType: string): Promise<unknown>;
}

/** Replaces `actions` of a controller by `answer` while `isOff()` says the feature is off. */
function whenOff(
  controllers: Controllers,
  uid: string,
  isOff: () => Promise<boolean>,
  answers: Record<string, (ctx: Ctx) => Promise<unknown>>
): void {
  const current = controllers.get(uid);
  if (!current || !Object.keys(answers).every((action) => action in current)) return;
  controllers.extend(uid, (controller) => {
    const extended: Controller = { ...controller };
    for (const [action, answer] of Object.entries(answers)) {
      extended[action] = async (ctx) => {
        if (!(await isOff())) return controller[action](ctx);
        ctx.body = { data: (await answer(ctx)) ?? null };
      };
    }
    return extended;
  });
}

export function answerAiRequestsWhenOff(strapi: Core.Strapi): void {
  const controllers = strapi.get('controllers') as Controllers;
  // Typed as always there, but present only when Strapi AI (Enterprise) is: read as maybe absent.
  const aiAdmin = () => {
    const ai: Partial<Core.Strapi['ai']> | undefined = strapi.ai;
    return ai?.admin;
  };
  whenOff(controllers, 'admin::ai', async () => aiAdmin()?.isEnabled() === false, {
    getAiFeatureConfig: async () => aiAdmin()?.getAiFeatureConfig(),
  });

  const i18n = <T>(name: string) => strapi.plugin('i18n').service(name) as T;
  const jobs = () => i18n<AiLocalizationJobsService>('ai-localization-jobs');
  whenOff(
    controllers,
    'plugin::i18n.ai-localization-jobs',
    async () => (await i18n<AiLocalizationsService>('ai-localizations').isEnabled()) === false,
    {
      getJobForCollectionType: (ctx) =>
        jobs().getJobByDocument(String(ctx.params.contentType), String(ctx.params.documentId)),
      getJobForSingleType: (ctx) => jobs().getJobByContentType(String(ctx.params.contentType)),
    }
  );
}
