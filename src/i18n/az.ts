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
    inDays: { other: '{n} gün sonra' },
  },
  // CLDR ordinal categories: 1-ci, 3-cü, 6-cı, 9-cu.
  ordinal: { one: '{n}-ci', few: '{n}-cü', many: '{n}-cı', other: '{n}-cu' },
  yearsAgo: { other: '{n} il əvvəl' },
  anniversaryToday: 'Bu gün: {ordinal} ildönümü',
  nextAnniversary: '{ordinal} ildönümü: {in}',
  daysToGo: { other: '{n} gün qalıb' },
  eventToday: 'Bu gün',
  source: 'Rəqəmlər: {name}, {date}',
  figuresLabel: 'Rəqəmlərlə',
  events: {
    'january-20': {
      title: '20 Yanvar faciəsi',
      alsoKnownAs: 'Qara Yanvar',
      place: 'Bakı',
      dayName: 'Ümumxalq Hüzn Günü',
      summary:
        '1990-cı il yanvarın 19-dan 20-nə keçən gecə sovet qoşunları Bakıya yeridildi, dinc sakinlər həlak oldu, yaralandı və həbs edildi; Azərbaycanda hər il 20 Yanvar Ümumxalq Hüzn Günü kimi qeyd olunur.',
      figuresShort: {
        killed: 'həlak olub',
        injured: 'ağır yaralanıb',
        arrested: 'qanunsuz həbs olunub',
        destroyed: 'ev və əmlak dağıdılıb',
      },
      figures: {
        killed: 'nəfər həlak olub',
        injured: 'nəfər ağır yaralanıb',
        arrested: 'nəfər qanunsuz həbs olunub',
        destroyed: 'yaşayış binası, ev və əmlak dağıdılıb',
      },
    },
  },
};

export default az;
