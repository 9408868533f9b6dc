/**
 * `record[key]` when it is the record's own: keys from data (an id such as
 * "constructor", "__proto__") must never find `Object.prototype`'s members.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
