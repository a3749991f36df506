/**
 * XML bindings of the Services88 data contracts: how each type is written as
 * elements and read back from an element tree. Failures are thrown as
 * `BindingFailure` and turned into typed errors at the module boundary, so
 * the happy path carries no result wrapping.
 *
 * @internal
 */
import * as DateTime from "effect/DateTime"
import * as Redacted from "effect/Redacted"
import type { XmlElement } from "./xmlReader.js"
import * as xsd from "./xsd.js"

export type { Field } from "./bindingFields.js"
export {
  array,
  complex,
  dictionary,
  fieldIndex,
  readElement,
  readFields,
  readFieldsInOrder,
  writeFields
} from "./bindingFields.js"

/** @internal */
export const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"
/** @internal */
export const XSI = "http://www.w3.org/2001/XMLSchema-instance"

/** @internal */
export class BindingFailure {
  constructor(readonly direction: "encode" | "decode", readonly path: string, readonly detail: string) {}
}

const failEncode = (path: string, detail: string): never => {
  throw new BindingFailure("encode", path, detail)
}

/** @internal */
export const failDecode = (path: string, detail: string): never => {
  throw new BindingFailure("decode", path, detail)
}

/**
 * Where an envelope is written: one string grown part by part. V8 keeps the
 * concatenations as a rope and flattens it once, when the envelope is sent;
 * an array of parts joined at the end allocated twice as much (the array
 * growing) per envelope.
 *
 * @internal
 */
export class XmlOut {
  xml = ""
  write(part: string): void {
    this.xml += part
  }
}

/**
 * An element's tags, made once per element of a contract rather than once per
 * value written: building them per value was a third of an envelope's garbage.
 *
 * @internal
 */
export interface Tag {
  /** `<name attributes>` */
  readonly open: string
  /** `</name>` */
  readonly close: string
  /** `<name attributes i:nil="true"/>` */
  readonly nil: string
}

/** @internal */
export const tag = (name: string, attributes = ""): Tag => ({
  open: `<${name}${attributes}>`,
  close: `</${name}>`,
  nil: `<${name}${attributes} i:nil="true"/>`
})

/** @internal */
export interface Codec<A> {
  /** Writes the whole element; the Services88 namespace is the default one in scope. */
  readonly write: (out: XmlOut, tag: Tag, value: A, path: string) => void
  /**
   * Reads an element that is present and not nil. `strict` reads as WCF's
   * DataContractSerializer does on a server (see {@link readFieldsInOrder});
   * otherwise as a forward-compatible client does.
   */
  readonly read: (element: XmlElement, path: string, strict?: boolean) => A
  /**
   * A simple type's read, from its element's text: what `read` does after
   * taking the text out of the element. `readFields` calls it directly, and
   * builds the field's path only if it fails.
   */
  readonly readText?: ((text: string, path: string, strict?: boolean) => A) | undefined
  /** The value of an absent element, as a WCF DataContractSerializer would give it. */
  readonly absent: () => A
  readonly nillable: boolean
  /**
   * Reads an `xsi:nil` element of a type that is not nillable, when the codec
   * tolerates one (`bindingExtras.notGiven`); without it such an element fails.
   */
  readonly readNil?: (path: string, strict?: boolean) => A
}

/** @internal */
export const isNil = (element: XmlElement): boolean => element.nil

/** A simple value's text: its element must have no child. @internal */
export const textOf = (element: XmlElement, path: string): string => {
  if (element.children.length > 0) {
    failDecode(`${path}/${element.children[0]!.local}`, "unexpected element inside a simple value")
  }
  return element.text
}

/**
 * A codec of a simple type, whose element holds only text: it reads the
 * text the same way from an element tree and from a cursor.
 *
 * @internal
 */
export const simple = <A>(
  absent: () => A,
  write: (out: XmlOut, tag: Tag, value: A, path: string) => void,
  readText: (text: string, path: string, strict?: boolean) => A
): Codec<A> => ({
  nillable: false,
  absent,
  write,
  readText,
  read: (element, path, strict) => readText(textOf(element, path), path, strict)
})

/**
 * What a container codec is given, checked before it is taken apart: from
 * JavaScript (or a cast) a `null` or another wrong value would otherwise end
 * in a TypeError with no path instead of an `UnencodableValue`.
 *
 * @internal
 */
export const checkObject = (value: unknown, path: string, what: string): void => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    failEncode(path, `expected ${what}, got ${xsd.describeValue(value)}`)
  }
}

/** @internal */
export const checkArray = (value: unknown, path: string, what: string): void => {
  if (!Array.isArray(value)) failEncode(path, `expected ${what}, got ${xsd.describeValue(value)}`)
}

const writeSimple = (out: XmlOut, tag: Tag, text: string) => {
  out.write(tag.open + text + tag.close)
}

const checkedText = (value: string, path: string): string => {
  // Reachable from JavaScript (or a cast): never write `undefined` as text.
  if (typeof value !== "string") failEncode(path, `expected a string, got ${xsd.describeValue(value)}`)
  const at = xsd.firstNonXmlChar(value)
  if (at !== -1) failEncode(path, `contains ${xsd.describeChar(value, at)} at index ${at}, which XML 1.0 cannot carry`)
  return xsd.escapeText(value)
}

/** @internal */
export const integer = (min: number, max: number, typeName: string): Codec<number> =>
  simple(() => 0, (out, tag, value, path) => {
    if (typeof value !== "number") {
      failEncode(path, `expected an ${typeName} (a number, ${min} to ${max}), got ${xsd.describeValue(value)}`)
    }
    if (!Number.isInteger(value) || value < min || value > max) {
      failEncode(path, `${value} is not an ${typeName} (${min} to ${max})`)
    }
    writeSimple(out, tag, String(value))
  }, (text, path) => {
    const r = xsd.parseInteger(text, min, max, typeName)
    return typeof r === "string" ? failDecode(path, r) : r
  })

/** @internal */
export const int = integer(xsd.INT32_MIN, xsd.INT32_MAX, "xs:int")
/** @internal */
export const short = integer(xsd.SHORT_MIN, xsd.SHORT_MAX, "xs:short")

/** @internal */
export const boolean: Codec<boolean> = simple(
  () => false,
  // Checked, not written by truthiness: "yes", 1 or null would be a silently different value.
  (out, tag, value, path) => {
    if (typeof value !== "boolean") failEncode(path, `expected a boolean, got ${xsd.describeValue(value)}`)
    writeSimple(out, tag, value ? "true" : "false")
  },
  (text, path) => {
    const r = xsd.parseBoolean(text)
    return typeof r === "string" ? failDecode(path, r) : r
  }
)

/** @internal */
export const string: Codec<string> = simple(
  () => "",
  (out, tag, value, path) => writeSimple(out, tag, checkedText(value, path)),
  xsd.detach
)

/** @internal */
export const redactedString: Codec<Redacted.Redacted<string>> = simple(
  () => Redacted.make(""),
  // The path names the header, never the value: the value is a secret.
  (out, tag, value, path) => {
    // Only the kind of what was given: a plain string here is likely the secret itself.
    if (!Redacted.isRedacted(value)) {
      failEncode(path, `expected a Redacted string, got ${value === null ? "null" : `a ${typeof value}`}`)
    }
    const raw = Redacted.value(value)
    if (typeof raw !== "string") failEncode(path, `expected a Redacted string, got a Redacted ${typeof raw}`)
    const at = xsd.firstNonXmlChar(raw)
    if (at !== -1) failEncode(path, `contains ${xsd.describeChar(raw, at)}, which XML 1.0 cannot carry`)
    writeSimple(out, tag, xsd.escapeText(raw))
  },
  (text) => Redacted.make(xsd.detach(text))
)

/** @internal */
export const dateTime: Codec<DateTime.Utc> = simple(
  () => DateTime.unsafeMake(xsd.DATETIME_MIN_MILLIS),
  (out, tag, value, path) => {
    if (!DateTime.isDateTime(value)) failEncode(path, `expected a DateTime, got ${xsd.describeValue(value)}`)
    const ms = value.epochMillis
    if (!(ms >= xsd.DATETIME_MIN_MILLIS && ms <= xsd.DATETIME_MAX_MILLIS)) {
      failEncode(path, `${String(ms)} ms since the epoch is outside 0001-01-01 to 9999-12-31 UTC`)
    }
    writeSimple(out, tag, xsd.formatDateTime(value))
  },
  (text, path) => {
    const r = xsd.parseDateTime(text)
    return typeof r === "string" ? failDecode(path, r) : r
  }
)

/** @internal */
export const enumeration = <A extends string>(
  typeName: string,
  isValue: (name: string) => boolean,
  absent: A,
  /** The names the contract lists, all a strict read accepts. Default: `isValue`. */
  isKnown: (name: string) => boolean = isValue
): Codec<A> =>
  simple(() => absent, (out, tag, value, path) => {
    if (typeof value !== "string") failEncode(path, `expected a ${typeName} name, got ${xsd.describeValue(value)}`)
    if (!isValue(value)) failEncode(path, `"${xsd.excerpt(value)}" is not a ${typeName} name`)
    writeSimple(out, tag, value)
  }, (raw, path, strict) => {
    // DataContractSerializer compares the text as it is, untrimmed, with the
    // names the contract lists; a number or another name is an error.
    if (strict) {
      return isKnown(raw)
        ? (xsd.detach(raw) as A)
        : failDecode(path, `"${xsd.excerpt(raw)}" is not a name the ${typeName} contract lists`)
    }
    const text = raw.trim()
    return isValue(text)
      ? (xsd.detach(text) as A)
      : failDecode(path, `"${xsd.excerpt(text)}" is not a ${typeName} name`)
  })

/** @internal */
export const nillable = <A>(codec: Codec<A>): Codec<A | null> => ({
  nillable: true,
  absent: () => null,
  write: (out, tag, value, path) => {
    if (value === null) out.write(tag.nil)
    else codec.write(out, tag, value, path)
  },
  read: (element, path, strict) => codec.read(element, path, strict),
  readText: codec.readText
})
