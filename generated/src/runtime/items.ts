// List pages come in two shapes: a bare array (crm.contact.list) or an object wrapping one array
// (crm.item.list → {items}, tasks.task.list → {tasks}). Both iterators use this to find the items.

/** Returns the page's items, or undefined when the page has no recognisable array. */
export function pageItems(result: unknown): unknown[] | undefined {
  if (Array.isArray(result)) return result;
  if (result === null || typeof result !== 'object') return undefined;
  const arrays = Object.values(result).filter((v) => Array.isArray(v));
  return arrays.length === 1 ? (arrays[0] as unknown[]) : undefined;
}
