/**
 * The JSON shape `so-chat call` prints a response in and reads a request
 * body in: core's JSON form of the contracts (see
 * `@so-chat/core/JsonForm`), with secrets shown as the mask; a data
 * contract's fields may each be left out and take what an absent element
 * decodes to.
 *
 * @internal
 */
import { jsonAst } from "@so-chat/core/JsonForm"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as AST from "effect/SchemaAST"
import { jsonType } from "./jsonType.js"
import { MASK } from "./output.js"

const toJson = (ast: AST.AST): AST.AST => jsonAst(ast, MASK)

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
  /** What it takes, in the JSON shape typed, for `--list` and messages (`integer`, `ChatSessionEntity | null`). */
  readonly type: string
}

/** The parameters of an operation's request body, in the WSDL's order. */
export const parametersOf = (request: Schema.Schema.Any): ReadonlyArray<Parameter> => {
  const ast = request.ast
  const literal = ast._tag === "Transformation" ? ast.from : ast
  if (literal._tag !== "TypeLiteral") return []
  return literal.propertySignatures.map((p) => {
    const name = String(p.name)
    return { name, wsdlName: name.charAt(0).toUpperCase() + name.slice(1), ast: p.type, type: jsonType(p.type) }
  })
}

/** The first problem of a failed decode, on one line, with where it was. */
export const problem = (error: ParseResult.ParseError): string => {
  const [first] = ParseResult.ArrayFormatter.formatErrorSync(error)
  if (first === undefined) return error.message
  const at = first.path.length > 0 ? ` at ${first.path.map(String).join(".")}` : ""
  return `${first.message.replace(/\s+/g, " ")}${at}`
}

/**
 * The first problem of a failed decode of a body's field, led by its JSON
 * path from the body's top (`message.readByCustomer: Expected number, …`).
 */
export const problemAt = (field: string, error: ParseResult.ParseError): string => {
  const [first] = ParseResult.ArrayFormatter.formatErrorSync(error)
  if (first === undefined) return `${field}: ${error.message}`
  return `${[field, ...first.path.map(String)].join(".")}: ${first.message.replace(/\s+/g, " ")}`
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
