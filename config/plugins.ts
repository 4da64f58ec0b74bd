export default ({ env }: { env: EnvFn }) => ({
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET') },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: env('NODE_ENV', 'development') !== 'production',
      // cors: false leaves /graphql to the app-wide policy (strapi::cors, CMS_CORS_ORIGINS)
      // instead of Apollo's own, which answers every Origin.
      apolloServer: { introspection: true, cors: false },
    },
  },
});
