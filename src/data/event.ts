/**
 * The schema of a memorial's data. The bundled event is one value of this
 * type; another memorial is another value, passed to the element's `data`
 * property or in a child `<script type="application/json">`.
 */

/**
 * Text in one form per plural category (`Intl.PluralRules`: `zero`, `one`,
 * `two`, `few`, `many`, `other`); `other` is required and stands in for a
 * category left out.
 */
export type PluralText = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/**
 * A figure's label: one string where the language needs no agreement with
 * the number, or forms by plural category, chosen for the figure's value
 * (ru: `{ one: 'человек погиб', few: 'человека погибли', many: 'человек погибли', other: 'человека погибли' }`).
 */
export type FigureLabel = string | PluralText;

/** One figure shown on the card, e.g. `{ id: 'killed', value: 147 }`. */
export interface MemorialFigure {
  readonly id: string;
  readonly value: number;
}

/** Who published the figures and when; shown as the card's source line. */
export interface MemorialSource {
  /** The publisher's name as printed, e.g. `Trend`. */
  readonly name: string;
  /** Publication date, `YYYY-MM-DD`. */
  readonly date: string;
}

/** The words about one event in one language. */
export interface MemorialText {
  /** The heading, e.g. "The January 20 tragedy". */
  readonly title: string;
  /** Another established name, e.g. "Black January". */
  readonly alsoKnownAs?: string;
  /** Where it happened, e.g. "Baku". */
  readonly place?: string;
  /** The day of remembrance marked on the anniversary, e.g. "National Mourning Day". */
  readonly dayName?: string;
  /** One neutral sentence on what happened. */
  readonly summary: string;
  /** The source's name as this language prints it ("Trend news agency"); `source.name` where missing. */
  readonly sourceName?: string;
  /** A label for every figure id, agreeing with its value (see `FigureLabel`). */
  readonly figures: Readonly<Record<string, FigureLabel>>;
  /** Shorter labels for the compact layout, by figure id; `figures` where missing. */
  readonly figuresShort?: Readonly<Record<string, FigureLabel>>;
}

export interface MemorialEvent {
  /** A stable id, e.g. `january-20`. */
  readonly id: string;
  /** The event's calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The IANA zone whose calendar the date belongs to. */
  readonly timeZone: string;
  readonly figures: readonly MemorialFigure[];
  readonly source: MemorialSource;
  /**
   * The words by language code (`en`, `az`, `ru`, …), in one language at
   * least. A card in a language the event has no words in shows them in
   * English, else in the first language given.
   */
  readonly text: Readonly<Record<string, MemorialText>>;
}
