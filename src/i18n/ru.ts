import type { Messages } from './messages.js';

// No-break spaces (\u00a0) keep a number with its unit and a date in one
// piece. Figure labels agree with the number: one (1, 21, 101, 841), few
// (2–4, 22, 744), many (5–20, 25, 111, 147, 200), other (fractions).
const ru: Messages = {
  lang: 'ru',
  locale: 'ru',
  // Russian typesetting leaves four-digit numbers ungrouped: «1234 дня».
  grouping: 'min2',
  // Russian ordinals have one CLDR category; the feminine form agrees with «годовщина».
  ordinal: { other: '{n}-я' },
  yearsAgo: { one: '{n}\u00a0год назад', few: '{n}\u00a0года назад', many: '{n}\u00a0лет назад', other: '{n}\u00a0года назад' },
  lessThanYear: 'Менее года назад',
  anniversaryToday: 'Сегодня {ordinal}\u00a0годовщина',
  nextAnniversary: '{ordinal}\u00a0годовщина\u00a0— {in}',
  daysToGo: { one: 'Через {n}\u00a0день', few: 'Через {n}\u00a0дня', many: 'Через {n}\u00a0дней', other: 'Через {n}\u00a0дня' },
  eventToday: 'Сегодня',
  source: 'Источник: {name}, {date}',
  figuresLabel: 'В цифрах',
  events: {
    'january-20': {
      title: 'Трагедия 20\u00a0января',
      alsoKnownAs: 'Чёрный январь',
      place: 'Баку',
      dayName: 'День всенародной скорби',
      summary:
        'В ночь с\u00a019\u00a0на\u00a020\u00a0января\u00a01990\u00a0года в Баку были введены советские войска; погибли, были ранены и арестованы мирные жители. Ежегодно 20\u00a0января в Азербайджане отмечается День всенародной скорби.',
      sourceName: 'агентство Trend',
      figures: {
        killed: { one: 'человек погиб', few: 'человека погибли', many: 'человек погибли', other: 'человека погибли' },
        injured: {
          one: 'человек тяжело ранен',
          few: 'человека тяжело ранены',
          many: 'человек тяжело ранены',
          other: 'человека тяжело ранены',
        },
        arrested: {
          one: 'человек незаконно арестован',
          few: 'человека незаконно арестованы',
          many: 'человек незаконно арестованы',
          other: 'человека незаконно арестованы',
        },
        // «Имущество» cannot be counted: the forms for 1 and 2–4 count «объект».
        destroyed: {
          one: 'жилое здание, дом или объект имущества разрушен',
          few: 'жилых здания, дома и объекта имущества разрушены',
          many: 'жилых зданий, домов и другого имущества разрушено',
          other: 'жилых зданий, домов и другого имущества разрушено',
        },
      },
      // The compact banner counts people as nouns: «147 погибших», «841 незаконно арестованный».
      figuresShort: {
        killed: { one: 'погибший', other: 'погибших' },
        injured: { one: 'тяжело раненый', other: 'тяжело раненых' },
        arrested: { one: 'незаконно арестованный', other: 'незаконно арестованных' },
        destroyed: {
          one: 'разрушенный дом или объект имущества',
          few: 'разрушенных дома или объекта имущества',
          many: 'разрушенных домов и другого имущества',
          other: 'разрушенных домов и другого имущества',
        },
      },
    },
  },
};

export default ru;
