// Maps keyed by what callers and portals choose (method names, batch command keys): a key such as
// `constructor`, `toString` or `__proto__` is a key like any other, never a member every object inherits.

/** The value under `key` when it is the map's own key, else undefined (`map.constructor` of a plain map is Object). */
export function ownValue<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Sets `key` as an own enumerable key: `map.__proto__ = v` would set the map's prototype instead (or do nothing). */
export function setOwn<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
