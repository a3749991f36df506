/**
 * Flags enumerations (`xs:list` of an enumeration's names), kept apart from
 * `enumeration.ts` so that the modules the CLI loads do not load Arbitrary.
 *
 * @internal
 */
import * as Arbitrary from "effect/Arbitrary"
import * as Schema from "effect/Schema"

/**
 * A list of an enumeration's names, each at most once, as a .NET flags value
 * holds each bit once.
 *
 * @internal
 */
export const makeFlags = <A extends string, I>(identifier: string, member: Schema.Schema<A, I>) =>
  Schema.Array(member).pipe(
    Schema.filter((names) => {
      const seen = new Set<string>()
      for (const name of names) {
        if (seen.has(name)) return `${name} appears twice in a ${identifier} list`
        seen.add(name)
      }
      return true
    }),
    Schema.annotations({
      identifier,
      arbitrary: () => (fc) => fc.uniqueArray(Arbitrary.makeLazy(member)(fc), { maxLength: 4 })
    })
  )
