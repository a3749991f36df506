/**
 * Forward-compatible enumerations: the names a contract lists decode to
 * literals; a name a newer server sends decodes to a branded string that
 * keeps the value, so the message is neither failed nor altered.
 *
 * @internal
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { excerpt } from "./xsd.js"

/** @internal */
export const makeEnumeration = <
  const Values extends Record<string, number>,
  const Brand extends string
>(identifier: string, brand: Brand, values: Values) => {
  type Name = keyof Values & string
  const names = Object.keys(values) as Array<Name>
  // A number two names share (ETableRight's R and Select) reads as the first,
  // the name .NET lists first.
  const byNumber = new Map<number, Name>([...names].reverse().map((name) => [values[name]!, name]))
  const known = new Set<string>(names)
  const Known = Schema.Literal(...(names as [Name, ...Array<Name>]))
  const Unknown = Schema.String.pipe(
    Schema.filter(
      (s) =>
        (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s) && !known.has(s)) ||
        `an ${identifier} name that is not one of ${names.join(", ")}, made of letters, digits, "_", "." or "-"`
    ),
    Schema.brand(brand),
    Schema.annotations({
      identifier: `Unknown${identifier}`,
      arbitrary: () => (fc) =>
        fc
          .stringMatching(/^[A-Z][A-Za-z0-9]{0,15}$/)
          .filter((s) => !known.has(s))
          .map((s) => s as string & import("effect/Brand").Brand<Brand>)
    })
  )
  // One line for the union rather than one per member it is not.
  const schema = Schema.Union(Known, Unknown).annotations({
    identifier,
    message: (issue) => ({
      message: `${
        typeof issue.actual === "string" ? JSON.stringify(excerpt(issue.actual)) : String(issue.actual)
      } is not a ${identifier}: give ${names.join(", ")}, or a newer server's name (letters, digits, "_", "." or "-")`,
      override: true
    })
  })
  return {
    schema,
    Known,
    Unknown,
    names: names as ReadonlyArray<Name>,
    values,
    isKnown: (name: string): name is Name => known.has(name),
    toNumber: (name: Schema.Schema.Type<typeof schema>): Option.Option<number> =>
      known.has(name) ? Option.some(values[name as Name]!) : Option.none(),
    fromNumber: (n: number): Option.Option<Name> => Option.fromNullable(byNumber.get(n))
  }
}
