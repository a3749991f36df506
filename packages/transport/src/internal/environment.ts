/**
 * Reading the `SO_*` environment variables: blank counts as unset, a bad
 * value fails naming the variable, secrets are read `Redacted`.
 *
 * @internal
 */
import type { SoapVersion } from "@so-chat/core"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"

export const fromEither = <A>(e: Either.Either<A, string>): Either.Either<A, ConfigError.ConfigError> =>
  Either.mapLeft(e, (message) => ConfigError.InvalidData([], message))

// An empty variable (or one of blanks only) counts as unset, as in the CLI:
// `SO_TIMEOUT= cmd` and an `.env` line `SO_TIMEOUT=` mean "no value".
export const isBlank = (s: string): boolean => s.trim() === ""

/** A variable that may be unset; when set, `parse` must accept it (a failure names the variable). */
export const optional = <A>(
  name: string,
  parse: (s: string) => Either.Either<A, string>,
  fallback: A
): Config.Config<A> =>
  Config.option(Config.string(name)).pipe(
    Config.mapOrFail((o) =>
      Option.isNone(o) || isBlank(o.value)
        ? Either.right(fallback)
        : Either.mapLeft(parse(o.value), (message) => ConfigError.InvalidData([name], message))
    )
  )

export const parseSoapVersion = (s: string): Either.Either<SoapVersion.SoapVersion, string> => {
  const t = s.trim()
  return t === "1.1" || t === "1.2"
    ? Either.right(t)
    : Either.left(`${JSON.stringify(s)} is not a SOAP version: give 1.1 or 1.2`)
}

export const secret = (name: string): Config.Config<Redacted.Redacted<string> | undefined> =>
  Config.option(Config.redacted(name)).pipe(
    Config.map((o) => Option.isSome(o) && !isBlank(Redacted.value(o.value)) ? o.value : undefined)
  )
