import { svg } from 'lit';

/**
 * A red carnation, the flower laid in remembrance. Decorative, so hidden
 * from assistive technology; its colours and size come from CSS. Its own
 * width and height keep it small where the card's styles could not be
 * applied (a page that broke CSSStyleSheet: the card shows unstyled).
 */
export const carnation = svg`<svg class="carnation" part="carnation" viewBox="0 0 32 64" width="32" height="64" aria-hidden="true">
<path d="M16 27c0 11-.5 23 .5 36" fill="none" stroke-width="1.6"/>
<path d="M16 46c-5-3-8.5-6.5-10-11 4.5 1.5 8 5 10 8.5zm0 7c4-3 7.5-5.5 10-9.5-4 1-7.5 3.5-10 7zM12.5 20h7L18 28.5q-2 1.5-4 0z"/>
<path class="petals back" d="M4 15l2.5-4 .5-3.5 3 1.5 2-4.5 2.5 3 2-5 2 4.5 3-3 1 4.5 3.5-1.5-.5 4 3 3c-2.5 5.5-7.5 8-12.5 8s-10-2.5-12-7z"/>
<path class="petals" d="M7 16l1.5-3.5 2.5 1 1.5-4 2.5 2.5 1.5-4 2 3.5 2.5-2 1 3.5 2.5-.5.5 4c-2.5 4-5.5 5.5-9 5.5s-7-1.5-9-5.5z"/>
</svg>`;
