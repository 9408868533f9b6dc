import type { Messages } from './messages.js';

// No-break spaces (\u00a0) keep a number with its unit and a date in one piece.
const en: Messages = {
  lang: 'en',
  locale: 'en-GB',
  ordinal: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' },
  yearsAgo: { one: '{n}\u00a0year ago', other: '{n}\u00a0years ago' },
  lessThanYear: 'Less than a year ago',
  anniversary: '{ordinal}\u00a0anniversary on {date}',
  anniversaryToday: '{ordinal}\u00a0anniversary today',
  nextAnniversary: '{ordinal}\u00a0anniversary {in}',
  // 1 is `tomorrow`.
  daysToGo: { other: 'In {n}\u00a0days' },
  tomorrow: 'Tomorrow',
  eventToday: 'Today',
  source: 'Source: {name}, {date}',
  figuresLabel: 'In figures',
};

export default en;
