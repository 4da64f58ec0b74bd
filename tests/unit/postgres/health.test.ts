import { createDatabaseProbe } from '../../../src/postgres/health';

describe('createDatabaseProbe', () => {
  it('is reachable when SELECT 1 answers, and not when it fails', async () => {
    await expect(createDatabaseProbe(async () => 1).check()).resolves.toBe(true);
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    await expect(createDatabaseProbe(() => Promise.reject(refused)).check()).resolves.toBe(false);
  });

  it('is not reachable when SELECT 1 does not answer within the timeout', async () => {
    const probe = createDatabaseProbe(() => new Promise(() => undefined), { timeoutMs: 20 });
    await expect(probe.check()).resolves.toBe(false);
  });

  it('shares one check between concurrent callers', async () => {
    let calls = 0;
    const probe = createDatabaseProbe(async () => (calls += 1));
    await Promise.all([probe.check(), probe.check(), probe.isReachable()]);
    expect(calls).toBe(1);
  });

  it('reuses a recent answer for isReachable but checks again for check', async () => {
    let calls = 0;
    const probe = createDatabaseProbe(async () => (calls += 1), { reuseMs: 60_000 });
    await probe.check();
    await probe.isReachable();
    expect(calls).toBe(1);
    await probe.check();
    expect(calls).toBe(2);
  });

  it('takes an outage a request saw without checking', async () => {
    let calls = 0;
    const probe = createDatabaseProbe(async () => (calls += 1), { reuseMs: 60_000 });
    probe.markUnreachable();
    await expect(probe.isReachable()).resolves.toBe(false);
    expect(calls).toBe(0);
  });
});
