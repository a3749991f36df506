/**
 * The JSON shape `so-chat call` prints a response in and reads a request
 * body in, as a Schema derived from an operation's own (generated) schema:
 * the generated schemas hold Effect values (`DateTime.Utc`, `bigint`,
 * `Uint8Array`, `Duration`, `NotGiven`), and this swaps each of those leaves
 * for a transformation from its JSON form, keeping every field, refinement and
 * union as the contract has it. One mapping, both directions:
 *
 * - dateTime: an ISO-8601 UTC string with milliseconds (`2024-05-06T07:08:09.123Z`);
 * - xs:long: a decimal string (`"9007199254740993"`), as JSON numbers lose
 *   digits beyond 2^53;
 * - xs:double: a number, or `"INF"`, `"-INF"`, `"NaN"`, which JSON has no number for;
 * - xs:base64Binary: a base64 string;
 * - duration: the xs:duration text NetServer writes (`PT8H30M`);
 * - `NotGiven` (decision 20): `{"notGiven":"nil"}` or `{"notGiven":"empty"}`,
 *   which no contract value looks like;
 * - a secret (`Redacted`): text in, `<redacted>` out;
 * - nil is `null`, enums are names, flags arrays of names, dictionaries objects.
 *
 * @internal
 */
import * as XsdExtended from "@so-chat/core/XsdExtended"
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as Str from "effect/String"
import { MASK } from "./output.js"

const DurationFromXsd = Schema.transformOrFail(Schema.String, Schema.DurationFromSelf, {
  strict: true,
  decode: (text, _, ast) => {
    const d = XsdExtended.parseDuration(text)
    return Duration.isDuration(d) ? ParseResult.succeed(d) : ParseResult.fail(new ParseResult.Type(ast, text, d))
  },
  encode: (d) => ParseResult.succeed(XsdExtended.formatDuration(d))
}).annotations({ identifier: "duration" })

const special = { INF: Infinity, "-INF": -Infinity, NaN } as const

const DoubleFromJson = Schema.transform(
  Schema.Union(Schema.Number, Schema.Literal("INF", "-INF", "NaN")),
  Schema.Number,
  {
    strict: true,
    decode: (x) => typeof x === "number" ? x : special[x],
    encode: (n) => Number.isNaN(n) ? "NaN" : n === Infinity ? "INF" : n === -Infinity ? "-INF" : n
  }
).annotations({ identifier: "xs:double" })

const NotGivenFromJson = Schema.transform(
  Schema.Struct({ notGiven: Schema.Literal("nil", "empty") }),
  Schema.typeSchema(XsdExtended.NotGiven),
  {
    strict: true,
    decode: ({ notGiven }) => notGiven === "nil" ? XsdExtended.NotGiven.nil : XsdExtended.NotGiven.empty,
    encode: (n) => ({ notGiven: n.form })
  }
)

// A secret (a password, an access token, a ticket) is read as text and shown only as the mask: a response
// that carries one (an Authenticate* ticket) prints `<redacted>`, as every secret so-chat shows.
const redactedFromJson = (value: AST.AST) =>
  Schema.transform(Schema.String, Schema.RedactedFromSelf(Schema.typeSchema(Schema.make(value))), {
    strict: true,
    decode: (text) => Redacted.make(text),
    encode: () => MASK
  }).annotations({ identifier: "secret text" }).ast

const redactedDescription = AST.getDescriptionAnnotation(Schema.RedactedFromSelf(Schema.String).ast)

const isRedacted = (ast: AST.Declaration): boolean =>
  ast.typeParameters.length === 1 && Option.getEquivalence(Str.Equivalence)(
    AST.getDescriptionAnnotation(ast),
    redactedDescription
  )

const declarationOf = (schema: Schema.Schema.Any) => (schema.ast as AST.Declaration).decodeUnknown

// Declarations are matched by their decoder, which annotating a schema keeps.
const leaves: ReadonlyArray<readonly [AST.Declaration["decodeUnknown"], AST.AST]> = [
  [declarationOf(Schema.DateTimeUtcFromSelf), Schema.DateTimeUtc.ast],
  [declarationOf(Schema.Uint8ArrayFromSelf), Schema.Uint8ArrayFromBase64.ast],
  [declarationOf(Schema.DurationFromSelf), DurationFromXsd.ast]
]

/** The JSON form of a schema's AST (see the module's description). */
const toJson = (ast: AST.AST): AST.AST => {
  if (ast === XsdExtended.NotGiven.ast) return NotGivenFromJson.ast
  if (ast === XsdExtended.Double.ast) return DoubleFromJson.ast
  switch (ast._tag) {
    case "Declaration":
      if (isRedacted(ast)) return redactedFromJson(ast.typeParameters[0]!)
      return leaves.find(([decode]) => decode === ast.decodeUnknown)?.[1] ?? ast
    case "BigIntKeyword":
      return Schema.BigInt.ast
    case "Refinement":
      return new AST.Refinement(toJson(ast.from), ast.filter, ast.annotations)
    // A class: its fields' side is mapped, the class itself kept.
    case "Transformation":
      return new AST.Transformation(toJson(ast.from), ast.to, ast.transformation, ast.annotations)
    case "Suspend":
      return new AST.Suspend(() => toJson(ast.f()), ast.annotations)
    case "Union":
      return AST.Union.make(ast.types.map(toJson), ast.annotations)
    case "TupleType":
      return new AST.TupleType(
        ast.elements.map((e) => new AST.OptionalType(toJson(e.type), e.isOptional, e.annotations)),
        ast.rest.map((r) => new AST.Type(toJson(r.type), r.annotations)),
        ast.isReadonly,
        ast.annotations
      )
    case "TypeLiteral":
      return new AST.TypeLiteral(
        ast.propertySignatures.map((p) =>
          new AST.PropertySignature(p.name, toJson(p.type), p.isOptional, p.isReadonly, p.annotations)
        ),
        ast.indexSignatures.map((i) => new AST.IndexSignature(i.parameter, toJson(i.type), i.isReadonly)),
        ast.annotations
      )
    default:
      return ast
  }
}

/**
 * The schema from the JSON shape to a contract's values (decode: JSON in;
 * encode: JSON out).
 */
export const jsonSchema = <A>(schema: Schema.Schema<A, any>): Schema.Schema<A, unknown> =>
  Schema.make<A, unknown, never>(toJson(schema.ast))

/** A request body's top-level fields: camelCase name, WSDL name and the field's schema. */
export interface Parameter {
  readonly name: string
  readonly wsdlName: string
  readonly ast: AST.AST
  /** What it takes, for `--list` and messages (`xs:int`, `ChatSessionEntity or null`). */
  readonly type: string
}

const plainType = (ast: AST.AST): string => {
  const id = AST.getIdentifierAnnotation(ast)
  // A class's identifier is its key (`@so-chat/core/ChatSessionEntity`): the name is its last part.
  if (id._tag === "Some") return id.value.replace(/^.*\//, "")
  switch (ast._tag) {
    case "Refinement":
      return plainType(ast.from)
    case "Transformation":
      return plainType(ast.to)
    case "Suspend":
      return plainType(ast.f())
    case "Union": {
      const rest = ast.types.filter((t) => !(t._tag === "Literal" && t.literal === null))
      const shown = rest.length === ast.types.length
        ? rest.map(plainType).join(" or ")
        : `${rest.map(plainType).join(" or ")} or null`
      return rest.every((t) => t._tag === "Literal") ? "one of " + shown : shown
    }
    case "TupleType":
      return `array of ${ast.rest.map((r) => plainType(r.type)).join(" or ")}`
    case "Literal":
      return JSON.stringify(ast.literal)
    default:
      return String(ast)
  }
}

/** The parameters of an operation's request body, in the WSDL's order. */
export const parametersOf = (request: Schema.Schema.Any): ReadonlyArray<Parameter> => {
  const ast = request.ast
  const literal = ast._tag === "Transformation" ? ast.from : ast
  if (literal._tag !== "TypeLiteral") return []
  return literal.propertySignatures.map((p) => {
    const name = String(p.name)
    return { name, wsdlName: name.charAt(0).toUpperCase() + name.slice(1), ast: p.type, type: plainType(p.type) }
  })
}

/** The first problem of a failed decode, on one line, with where it was. */
export const problem = (error: ParseResult.ParseError): string => {
  const [first] = ParseResult.ArrayFormatter.formatErrorSync(error)
  if (first === undefined) return error.message
  const at = first.path.length > 0 ? ` at ${first.path.map(String).join(".")}` : ""
  return `${first.message.replace(/\s+/g, " ")}${at}`
}

/** A parameter's schema from its JSON shape. */
export const fieldSchema = (parameter: Parameter): Schema.Schema<unknown, unknown> =>
  Schema.make<unknown, unknown, never>(toJson(parameter.ast))

/**
 * One `--arg` value, read by the parameter's type: the text itself where the
 * JSON form is a string (text, dateTime, long, enum, base64, duration), else
 * the text as JSON (`42`, `true`, `null`, an object or array).
 */
export const parseArg = (
  parameter: Parameter,
  text: string
): { readonly value: unknown } | { readonly error: string } => {
  const decode = Schema.decodeUnknownEither(fieldSchema(parameter))
  const asText = decode(text)
  if (asText._tag === "Right") return { value: asText.right }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { error: problem(asText.left) }
  }
  const asJson = decode(json)
  return asJson._tag === "Right" ? { value: asJson.right } : { error: problem(asJson.left) }
}
