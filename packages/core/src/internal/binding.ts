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

const textOf = (element: XmlElement, path: string): string => {
  if (element.children.length > 0) {
    failDecode(`${path}/${element.children[0]!.local}`, "unexpected element inside a simple value")
  }
  return element.text
}

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
export const integer = (min: number, max: number, typeName: string): Codec<number> => ({
  nillable: false,
  absent: () => 0,
  write: (out, tag, value, path) => {
    if (typeof value !== "number") {
      failEncode(path, `expected an ${typeName} (a number, ${min} to ${max}), got ${xsd.describeValue(value)}`)
    }
    if (!Number.isInteger(value) || value < min || value > max) {
      failEncode(path, `${value} is not an ${typeName} (${min} to ${max})`)
    }
    writeSimple(out, tag, String(value))
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
  // Checked, not written by truthiness: "yes", 1 or null would be a silently different value.
  write: (out, tag, value, path) => {
    if (typeof value !== "boolean") failEncode(path, `expected a boolean, got ${xsd.describeValue(value)}`)
    writeSimple(out, tag, value ? "true" : "false")
  },
  read: (element, path) => {
    const r = xsd.parseBoolean(textOf(element, path))
    return typeof r === "string" ? failDecode(path, r) : r
  }
}

/** @internal */
export const string: Codec<string> = {
  nillable: false,
  absent: () => "",
  write: (out, tag, value, path) => writeSimple(out, tag, checkedText(value, path)),
  read: (element, path) => xsd.detach(textOf(element, path))
}

/** @internal */
export const redactedString: Codec<Redacted.Redacted<string>> = {
  nillable: false,
  absent: () => Redacted.make(""),
  // The path names the header, never the value: the value is a secret.
  write: (out, tag, value, path) => {
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
  read: (element, path) => Redacted.make(xsd.detach(textOf(element, path)))
}

/** @internal */
export const dateTime: Codec<DateTime.Utc> = {
  nillable: false,
  absent: () => DateTime.unsafeMake(xsd.DATETIME_MIN_MILLIS),
  write: (out, tag, value, path) => {
    if (!DateTime.isDateTime(value)) failEncode(path, `expected a DateTime, got ${xsd.describeValue(value)}`)
    const ms = value.epochMillis
    if (!(ms >= xsd.DATETIME_MIN_MILLIS && ms <= xsd.DATETIME_MAX_MILLIS)) {
      failEncode(path, `${String(ms)} ms since the epoch is outside 0001-01-01 to 9999-12-31 UTC`)
    }
    writeSimple(out, tag, xsd.formatDateTime(value))
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
  absent: A,
  /** The names the contract lists, all a strict read accepts. Default: `isValue`. */
  isKnown: (name: string) => boolean = isValue
): Codec<A> => ({
  nillable: false,
  absent: () => absent,
  write: (out, tag, value, path) => {
    if (typeof value !== "string") failEncode(path, `expected a ${typeName} name, got ${xsd.describeValue(value)}`)
    if (!isValue(value)) failEncode(path, `"${xsd.excerpt(value)}" is not a ${typeName} name`)
    writeSimple(out, tag, value)
  },
  read: (element, path, strict) => {
    const raw = textOf(element, path)
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
  }
})

/** @internal */
export const nillable = <A>(codec: Codec<A>): Codec<A | null> => ({
  nillable: true,
  absent: () => null,
  write: (out, tag, value, path) => {
    if (value === null) out.write(tag.nil)
    else codec.write(out, tag, value, path)
  },
  read: (element, path, strict) => codec.read(element, path, strict)
})

/** @internal */
export type Field = readonly [key: string, element: string, codec: Codec<any>]

/** Finds the children of `element` that are fields, by local name, in the Services88 namespace. @internal */
export const readFields = (
  element: XmlElement,
  path: string,
  fields: ReadonlyArray<Field>,
  index: ReadonlyMap<string, number>,
  /** Where the values go (an instance of the contract's class, see `decodedPrototype`). */
  props: Record<string, unknown> = {}
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
  for (let i = 0; i < fields.length; i++) {
    const [key, name, codec] = fields[i]!
    const child = found[i]
    if (child === undefined) props[key] = codec.absent()
    else props[key] = readElement(codec, child, `${path}/${name}`)
  }
  return props
}

/** Reads an element with a codec, honouring xsi:nil. @internal */
export const readElement = <A>(codec: Codec<A>, element: XmlElement, path: string, strict?: boolean): A => {
  if (isNil(element)) {
    if (codec.nillable) return null as A
    return codec.readNil !== undefined
      ? codec.readNil(path, strict)
      : failDecode(path, "is nil (xsi:nil), which its type does not allow")
  }
  return codec.read(element, path, strict)
}

/** @internal */
export const writeFields = (
  out: XmlOut,
  fields: ReadonlyArray<Field>,
  tags: ReadonlyArray<Tag>,
  value: any,
  path: string
) => {
  for (let i = 0; i < fields.length; i++) {
    const [key, name, codec] = fields[i]!
    codec.write(out, tags[i]!, value[key], `${path}/${name}`)
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
  let resolved: {
    readonly fields: ReadonlyArray<Field>
    readonly index: ReadonlyMap<string, number>
    readonly tags: ReadonlyArray<Tag>
  } | undefined
  const get = () => {
    if (resolved === undefined) {
      const fields = fieldsOf()
      resolved = { fields, index: fieldIndex(fields), tags: fields.map(([, name]) => tag(name)) }
    }
    return resolved
  }
  const prototype: object | undefined = (make as { decodedPrototype?: object }).decodedPrototype
  return {
    nillable: false,
    absent: () => make(Object.fromEntries(get().fields.map(([key, , codec]) => [key, codec.absent()]))),
    write: (out, tag, value, path) => {
      const { fields, tags } = get()
      checkObject(value, path, "an object of its fields")
      out.write(tag.open)
      writeFields(out, fields, tags, unmake(value), path)
      out.write(tag.close)
    },
    read: (element, path, strict) => {
      const { fields, index } = get()
      // The instance itself is filled when `make` only makes one from the
      // decoded fields: copying them over was 6% of decoding a session entity.
      const props = prototype === undefined ? {} : Object.create(prototype)
      if (strict) readFieldsInOrder(element, path, fields, props)
      else readFields(element, path, fields, index, props)
      return prototype === undefined ? make(props) : props
    }
  }
}

/**
 * A WCF dictionary (`IsDictionary`): repeated `<item><Key/><Value/></item>`.
 *
 * @internal
 */
export const dictionary = (itemName: string): Codec<Record<string, string | null>> => {
  const itemTag = tag(itemName)
  const keyTag = tag("Key")
  const valueTag = tag("Value")
  const nillableString = nillable(string)
  return {
    nillable: false,
    absent: () => ({}),
    write: (out, tag, value, path) => {
      checkObject(value, path, "a dictionary (an object of strings)")
      out.write(tag.open)
      for (const key of Object.keys(value)) {
        const v = value[key]!
        out.write(itemTag.open)
        string.write(out, keyTag, key, `${path}/${itemName}/Key`)
        nillableString.write(out, valueTag, v, `${path}/${itemName}/Value`)
        out.write(itemTag.close)
      }
      out.write(tag.close)
    },
    read: (element, path) => {
      const result: Record<string, string | null> = {}
      for (const item of element.children) {
        if (item.local !== itemName) continue
        let key = ""
        let value: string | null = null
        for (const part of item.children) {
          const at = `${path}/${itemName}/${part.local}`
          if (part.local === "Key") key = readElement(nillableString, part, at) ?? ""
          else if (part.local === "Value") value = readElement(nillableString, part, at)
        }
        result[key] = value
      }
      return result
    }
  }
}

/**
 * An array type (`ArrayOfX`): repeated item elements. Items are not nillable
 * here: NetServer never sends a nil item, and a nil one fails loudly rather
 * than becoming a hole in the array.
 *
 * @internal
 */
export const array = <A>(itemName: string, item: Codec<A>): Codec<ReadonlyArray<A>> => {
  const itemTag = tag(itemName)
  return {
    nillable: false,
    absent: () => [],
    write: (out, tag, value, path) => {
      checkArray(value, path, `an array of ${itemName}`)
      out.write(tag.open)
      for (let i = 0; i < value.length; i++) item.write(out, itemTag, value[i]!, `${path}/${itemName}[${i}]`)
      out.write(tag.close)
    },
    read: (element, path, strict) => {
      const result: Array<A> = []
      for (const child of element.children) {
        if (child.local !== itemName) continue
        if (child.uri !== SERVICES88) {
          failDecode(`${path}/${itemName}`, `is in namespace "${child.uri}", not ${SERVICES88}`)
        }
        result.push(readElement(item, child, `${path}/${itemName}[${result.length}]`, strict))
      }
      return result
    }
  }
}

/**
 * Reads a sequence's members as WCF's DataContractSerializer does: in the
 * contract's order, each child matched against the members after the last
 * one read (name and namespace). A child that matches none of them (out of
 * order, repeated, in another namespace, or unknown) is skipped, so its
 * member keeps the value of an absent one. Members here are all optional
 * (minOccurs=0, not IsRequired), so skipping is never an error. See
 * `XmlObjectSerializerReadContext.GetMemberIndex` and `HandleMemberNotFound`
 * in dotnet/runtime, and docs/testkit.md.
 *
 * @internal
 */
export const readFieldsInOrder = (
  element: XmlElement,
  path: string,
  fields: ReadonlyArray<Field>,
  props: Record<string, unknown> = {}
): Record<string, unknown> => {
  const found: Array<XmlElement | undefined> = new Array(fields.length)
  let member = -1
  for (const child of element.children) {
    if (child.uri !== SERVICES88) continue
    for (let i = member + 1; i < fields.length; i++) {
      if (fields[i]![1] === child.local) {
        found[i] = child
        member = i
        break
      }
    }
  }
  for (let i = 0; i < fields.length; i++) {
    const [key, name, codec] = fields[i]!
    const child = found[i]
    props[key] = child === undefined ? codec.absent() : readElement(codec, child, `${path}/${name}`, true)
  }
  return props
}
