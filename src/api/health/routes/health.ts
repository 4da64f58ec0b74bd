// Readiness, beside Strapi's liveness `/_health`: load balancers stop sending traffic while the
// database is unreachable, and resume when it is back.
export default {
  routes: [
    {
      method: 'GET',
      path: '/health',
      handler: 'api::health.health.readiness',
      config: { auth: false },
    },
  ],
};
