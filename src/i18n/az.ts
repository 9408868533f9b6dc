import type { Messages } from './messages.js';

const az: Messages = {
  lang: 'az',
  locale: 'az',
  // CLDR data that Chromium does not ship for Azerbaijani.
  localeData: {
    months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    date: '{day} {month} {year}',
    group: '.',
    decimal: ',',
    // As the press writes it: «37-ci ildönümünə 56 gün qalır».
    inDays: { other: '{n}\u00a0gün qalır' },
  },
  // CLDR ordinal categories: 1-ci, 3-cü, 6-cı, 9-cu.
  ordinal: { one: '{n}-ci', few: '{n}-cü', many: '{n}-cı', other: '{n}-cu' },
  yearsAgo: { other: '{n}\u00a0il əvvəl' },
  lessThanYear: 'Bir ildən az əvvəl',
  anniversary: '{ordinal}\u00a0ildönümü: {date}',
  anniversaryToday: 'Bu\u00a0gün\u00a0{ordinal}\u00a0ildönümüdür',
  nextAnniversary: '{ordinal}\u00a0ildönümünə {in}',
  nextTomorrow: 'Sabah {ordinal}\u00a0ildönümüdür',
  daysToGo: { other: '{n}\u00a0gün sonra' },
  tomorrow: 'Sabah',
  eventToday: 'Bu\u00a0gün',
  source: 'Mənbə: {name}, {date}',
  figuresLabel: 'Rəqəmlərlə',
};

export default az;
