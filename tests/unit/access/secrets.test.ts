import { assertProductionSecrets, missingSecrets } from '../../../src/access/secrets';

const complete = {
  APP_KEYS: 'k1,k2',
  API_TOKEN_SALT: 'salt',
  ADMIN_JWT_SECRET: 'admin',
  JWT_SECRET: 'jwt',
  TRANSFER_TOKEN_SALT: 'transfer',
  ENCRYPTION_KEY: 'encryption',
};

describe('missingSecrets', () => {
  it('finds nothing missing when every secret is set', () => {
    expect(missingSecrets(complete)).toEqual([]);
  });

  it('names each secret that is unset, empty or a placeholder', () => {
    expect(
      missingSecrets({
        ...complete,
        JWT_SECRET: undefined,
        ENCRYPTION_KEY: '',
        APP_KEYS: 'toBeModified1,k2',
      })
    ).toEqual(['APP_KEYS', 'JWT_SECRET', 'ENCRYPTION_KEY']);
  });
});

describe('assertProductionSecrets', () => {
  it('lets development start without secrets', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });

  it('refuses production without secrets and says which', () => {
    expect(() =>
      assertProductionSecrets({ NODE_ENV: 'production', ...complete, API_TOKEN_SALT: '' })
    ).toThrow(/API_TOKEN_SALT/);
  });

  it('lets production start with every secret set', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...complete })).not.toThrow();
  });
});
