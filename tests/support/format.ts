import { type Formatter, formatterFor } from '../../src/i18n/format.js';
import { LANGUAGES as languages } from '../../src/attributes.js';

/** The formatter of a bundled language (`az`, `en`, `ru`) in its own locale. */
export const formatIn = (lang: string): Formatter => formatterFor(languages[lang], languages[lang].locale);
