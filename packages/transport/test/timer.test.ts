import { afterEach, beforeEach, describe, expect, it, vi } from "@effect/vitest"
import { clearTimer, MAX_TIMER_MILLIS, setTimer } from "../src/internal/timer.js"

const DAY = 24 * 60 * 60 * 1000

// The fake clock runs a delay beyond 2^31 - 1 ms after 1 ms, as Node does.
describe("setTimer", () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  for (const millis of [MAX_TIMER_MILLIS, MAX_TIMER_MILLIS + 1, 30 * DAY, 3 * MAX_TIMER_MILLIS + 5]) {
    it(`fires after ${millis} ms, not a millisecond earlier`, () => {
      const fired: Array<number> = []
      setTimer((at) => fired.push(at), millis, 7)
      vi.advanceTimersByTime(millis - 1)
      expect(fired).toEqual([])
      vi.advanceTimersByTime(1)
      expect(fired).toEqual([7])
      vi.advanceTimersByTime(100 * DAY)
      expect(fired).toEqual([7])
    })
  }

  it("a long timer cleared part-way never fires", () => {
    let fired = false
    const timer = setTimer(() => (fired = true), 60 * DAY)
    vi.advanceTimersByTime(40 * DAY)
    clearTimer(timer)
    vi.advanceTimersByTime(100 * DAY)
    expect(fired).toBe(false)
  })

  it("a short timer is a plain timer", () => {
    let fired = false
    const timer = setTimer(() => (fired = true), 10)
    clearTimer(timer)
    vi.advanceTimersByTime(20)
    expect(fired).toBe(false)
    setTimer(() => (fired = true), 10)
    vi.advanceTimersByTime(10)
    expect(fired).toBe(true)
  })
})
