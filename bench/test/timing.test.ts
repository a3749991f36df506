import { describe, expect, it } from "@effect/vitest"
import { compare, median, pairedSpeedup } from "../src/timing.js"
import type { Timing } from "../src/timing.js"

const timing = (impl: string, samplesNs: ReadonlyArray<number>): Timing => ({
  impl,
  medianNs: median(samplesNs),
  minNs: Math.min(...samplesNs),
  maxNs: Math.max(...samplesNs),
  callsPerSample: 1,
  samplesNs
})

describe("median", () => {
  it("is the middle sample of an odd count and the mean of the middle two of an even one", () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it("is not moved by one outlier", () => {
    expect(median([10, 11, 12, 10_000, 9])).toBe(11)
  })
})

describe("pairedSpeedup", () => {
  it("compares the samples of the same round, so load that comes and goes cancels out", () => {
    // Round 2 ran under load: both took 10× longer, the ratio stayed 4.
    const ours = timing("so-chat", [10, 100, 10])
    const theirs = timing("node-soap", [40, 400, 40])
    expect(pairedSpeedup(ours, theirs)).toBe(4)
    expect(pairedSpeedup(theirs, ours)).toBe(0.25)
  })
})

describe("compare", () => {
  it("measures every candidate in every round and keeps their order", () => {
    const calls = { a: 0, b: 0 }
    const timings = compare([
      { impl: "a", run: () => ++calls.a },
      { impl: "b", run: () => ++calls.b }
    ], { warmupMs: 1, rounds: 5, sampleMs: 1 })
    expect(timings.map((t) => t.impl)).toEqual(["a", "b"])
    for (const t of timings) {
      expect(t.samplesNs).toHaveLength(5)
      expect(t.callsPerSample).toBeGreaterThan(0)
      expect(t.minNs).toBeLessThanOrEqual(t.medianNs)
      expect(t.medianNs).toBeLessThanOrEqual(t.maxNs)
    }
    expect(calls.a).toBeGreaterThanOrEqual(5 * timings[0]!.callsPerSample)
    expect(calls.b).toBeGreaterThanOrEqual(5 * timings[1]!.callsPerSample)
  })
})
