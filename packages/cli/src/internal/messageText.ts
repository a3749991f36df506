/**
 * The checks on a message's free text (`--text`, `--author`,
 * `--special-param`) that `add-message` and `demo` share, made on the flag's
 * value before anything is encoded, so that the error names the flag.
 *
 * @internal
 */
import { Xsd } from "@so-chat/core"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { InvalidFlag } from "../CliError.js"

const decodeXmlString = Schema.decodeUnknownEither(Xsd.XmlString)

/** A text the envelope can carry (XML 1.0 cannot carry most control characters). */
export const checkText = <A extends string | null>(flag: string, value: A): Either.Either<A, InvalidFlag> => {
  if (value === null) return Either.right(value)
  return Either.mapLeft(Either.map(decodeXmlString(value), () => value), (e) => {
    const issue = ParseResult.ArrayFormatter.formatErrorSync(e)[0]
    return new InvalidFlag({ flag, reason: issue?.message ?? "cannot be sent in XML" })
  })
}

/** Whether a message has nothing to show: empty, or white space alone. */
export const isBlank = (text: string): boolean => text.trim() === ""

/**
 * `--special-param` for an `Options` message: a JSON array of the options
 * offered, each a non-empty string (the label shown) or a JSON object (for a
 * client that wants more than a label).
 */
export const checkOptions = (raw: string | null): Either.Either<string, InvalidFlag> => {
  const fail = (reason: string) => Either.left(new InvalidFlag({ flag: "--special-param", reason }))
  const example = `e.g. --special-param '["Yes","No"]'`
  if (raw === null) return fail(`an Options message needs its options as a JSON array (${example})`)
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return fail(`${JSON.stringify(raw)} is not JSON; an Options message needs a JSON array of options (${example})`)
  }
  if (!Array.isArray(json)) {
    return fail(`an Options message needs a JSON array of options, not ${describe(json)} (${example})`)
  }
  if (json.length === 0) return fail(`the array of options is empty; give at least one (${example})`)
  const bad = json.findIndex((o) =>
    !((typeof o === "string" && o.trim() !== "") || (typeof o === "object" && o !== null && !Array.isArray(o)))
  )
  if (bad >= 0) {
    return fail(`option ${bad + 1} is ${describe(json[bad])}; each option is a non-empty string or a JSON object`)
  }
  return Either.right(raw)
}

const describe = (json: unknown): string =>
  json === null
    ? "null"
    : Array.isArray(json)
    ? "an array"
    : typeof json === "string"
    ? (json.trim() === "" ? "an empty string" : "a string")
    : typeof json === "object"
    ? "an object"
    : `a ${typeof json}`
