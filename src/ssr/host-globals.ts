/**
 * The globals Lit's Node build installs when the host has none
 * (`customElements`, from @lit/reactive-element, and the DOM shim's
 * `litServerRoot`), and which of them the host process had before. This
 * module is render.ts's first import and a chunk of its own
 * (rollup.config.js), so that it runs before any of Lit's modules.
 */
export const LIT_GLOBALS = ['customElements', 'litServerRoot'] as const;

export const hostGlobals: ReadonlySet<string> = new Set(LIT_GLOBALS.filter((name) => name in globalThis));
