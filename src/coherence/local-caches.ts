import type { CacheScope, Change } from './changes';

/*
 * The in-process caches of this process, by scope. Each registers how to forget what a change
 * made stale; the bus applies every change, local (on commit) or from another process (on
 * NOTIFY), here.
 */
type Invalidator = (change: Change) => void;

const invalidators = new Map<CacheScope, Set<Invalidator>>();

export function onInvalidate(scope: CacheScope, invalidate: Invalidator): () => void {
  let set = invalidators.get(scope);
  if (!set) invalidators.set(scope, (set = new Set()));
  set.add(invalidate);
  return () => set.delete(invalidate);
}

export function applyChange(change: Change): void {
  for (const scope of change.scopes) {
    for (const invalidate of invalidators.get(scope) ?? []) {
      try {
        invalidate(change);
      } catch {
        // One cache failing to forget must not keep the others from doing so.
      }
    }
  }
}

/**
 * Whether this process hears of other processes' writes right now. While it does not (the
 * listener is down), caches must not be trusted: memoized values reload on every use.
 */
let hearing: () => boolean = () => false;

export function setHearing(isHearing: () => boolean): void {
  hearing = isHearing;
}

export const hearsChanges = (): boolean => hearing();

/**
 * A value loaded once and kept until a change in `scope` (from any process). While this process
 * cannot hear changes, every call loads afresh. A failed load is not kept.
 */
export function coherentValue<T>(
  scope: CacheScope,
  load: () => Promise<T>
): { get(): Promise<T>; invalidate(): void } {
  let cached: Promise<T> | null = null;
  const invalidate = () => {
    cached = null;
  };
  onInvalidate(scope, invalidate);
  return {
    get() {
      if (!hearsChanges()) return load();
      if (!cached) {
        const loading = load();
        cached = loading;
        loading.catch(() => {
          if (cached === loading) cached = null;
        });
      }
      return cached;
    },
    invalidate,
  };
}
