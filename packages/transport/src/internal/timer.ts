/**
 * The largest delay `setTimeout` holds: 2^31 - 1 ms (about 24.8 days). Node,
 * browsers, Deno and Bun all store the delay as a signed 32-bit integer and
 * run a longer one after 1 ms instead.
 */
export const MAX_TIMER_MILLIS = 2 ** 31 - 1

/** A delay beyond `MAX_TIMER_MILLIS`, waited out in steps that each fit. */
class LongTimer<A> {
  private handle: ReturnType<typeof setTimeout> | undefined
  constructor(private remaining: number, private readonly fire: (arg: A) => void, private readonly arg: A) {
    this.handle = this.step()
  }
  // A timer never fires before its delay, so the steps add up to at least
  // the whole delay: no clock reading is needed.
  private step(): ReturnType<typeof setTimeout> {
    const now = Math.min(this.remaining, MAX_TIMER_MILLIS)
    this.remaining -= now
    return setTimeout(() => {
      if (this.remaining > 0) this.handle = this.step()
      else this.fire(this.arg)
    }, now)
  }
  clear(): void {
    clearTimeout(this.handle)
  }
}

/** A timer from {@link setTimer}. */
export type Timer = ReturnType<typeof setTimeout> | LongTimer<any>

/**
 * `setTimeout(fire, millis, arg)` for any delay: one that fits is a plain
 * timer (the hot path allocates nothing more), a longer one never fires early.
 */
export const setTimer: {
  (fire: () => void, millis: number): Timer
  <A>(fire: (arg: A) => void, millis: number, arg: A): Timer
} = <A>(fire: (arg: A) => void, millis: number, arg?: A): Timer =>
  millis <= MAX_TIMER_MILLIS ? setTimeout(fire, millis, arg as A) : new LongTimer(millis, fire, arg as A)

/** Stops a timer from {@link setTimer} (nothing if it has fired). */
export const clearTimer = (timer: Timer | undefined): void => {
  if (timer instanceof LongTimer) timer.clear()
  else clearTimeout(timer)
}
