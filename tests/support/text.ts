/**
 * Text as a reader meets it: every run of white space (no-break spaces and
 * line breaks included) as one space, word joiners (invisible) left out, no
 * space at either end. The one text normaliser of the browser suites.
 */
export function readable(text: string | null | undefined): string {
  return (text ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
}

/** The readable text of `node` (an element, a shadow root, a document). */
export const readableText = (node: Node | null | undefined): string => readable(node?.textContent);
