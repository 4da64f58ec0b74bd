/** Secrets Strapi needs; in production each must be set explicitly. */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
] as const;

// Values that ship in examples and must never protect a real deployment.
const PLACEHOLDER = /^(|changeme|tobemodified.*|toBeModified.*|replace-me|secret)$/i;

export function missingSecrets(env: NodeJS.ProcessEnv): string[] {
  return REQUIRED_SECRETS.filter((name) => {
    const value = env[name]?.trim() ?? '';
    return value.split(',').some((part) => PLACEHOLDER.test(part.trim()));
  });
}

/** Throws, naming each secret, when production would start with a missing one. */
export function assertProductionSecrets(env: NodeJS.ProcessEnv): void {
  if (env.NODE_ENV !== 'production') return;
  const missing = missingSecrets(env);
  if (missing.length > 0) {
    throw new Error(
      `Refusing to start in production without real secrets: ${missing.join(', ')}. ` +
        'Set them in the environment (see .env.example).'
    );
  }
}
