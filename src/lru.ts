/**
 * The one cache every module-level memo uses: a small least-recently-used map
 * from strings to values. It never holds more than `limit` entries, and a key
 * longer than `MAX_KEY` characters is computed each time and never kept, so
 * values from a hostile page (a 1 MB `time-zone`, 20,000 different `now`s)
 * cannot grow the page's memory. Every real key (a zone, a language tag, a
 * date-time) is far shorter.
 */
export const MAX_KEY = 100;

export class Lru<V> {
  readonly limit: number;
  readonly #map = new Map<string, V>();

  constructor(limit: number) {
    this.limit = limit;
  }

  /** How many entries it holds now. */
  get size(): number {
    return this.#map.size;
  }

  /** The value kept for `key`, or `compute()`'s, which is kept when the key is short enough. */
  get(key: string, compute: () => V): V {
    const map = this.#map;
    if (map.has(key)) {
      const value = map.get(key) as V;
      // Most recent last: the first key is the one to drop.
      map.delete(key);
      map.set(key, value);
      return value;
    }
    const value = compute();
    if (key.length <= MAX_KEY) {
      map.set(key, value);
      if (map.size > this.limit) map.delete(map.keys().next().value as string);
    }
    return value;
  }
}
