import { svg } from 'lit';

/**
 * A red carnation, the flower laid at the Alley of Martyrs. Decorative: the
 * element hides it from assistive technology. Colours come from CSS.
 */
export const carnation = svg`<svg class="carnation" part="carnation" viewBox="0 0 32 64" width="32" height="64" aria-hidden="true" focusable="false">
  <path class="stem" d="M16 27 C16 38 15.5 50 16.5 63" fill="none" stroke-width="1.6" stroke-linecap="round"/>
  <path class="leaf" d="M16 46 C11 43 7.5 39.5 6 35 C10.5 36.5 14 40 16.2 43.5 Z"/>
  <path class="leaf" d="M16.2 53 C20 50 23.5 47.5 26 43.5 C22 44.5 18.5 47 16.1 50.5 Z"/>
  <path class="calyx" d="M12.5 20 L19.5 20 L18 28.5 Q16 30 14 28.5 Z"/>
  <path class="petals back" d="M4 15 L6.5 11 L7 7.5 L10 9 L12 4.5 L14.5 7.5 L16.5 2.5 L18.5 7 L21.5 4 L22.5 8.5 L26 7 L25.5 11 L28.5 14 C26 19.5 21 22 16 22 C11 22 6 19.5 4 15 Z"/>
  <path class="petals front" d="M7 16 L8.5 12.5 L11 13.5 L12.5 9.5 L15 12 L16.5 8 L18.5 11.5 L21 9.5 L22 13 L24.5 12.5 L25 16.5 C22.5 20.5 19.5 22 16 22 C12.5 22 9 20.5 7 16 Z"/>
</svg>`;
