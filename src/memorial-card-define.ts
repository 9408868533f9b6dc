import { MemorialCard } from './memorial-card-element.js';
import { VERSION } from './version.js';

export const DEFAULT_TAG = 'memorial-card';

/**
 * Registers `<memorial-card>` (or `tagName`) in `registry`. Safe to call
 * again and safe when the script is loaded twice: a tag already taken by a
 * copy of the same version is left alone; one taken by anything else is left
 * alone too, with a warning.
 */
export function define(tagName: string = DEFAULT_TAG, registry: CustomElementRegistry = customElements): void {
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
}

declare global {
  interface HTMLElementTagNameMap {
    'memorial-card': MemorialCard;
  }
}
