/**
 * The block editor's side of the "Memorial card" block (memorial-card/card).
 * Shipped as a plain script (scripts/build-wordpress.js removes the types,
 * nothing is minified or bundled) that uses the `wp.*` globals the
 * editor provides (React comes from `wp.element`); nothing else is bundled.
 * The block's attributes, title and category come from block.json through
 * the server; the front end is rendered by PHP.
 *
 * The preview is the live element: the editor's document (or its iframe)
 * gets the plugin's memorial-card.js, once.
 *
 * The languages, themes, layouts and range of days the sidebar offers are
 * the element's own: the plugin prints them (from the vocabulary the build
 * generates out of the package's src/attributes.ts) as
 * `window.memorialCardEditor` before this script. None is written here.
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
    useState: <T>(value: T) => [T, (value: T) => void];
    useEffect: (effect: () => void, deps?: unknown[]) => void;
  };
  blocks: { registerBlockType: (name: string, settings: Record<string, unknown>) => unknown };
  blockEditor: {
    InspectorControls: unknown;
    useBlockProps: (props?: Record<string, unknown>) => Record<string, unknown>;
  };
  components: { PanelBody: unknown; SelectControl: unknown; TextControl: unknown };
  i18n: {
    __: (text: string, domain: string) => string;
    _n: (single: string, plural: string, n: number, domain: string) => string;
    sprintf: (format: string, ...args: unknown[]) => string;
  };
}

interface Option {
  value: string;
  label: string;
}

/** What the plugin prints for this script (memorial_card_editor_config() in memorial-card.php). */
interface EditorConfig {
  /** The address of memorial-card.js. */
  scriptUrl: string;
  /** The language the site's maps to. */
  defaultLang: string;
  /** The bundled languages, each with its own name. */
  languages: { code: string; name: string }[];
  themes: Option[];
  defaultTheme: string;
  layouts: Option[];
  defaultLayout: string;
  /** The whole numbers show-days-before takes. */
  days: { min: number; max: number };
  /** The block's class for each layout, as on the front end (memorial_card_block_class(); the widths are assets/block.css's). */
  blockClasses: Record<string, string>;
}

declare global {
  interface Window {
    wp: WordPressGlobals;
    memorialCardEditor?: EditorConfig;
  }
}

const { element, blocks, blockEditor, components, i18n } = window.wp;
const h = element.createElement;
// Every string is written out with its text domain, as `wp i18n make-pot`
// (and scripts/build-wordpress.js's extraction) reads them.
const { __, _n, sprintf } = i18n;
const printed = window.memorialCardEditor;
if (!printed) throw new Error('memorial-card: window.memorialCardEditor is missing (the plugin prints it before the block editor script)');
const config: EditorConfig = printed;

// The control sizes of WordPress 6.7+ (without them 6.8 warns in the console); older versions ignore them.
const sizes = { __next40pxDefaultSize: true, __nextHasNoMarginBottom: true };

const languageName = (code: string) => config.languages.find((language) => language.code === code)?.name ?? code;

/** Adds memorial-card.js to the document the block is shown in, once. */
function loadElement(doc: Document | null | undefined): void {
  if (!doc || !config.scriptUrl || doc.getElementById('memorial-card-editor-element')) return;
  const script = doc.createElement('script');
  script.type = 'module';
  script.id = 'memorial-card-editor-element';
  script.src = config.scriptUrl;
  doc.head.append(script);
}

/** '' for empty, else a whole number of days in the configured range, else undefined (not a valid number). */
function parseDays(value: string): number | '' | undefined {
  const text = value.trim();
  if (text === '') return '';
  if (!/^\d+$/.test(text)) return undefined;
  const days = Number(text);
  return days >= config.days.min && days <= config.days.max ? days : undefined;
}

/**
 * Days from today in a zone (the block's, else Asia/Baku, the element's
 * default) to the next 20 January, 0 on the day: as the front end decides
 * whether a card with a season is shown today.
 */
function daysToAnniversary(zone: string): number {
  let today: string;
  try {
    today = new Intl.DateTimeFormat('en-CA', { timeZone: zone || 'Asia/Baku' }).format(new Date());
  } catch {
    today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku' }).format(new Date());
  }
  const [year, month, day] = today.split('-').map(Number);
  const now = Date.UTC(year, month - 1, day);
  const next = Date.UTC(now > Date.UTC(year, 0, 20) ? year + 1 : year, 0, 20);
  return Math.round((next - now) / 86400000);
}

function Edit({ attributes, setAttributes }: EditProps): Child {
  const ref = element.useRef<HTMLElement | null>(null);
  element.useEffect(() => loadElement(ref.current?.ownerDocument), []);
  const layout = attributes.layout || config.defaultLayout;
  // As wide as on the front end (memorial_card_render_block, assets/block.css).
  const blockProps = blockEditor.useBlockProps({ ref, className: config.blockClasses[layout] || undefined });
  const lang = attributes.lang || config.defaultLang;
  const days = attributes.showDaysBefore;
  // What was typed in the days field and not taken (out of range, not a whole number), to say so.
  const [refused, setRefused] = element.useState<string | undefined>(undefined);
  const hiddenToday = days !== undefined && daysToAnniversary((attributes.timeZone ?? '').trim()) > days;

  const card = h('memorial-card', {
    lang,
    theme: attributes.theme || config.defaultTheme,
    layout,
    'time-zone': (attributes.timeZone ?? '').trim() || undefined,
    // No show-days-before: the editor always shows the card, in season or not; the sidebar says when readers see it.
  });

  const controls = h(
    blockEditor.InspectorControls,
    null,
    h(
      components.PanelBody,
      { title: __('Card', 'memorial-card'), initialOpen: true },
      h(components.SelectControl, {
        ...sizes,
        label: __('Language', 'memorial-card'),
        value: attributes.lang,
        options: [
          {
            value: '',
            // translators: %s: the name, in itself, of the language the site's language maps to.
            label: sprintf(__('The site’s language (%s)', 'memorial-card'), languageName(config.defaultLang)),
          },
          ...config.languages.map(({ code, name }) => ({ value: code, label: name })),
        ],
        onChange: (value: string) => setAttributes({ lang: value }),
      }),
      h(components.SelectControl, {
        ...sizes,
        label: __('Theme', 'memorial-card'),
        value: attributes.theme,
        options: config.themes,
        onChange: (value: string) => setAttributes({ theme: value }),
      }),
      h(components.SelectControl, {
        ...sizes,
        label: __('Layout', 'memorial-card'),
        value: attributes.layout,
        options: config.layouts,
        onChange: (value: string) => setAttributes({ layout: value }),
      }),
      h(components.TextControl, {
        ...sizes,
        label: __('Time zone', 'memorial-card'),
        value: attributes.timeZone,
        placeholder: 'Asia/Baku',
        help: __('The zone whose calendar decides the day, such as Europe/London. Empty: Asia/Baku. An unknown zone is ignored.', 'memorial-card'),
        onChange: (value: string) => setAttributes({ timeZone: value }),
      }),
      h(components.TextControl, {
        ...sizes,
        label: __('Days before 20 January', 'memorial-card'),
        type: 'number',
        min: config.days.min,
        max: config.days.max,
        value: refused ?? (days === undefined ? '' : String(days)),
        help: [
          refused === undefined
            ? ''
            : sprintf(
                // translators: 1: what was typed, 2: the fewest days, 3: the most (a whole year).
                __('“%1$s” is not a whole number from %2$d to %3$d: it was not taken.', 'memorial-card'),
                refused,
                config.days.min,
                config.days.max,
              ),
          days === undefined
            ? sprintf(
                // translators: 1: the fewest days, 2: the most (a whole year).
                __('Empty: always shown. %1$d to %2$d: shown only from that many days before 20 January through the day itself.', 'memorial-card'),
                config.days.min,
                config.days.max,
              )
            : days === 0
              ? __('Readers see the card only on 20 January; the editor always shows it.', 'memorial-card')
              : sprintf(
                  // translators: %d: a number of days.
                  _n(
                    'Readers see the card only from %d day before 20 January through the day itself; the editor always shows it.',
                    'Readers see the card only from %d days before 20 January through the day itself; the editor always shows it.',
                    days,
                    'memorial-card',
                  ),
                  days,
                ),
          hiddenToday ? __('Today it is hidden from readers; Preview has a link to see it as in its season.', 'memorial-card') : '',
        ]
          .filter(Boolean)
          .join(' '),
        onChange: (value: string) => {
          const parsed = parseDays(value);
          setRefused(parsed === undefined ? value : undefined);
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
