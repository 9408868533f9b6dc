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
  events: {
    'january-20': {
      title: '20\u00a0Yanvar faciəsi',
      alsoKnownAs: 'Qara Yanvar',
      place: 'Bakı',
      dayName: 'Ümumxalq Hüzn Günü',
      summary:
        '1990-\u2060cı\u00a0il yanvarın 19-\u2060dan 20-\u2060nə keçən gecə sovet qoşunları Bakıya yeridildi; dinc sakinlər öldürüldü, yaralandı və həbs\u00a0olundu. Azərbaycanda hər il 20\u00a0Yanvar Ümumxalq Hüzn Günü kimi anılır.',
      sourceName: 'Trend agentliyi',
      // Azerbaijani nouns stay singular after a number: one form serves all.
      figures: {
        killed: { other: 'nəfər həlak\u00a0olub' },
        injured: { other: 'nəfər ağır yaralanıb' },
        arrested: { other: 'nəfər qanunsuz həbs\u00a0olunub' },
        destroyed: { other: 'yaşayış binası, ev və əmlak dağıdılıb' },
      },
      figuresShort: {
        killed: { other: 'həlak\u00a0olub' },
        injured: { other: 'ağır yaralanıb' },
        arrested: { other: 'qanunsuz həbs\u00a0olunub' },
        destroyed: { other: 'ev və əmlak dağıdılıb' },
      },
    },
  },
};

export default az;
