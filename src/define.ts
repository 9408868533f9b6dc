import { MemorialCard } from './memorial-card.js';

export const DEFAULT_TAG = 'memorial-card';

/**
 * Registers `<memorial-card>` (or `tagName`) in `registry`. Safe to call more
 * than once: a name already taken is left as it is.
 */
export function define(tagName: string = DEFAULT_TAG, registry: CustomElementRegistry = customElements): void {
  if (registry.get(tagName)) return;
  // A fresh subclass per extra tag name: one class cannot be registered twice.
  registry.define(tagName, tagName === DEFAULT_TAG ? MemorialCard : class extends MemorialCard {});
}

declare global {
  interface HTMLElementTagNameMap {
    'memorial-card': MemorialCard;
  }
}
