/**
 * Set by the build to package.json's version (rollup.config.js,
 * `packageVersion`); undeclared when the sources run as they are.
 */
declare const __MEMORIAL_CARD_VERSION__: string | undefined;

/**
 * This package's version: package.json's in every built file; `0.0.0-source`
 * when the sources run unbuilt (the browser tests, which import src/).
 */
export const VERSION: string = typeof __MEMORIAL_CARD_VERSION__ === 'string' ? __MEMORIAL_CARD_VERSION__ : '0.0.0-source';
