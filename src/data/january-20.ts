import type { MemorialEvent } from './event.js';

/**
 * The January 20 tragedy: Baku, the night of 19–20 January 1990.
 * Figures: Trend news agency, Baku, 20 January 2026. Data like any other
 * memorial's: its words in each bundled language are in `text`.
 */
export const january20: MemorialEvent = {
  id: 'january-20',
  date: '1990-01-20',
  timeZone: 'Asia/Baku',
  figures: [
    { id: 'killed', value: 147 },
    { id: 'injured', value: 744 },
    { id: 'arrested', value: 841 },
    { id: 'destroyed', value: 200 },
  ],
  source: { name: 'Trend', date: '2026-01-20' },
  text: {
    az: {
      title: '20\u00a0Yanvar faciəsi',
      alsoKnownAs: 'Qara Yanvar',
      place: 'Bakı',
      dayName: 'Ümumxalq Hüzn Günü',
      summary:
        '1990-cı\u00a0il yanvarın 19-dan 20-nə keçən gecə sovet qoşunları Bakıya yeridildi. Dinc sakinlər öldürüldü, yaralandı və həbs\u00a0olundu. Azərbaycanda hər il 20\u00a0Yanvar Ümumxalq Hüzn Günü kimi anılır.',
      sourceName: 'Trend agentliyi',
      // Azerbaijani nouns stay singular after a number; only 1 building reads «və ya … obyekti».
      figures: {
        killed: { other: 'nəfər həlak\u00a0olub' },
        injured: { other: 'nəfər ağır yaralanıb' },
        arrested: { other: 'nəfər qanunsuz həbs\u00a0olunub' },
        destroyed: { one: 'yaşayış binası, ev və ya əmlak obyekti dağıdılıb', other: 'yaşayış binası, ev və əmlak dağıdılıb' },
      },
    },
    en: {
      title: 'The January\u00a020 tragedy',
      alsoKnownAs: 'Black January',
      place: 'Baku',
      dayName: 'National Mourning Day',
      summary:
        'On the night of 19–20\u00a0January\u00a01990, Soviet troops were sent into Baku; civilians were killed, injured and arrested. Azerbaijan observes 20\u00a0January every year as National Mourning Day.',
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
    },
    ru: {
      title: 'Трагедия 20\u00a0января',
      alsoKnownAs: 'Чёрный январь',
      place: 'Баку',
      dayName: 'День всенародной скорби',
      summary:
        'В\u00a0ночь с\u00a019 на\u00a020\u00a0января 1990\u00a0года в\u00a0Баку были введены советские войска; были убиты, ранены и\u00a0арестованы мирные жители. Ежегодно 20\u00a0января в\u00a0Азербайджане отмечается День всенародной скорби.',
      sourceName: 'агентство Trend',
      figures: {
        killed: { one: 'человек погиб', many: 'человек погибли', other: 'человека погибли' },
        injured: {
          one: 'человек тяжело ранен',
          many: 'человек тяжело ранены',
          other: 'человека тяжело ранены',
        },
        arrested: {
          one: 'человек незаконно арестован',
          many: 'человек незаконно арестованы',
          other: 'человека незаконно арестованы',
        },
        // Neuter «разрушено» agrees with a counted subject, as the news has it.
        destroyed: {
          one: 'жилое здание, дом или строение разрушено',
          few: 'жилых здания, дома или строения разрушено',
          other: 'жилых зданий, домов и\u00a0строений разрушено',
        },
      },
    },
  },
};
