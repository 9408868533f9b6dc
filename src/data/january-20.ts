import type { MemorialEvent } from './event.js';

/**
 * The January 20 tragedy: Baku, the night of 19–20 January 1990.
 * Figures: Trend news agency, Baku, 20 January 2026. The words for each
 * language live in that language's file under the id `january-20`.
 */
export const january20: MemorialEvent = {
  id: 'january-20',
  date: '1990-01-20',
  timeZone: 'Asia/Baku',
  figures: [
    { id: 'killed', value: 147 },
    { id: 'injured', value: 744 },
    { id: 'arrested', value: 841 },
    { id: 'destroyed', value: 200 },
  ],
  source: { name: 'Trend', date: '2026-01-20' },
};
