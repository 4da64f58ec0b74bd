import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * In-process turns per key: callers of `run(key, …)` run one after another, in arrival order.
 * Re-entrant: a call made from inside a turn for the same key (a publish inside an update, the
 * admin panel's update-then-publish) runs at once instead of waiting for itself.
 */
export class KeyedTurns {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly held = new AsyncLocalStorage<ReadonlySet<string>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const heldHere = this.held.getStore();
    if (heldHere?.has(key)) return work();

    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      return await this.held.run(new Set([...(heldHere ?? []), key]), work);
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with a turn running or waiting (for tests). */
  get busyKeys(): number {
    return this.tails.size;
  }
}
