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

/** Where relative URLs are resolved, standing in for the page's own origin. */
export const PAGE_ORIGIN = new URL('https://self.invalid/');

/**
 * `url` resolved against the page, when it is one a page can load a script
 * or stylesheet from and a CSP can name: relative, or http(s) with a plain
 * host name or IPv4 address (no `*`, `;`, `,`, brackets: a CSP
 * host-source), no user name or password. `data:`, `javascript:`, `blob:`
 * and the like give undefined.
 */
export function loadableUrl(url: string): URL | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, PAGE_ORIGIN);
  } catch {
    return undefined;
  }
  const plain = /^https?:$/.test(resolved.protocol) && !resolved.username && !resolved.password && /^[a-z\d-]+(\.[a-z\d-]+)*$/.test(resolved.hostname);
  return plain ? resolved : undefined;
}
