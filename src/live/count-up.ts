/**
 * The figures' one-time count-up when a card first scrolls into view. One
 * IntersectionObserver and one animation-frame loop serve every card on the
 * page; the loop runs only while a count is under way, and browsers pause it
 * in hidden tabs.
 */

export interface CountUpTarget {
  /** Called once, the first time the element is on screen. */
  startCountUp(): void;
}

const DURATION_MS = 1000;

let observer: IntersectionObserver | undefined;
const targets = new WeakMap<Element, CountUpTarget>();

/** Calls `target.startCountUp()` the first time `element` intersects the viewport. */
export function whenVisible(element: Element, target: CountUpTarget): void {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer?.unobserve(entry.target);
      targets.get(entry.target)?.startCountUp();
      targets.delete(entry.target);
    }
  });
  targets.set(element, target);
  observer.observe(element);
}

export function stopWatching(element: Element): void {
  observer?.unobserve(element);
  targets.delete(element);
}

type Step = (progress: number) => void;
const running = new Map<Step, number>();
let frame: number | undefined;

/**
 * Runs `step` with progress from 0 to 1 (eased) over about a second, on the
 * shared frame loop; `step(1)` is always the last call.
 */
export function animate(step: Step): void {
  running.set(step, performance.now());
  frame ??= requestAnimationFrame(tick);
}

/** Stops a running animation without its final step. */
export function cancel(step: Step): void {
  running.delete(step);
}

function tick(time: number): void {
  frame = undefined;
  for (const [step, start] of running) {
    const t = Math.min(Math.max((time - start) / DURATION_MS, 0), 1);
    step(1 - (1 - t) ** 3);
    if (t >= 1) running.delete(step);
  }
  if (running.size > 0) frame = requestAnimationFrame(tick);
}
