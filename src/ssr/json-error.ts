/**
 * Where JSON text first goes wrong, without quoting it. Node's JSON.parse
 * messages carry a snippet of the input ("Unexpected token 'P', "PATH=/usr/"…
 * is not valid JSON"), so a command that reads a file it was pointed at
 * reports this position instead. Iterative, so deep nesting cannot overflow
 * the stack.
 */

/** The offset of the first character that cannot belong to valid JSON, or -1 when `text` is valid. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const closers: string[] = [];
  let i = 0;
  // value: a value is due; first: a value or `]` (just after `[`);
  // key: a string key is due; firstKey: a key or `}`; colon; after: a value just ended.
  let state: 'value' | 'first' | 'key' | 'firstKey' | 'colon' | 'after' = 'value';
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  /** Skips a string starting at `i`; returns false with `i` at the fault. */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return (i = Math.min(i + 2, n)), false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return (i = Math.min(i + 1, n)), false;
      } else i++;
    }
    return false;
  };

  for (;;) {
    while (i < n && ' \t\n\r'.includes(text[i])) i++;
    if (i >= n) return state === 'after' && closers.length === 0 ? -1 : n;
    const c = text[i];
    if (state === 'after') {
      const top = closers.at(-1);
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        state = top === '}' ? 'key' : 'value';
      } else if (c === top) {
        closers.pop();
        i++;
      } else return i;
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        closers.pop();
        i++;
        state = 'after';
      } else if (c === '"') {
        if (!string()) return i;
        state = 'colon';
      } else return i;
    } else if (state === 'first' && c === ']') {
      closers.pop();
      i++;
      state = 'after';
    } else if (c === '{' || c === '[') {
      closers.push(c === '{' ? '}' : ']');
      i++;
      state = c === '{' ? 'firstKey' : 'first';
    } else if (c === '"') {
      if (!string()) return i;
      state = 'after';
    } else {
      number.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal) i += literal.length;
      else if (number.test(text)) i = number.lastIndex;
      else return i;
      state = 'after';
    }
  }
}

/** `offset` in `text` as 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
