import type { Messages } from './messages.js';

// No-break spaces (\u00a0) keep a number with its unit and a date in one
// piece; a word joiner (\u2060) keeps "19–20" from breaking after the dash.
const en: Messages = {
  lang: 'en',
  locale: 'en-GB',
  ordinal: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' },
  yearsAgo: { one: '{n}\u00a0year ago', other: '{n}\u00a0years ago' },
  lessThanYear: 'Less than a year ago',
  anniversaryToday: 'Today: {ordinal}\u00a0anniversary',
  nextAnniversary: '{ordinal}\u00a0anniversary {in}',
  daysToGo: { one: 'In {n}\u00a0day', other: 'In {n}\u00a0days' },
  eventToday: 'Today',
  source: 'Source: {name}, {date}',
  figuresLabel: 'In figures',
  events: {
    'january-20': {
      title: 'The January\u00a020 tragedy',
      alsoKnownAs: 'Black January',
      place: 'Baku',
      dayName: 'National Mourning Day',
      summary:
        'On the night of 19–\u206020\u00a0January\u00a01990, Soviet troops were sent into Baku; civilians were killed, injured and arrested. Azerbaijan observes 20\u00a0January every year as National Mourning Day.',
      sourceName: 'Trend news agency',
      figures: {
        killed: { one: 'person killed', other: 'people killed' },
        injured: 'severely injured',
        arrested: 'illegally arrested',
        destroyed: {
          one: 'residential building, house or property destroyed',
          other: 'residential buildings, houses and properties destroyed',
        },
      },
      figuresShort: {
        killed: 'killed',
        injured: 'severely injured',
        arrested: 'illegally arrested',
        destroyed: { one: 'home or property destroyed', other: 'homes and properties destroyed' },
      },
    },
  },
};

export default en;
