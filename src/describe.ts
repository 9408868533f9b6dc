/**
 * How a bad value is named in a warning or an error message: short, on one
 * line, and never by running the value's own code. Shared by the element, the
 * validator, the static render, the command and the embed pages.
 */

/** `text` cut to `most` characters, with an ellipsis when it was longer. */
export const cut = (text: string, most = 120): string => (text.length > most ? `${text.slice(0, most)}…` : text);

/** A string as a short quoted literal: `"abc"`, or the first 60 characters and `…`. */
export const quoted = (text: string): string => JSON.stringify(cut(text, 60));

/** A short, safe description of a bad value (or an error) for a warning; it never throws. */
export function describe(value: unknown): string {
  try {
    return typeof value === 'string'
      ? quoted(value)
      : typeof value === 'function'
        ? 'a function'
        : value instanceof Error
          ? cut(String(value.message), 120)
          : Array.isArray(value)
            ? `a list of ${value.length}`
            : value && typeof value === 'object'
              ? 'an object'
              : cut(String(value), 60);
  } catch {
    // A revoked proxy, a throwing getter: nothing about it can be read.
    return 'a value that cannot be read';
  }
}
