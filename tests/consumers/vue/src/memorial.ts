import type { MemorialEvent } from 'memorial-card'

// Another memorial, passed as the element's `data` property: the test looks
// for this title in the rendered card.
export const memorial: MemorialEvent = {
  id: 'consumer-test',
  date: '2000-06-15',
  timeZone: 'UTC',
  figures: [{ id: 'names', value: 120 }],
  source: { name: 'Example Archive', date: '2020-01-01' },
  text: {
    en: {
      title: 'An example memorial, rendered by vue',
      summary: 'One neutral sentence.',
      figures: { names: 'names read' },
    },
  },
}
