/**
 * The golden check: walks a documented envelope with saxes (namespace-aware,
 * none of core's reader), types every leaf element by the WSDL (read by
 * `wsdlTypes.ts`, not by the generator), and compares it with the value the
 * decoder gave at the same path, exactly, by its XSD type.
 *
 * A *field* is an element below the operation's wrapper element that has no
 * child elements: a simple value, an enumeration, a flags list, a nil marker,
 * or an empty array or dictionary. Each is counted once.
 */
import { DateTime, Duration, Redacted } from "effect"
import { SaxesParser } from "saxes"
import type { Decl, WsdlTypes } from "./wsdlTypes.js"
import { elementsOf, XS } from "./wsdlTypes.js"

const XSI = "http://www.w3.org/2001/XMLSchema-instance"
const SER = "http://schemas.microsoft.com/2003/10/Serialization/"
const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"
const SOAP = new Set(["http://www.w3.org/2003/05/soap-envelope", "http://schemas.xmlsoap.org/soap/envelope/"])

interface El {
  readonly uri: string
  readonly local: string
  readonly nil: boolean
  /** The documented `xsi:type`, resolved: `{ns}local`. */
  readonly xsiType: string | undefined
  readonly children: Array<El>
  text: string
}

/** The documented envelope's `Body` element, as a plain tree. */
export const bodyOf = (xml: string): El => {
  const parser = new SaxesParser({ xmlns: true })
  const stack: Array<El> = []
  let body: El | undefined
  parser.on("opentag", (tag) => {
    const nil = Object.values(tag.attributes).some((a) => a.uri === XSI && a.local === "nil" && a.value === "true")
    const type = Object.values(tag.attributes).find((a) => a.uri === XSI && a.local === "type")?.value
    const [prefix, local] = type === undefined ? [] : type.includes(":") ? type.split(":") : ["", type]
    const xsiType = type === undefined ? undefined : `{${parser.resolve(prefix!) ?? ""}}${local}`
    const el: El = { uri: tag.uri, local: tag.local, nil, xsiType, children: [], text: "" }
    stack[stack.length - 1]?.children.push(el)
    stack.push(el)
    if (SOAP.has(tag.uri) && tag.local === "Body") body = el
  })
  parser.on("text", (t) => {
    const top = stack[stack.length - 1]
    if (top !== undefined) top.text += t
  })
  parser.on("closetag", () => void stack.pop())
  parser.write(xml).close()
  if (body === undefined) throw new Error("no Body")
  return body
}

/** A documented field whose decoded value is not the documented one. */
export interface Mismatch {
  readonly path: string
  readonly type: string
  readonly documented: string
  readonly decoded: string
}

export interface GoldenResult {
  readonly fields: number
  readonly mismatches: ReadonlyArray<Mismatch>
}

const show = (value: unknown): string => {
  if (value === undefined) return "(absent)"
  if (Redacted.isRedacted(value)) return `Redacted(${show(Redacted.value(value))})`
  if (typeof value === "bigint") return `${value}n`
  if (DateTime.isDateTime(value)) return `DateTime(${DateTime.toEpochMillis(value)})`
  if (Duration.isDuration(value)) return `Duration(${Duration.format(value)})`
  if (value instanceof Uint8Array) return `bytes[${Array.from(value).join(",")}]`
  if (typeof value === "number" && Object.is(value, -0)) return "-0"
  try {
    return JSON.stringify(value, (_, v) => typeof v === "bigint" ? `${v}n` : v) ?? String(value)
  } catch {
    return String(value)
  }
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

/** xs:dateTime's lexical form read by hand: UTC ms since the epoch (no zone means UTC, as WCF's Unspecified). */
const dateTimeMillis = (text: string): number | undefined => {
  const m = /^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$/.exec(text)
  if (m === null) return undefined
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0${m[7]}`) * 1000 + 1e-9)
  const d = new Date(0)
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  d.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), ms)
  const zone = m[8]
  const offset = zone === undefined || zone === "Z"
    ? 0
    : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  return d.getTime() - offset * 60_000
}

/** A TimeSpan's xs:duration (days, hours, minutes, seconds) in nanoseconds. */
const durationNanos = (text: string): bigint | undefined => {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,7}))?S)?)?$/.exec(text)
  if (m === null || text === "P" || text.endsWith("T")) return undefined
  const n = (s: string | undefined) => BigInt(s ?? "0")
  const fraction = BigInt((m[5] ?? "").padEnd(9, "0"))
  return ((n(m[1]) * 24n + n(m[2])) * 60n + n(m[3])) * 60n * 1_000_000_000n + n(m[4]) * 1_000_000_000n + fraction
}

const xsdDouble = (text: string): number | undefined => {
  const t = text.trim()
  if (t === "INF" || t === "+INF") return Infinity
  if (t === "-INF") return -Infinity
  if (t === "NaN") return NaN
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : undefined
}

/** The simple types whose lexical space holds the empty string. */
const EMPTY_ALLOWED = new Set([`{${XS}}string`, `{${XS}}base64Binary`])

/**
 * A value the WSDL does not allow where the document has one (decision 20): `xsi:nil` on a
 * non-nillable element, or an empty value of a type that has none, decodes to a typed "not given"
 * in the form it was read (`{ _tag: "NotGiven", form: "nil" | "empty" }`), never to an invented value.
 */
const isNotGiven = (value: unknown, form: "nil" | "empty"): boolean =>
  typeof value === "object" && value !== null && (value as { _tag?: unknown })._tag === "NotGiven" &&
  (value as { form?: unknown }).form === form

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i])

/**
 * Whether a decoded value is exactly the documented text of a simple type (`undefined` when the
 * documented text is not in the type's value space: the harness reports it as such).
 */
const simpleEquals = (type: string, text: string, decoded: unknown): boolean => {
  const value = Redacted.isRedacted(decoded) ? Redacted.value(decoded) : decoded
  switch (type) {
    case `{${XS}}string`:
      return value === text
    case `{${XS}}int`:
    case `{${XS}}short`:
    case `{${XS}}byte`:
    case `{${XS}}unsignedByte`:
      return typeof value === "number" && /^[+-]?\d+$/.test(text.trim()) && Object.is(value, Number(text.trim()))
    case `{${XS}}long`:
      return typeof value === "bigint" && /^[+-]?\d+$/.test(text.trim()) && value === BigInt(text.trim())
    case `{${XS}}double`:
    case `{${XS}}float`: {
      const n = xsdDouble(text)
      return typeof value === "number" && n !== undefined && Object.is(value, n)
    }
    case `{${XS}}boolean`: {
      const t = text.trim()
      return value === (t === "true" || t === "1") && ["true", "false", "1", "0"].includes(t)
    }
    case `{${XS}}dateTime`: {
      const ms = dateTimeMillis(text.trim())
      return ms !== undefined && DateTime.isDateTime(value) && DateTime.toEpochMillis(value) === ms &&
        DateTime.isUtc(value)
    }
    case `{${XS}}base64Binary`:
      return value instanceof Uint8Array && sameBytes(value, new Uint8Array(Buffer.from(text, "base64")))
    case `{${SER}}duration`: {
      const ns = durationNanos(text.trim())
      return ns !== undefined && Duration.isDuration(value) && Duration.unsafeToNanos(value) === ns
    }
    case `{${SER}}char`:
      return typeof value === "string" && value === String.fromCharCode(Number(text.trim()))
    case `{${SER}}guid`:
      return value === text.trim().toLowerCase()
    default:
      throw new Error(`the golden harness does not know the simple type ${type}`)
  }
}

const simpleBase = (wsdl: WsdlTypes, type: string): string => {
  const info = wsdl.types.get(type)
  return info?.kind === "restriction" ? info.base === `{${XS}}string` ? type : simpleBase(wsdl, info.base) : type
}

/**
 * Walks the documented wrapper element against the decoded body. `mode` is the wrapper's
 * anonymous type: the operation's request or response element.
 */
export const golden = (wsdl: WsdlTypes, xml: string, decodedBody: unknown): GoldenResult => {
  const wrapper = bodyOf(xml).children[0]!
  const mismatches: Array<Mismatch> = []
  let fields = 0
  const fail = (path: string, type: string, documented: string, decoded: unknown): void => {
    mismatches.push({ path, type, documented, decoded: show(decoded) })
  }

  const value = (el: El, decl: Decl, decoded: unknown, path: string): void => {
    const info = wsdl.types.get(decl.type)
    const leaf = el.children.length === 0
    if (leaf) fields++
    if (el.nil) {
      if (!leaf) fail(path, decl.type, "nil with children", decoded)
      else if (decl.nillable ? decoded !== null : !isNotGiven(decoded, "nil")) {
        fail(path, decl.type, decl.nillable ? "nil" : "nil, which the WSDL does not allow here (NotGiven nil)", decoded)
      }
      return
    }
    // the document's own annotation of a simple value must name the WSDL's type (so both agree on
    // what the value is, and the WSDL reading here is not wrong)
    if ((info === undefined || info.kind !== "complex") && el.xsiType !== undefined && el.xsiType !== decl.type) {
      return fail(path, decl.type, `xsi:type ${el.xsiType}`, decoded)
    }
    if (info === undefined || info.kind === "restriction") {
      const base = info === undefined ? decl.type : simpleBase(wsdl, decl.type)
      if (!leaf) return fail(path, decl.type, "children in a simple value", decoded)
      if (el.text.trim() === "" && !EMPTY_ALLOWED.has(base)) {
        if (!isNotGiven(decoded, "empty")) {
          fail(path, decl.type, "empty, which its type does not allow (NotGiven empty)", decoded)
        }
        return
      }
      if (!simpleEquals(base, el.text, decoded)) fail(path, decl.type, JSON.stringify(el.text), decoded)
      return
    }
    if (info.kind === "enum") {
      const names = el.text.split(/[\t\n\r ]+/).filter((s) => s.length > 0)
      if (!info.flags && names.length === 0) {
        if (!isNotGiven(decoded, "empty")) {
          fail(path, decl.type, "empty, which its type does not allow (NotGiven empty)", decoded)
        }
        return
      }
      const ok = info.flags
        ? Array.isArray(decoded) && decoded.length === names.length && names.every((n, i) => decoded[i] === n)
        : decoded === el.text.trim()
      if (!ok) fail(path, decl.type, JSON.stringify(el.text), decoded)
      return
    }
    const elements = elementsOf(wsdl, decl.type)
    if (wsdl.isDictionary.has(decl.type)) {
      // the item's anonymous type: its Key and Value are read as the dictionary's own elements
      const [keyDecl, valueDecl] = elements
      const stringKeys = keyDecl!.type === `{${XS}}string`
      const items = el.children
      if (stringKeys) {
        if (typeof decoded !== "object" || decoded === null || Array.isArray(decoded)) {
          return fail(path, decl.type, `a dictionary of ${items.length}`, decoded)
        }
        const keys = new Set(items.map((i) => i.children.find((c) => c.local === "Key")?.text))
        if (Object.keys(decoded).length !== keys.size) fail(path, decl.type, `${keys.size} keys`, decoded)
        items.forEach((i, n) => {
          const k = i.children.find((c) => c.local === "Key")!
          fields++
          const here = `${path}/${i.local}[${n}]`
          if (!Object.hasOwn(decoded, k.text)) fail(`${here}/Key`, keyDecl!.type, JSON.stringify(k.text), undefined)
          const v = i.children.find((c) => c.local === "Value")!
          value(v, valueDecl!, (decoded as Record<string, unknown>)[k.text], `${here}/Value`)
        })
      } else {
        if (!Array.isArray(decoded) || decoded.length !== items.length) {
          return fail(path, decl.type, `${items.length} entries`, decoded)
        }
        items.forEach((i, n) => {
          const here = `${path}/${i.local}[${n}]`
          const entry = decoded[n] as { key: unknown; value: unknown }
          value(i.children.find((c) => c.local === "Key")!, keyDecl!, entry.key, `${here}/Key`)
          value(i.children.find((c) => c.local === "Value")!, valueDecl!, entry.value, `${here}/Value`)
        })
      }
      return
    }
    if (elements.length === 1 && elements[0]!.many) {
      if (!Array.isArray(decoded) || decoded.length !== el.children.length) {
        return fail(path, decl.type, `${el.children.length} items`, decoded)
      }
      el.children.forEach((c, n) => {
        if (c.local !== elements[0]!.name || c.uri !== elements[0]!.ns) {
          fail(`${path}/${c.local}[${n}]`, decl.type, "an item element", c.local)
        }
        value(c, elements[0]!, decoded[n], `${path}/${c.local}[${n}]`)
      })
      return
    }
    complex(el, elements, decoded, path, decl.type)
  }

  const complex = (el: El, elements: Array<Decl>, decoded: unknown, path: string, type: string): void => {
    if (typeof decoded !== "object" || decoded === null) return fail(path, type, "an object", decoded)
    for (const c of el.children) {
      const decl = elements.find((d) => d.name === c.local && d.ns === c.uri)
      if (decl === undefined) {
        fail(`${path}/${c.local}`, type, "an element the WSDL does not declare", undefined)
        continue
      }
      value(c, decl, (decoded as Record<string, unknown>)[lowerFirst(c.local)], `${path}/${c.local}`)
    }
  }

  const wrapperType = `{${wrapper.uri}}element:${wrapper.local}`
  if (wrapper.uri !== SERVICES88) throw new Error(`unexpected wrapper {${wrapper.uri}}${wrapper.local}`)
  complex(wrapper, elementsOf(wsdl, wrapperType), decodedBody, `Body/${wrapper.local}`, wrapperType)
  return { fields, mismatches }
}

/** The fields of a documented envelope, counted on the document alone: elements below the wrapper without child elements. */
export const countFields = (xml: string): number => {
  const count = (el: El): number => el.children.length === 0 ? 1 : el.children.reduce((n, c) => n + count(c), 0)
  return bodyOf(xml).children[0]!.children.reduce((n, c) => n + count(c), 0)
}
