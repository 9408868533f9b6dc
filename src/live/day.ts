/**
 * The live day of one card: it listens to the shared clock while the card
 * shows the real date, and asks the card to render again when that date
 * changes in the card's time zone. A card frozen by `now` does not listen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dateInZone, toIsoDate } from '../time/calendar.js';
import { type ClockSubscriber, subscribe, unsubscribe } from './clock.js';

export class LiveDay implements ReactiveController, ClockSubscriber {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #zone = '';
  /** The day shown, `YYYY-MM-DD`, or '' while the clock is frozen. */
  #day = '';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The clock forgets a card whose document has no window any more. */
  get ownerDocument(): Document {
    return this.#host.ownerDocument;
  }

  /** What the card shows now: `day` in `zone`, or '' for a frozen clock. */
  show(day: string, zone: string): void {
    this.#day = day;
    this.#zone = zone;
  }

  hostUpdated(): void {
    if (this.#day && this.#host.isConnected) subscribe(this, this.#zone);
    else unsubscribe(this);
  }

  hostDisconnected(): void {
    unsubscribe(this);
  }

  tick(): void {
    if (this.#day && toIsoDate(dateInZone(Date.now(), this.#zone)) !== this.#day) this.#host.requestUpdate();
  }
}
