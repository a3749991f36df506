/**
 * How each simple type maps to TypeScript: its schema, its binding codec,
 * the value an absent element decodes to (what WCF's DataContractSerializer
 * gives a missing member: the .NET default), and the type's name in docs.
 */
import type { QName } from "./model.js"
import { key, SERIALIZATION, UnsupportedConstruct, XS } from "./model.js"
import { SECRET } from "./secrets.js"

export interface Builtin {
  /** The schema, as an expression over the imports `Xsd`, `XsdExtended`, `Schema`. */
  readonly schema: string
  /** The codec, as an expression over the imports `b` (binding) and `x` (bindingExtras). */
  readonly codec: string
  /** The absent value, as an expression over `Xsd` and `Duration`. */
  readonly absent: string
  /** The TypeScript type, for lazy references and docs. */
  readonly type: string
  /** The name in docs, e.g. `xs:int`. */
  readonly doc: string
}

const xs = (name: string) => key({ ns: XS, name })
const secret = (name: string) => key({ ns: SECRET, name })
const ser = (name: string) => key({ ns: SERIALIZATION, name })

export const BUILTINS: ReadonlyMap<string, Builtin> = new Map([
  [xs("string"), { schema: "Xsd.XmlString", codec: "b.string", absent: "\"\"", type: "string", doc: "xs:string" }],
  [xs("int"), { schema: "Xsd.Int", codec: "b.int", absent: "0", type: "number", doc: "xs:int" }],
  [xs("short"), { schema: "Xsd.Short", codec: "b.short", absent: "0", type: "number", doc: "xs:short" }],
  [xs("boolean"), {
    schema: "Schema.Boolean",
    codec: "b.boolean",
    absent: "false",
    type: "boolean",
    doc: "xs:boolean"
  }],
  [xs("dateTime"), {
    schema: "Xsd.DateTimeUtc",
    codec: "b.dateTime",
    absent: "Xsd.DateTimeMin",
    type: "DateTime.Utc",
    doc: "xs:dateTime"
  }],
  [xs("long"), { schema: "XsdExtended.Long", codec: "x.long", absent: "0n", type: "bigint", doc: "xs:long" }],
  [xs("double"), { schema: "XsdExtended.Double", codec: "x.double", absent: "0", type: "number", doc: "xs:double" }],
  [xs("base64Binary"), {
    schema: "XsdExtended.Base64Binary",
    codec: "x.base64Binary",
    absent: "new Uint8Array(0)",
    type: "Uint8Array",
    doc: "xs:base64Binary"
  }],
  [ser("duration"), {
    schema: "XsdExtended.Duration",
    codec: "x.duration",
    absent: "Duration.zero",
    type: "Duration.Duration",
    doc: "duration (TimeSpan)"
  }],
  [ser("char"), { schema: "XsdExtended.Char", codec: "x.char", absent: "\"\\u0000\"", type: "string", doc: "char" }],
  [secret("string"), {
    schema: "Schema.RedactedFromSelf(Xsd.XmlString)",
    codec: "b.redactedString",
    absent: "Redacted.make(\"\")",
    type: "Redacted.Redacted<string>",
    doc: "xs:string, a secret: Redacted"
  }],
  [ser("guid"), {
    schema: "XsdExtended.Guid",
    codec: "x.guid",
    absent: "\"00000000-0000-0000-0000-000000000000\"",
    type: "string",
    doc: "guid"
  }]
])

/** The mapping of a simple type; a type it does not know fails the generator, with where it is used. */
export const builtin = (type: QName, usedAt: string): Builtin => {
  const found = BUILTINS.get(key(type))
  if (found === undefined) throw new UnsupportedConstruct(usedAt, `simple type ${type.name} (${type.ns}) is not mapped`)
  return found
}
