// The one example memorial of the test suites, browser and Node alike: a
// small valid event with one figure and words in English. Each option
// replaces one value; every other value is the same wherever it is used.

/**
 * @param {import('./event.js').ExampleOptions} [options]
 * @returns {import('../../src/data/event.js').MemorialEvent}
 */
export function exampleEvent(options = {}) {
  const figure = options.figure ?? 'a';
  return {
    id: options.id ?? 'example',
    date: options.date ?? '2000-06-15',
    timeZone: options.timeZone ?? 'UTC',
    figures: [{ id: figure, value: options.value ?? 1 }],
    source: { name: options.source ?? 'Example', date: options.sourceDate ?? '2020-01-01' },
    text: {
      en: {
        title: options.title ?? 'An example memorial',
        summary: options.summary ?? 'A sentence.',
        figures: { [figure]: options.label ?? 'names read' },
      },
      ...options.otherLanguages,
    },
  };
}

/** The example of the Node suites: 120 names read, from an archive, in one neutral sentence. */
export const namesRead = exampleEvent({ figure: 'names', value: 120, source: 'Example Archive', summary: 'One neutral sentence.' });
