/**
 * Where JSON text first goes wrong, without quoting it: a command that reads
 * a file it was pointed at reports a line and column, never the text (Node's
 * JSON.parse messages may carry a snippet of the input: "Unexpected token
 * 'P', "PATH=/usr/"… is not valid JSON").
 */

/** The position JSON.parse names for `text` ("… in JSON at position 12"), -1 when it parses, undefined when the message names none. */
function parseError(text: string): number | undefined {
  try {
    JSON.parse(text);
    return -1;
  } catch (error) {
    const message = String((error as Error).message);
    if (/^Unexpected end of JSON input/.test(message)) return text.length;
    const at = /\bat position (\d+)/.exec(message);
    return at ? Number(at[1]) : undefined;
  }
}

/**
 * The offset of the first character that cannot belong to valid JSON, or -1
 * when `text` is valid: the platform's own position where its message names
 * one; else the length of the longest start of `text` that could still
 * begin a valid text (found by halving: a start that cannot begin one never
 * can once longer).
 */
export function jsonErrorOffset(text: string): number {
  const named = parseError(text);
  if (named !== undefined) return named;
  const viable = (length: number) => {
    const at = parseError(text.slice(0, length));
    return at !== undefined && (at === -1 || at >= length);
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (viable(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
