import { MemorialCard } from './memorial-card-element.js';
import { describe } from './describe.js';
import { VERSION } from './version.js';

export const DEFAULT_TAG = 'memorial-card';

/**
 * Registers `<memorial-card>` (or `tagName`) in `registry`. Safe to call
 * again and safe when the script is loaded twice: a tag already taken by a
 * copy of the same version is left alone; one taken by anything else is left
 * alone too, with a warning. It never throws: a page without a registry, or
 * one whose registry (or built-ins) refuse, gets a warning and keeps the
 * card's fallback content. On a server with no registry (no `document`, no
 * `customElements`: a framework's server pass importing the package) it
 * does nothing and says nothing; Lit's server renderer has a registry.
 */
export function define(tagName: string = DEFAULT_TAG, registry?: CustomElementRegistry): void {
  if (!registry && typeof document == 'undefined' && typeof customElements == 'undefined') return;
  try {
    registry ??= customElements;
    const existing = registry.get(tagName) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      // One class can back one tag: when the page has already used it for
      // another tag (`customElements.define('my-card', MemorialCard)`), this one
      // gets a subclass of its own.
      try {
        registry.define(tagName, MemorialCard);
      } catch {
        registry.define(tagName, class extends MemorialCard {});
      }
    } else if (existing.version !== VERSION) {
      console.warn(
        `<${tagName}> is already defined by ${existing.version ? `memorial-card ${existing.version}` : 'another element'}; memorial-card ${VERSION} leaves it as it is.`,
      );
    }
  } catch (error) {
    console.warn(`<${tagName}> cannot be defined (${describe(error)}); its fallback content stays.`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'memorial-card': MemorialCard;
  }
}
