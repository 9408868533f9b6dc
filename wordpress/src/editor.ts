/**
 * The block editor's side of the "Memorial card" block (memorial-card/card).
 * Built by rollup into a plain script that uses the `wp.*` globals the
 * editor provides (React comes from `wp.element`); nothing else is bundled.
 * The block's attributes, title and category come from block.json through
 * the server; the front end is rendered by PHP.
 *
 * The preview is the live element: the editor's document (or its iframe)
 * gets the plugin's memorial-card.js, once.
 */

type Child = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: Child[]) => Child;

interface Attributes {
  lang: string;
  theme: string;
  layout: string;
  timeZone: string;
  showDaysBefore?: number;
  align?: string;
}

interface EditProps {
  attributes: Attributes;
  setAttributes: (attributes: Partial<Attributes>) => void;
}

interface WordPressGlobals {
  element: {
    createElement: CreateElement;
    Fragment: unknown;
    useRef: <T>(value: T) => { current: T };
    useEffect: (effect: () => void, deps?: unknown[]) => void;
  };
  blocks: { registerBlockType: (name: string, settings: Record<string, unknown>) => unknown };
  blockEditor: {
    InspectorControls: unknown;
    useBlockProps: (props?: Record<string, unknown>) => Record<string, unknown>;
  };
  components: { PanelBody: unknown; SelectControl: unknown; TextControl: unknown };
  i18n: { __: (text: string, domain?: string) => string; sprintf: (format: string, ...args: unknown[]) => string };
}

interface EditorConfig {
  scriptUrl: string;
  defaultLang: string;
}

declare global {
  interface Window {
    wp: WordPressGlobals;
    memorialCardEditor?: EditorConfig;
  }
}

const { element, blocks, blockEditor, components, i18n } = window.wp;
const h = element.createElement;
const __ = (text: string) => i18n.__(text, 'memorial-card');
const config: EditorConfig = window.memorialCardEditor ?? { scriptUrl: '', defaultLang: 'en' };

const LANGUAGE_NAMES: Record<string, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

/** Adds memorial-card.js to the document the block is shown in, once. */
function loadElement(doc: Document | null | undefined): void {
  if (!doc || !config.scriptUrl || doc.getElementById('memorial-card-editor-element')) return;
  const script = doc.createElement('script');
  script.type = 'module';
  script.id = 'memorial-card-editor-element';
  script.src = config.scriptUrl;
  doc.head.append(script);
}

/** '' for empty, else a whole number of days from 0 to 366, else undefined (not a valid number). */
function parseDays(value: string): number | '' | undefined {
  const text = value.trim();
  if (text === '') return '';
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const days = Number(text);
  return days <= 366 ? days : undefined;
}

function Edit({ attributes, setAttributes }: EditProps): Child {
  const ref = element.useRef<HTMLElement | null>(null);
  element.useEffect(() => loadElement(ref.current?.ownerDocument), []);
  // As wide as the card, as on the front end (memorial_card_render_block).
  const blockProps = blockEditor.useBlockProps({
    ref,
    style: attributes.layout === 'compact' || attributes.align ? undefined : { maxWidth: 'var(--memorial-card-max-width, 40rem)' },
  });
  const lang = attributes.lang || config.defaultLang;
  const days = attributes.showDaysBefore;

  const card = h('memorial-card', {
    lang,
    theme: attributes.theme || 'auto',
    layout: attributes.layout || 'card',
    'time-zone': (attributes.timeZone ?? '').trim() || undefined,
    // The editor always shows the card, in season or not: the sidebar says when readers see it.
    'no-animation': '',
  });

  const controls = h(
    blockEditor.InspectorControls,
    null,
    h(
      components.PanelBody,
      { title: __('Card'), initialOpen: true },
      h(components.SelectControl, {
        label: __('Language'),
        value: attributes.lang,
        options: [
          { value: '', label: i18n.sprintf(__('The site’s language (%s)'), LANGUAGE_NAMES[config.defaultLang] ?? config.defaultLang) },
          ...['az', 'en', 'ru'].map((value) => ({ value, label: LANGUAGE_NAMES[value] })),
        ],
        onChange: (value: string) => setAttributes({ lang: value }),
      }),
      h(components.SelectControl, {
        label: __('Theme'),
        value: attributes.theme,
        options: [
          { value: 'auto', label: __('Auto (follows the page and the reader)') },
          { value: 'light', label: __('Light') },
          { value: 'dark', label: __('Dark') },
        ],
        onChange: (value: string) => setAttributes({ theme: value }),
      }),
      h(components.SelectControl, {
        label: __('Layout'),
        value: attributes.layout,
        options: [
          { value: 'card', label: __('Card') },
          { value: 'compact', label: __('Compact (one line, for page headers)') },
        ],
        onChange: (value: string) => setAttributes({ layout: value }),
      }),
      h(components.TextControl, {
        label: __('Time zone'),
        value: attributes.timeZone,
        placeholder: 'Asia/Baku',
        help: __('The zone whose calendar decides the day, such as Europe/London. Empty: Asia/Baku. An unknown zone is ignored.'),
        onChange: (value: string) => setAttributes({ timeZone: value }),
      }),
      h(components.TextControl, {
        label: __('Days before 20 January'),
        type: 'number',
        min: 0,
        max: 366,
        value: days === undefined ? '' : String(days),
        help:
          days === undefined
            ? __('Empty: always shown. 0 to 366: shown only from that many days before 20 January through the day itself.')
            : i18n.sprintf(__('Readers see the card only from %d days before 20 January through the day itself; the editor always shows it.'), days),
        onChange: (value: string) => {
          const parsed = parseDays(value);
          if (parsed === '') setAttributes({ showDaysBefore: undefined });
          else if (parsed !== undefined) setAttributes({ showDaysBefore: parsed });
        },
      }),
    ),
  );

  return h(element.Fragment, null, controls, h('div', blockProps, card));
}

/** The carnation, as the block's icon. */
const icon = h(
  'svg',
  { viewBox: '0 0 32 64', xmlns: 'http://www.w3.org/2000/svg', 'aria-hidden': 'true', focusable: 'false' },
  h('path', { d: 'M16 27c0 11-.5 23 .5 36', fill: 'none', stroke: '#56644b', strokeWidth: 1.6 }),
  h('path', {
    fill: '#56644b',
    d: 'M16 46c-5-3-8.5-6.5-10-11 4.5 1.5 8 5 10 8.5zm0 7c4-3 7.5-5.5 10-9.5-4 1-7.5 3.5-10 7zM12.5 20h7L18 28.5q-2 1.5-4 0z',
  }),
  h('path', {
    fill: '#a3142c',
    d: 'M4 15l2.5-4 .5-3.5 3 1.5 2-4.5 2.5 3 2-5 2 4.5 3-3 1 4.5 3.5-1.5-.5 4 3 3c-2.5 5.5-7.5 8-12.5 8s-10-2.5-12-7z',
  }),
);

blocks.registerBlockType('memorial-card/card', {
  icon,
  edit: Edit,
  // Dynamic: the front end is rendered by the server.
  save: () => null,
});

export {};
