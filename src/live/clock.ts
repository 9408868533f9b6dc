/**
 * One clock for every card on the page. It keeps at most one pending timer,
 * set for the next local midnight among the subscribers' time zones, never
 * runs while the page is hidden, and wakes everyone when the page is seen
 * again (`visibilitychange`, `pageshow`), so a card is right after sleep or a
 * hidden tab without polling.
 */
import { nextMidnight } from '../time/calendar.js';

export interface ClockSubscriber {
  /** The IANA zone whose midnight changes what this subscriber shows. */
  readonly clockTimeZone: string;
  /** Called when a midnight may have passed; the subscriber checks its own day. */
  clockTick(): void;
}

/** setTimeout's longest delay; midnight is always nearer, but a clamp costs nothing. */
const MAX_DELAY = 2 ** 31 - 1;

const subscribers = new Set<ClockSubscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
let scheduled = false;

/**
 * Adds a subscriber, or re-reads its zone if it is one already. The page's
 * listeners exist only while someone listens.
 */
export function subscribe(subscriber: ClockSubscriber): void {
  if (!subscribers.size) {
    document.addEventListener('visibilitychange', onVisibilityChange);
    addEventListener('pageshow', wake);
  }
  subscribers.add(subscriber);
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
  if (subscribers.size === 0 || document.visibilityState === 'hidden') return;
  const now = Date.now();
  let next = Infinity;
  for (const zone of new Set([...subscribers].map((s) => s.clockTimeZone))) {
    next = Math.min(next, nextMidnight(now, zone));
  }
  timer = setTimeout(wake, Math.min(Math.max(next - now, 0), MAX_DELAY));
}

function wake(): void {
  for (const subscriber of subscribers) subscriber.clockTick();
  reschedule();
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'hidden') reschedule();
  else wake();
}

/** For tests: how many cards listen and whether a timer is pending. */
export function clockState(): { subscribers: number; timerPending: boolean } {
  return { subscribers: subscribers.size, timerPending: timer !== undefined };
}
