// A consumer of the published package, as an app would write it: imports by
// package name only. tests/support/consumer-bundle.js type-checks and bundles it.
import { MemorialCard, define, type MemorialEvent } from 'memorial-card';
import { anniversaryState, parseIsoDate } from 'memorial-card/helpers';
import { MemorialCard as Unregistered } from 'memorial-card/element';

const state = anniversaryState(parseIsoDate('1990-01-20')!, parseIsoDate('2026-11-25')!);
const card: HTMLElementTagNameMap['memorial-card'] = document.createElement('memorial-card');
card.setAttribute('lang', 'az');
card.setAttribute('now', '2026-11-25');
const data: MemorialEvent | undefined = undefined;
card.data = data;
define();

(window as unknown as Record<string, unknown>).consumer = {
  card,
  yearsSince: state.yearsSince,
  sameClass: MemorialCard === Unregistered && card instanceof MemorialCard,
};
