// A small valid memorial for the Node tests and the validators: one figure,
// words in English.
export const example = {
  id: 'example',
  date: '2000-06-15',
  timeZone: 'UTC',
  figures: [{ id: 'names', value: 120 }],
  source: { name: 'Example Archive', date: '2020-01-01' },
  text: { en: { title: 'An example memorial', summary: 'One neutral sentence.', figures: { names: 'names read' } } },
};
