/**
 * XML bindings of the data contracts' structure: a contract's fields (found
 * by name in the Services88 namespace, in or out of order), complex types,
 * arrays and dictionaries, built on the simple codecs of `binding.ts` (which
 * re-exports these, so a binding imports one module).
 *
 * @internal
 */
import {
  BindingFailure,
  checkArray,
  checkObject,
  failDecode,
  isNil,
  nillable,
  SERVICES88,
  string,
  tag,
  XmlOut
} from "./binding.js"
import type { Codec, Tag } from "./binding.js"
import type { XmlElement } from "./xmlReader.js"

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
    props[key] = child === undefined ? codec.absent() : readField(codec, child, path, name)
  }
  return props
}

/**
 * Reads a field's element. A simple value (most fields) is read from its
 * text, and its path is made only if it fails: a path string per field read
 * cost 1–4 % of a decode (docs/benchmarks.md, 2026-12-02 05:51).
 */
const readField = <A>(codec: Codec<A>, child: XmlElement, path: string, name: string, strict?: boolean): A => {
  const readText = codec.readText
  if (readText === undefined || child.nil || child.children.length > 0) {
    return readElement(codec, child, `${path}/${name}`, strict)
  }
  try {
    return readText(child.text, "", strict)
  } catch (e) {
    if (e instanceof BindingFailure && e.path === "") throw new BindingFailure(e.direction, `${path}/${name}`, e.detail)
    throw e
  }
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
export const array = <A>(itemName: string, item: Codec<A>): Codec<ReadonlyArray<A>> =>
  arrayIn(SERVICES88, itemName, item)

/** The `xmlns` attribute an element outside the Services88 namespace (the default one in scope) is written with. @internal */
export const nsAttribute = (namespace: string): string => namespace === SERVICES88 ? "" : ` xmlns="${namespace}"`

/**
 * An array type whose items are in `namespace` (e.g. the serialization
 * schema's `ArrayOfint`, items `<int>`); {@link array} for Services88's own.
 *
 * @internal
 */
export const arrayIn = <A>(namespace: string, itemName: string, item: Codec<A>): Codec<ReadonlyArray<A>> => {
  const itemTag = tag(itemName, nsAttribute(namespace))
  return {
    nillable: false,
    absent: () => [],
    write: (out, t, value, path) => {
      checkArray(value, path, `an array of ${itemName}`)
      out.write(t.open)
      for (let i = 0; i < value.length; i++) item.write(out, itemTag, value[i]!, `${path}/${itemName}[${i}]`)
      out.write(t.close)
    },
    read: (element, path, strict) => {
      const result: Array<A> = []
      for (const c of element.children) {
        if (c.local !== itemName) continue
        if (c.uri !== namespace) failDecode(`${path}/${itemName}`, `is in namespace "${c.uri}", not ${namespace}`)
        result.push(readElement(item, c, `${path}/${itemName}[${result.length}]`, strict))
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
    props[key] = child === undefined ? codec.absent() : readField(codec, child, path, name, true)
  }
  return props
}
