/**
 * A small timing harness for a noisy, shared machine: the implementations
 * being compared run interleaved, round by round, in a rotating order, each
 * sample is many calls long, and what counts is the median over rounds.
 */

/** One implementation of the work being compared. */
export interface Candidate {
  readonly impl: string
  /** One operation. Its result is kept, so the work cannot be optimised away. */
  readonly run: () => unknown
}

/** How long to measure. */
export interface TimingOptions {
  /** Time each candidate runs before measuring, so the JIT has settled. */
  readonly warmupMs: number
  /** Samples per candidate; the median is reported. Odd, so the median is a sample. */
  readonly rounds: number
  /** Target length of one sample; calls per sample are calibrated to it. */
  readonly sampleMs: number
}

/** What was measured for one candidate, in nanoseconds per operation. */
export interface Timing {
  readonly impl: string
  readonly medianNs: number
  readonly minNs: number
  readonly maxNs: number
  readonly callsPerSample: number
  /** Nanoseconds per operation in each round, in round order. */
  readonly samplesNs: ReadonlyArray<number>
}

const now = (): bigint => process.hrtime.bigint()

// `--expose-gc` makes `gc` available. A minor collection empties the young
// generation, so one candidate's garbage is not collected in another's sample.
// Not a full collection: measured here, a full `gc()` before a sample made the
// codecs 3–10× slower for the next hundred milliseconds (apparently V8 drops
// optimised code or type feedback): that would measure recovery, not steady state.
// Without the flag, samples still work, only noisier.
const collectYoungGarbage = (): void =>
  (globalThis as { gc?: (options?: { type: "minor" }) => void }).gc?.({ type: "minor" })

const loop = (run: () => unknown, calls: number): { readonly ns: number; readonly last: unknown } => {
  let last: unknown
  const start = now()
  for (let i = 0; i < calls; i++) last = run()
  return { ns: Number(now() - start), last }
}

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Finds how many calls fill `ms`: doubles a batch until it is long enough to
 * time, taking the fastest of three batches each time, so that one batch the
 * scheduler interrupted does not make the samples far too short.
 */
const calibrate = (run: () => unknown, ms: number): number => {
  const target = ms * 1e6
  let calls = 1
  for (;;) {
    const ns = Math.min(loop(run, calls).ns, loop(run, calls).ns, loop(run, calls).ns)
    if (ns >= target / 4 || calls >= 1 << 24) return Math.max(1, Math.round(calls * target / Math.max(ns, 1)))
    calls *= 2
  }
}

/**
 * How many times faster `a` was than `b`, round by round, as a median: both
 * samples of a round ran within milliseconds of each other, so load that came
 * and went during the run cancels out of each round's ratio.
 */
export const pairedSpeedup = (a: Timing, b: Timing): number =>
  median(a.samplesNs.map((ns, round) => b.samplesNs[round]! / ns))

/**
 * Times the candidates against each other in one run.
 *
 * Warmup and calibration also interleave, so that no candidate gets the JIT
 * to itself; each round starts with a different candidate, so none is always
 * the one measured right after a collection or right after another's garbage.
 */
export const compare = (candidates: ReadonlyArray<Candidate>, options: TimingOptions): ReadonlyArray<Timing> => {
  const warmupSlices = 5
  for (let slice = 0; slice < warmupSlices; slice++) {
    for (const c of candidates) {
      const until = now() + BigInt(Math.round(options.warmupMs * 1e6 / warmupSlices))
      while (now() < until) loop(c.run, 16)
    }
  }
  const calls = candidates.map((c) => calibrate(c.run, options.sampleMs))
  const samples: Array<Array<number>> = candidates.map(() => [])
  const kept: Array<unknown> = []
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < candidates.length; k++) {
      const i = (round + k) % candidates.length
      collectYoungGarbage()
      const { last, ns } = loop(candidates[i]!.run, calls[i]!)
      samples[i]!.push(ns / calls[i]!)
      kept[i] = last
    }
  }
  if (kept.length !== candidates.length) throw new Error("a candidate was never measured")
  return candidates.map((c, i) => ({
    impl: c.impl,
    medianNs: median(samples[i]!),
    minNs: Math.min(...samples[i]!),
    maxNs: Math.max(...samples[i]!),
    callsPerSample: calls[i]!,
    samplesNs: samples[i]!
  }))
}
