/**
 * Runs `work` over `items` with at most `concurrency` at a time, in order of `items`; resolves
 * when all are done. `work` must not throw (it reports its own failures).
 */
export async function forEachPooled<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  const workers = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
