/** Many small file operations at once: a folder of thousands of small files is bound by round trips, not bytes. */

/** File operations in flight at once: enough to keep the thread pool busy, few enough to stay far below open-file limits. */
const IO_BATCH = 64;

/** Run `fn` over `items`, at most IO_BATCH at a time; the results in the items' order. */
export async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += IO_BATCH) out.push(...(await Promise.all(items.slice(i, i + IO_BATCH).map(fn))));
  return out;
}
