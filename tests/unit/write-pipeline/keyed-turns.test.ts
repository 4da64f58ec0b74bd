import { KeyedTurns } from '../../../src/write-pipeline/keyed-turns';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedTurns', () => {
  it('runs work for one key one at a time, in arrival order', async () => {
    const turns = new KeyedTurns();
    const log: string[] = [];
    const job = (name: string) =>
      turns.run('doc', async () => {
        log.push(`${name} starts`);
        await tick();
        await tick();
        log.push(`${name} ends`);
      });
    await Promise.all([job('a'), job('b'), job('c')]);
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
  });

  it('lets different keys run side by side', async () => {
    const turns = new KeyedTurns();
    const log: string[] = [];
    const job = (key: string) =>
      turns.run(key, async () => {
        log.push(`${key} starts`);
        await tick();
        log.push(`${key} ends`);
      });
    await Promise.all([job('x'), job('y')]);
    expect(log.slice(0, 2)).toEqual(['x starts', 'y starts']);
  });

  it('runs a nested call for the key it already holds at once', async () => {
    const turns = new KeyedTurns();
    const result = await turns.run('doc', () => turns.run('doc', async () => 'inner'));
    expect(result).toBe('inner');
  });

  it('gives the next caller its turn when work fails, and forgets idle keys', async () => {
    const turns = new KeyedTurns();
    const failing = turns.run('doc', async () => {
      throw new Error('boom');
    });
    const next = turns.run('doc', async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    expect(turns.busyKeys).toBe(0);
  });
});
