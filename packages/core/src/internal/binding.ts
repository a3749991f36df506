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

/** @internal */
export interface Codec<A> {
  /** Writes the whole element `<name>…</name>`; the Services88 namespace is the default one in scope. */
  readonly write: (out: XmlOut, name: string, value: A, path: string, attributes?: string) => void
  /** Reads an element that is present and not nil. */
  readonly read: (element: XmlElement, path: string) => A
  /** The value of an absent element, as a WCF DataContractSerializer would give it. */
  readonly absent: () => A
  readonly nillable: boolean
}

/** @internal */
export const isNil = (element: XmlElement): boolean => element.nil

const textOf = (element: XmlElement, path: string): string => {
  if (element.children.length > 0) {
    failDecode(`${path}/${element.children[0]!.local}`, "unexpected element inside a simple value")
  }
  return element.text
}

const writeSimple = (out: XmlOut, name: string, text: string, attributes = "") => {
  out.write(`<${name}${attributes}>${text}</${name}>`)
}

const checkedText = (value: string, path: string): string => {
  const at = xsd.firstNonXmlChar(value)
  if (at !== -1) failEncode(path, `contains ${xsd.describeChar(value, at)} at index ${at}, which XML 1.0 cannot carry`)
  return xsd.escapeText(value)
}

/** @internal */
export const integer = (min: number, max: number, typeName: string): Codec<number> => ({
  nillable: false,
  absent: () => 0,
  write: (out, name, value, path, attributes) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      failEncode(path, `${value} is not an ${typeName} (${min} to ${max})`)
    }
    writeSimple(out, name, String(value), attributes)
  },
  read: (element, path) => {
    const r = xsd.parseInteger(textOf(element, path), min, max, typeName)
    return typeof r === "string" ? failDecode(path, r) : r
  }
})

/** @internal */
export const int = integer(xsd.INT32_MIN, xsd.INT32_MAX, "xs:int")
/** @internal */
export const short = integer(xsd.SHORT_MIN, xsd.SHORT_MAX, "xs:short")

/** @internal */
export const boolean: Codec<boolean> = {
  nillable: false,
  absent: () => false,
  write: (out, name, value, _path, attributes) => writeSimple(out, name, value ? "true" : "false", attributes),
  read: (element, path) => {
    const r = xsd.parseBoolean(textOf(element, path))
    return typeof r === "string" ? failDecode(path, r) : r
  }
}

/** @internal */
export const string: Codec<string> = {
  nillable: false,
  absent: () => "",
  write: (out, name, value, path, attributes) => writeSimple(out, name, checkedText(value, path), attributes),
  read: (element, path) => xsd.detach(textOf(element, path))
}

/** @internal */
export const redactedString: Codec<Redacted.Redacted<string>> = {
  nillable: false,
  absent: () => Redacted.make(""),
  // The path names the header, never the value: the value is a secret.
  write: (out, name, value, path, attributes) => {
    const raw = Redacted.value(value)
    const at = xsd.firstNonXmlChar(raw)
    if (at !== -1) failEncode(path, `contains ${xsd.describeChar(raw, at)}, which XML 1.0 cannot carry`)
    writeSimple(out, name, xsd.escapeText(raw), attributes)
  },
  read: (element, path) => Redacted.make(xsd.detach(textOf(element, path)))
}

/** @internal */
export const dateTime: Codec<DateTime.Utc> = {
  nillable: false,
  absent: () => DateTime.unsafeMake(xsd.DATETIME_MIN_MILLIS),
  write: (out, name, value, path, attributes) => {
    const ms = value.epochMillis
    if (!(ms >= xsd.DATETIME_MIN_MILLIS && ms <= xsd.DATETIME_MAX_MILLIS)) {
      failEncode(path, `${String(ms)} ms since the epoch is outside 0001-01-01 to 9999-12-31 UTC`)
    }
    writeSimple(out, name, xsd.formatDateTime(value), attributes)
  },
  read: (element, path) => {
    const r = xsd.parseDateTime(textOf(element, path))
    return typeof r === "string" ? failDecode(path, r) : r
  }
}

/** @internal */
export const enumeration = <A extends string>(
  typeName: string,
  isValue: (name: string) => boolean,
  absent: A
): Codec<A> => ({
  nillable: false,
  absent: () => absent,
  write: (out, name, value, path, attributes) => {
    if (typeof value !== "string" || !isValue(value)) failEncode(path, `"${String(value)}" is not a ${typeName} name`)
    writeSimple(out, name, value, attributes)
  },
  read: (element, path) => {
    const text = textOf(element, path).trim()
    return isValue(text)
      ? (xsd.detach(text) as A)
      : failDecode(path, `"${xsd.excerpt(text)}" is not a ${typeName} name`)
  }
})

/** @internal */
export const nillable = <A>(codec: Codec<A>): Codec<A | null> => ({
  nillable: true,
  absent: () => null,
  write: (out, name, value, path, attributes) => {
    if (value === null) out.write(`<${name}${attributes ?? ""} i:nil="true"/>`)
    else codec.write(out, name, value, path, attributes)
  },
  read: (element, path) => codec.read(element, path)
})

/** @internal */
export type Field = readonly [key: string, element: string, codec: Codec<any>]

/** Finds the children of `element` that are fields, by local name, in the Services88 namespace. @internal */
export const readFields = (
  element: XmlElement,
  path: string,
  fields: ReadonlyArray<Field>,
  index: ReadonlyMap<string, number>
): Record<string, unknown> => {
  const found: Array<XmlElement | undefined> = new Array(fields.length)
  // Fields come in the contract's order: the next one is checked first,
  // which is cheaper than hashing every name into the index.
  let next = 0
  for (const child of element.children) {
    const i = next < fields.length && fields[next]![1] === child.local ? next : index.get(child.local)
    if (i === undefined) continue // an element a newer contract added
    next = i + 1
    if (child.uri !== SERVICES88) {
      failDecode(`${path}/${child.local}`, `is in namespace "${child.uri}", not ${SERVICES88}`)
    }
    if (found[i] !== undefined) failDecode(`${path}/${child.local}`, "appears more than once")
    found[i] = child
  }
  const props: Record<string, unknown> = {}
  for (let i = 0; i < fields.length; i++) {
    const [key, name, codec] = fields[i]!
    const child = found[i]
    if (child === undefined) props[key] = codec.absent()
    else props[key] = readElement(codec, child, `${path}/${name}`)
  }
  return props
}

/** Reads an element with a codec, honouring xsi:nil. @internal */
export const readElement = <A>(codec: Codec<A>, element: XmlElement, path: string): A => {
  if (isNil(element)) {
    return codec.nillable ? (null as A) : failDecode(path, "is nil (xsi:nil), which its type does not allow")
  }
  return codec.read(element, path)
}

/** @internal */
export const writeFields = (out: XmlOut, fields: ReadonlyArray<Field>, value: any, path: string) => {
  for (const [key, name, codec] of fields) {
    codec.write(out, name, value[key], `${path}/${name}`)
  }
}

/** @internal */
export const fieldIndex = (fields: ReadonlyArray<Field>): ReadonlyMap<string, number> =>
  new Map(fields.map(([, name], i) => [name, i]))

/**
 * A complex type (an `xs:sequence` of elements). The fields are given lazily
 * so that a type can contain itself (`SoExceptionInfo.InnerException`).
 *
 * @internal
 */
export const complex = <A>(
  fieldsOf: () => ReadonlyArray<Field>,
  make: (props: any) => A,
  /** When the value's shape is not the fields' (a nested element flattened), how to get the fields back. */
  unmake: (value: A) => object = (value) => value as object
): Codec<A> => {
  let resolved: { readonly fields: ReadonlyArray<Field>; readonly index: ReadonlyMap<string, number> } | undefined
  const get = () => (resolved ??= { fields: fieldsOf(), index: fieldIndex(fieldsOf()) })
  return {
    nillable: false,
    absent: () => make(Object.fromEntries(get().fields.map(([key, , codec]) => [key, codec.absent()]))),
    write: (out, name, value, path, attributes) => {
      out.write(`<${name}${attributes ?? ""}>`)
      writeFields(out, get().fields, unmake(value), path)
      out.write(`</${name}>`)
    },
    read: (element, path) => {
      const { fields, index } = get()
      return make(readFields(element, path, fields, index))
    }
  }
}

/**
 * A WCF dictionary (`IsDictionary`): repeated `<item><Key/><Value/></item>`.
 *
 * @internal
 */
export const dictionary = (itemName: string): Codec<Record<string, string | null>> => ({
  nillable: false,
  absent: () => ({}),
  write: (out, name, value, path, attributes) => {
    out.write(`<${name}${attributes ?? ""}>`)
    for (const key of Object.keys(value)) {
      const v = value[key]!
      out.write(`<${itemName}>`)
      string.write(out, "Key", key, `${path}/${itemName}/Key`)
      nillable(string).write(out, "Value", v, `${path}/${itemName}/Value`)
      out.write(`</${itemName}>`)
    }
    out.write(`</${name}>`)
  },
  read: (element, path) => {
    const result: Record<string, string | null> = {}
    for (const item of element.children) {
      if (item.local !== itemName) continue
      let key = ""
      let value: string | null = null
      for (const part of item.children) {
        const at = `${path}/${itemName}/${part.local}`
        if (part.local === "Key") key = readElement(nillable(string), part, at) ?? ""
        else if (part.local === "Value") value = readElement(nillable(string), part, at)
      }
      result[key] = value
    }
    return result
  }
})

/**
 * An array type (`ArrayOfX`): repeated item elements. Items are not nillable
 * here: NetServer never sends a nil item, and a nil one fails loudly rather
 * than becoming a hole in the array.
 *
 * @internal
 */
export const array = <A>(itemName: string, item: Codec<A>): Codec<ReadonlyArray<A>> => ({
  nillable: false,
  absent: () => [],
  write: (out, name, value, path, attributes) => {
    out.write(`<${name}${attributes ?? ""}>`)
    for (let i = 0; i < value.length; i++) item.write(out, itemName, value[i]!, `${path}/${itemName}[${i}]`)
    out.write(`</${name}>`)
  },
  read: (element, path) => {
    const result: Array<A> = []
    for (const child of element.children) {
      if (child.local !== itemName) continue
      if (child.uri !== SERVICES88) {
        failDecode(`${path}/${itemName}`, `is in namespace "${child.uri}", not ${SERVICES88}`)
      }
      result.push(readElement(item, child, `${path}/${itemName}[${result.length}]`))
    }
    return result
  }
})
