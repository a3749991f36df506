/**
 * How `so-chat call --list` and its messages name what a parameter takes: in
 * the JSON shape a user types (`--body-json`, `--arg`), not the contract's
 * schema names: `string`, `integer`, `number`, `boolean`, `date-time`, an
 * enumeration's names, `[T]` for an array, a data contract's name for an
 * object, `| null` where nil is allowed.
 *
 * @internal
 */
import { isRedacted } from "@so-chat/core/JsonForm"
import * as AST from "effect/SchemaAST"

/** The simple types of the contract (by their schemas' identifiers) → what is typed for them. */
const simple: Readonly<Record<string, string>> = {
  "XmlString": "string",
  "xs:int": "integer",
  "xs:short": "integer",
  "xs:dateTime": "date-time",
  "xs:double": "number",
  // A JSON number loses digits past 2^53: an xs:long is typed as a string of digits.
  "xs:long": "integer string",
  "xs:base64Binary": "base64 string",
  "ser:duration": "duration string",
  "ser:char": "one-character string",
  "ser:guid": "guid string",
  "NotGiven": "{\"notGiven\": \"nil\" | \"empty\"}"
}

const isNull = (ast: AST.AST): boolean => ast._tag === "Literal" && ast.literal === null

/** The name of a data contract, array or dictionary (`@so-chat/core/ChatSessionEntity` → `ChatSessionEntity`). */
const contractName = (ast: AST.AST): string | undefined => {
  const id = AST.getIdentifierAnnotation(ast)
  return id._tag === "Some" ? id.value.replace(/^.*\//, "") : undefined
}

/** What a user types for a value of a (type-side) schema. */
export const jsonType = (ast: AST.AST): string => {
  const id = contractName(ast)
  if (id !== undefined && id in simple) return simple[id]!
  if (isRedacted(ast)) return "string (secret)"
  switch (ast._tag) {
    case "StringKeyword":
      return "string"
    case "NumberKeyword":
      return "number"
    case "BooleanKeyword":
      return "boolean"
    case "Literal":
      return JSON.stringify(ast.literal)
    case "Refinement":
      return jsonType(ast.from)
    // A data contract: its name.
    case "Transformation":
      return id ?? jsonType(ast.to)
    case "Declaration":
      return id ?? String(ast)
    case "Suspend":
      return jsonType(ast.f())
    case "Union": {
      // An enumeration: the names it lists (a newer server's other names are for reading, not typing).
      const listed = ast.types.filter((t) => t._tag === "Literal" || t._tag === "Union")
      if (id !== undefined && listed.length > 0 && listed.length < ast.types.length) {
        return listed.map(jsonType).join(" | ")
      }
      const rest = ast.types.filter((t) => !isNull(t)).map(jsonType)
      return rest.length === ast.types.length ? rest.join(" | ") : [...rest, "null"].join(" | ")
    }
    case "TupleType": {
      const item = ast.rest.map((r) => jsonType(r.type)).join(" | ")
      return `[${item}]`
    }
    case "TypeLiteral":
      if (id !== undefined) return id
      return ast.indexSignatures.length > 0
        ? `{string: ${ast.indexSignatures.map((i) => jsonType(i.type)).join(" | ")}}`
        : "object"
    default:
      return id ?? String(ast)
  }
}
