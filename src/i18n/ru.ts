import type { Messages } from './messages.js';

const ru: Messages = {
  lang: 'ru',
  locale: 'ru',
  // Russian ordinals have one CLDR category; the feminine form agrees with «годовщина».
  ordinal: { other: '{n}-я' },
  yearsAgo: { one: '{n} год назад', few: '{n} года назад', many: '{n} лет назад', other: '{n} года назад' },
  anniversaryToday: 'Сегодня {ordinal} годовщина',
  nextAnniversary: '{ordinal} годовщина — {in}',
  daysToGo: { one: 'Остался {n} день', few: 'Осталось {n} дня', many: 'Осталось {n} дней', other: 'Осталось {n} дня' },
  eventToday: 'Сегодня',
  source: 'Данные: {name}, {date}',
  figuresLabel: 'В цифрах',
  events: {
    'january-20': {
      title: 'Трагедия 20 января',
      alsoKnownAs: 'Чёрный январь',
      place: 'Баку',
      dayName: 'День всенародной скорби',
      summary:
        'В ночь с 19 на 20 января 1990 года в Баку были введены советские войска, мирные жители были убиты, ранены и арестованы; 20 января ежегодно отмечается в Азербайджане как День всенародной скорби.',
      figuresShort: {
        killed: 'погибли',
        injured: 'тяжело ранены',
        arrested: 'незаконно арестованы',
        destroyed: 'домов и объектов разрушено',
      },
      figures: {
        killed: 'человек погибли',
        injured: 'человек тяжело ранены',
        arrested: 'человек незаконно арестованы',
        destroyed: 'жилых зданий, домов и объектов имущества разрушено',
      },
    },
  },
};

export default ru;
