import type { Messages } from './messages.js';

// No-break spaces (\u00a0) keep a number with its unit and a date in one
// piece. Plural forms: one (1, 21, 101, 841), few (2–4, 22, 744), many (5–20,
// 25, 111, 147, 200), other (fractions); a missing form is `other`, so few
// is given only where it differs from other (as in the event's labels).
const ru: Messages = {
  lang: 'ru',
  locale: 'ru',
  // Russian typesetting leaves four-digit numbers ungrouped: «1234 дня».
  grouping: 'min2',
  // Russian ordinals have one CLDR category; the feminine form agrees with «годовщина».
  ordinal: { other: '{n}-я' },
  yearsAgo: { one: '{n}\u00a0год назад', many: '{n}\u00a0лет назад', other: '{n}\u00a0года назад' },
  lessThanYear: 'Менее года назад',
  anniversary: '{ordinal}\u00a0годовщина\u00a0— {date}',
  anniversaryToday: '{ordinal}\u00a0годовщина\u00a0— сегодня',
  nextAnniversary: '{ordinal}\u00a0годовщина\u00a0— {in}',
  // 1 is `tomorrow`; 21, 31… are «Через 21 день».
  daysToGo: { one: 'Через {n}\u00a0день', many: 'Через {n}\u00a0дней', other: 'Через {n}\u00a0дня' },
  tomorrow: 'Завтра',
  eventToday: 'Сегодня',
  source: 'Источник: {name}, {date}',
  figuresLabel: 'В цифрах',
};

export default ru;
