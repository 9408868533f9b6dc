import type { Messages } from './messages.js';

const en: Messages = {
  lang: 'en',
  locale: 'en-GB',
  ordinal: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' },
  yearsAgo: { one: '{n} year ago', other: '{n} years ago' },
  anniversaryToday: 'Today: {ordinal} anniversary',
  nextAnniversary: '{ordinal} anniversary {in}',
  daysToGo: { one: '{n} day to go', other: '{n} days to go' },
  eventToday: 'Today',
  source: 'Figures: {name}, {date}',
  figuresLabel: 'In figures',
  events: {
    'january-20': {
      title: 'The January 20 tragedy',
      alsoKnownAs: 'Black January',
      place: 'Baku',
      dayName: 'National Mourning Day',
      summary:
        'On the night of 19–20 January 1990 Soviet troops entered Baku, and civilians were killed, wounded and arrested; Azerbaijan observes 20 January every year as National Mourning Day.',
      figuresShort: {
        killed: 'killed',
        injured: 'severely injured',
        arrested: 'illegally arrested',
        destroyed: 'homes and properties destroyed',
      },
      figures: {
        killed: 'people killed',
        injured: 'severely injured',
        arrested: 'illegally arrested',
        destroyed: 'residential buildings, houses and properties destroyed',
      },
    },
  },
};

export default en;
