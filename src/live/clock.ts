/**
 * One clock for every card on the page. It keeps at most one pending timer,
 * set for the next local midnight among the subscribers' time zones, never
 * runs while the page is hidden, and wakes everyone when the page is seen
 * again (`visibilitychange`, `pageshow`), so a card is right after sleep or a
 * hidden tab without polling. It holds no card whose document is gone: a
 * card moved into an iframe is dropped when that iframe's page goes away.
 */
import { nextMidnight } from '../time/calendar.js';

export interface ClockSubscriber {
  /** Called when a midnight may have passed; the subscriber checks its own day. */
  tick(): void;
  /** An element's document: once it has no window (its iframe removed), the clock forgets the subscriber. */
  readonly ownerDocument?: Document;
}

/** setTimeout's longest delay; midnight is always nearer, but a clamp costs nothing. */
const MAX_DELAY = 2 ** 31 - 1;

/** Each subscriber, with the IANA zone whose midnight changes what it shows. */
const subscribers = new Map<ClockSubscriber, string>();
let timer: ReturnType<typeof setTimeout> | undefined;
let scheduled = false;

/** A subscriber whose document has no window any more: it can never be seen again. */
const gone = (subscriber: ClockSubscriber) => subscriber.ownerDocument?.defaultView === null;

/**
 * Adds a subscriber that wants to hear of midnight in `zone`, or changes the
 * zone of one already listening. The page's listeners exist only while
 * someone listens.
 */
export function subscribe(subscriber: ClockSubscriber, zone: string): void {
  if (!subscribers.size) {
    document.addEventListener('visibilitychange', onVisibilityChange);
    addEventListener('pageshow', wake);
  }
  subscribers.set(subscriber, zone);
  // A card in an iframe: hear when that iframe's page goes (adding a listener twice adds it once).
  const view = subscriber.ownerDocument?.defaultView;
  if (view !== window) view?.addEventListener('pagehide', onFramePageHide);
  reschedule();
}

export function unsubscribe(subscriber: ClockSubscriber): void {
  if (!subscribers.delete(subscriber)) return;
  if (!subscribers.size) {
    document.removeEventListener('visibilitychange', onVisibilityChange);
    removeEventListener('pageshow', wake);
  }
  reschedule();
}

/**
 * Recomputes the one timer once the current task's changes are done: 100
 * cards connecting at once schedule once.
 */
function reschedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(schedule);
}

function schedule(): void {
  scheduled = false;
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  for (const subscriber of subscribers.keys()) if (gone(subscriber)) subscribers.delete(subscriber);
  if (subscribers.size === 0 || document.visibilityState === 'hidden') return;
  const now = Date.now();
  let next = Infinity;
  for (const zone of new Set(subscribers.values())) {
    next = Math.min(next, nextMidnight(now, zone));
  }
  // Infinity: every card is on the last day of year 9999, which never turns.
  if (next < Infinity) timer = setTimeout(wake, Math.min(Math.max(next - now, 0), MAX_DELAY));
}

function wake(): void {
  for (const subscriber of subscribers.keys()) subscriber.tick();
  reschedule();
}

/**
 * An iframe holding cards was removed or navigated away: its cards get no
 * `disconnectedCallback`, so forget them here. (A page kept in the
 * back/forward cache comes back with its cards: keep those.)
 */
function onFramePageHide(event: PageTransitionEvent): void {
  if (event.persisted) return;
  for (const subscriber of subscribers.keys()) {
    if (subscriber.ownerDocument?.defaultView === event.currentTarget) unsubscribe(subscriber);
  }
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'hidden') reschedule();
  else wake();
}

/** For tests: how many cards listen and whether a timer is pending. */
export function clockState(): { subscribers: number; timerPending: boolean } {
  return { subscribers: subscribers.size, timerPending: timer !== undefined };
}
