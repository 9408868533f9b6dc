import type { MemorialEvent } from 'memorial-card'

// Another memorial, remembered at Baku midnight: the test looks for this
// title in the server HTML and in the live card, and compares the server
// text with renderCard's for the faked day the server runs on.
export const memorial: MemorialEvent = {
  id: 'consumer-test',
  date: '2000-06-15',
  timeZone: 'Asia/Baku',
  figures: [{ id: 'names', value: 120 }],
  source: { name: 'Example Archive', date: '2020-01-01' },
  text: {
    en: {
      title: 'An example memorial, rendered by astro',
      summary: 'One neutral sentence.',
      figures: { names: 'names read' },
    },
  },
}
