/**
 * Timeouts: checking one given as a `Duration`, and reading one as a person
 * writes it.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as Option from "effect/Option"

// Any positive, finite timeout is honoured: the transports wait out one
// beyond what a timer holds (2^31 - 1 ms) in steps.
export const checkTimeout = (input: Duration.DurationInput): Either.Either<Duration.Duration, string> => {
  const d = Duration.decodeUnknown(input)
  return Option.isSome(d) && Duration.isFinite(d.value) && Duration.toMillis(d.value) > 0
    ? Either.right(d.value)
    : Either.left(`the timeout must be a positive, finite duration, not ${JSON.stringify(String(input))}`)
}

const SHORT_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

export const parseTimeout = (input: string | number): Either.Either<Duration.Duration, string> => {
  const s = typeof input === "number" ? "" : input.trim()
  const short = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(s)
  const d: Option.Option<Duration.Duration> = typeof input === "number"
    ? Option.some(Duration.millis(input * 1000))
    : /^\d+(?:\.\d+)?$/.test(s)
    ? Option.some(Duration.millis(Number(s) * 1000))
    : short !== null
    ? Option.some(Duration.millis(Number(short[1]) * SHORT_UNITS[short[2] as keyof typeof SHORT_UNITS]))
    : Duration.decodeUnknown(s)
  return Option.isSome(d) && Duration.isFinite(d.value) && Duration.toMillis(d.value) > 0
    ? Either.right(d.value)
    : Either.left(
      `${JSON.stringify(input)} is not a timeout: give seconds (30), or a positive duration (500ms, 30s, 2m, 1h, 1d, ` +
        `"2 hours")`
    )
}
