/** The one message dist/embed-*.html send to their parent: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'memorial-card:height';

/**
 * The heights embed.js gives an iframe, in CSS pixels: reported heights are
 * clamped to this range, except 0 (a card out of season, see
 * `show-days-before`), which collapses the iframe.
 */
export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 4000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** Whether `data` is a well-formed height message: the type, and a finite height of 0 or more. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0;
}

/** A reported height as whole pixels: exactly 0 stays 0 (nothing to show), any other within MIN_HEIGHT–MAX_HEIGHT. */
export function clampHeight(height: number): number {
  if (height === 0) return 0;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}
