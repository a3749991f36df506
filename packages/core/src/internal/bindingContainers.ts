/**
 * Container bindings the generated contracts need beyond `bindingFields.ts`:
 * dictionaries with any value type (and with keys that are not strings),
 * arrays and complex types in another namespace than Services88 (the
 * serialization schema's `ArrayOfint`, System.Security's `DSAParameters`),
 * and a codec looked up when first used, for cycles (`arrayIn` itself is
 * `bindingFields.ts`'s, re-exported here). `bindingExtras.ts`
 * re-exports them, so a generated binding imports one module for its extras.
 *
 * @internal
 */
import type { Codec, Field, Tag } from "./binding.js"
import {
  checkArray,
  checkObject,
  failDecode,
  fieldIndex,
  nillable,
  readElement,
  SERVICES88,
  string,
  tag
} from "./binding.js"
import { arrayIn, nsAttribute } from "./bindingFields.js"
import type { XmlElement } from "./xmlReader.js"
import * as xsd from "./xsd.js"

/** A dictionary item's Key and Value elements (the last of each, in Services88), either possibly missing. */
const keyAndValue = (item: XmlElement): readonly [key: XmlElement | undefined, value: XmlElement | undefined] => {
  let k: XmlElement | undefined
  let v: XmlElement | undefined
  for (const part of item.children) {
    if (part.uri !== SERVICES88) continue
    if (part.local === "Key") k = part
    else if (part.local === "Value") v = part
  }
  return [k, v]
}

/**
 * A WCF dictionary (`IsDictionary`): repeated `<item><Key/><Value/></item>`,
 * string keys, any value type. A nil key or a key given twice fails: a .NET
 * dictionary can hold neither.
 *
 * @internal
 */
export const dictionary = <V>(itemName: string, value: Codec<V>): Codec<Readonly<Record<string, V>>> => {
  const nillableString = nillable(string)
  const itemTag = tag(itemName)
  const keyTag = tag("Key")
  const valueTag = tag("Value")
  return {
    nillable: false,
    absent: () => ({}),
    write: (out, t, dict, path) => {
      checkObject(dict, path, "a dictionary (an object)")
      out.write(t.open)
      for (const k of Object.keys(dict)) {
        out.write(itemTag.open)
        string.write(out, keyTag, k, `${path}/${itemName}/Key`)
        value.write(out, valueTag, dict[k]!, `${path}/${itemName}/Value`)
        out.write(itemTag.close)
      }
      out.write(t.close)
    },
    read: (element, path, strict) => {
      const result: Record<string, V> = {}
      let i = 0
      for (const item of element.children) {
        if (item.local !== itemName) continue
        const at = `${path}/${itemName}[${i++}]`
        const [k, v] = keyAndValue(item)
        if (k === undefined) failDecode(at, "has no Key")
        const name = readElement(nillableString, k!, `${at}/Key`)
        if (name === null) failDecode(`${at}/Key`, "is nil, which a dictionary key cannot be")
        if (Object.hasOwn(result, name!)) failDecode(`${at}/Key`, `"${xsd.excerpt(name!)}" appears twice`)
        // defineProperty, not assignment: a key "__proto__" is a key like any other.
        Object.defineProperty(result, name!, {
          value: v === undefined ? value.absent() : readElement(value, v, `${at}/Value`, strict),
          enumerable: true,
          writable: true,
          configurable: true
        })
      }
      return result
    }
  }
}

/**
 * A complex type whose elements are in `namespace`, some of them required
 * (`minOccurs` 1, as a .NET struct's): a missing required element fails.
 *
 * @internal
 */
export const complexIn = <A>(
  namespace: string,
  fieldsOf: () => ReadonlyArray<Field>,
  required: ReadonlyArray<string>,
  make: (props: any) => A
): Codec<A> => {
  let resolved:
    | { fields: ReadonlyArray<Field>; index: ReadonlyMap<string, number>; tags: ReadonlyArray<Tag> }
    | undefined
  const get = () => {
    if (resolved === undefined) {
      const fields = fieldsOf()
      const attribute = nsAttribute(namespace)
      resolved = { fields, index: fieldIndex(fields), tags: fields.map(([, name]) => tag(name, attribute)) }
    }
    return resolved
  }
  const isRequired = new Set(required)
  return {
    nillable: false,
    absent: () => make(Object.fromEntries(get().fields.map(([k, , codec]) => [k, codec.absent()]))),
    write: (out, t, value: any, path) => {
      const { fields, tags } = get()
      checkObject(value, path, "an object of its fields")
      out.write(t.open)
      for (let i = 0; i < fields.length; i++) {
        const [k, name, codec] = fields[i]!
        codec.write(out, tags[i]!, value[k], `${path}/${name}`)
      }
      out.write(t.close)
    },
    read: (element, path, strict) => {
      const { fields, index } = get()
      const found: Array<XmlElement | undefined> = new Array(fields.length)
      for (const c of element.children) {
        const i = index.get(c.local)
        if (i === undefined) continue
        if (c.uri !== namespace) failDecode(`${path}/${c.local}`, `is in namespace "${c.uri}", not ${namespace}`)
        if (found[i] !== undefined) failDecode(`${path}/${c.local}`, "appears more than once")
        found[i] = c
      }
      const props: Record<string, unknown> = {}
      for (let i = 0; i < fields.length; i++) {
        const [k, name, codec] = fields[i]!
        const c = found[i]
        if (c === undefined) {
          if (isRequired.has(name)) failDecode(`${path}/${name}`, "is missing, and its type requires it")
          props[k] = codec.absent()
        } else {
          props[k] = readElement(codec, c, `${path}/${name}`, strict)
        }
      }
      return make(props)
    }
  }
}

/**
 * A codec looked up when first used: a reference that closes a cycle
 * (`MDOListItem` → `ArrayOfMDOListItem` → `MDOListItem`) names a codec
 * defined after it.
 *
 * @internal
 */
export const lazy = <A>(get: () => Codec<A>): Codec<A> => ({
  get nillable() {
    return get().nillable
  },
  absent: () => get().absent(),
  write: (out, t, value, path) => get().write(out, t, value, path),
  read: (element, path, strict) => get().read(element, path, strict)
})

/**
 * A WCF dictionary whose keys are not strings (`TimeZoneRuleDictionary`,
 * keyed by dateTime): the items as a list of `{ key, value }` in document
 * order.
 *
 * @internal
 */
export const entries = <K, V>(
  itemName: string,
  key: Codec<K>,
  value: Codec<V>
): Codec<ReadonlyArray<{ readonly key: K; readonly value: V }>> => {
  const itemTag = tag(itemName)
  const keyTag = tag("Key")
  const valueTag = tag("Value")
  return {
    nillable: false,
    absent: () => [],
    write: (out, t, list, path) => {
      checkArray(list, path, "a list of { key, value }")
      out.write(t.open)
      for (let i = 0; i < list.length; i++) {
        const at = `${path}/${itemName}[${i}]`
        checkObject(list[i], at, "a { key, value } entry")
        out.write(itemTag.open)
        key.write(out, keyTag, list[i]!.key, `${at}/Key`)
        value.write(out, valueTag, list[i]!.value, `${at}/Value`)
        out.write(itemTag.close)
      }
      out.write(t.close)
    },
    read: (element, path, strict) => {
      const result: Array<{ readonly key: K; readonly value: V }> = []
      for (const item of element.children) {
        if (item.local !== itemName) continue
        const at = `${path}/${itemName}[${result.length}]`
        const [k, v] = keyAndValue(item)
        if (k === undefined) failDecode(at, "has no Key")
        result.push({
          key: readElement(key, k!, `${at}/Key`, strict),
          value: v === undefined ? value.absent() : readElement(value, v, `${at}/Value`, strict)
        })
      }
      return result
    }
  }
}

export { arrayIn }
