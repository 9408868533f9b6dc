import type { Messages } from './messages.js';

const az: Messages = {
  lang: 'az',
  locale: 'az',
  // CLDR data that Chromium does not ship for Azerbaijani.
  localeData: {
    months: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ],
    date: '{day} {month} {year}',
    group: '.',
    decimal: ',',
    tomorrow: 'sabah',
    inDays: { other: '{n}\u00a0gün sonra' },
  },
  // CLDR ordinal categories: 1-ci, 3-cü, 6-cı, 9-cu.
  ordinal: { one: '{n}-ci', few: '{n}-cü', many: '{n}-cı', other: '{n}-cu' },
  yearsAgo: { other: '{n}\u00a0il əvvəl' },
  lessThanYear: 'Bir ildən az əvvəl',
  anniversaryToday: 'Bu gün: {ordinal}\u00a0ildönümü',
  nextAnniversary: '{ordinal}\u00a0ildönümü: {in}',
  daysToGo: { other: '{n}\u00a0gün sonra' },
  eventToday: 'Bu gün',
  source: 'Mənbə: {name}, {date}',
  figuresLabel: 'Rəqəmlərlə',
};

export default az;
