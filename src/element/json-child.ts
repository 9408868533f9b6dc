/**
 * The card's data from a child `<script type="application/json">` (a CMS
 * may have wrapped it in a `<p>`): read once per text, and read again when
 * the page adds, changes or removes it later (a CMS, a framework) or is
 * still parsing it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe } from '../describe.js';

/** No JSON child. */
export const NONE = Symbol('none');
/** No JSON child yet, while the page is still being parsed: one may be on its way. */
export const PENDING = Symbol('pending');
/** A JSON child that does not parse or holds no object. */
export const INVALID = Symbol('invalid');

const PREFIX = '<memorial-card> the JSON in its <script type="application/json">';

export class JsonChild implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;
  #last: { text: string; value: unknown } | undefined;
  #waiting = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /**
   * The parsed object; INVALID (with a warning) when it does not parse or is
   * not an object; NONE without a child; PENDING while the page is still
   * being parsed and none has come yet.
   */
  read(): unknown {
    const host = this.#host;
    // (querySelector is missing where the card is rendered on a server.)
    const text = host.querySelector?.('script[type^="application/json" i]')?.textContent;
    if (text === undefined || text === null) {
      return host.ownerDocument?.readyState === 'loading' && this.#awaitParsed() ? PENDING : NONE;
    }
    if (this.#last?.text !== text) {
      let value: unknown = INVALID;
      let problem = 'is not an object';
      try {
        value = JSON.parse(text);
      } catch (error) {
        problem = `does not parse (${describe(error)})`;
      }
      if (typeof value !== 'object' || value === null) {
        value = INVALID;
        console.warn(`${PREFIX} ${problem}; showing the fallback content instead.`);
      }
      this.#last = { text, value };
    }
    return this.#last.value;
  }

  /** Renders again once the page is parsed; true while it waits. */
  #awaitParsed(): boolean {
    if (!this.#waiting) {
      this.#waiting = true;
      this.#host.ownerDocument.addEventListener(
        'DOMContentLoaded',
        () => {
          this.#waiting = false;
          this.#host.requestUpdate();
        },
        { once: true },
      );
    }
    return true;
  }
}
