import { DEFAULT_COST_LIMITS, costLimitRule } from '../src/graphql/cost-limit';
import {
  MAX_TOKENS,
  badInputStatusPlugin,
  formatGraphQLError,
} from '../src/graphql/request-guards';

/** Introspection is for development; production answers it only with CMS_GRAPHQL_INTROSPECTION=on. */
function introspectionEnabled(env: EnvFn): boolean {
  const setting = env('CMS_GRAPHQL_INTROSPECTION', '');
  if (setting === 'on') return true;
  if (setting === 'off') return false;
  return env('NODE_ENV', 'development') !== 'production';
}

export default ({ env }: { env: EnvFn }) => ({
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET') },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      defaultLimit: DEFAULT_COST_LIMITS.defaultPageSize,
      maxLimit: DEFAULT_COST_LIMITS.maxPageSize,
      landingPage: env('NODE_ENV', 'development') !== 'production',
      // Arrays here are appended to Strapi's own (its depth limit, landing page, root args).
      apolloServer: {
        introspection: introspectionEnabled(env),
        includeStacktraceInErrorResponses: false,
        formatError: formatGraphQLError,
        parseOptions: { maxTokens: MAX_TOKENS },
        validationRules: [costLimitRule(DEFAULT_COST_LIMITS)],
        plugins: [badInputStatusPlugin],
        // cors: false leaves /graphql to the app-wide policy (strapi::cors, CMS_CORS_ORIGINS)
        // instead of Apollo's own, which answers every Origin.
        cors: false,
      },
    },
  },
});
