/**
 * The static render's HTML text work, apart from the card: Lit SSR's output
 * made plain standard HTML, escaping for text, attributes and
 * `<script type="application/json">`. Pure string functions.
 */

/**
 * `value` as JSON that is safe inside `<script type="application/json">`:
 * `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026` (no `</script>` or
 * `<!--` can close or confuse the element), and U+2028/U+2029 escaped too.
 * JSON.parse of the result gives back the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Lit SSR's output as plain standard HTML: no hydration markers
 * (`<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node N-->`), and
 * `shadowrootmode` without the legacy `shadowroot` attribute. Text and
 * attribute values from data are escaped by Lit (`<` never appears in
 * them), so these patterns only ever match Lit's own output.
 */
export function clean(markup: string): string {
  return markup
    .replace(/<!--\/?lit-(?:part|node)\b[^>]*-->/g, '')
    .replace(/<template shadowroot="(open|closed)" shadowrootmode="\1"/g, '<template shadowrootmode="$1"');
}

/** The opening tag with one space between attributes and none before `>`. */
export function tidyOpeningTag(markup: string): string {
  return markup.replace(/^<memorial-card\b([^>]*)>/, (_tag, attributes: string) => {
    const list = [...attributes.matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)].map(([all]) => all);
    return `<memorial-card${list.map((a) => ` ${a}`).join('')}>`;
  });
}

/** Escapes text for HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
