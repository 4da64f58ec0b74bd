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
      apolloServer: { introspection: true },
    },
  },
});
