/** The one message dist/embed.html sends to its parent: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'memorial-card:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** Whether `data` is a well-formed height message with a sane height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 100_000;
}
