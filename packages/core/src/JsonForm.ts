/**
 * The JSON shape of a contract's values (what `so-chat call` prints and reads,
 * what the testkit's seed files hold), as a Schema derived from an operation's own (generated) schema:
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
 * - nil is `null`, enums are names, flags arrays of names, dictionaries objects;
 * - a data contract (a class) is an object whose fields may each be left out:
 *   an omitted field takes what an absent element decodes to (the default
 *   DataContractSerializer gives it, which is the class's constructor
 *   default), so `{"chatSessionId": 42, "message": "Hi"}` is a ChatMessage.
 *
 * `so-chat call` prints and reads this form, and the testkit's seed files are
 * written in it.
 *
 * @example
 * import { ChatMessage, JsonForm } from "@so-chat/core"
 * import { Schema } from "effect"
 *
 * const message = Schema.decodeUnknownSync(JsonForm.jsonSchema(ChatMessage.ChatMessage))({
 *   chatSessionId: 42,
 *   message: "Hi",
 *   whenPosted: "2024-05-06T07:08:09.123Z"
 * })
 * console.log(message.chatSessionId, message.readByCustomer) // 42 0: a left-out field takes its default
 *
 * @since 0.2.0
 */
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as Str from "effect/String"
import * as XsdExtended from "./XsdExtended.js"

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
const redactedFromJson = (value: AST.AST, mask: string) =>
  Schema.transform(Schema.String, Schema.RedactedFromSelf(Schema.typeSchema(Schema.make(value))), {
    strict: true,
    decode: (text) => Redacted.make(text),
    encode: () => mask
  }).annotations({ identifier: "secret text" }).ast

const redactedDescription = AST.getDescriptionAnnotation(Schema.RedactedFromSelf(Schema.String).ast)

/**
 * Whether a schema is a secret's (`Redacted`): its declaration carries
 * Redacted's description.
 *
 * @since 0.2.0
 * @category guards
 */
export const isRedacted = (ast: AST.AST): boolean =>
  ast._tag === "Declaration" && ast.typeParameters.length === 1 && Option.getEquivalence(Str.Equivalence)(
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

/**
 * A data contract's class, as its AST: a transformation from the struct of its
 * fields to the class's declaration (what `Schema.Class` makes).
 */
const isClass = (ast: AST.Transformation): boolean =>
  ast.from._tag === "TypeLiteral" && ast.to._tag === "Declaration" &&
  ast.transformation._tag === "FinalTransformation"

/**
 * What each field of a data contract is when absent: the class's own
 * constructor defaults (the generated classes default every field to what an
 * absent element decodes to), read by making an instance from no fields.
 */
const defaultsOf = (ast: AST.Transformation): Readonly<Record<PropertyKey, unknown>> | undefined => {
  const made = (ast.transformation as AST.FinalTransformation).decode({}, {}, ast, {})
  return Either.isEither(made) && Either.isRight(made) ? { ...(made.right as object) } : undefined
}

/** A data contract from JSON, each field optional: an omitted one takes its default. */
const classFromJson = (ast: AST.Transformation, mask: string): AST.AST => {
  const defaults = defaultsOf(ast)
  const fields = (ast.from as AST.TypeLiteral).propertySignatures
  if (defaults === undefined || fields.some((p) => !(p.name in defaults))) {
    return new AST.Transformation(toJson(ast.from, mask), ast.to, ast.transformation, ast.annotations)
  }
  const from = Schema.Struct(Object.fromEntries(fields.map((p) => [
    p.name,
    Schema.optionalWith(Schema.make(toJson(p.type, mask)), { default: () => defaults[p.name] as never })
  ])))
  return new AST.Transformation(from.ast, ast.to, ast.transformation, ast.annotations)
}

/** The JSON form of a schema's AST (see the module's description). */
const toJson = (ast: AST.AST, mask: string): AST.AST => {
  if (ast === XsdExtended.NotGiven.ast) return NotGivenFromJson.ast
  if (ast === XsdExtended.Double.ast) return DoubleFromJson.ast
  switch (ast._tag) {
    case "Declaration":
      if (isRedacted(ast)) return redactedFromJson(ast.typeParameters[0]!, mask)
      return leaves.find(([decode]) => decode === ast.decodeUnknown)?.[1] ?? ast
    case "BigIntKeyword":
      return Schema.BigInt.ast
    case "Refinement":
      return new AST.Refinement(toJson(ast.from, mask), ast.filter, ast.annotations)
    // A class: its fields' side is mapped, the class itself kept.
    case "Transformation":
      return isClass(ast)
        ? classFromJson(ast, mask)
        : new AST.Transformation(toJson(ast.from, mask), ast.to, ast.transformation, ast.annotations)
    case "Suspend":
      return new AST.Suspend(() => toJson(ast.f(), mask), ast.annotations)
    case "Union":
      return AST.Union.make(ast.types.map((t) => toJson(t, mask)), ast.annotations)
    case "TupleType":
      return new AST.TupleType(
        ast.elements.map((e) => new AST.OptionalType(toJson(e.type, mask), e.isOptional, e.annotations)),
        ast.rest.map((r) => new AST.Type(toJson(r.type, mask), r.annotations)),
        ast.isReadonly,
        ast.annotations
      )
    case "TypeLiteral":
      return new AST.TypeLiteral(
        ast.propertySignatures.map((p) =>
          new AST.PropertySignature(p.name, toJson(p.type, mask), p.isOptional, p.isReadonly, p.annotations)
        ),
        ast.indexSignatures.map((i) => new AST.IndexSignature(i.parameter, toJson(i.type, mask), i.isReadonly)),
        ast.annotations
      )
    default:
      return ast
  }
}

/**
 * The schema from the JSON shape to a contract's values (decode: JSON in;
 * encode: JSON out, a secret as `mask`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const jsonSchema = <A>(schema: Schema.Schema<A, any>, mask = "<redacted>"): Schema.Schema<A, unknown> =>
  Schema.make<A, unknown, never>(toJson(schema.ast, mask))

/**
 * The JSON form of one schema's AST, as `jsonSchema` maps it.
 *
 * @since 0.2.0
 * @category schemas
 */
export const jsonAst = (ast: AST.AST, mask = "<redacted>"): AST.AST => toJson(ast, mask)
