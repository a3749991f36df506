/**
 * Binding pieces the generated contracts need beyond `binding.ts`: the
 * simple types of `xsdExtended.ts`, values NetServer leaves "not given",
 * flags enumerations, and (re-exported from `bindingContainers.ts`) the
 * containers beyond Services88's own. They plug into the same `Codec`
 * interface, so the generated bindings run on the same encoder and decoder
 * as the hand-written ones.
 *
 * @internal
 */
import * as Duration from "effect/Duration"
import { NotGiven } from "../XsdExtended.js"
import type { Codec } from "./binding.js"
import * as b from "./binding.js"
import { BindingFailure, failDecode } from "./binding.js"
import * as xsd from "./xsd.js"
import * as x from "./xsdExtended.js"

const failEncode = (path: string, detail: string): never => {
  throw new BindingFailure("encode", path, detail)
}

const simple = <A>(
  absent: () => A,
  format: (value: A, path: string) => string,
  parse: (text: string, path: string) => A
): Codec<A> => b.simple(absent, (out, tag, value, path) => out.write(tag.open + format(value, path) + tag.close), parse)

const orFail = <A>(path: string, r: A | string): A => typeof r === "string" ? failDecode(path, r) : r

/** Enumeration names are name-shaped; a newer server's unknown ones are kept. @internal */
export const isName = (s: string): boolean => /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(s)

/**
 * Builds a Schema class instance from decoded fields without running the
 * constructor's checks again (see `contracts.ts`).
 *
 * @internal
 */
export const fromDecoded = <C extends new(props: any, options?: boolean) => any>(
  Class: C
): (props: object) => InstanceType<C> =>
  // `decodedPrototype` lets `complex` fill an instance directly instead of
  // building the fields and copying them over.
  Object.assign((props: object): InstanceType<C> => Object.assign(Object.create(Class.prototype), props), {
    decodedPrototype: Class.prototype as object
  })

/** @internal */
export const long: Codec<bigint> = simple(() => 0n, (value, path) => {
  if (typeof value !== "bigint") failEncode(path, `expected an xs:long (a bigint), got ${xsd.describeValue(value)}`)
  if (value < x.INT64_MIN || value > x.INT64_MAX) failEncode(path, `${value} is not an xs:long (-2^63 to 2^63-1)`)
  return value.toString()
}, (text, path) => orFail(path, x.parseLong(text)))

/** @internal */
export const double: Codec<number> = simple(() => 0, (value, path) => {
  if (typeof value !== "number") failEncode(path, `expected an xs:double (a number), got ${xsd.describeValue(value)}`)
  return x.formatDouble(value)
}, (text, path) => orFail(path, x.parseDouble(text)))

/** @internal */
export const base64Binary: Codec<Uint8Array> = simple<Uint8Array>(() => new Uint8Array(0), (value, path) => {
  if (!(value instanceof Uint8Array)) {
    failEncode(path, `expected xs:base64Binary (a Uint8Array), got ${xsd.describeValue(value)}`)
  }
  return x.formatBase64(value)
}, (text, path) => orFail(path, x.parseBase64(text)))

/** @internal */
export const duration: Codec<Duration.Duration> = simple(() => x.parseDuration("PT0S") as Duration.Duration, (v, p) => {
  // Before durationProblem, whose Duration.isFinite throws a TypeError on anything else.
  if (!Duration.isDuration(v)) failEncode(p, `expected a Duration, got ${xsd.describeValue(v)}`)
  const problem = x.durationProblem(v)
  if (problem !== undefined) failEncode(p, problem)
  return x.formatDuration(v)
}, (text, path) => orFail(path, x.parseDuration(text)))

/** The serialization schema's `char`: a UTF-16 code unit, written as its number. @internal */
export const char: Codec<string> = simple(() => "\u0000", (value, path) => {
  if (typeof value !== "string" || value.length !== 1) {
    failEncode(path, `expected a char (a string of one UTF-16 code unit), got ${xsd.describeValue(value)}`)
  }
  return String(value.charCodeAt(0))
}, (text, path) => {
  const n = xsd.parseInteger(text, 0, 0xffff, "char (0 to 65535)")
  return String.fromCharCode(orFail(path, n))
})

/** @internal */
export const guid: Codec<string> = simple(() => "00000000-0000-0000-0000-000000000000", (value, path) => {
  if (typeof value !== "string") failEncode(path, `expected a guid (a string), got ${xsd.describeValue(value)}`)
  if (!x.isGuid(value)) failEncode(path, `"${xsd.excerpt(value)}" is not a guid`)
  return value.toLowerCase()
}, (text, path) => x.parseGuid(text) ?? failDecode(path, `"${xsd.excerpt(text)}" is not a guid`))

/**
 * A simple type that also holds a {@link NotGiven}: for the elements where
 * NetServer's documented responses send `xsi:nil` on a type that is not
 * nillable or an empty element for a type without an empty value (decision
 * 20). Read as a forward-compatible client, either becomes a `NotGiven` that
 * says which it was, and is written back the same way. Read strictly (as
 * WCF's DataContractSerializer reads on a server), both fail as WCF fails on
 * them: `ValueTypeCannotBeNull`, or the type's `FormatException`.
 *
 * @internal
 */
export const notGiven = <A>(codec: Codec<A>): Codec<A | NotGiven> => {
  const readText = codec.readText
  return {
    nillable: false,
    absent: codec.absent,
    readNil: (path, strict) =>
      strict ? failDecode(path, "is nil (xsi:nil), which its type does not allow") : NotGiven.nil,
    write: (out, t, value, path) => {
      if (value instanceof NotGiven) out.write(value.form === "nil" ? t.nil : t.open + t.close)
      else codec.write(out, t, value, path)
    },
    read: (element, path, strict) =>
      !strict && element.children.length === 0 && isBlank(element.text)
        ? NotGiven.empty
        : codec.read(element, path, strict),
    readText: readText === undefined
      ? undefined
      : (text, path, strict) => !strict && isBlank(text) ? NotGiven.empty : readText(text, path, strict)
  }
}

const isBlank = (text: string): boolean => /^[ \t\r\n]*$/.test(text)

/**
 * A flags enumeration (`xs:list` of names): a set of names, written
 * space-separated. Absent is the empty set, as a .NET flags value of 0. A
 * strict read accepts only the names the contract lists (`isKnown`), as
 * DataContractSerializer does; a client's read keeps a newer server's names.
 *
 * @internal
 */
export const flags = <A extends string>(
  typeName: string,
  /** The names the contract lists, all a strict read accepts. Default: any name. */
  isKnown: (name: string) => boolean = isName
): Codec<ReadonlyArray<A>> =>
  b.simple<ReadonlyArray<A>>(() => [], (out, tag, value, path) => {
    if (!Array.isArray(value)) {
      failEncode(path, `expected a ${typeName} list (an array of names), got ${xsd.describeValue(value)}`)
    }
    const seen = new Set<string>()
    for (const name of value) {
      if (typeof name !== "string") failEncode(path, `expected a ${typeName} name, got ${xsd.describeValue(name)}`)
      if (!isName(name)) failEncode(path, `"${xsd.excerpt(name)}" is not a ${typeName} name`)
      if (seen.has(name)) failEncode(path, `${name} appears twice in a ${typeName} list`)
      seen.add(name)
    }
    out.write(tag.open + value.join(" ") + tag.close)
  }, (text, path, strict) => {
    const names = text.split(/[ \t\r\n]+/).filter((s) => s !== "")
    const seen = new Set<string>()
    for (const name of names) {
      if (strict && !isKnown(name)) {
        failDecode(path, `"${xsd.excerpt(name)}" is not a name the ${typeName} contract lists`)
      }
      if (!isName(name)) failDecode(path, `"${xsd.excerpt(name)}" is not a ${typeName} name`)
      if (seen.has(name)) failDecode(path, `${name} appears twice in a ${typeName} list`)
      seen.add(name)
    }
    return names.map(xsd.detach) as Array<A>
  })

export { arrayIn, complexIn, dictionary, entries, lazy } from "./bindingContainers.js"
