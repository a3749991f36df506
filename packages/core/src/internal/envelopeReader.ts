/**
 * Reading a SOAP envelope: its version, its header blocks (inside `<Header>`
 * or, as the documented examples put them, directly in `<Envelope>`), with
 * SOAP's mustUnderstand rule for the ones not known, and its body. A reader
 * stops at the first problem by throwing it; `decoding` turns that into an
 * `Either`.
 *
 * @internal
 */
import * as Either from "effect/Either"
import { InvalidEnvelope, InvalidValue, MalformedXml } from "../CodecError.js"
import type { DecodeError } from "../CodecError.js"
import type { Limits } from "../Envelope.js"
import type { NetServerException } from "../NetServerException.js"
import type { SoapFault } from "../SoapFault.js"
import * as SoapVersion from "../SoapVersion.js"
import * as b from "./binding.js"
import type { HeaderBlocks } from "./headerBlocks.js"
import { attributesIn, knownNamespaces, readXml, XML_NS, XmlReadFailure } from "./xmlReader.js"
import type { XmlElement } from "./xmlReader.js"

const NS = b.SERVICES88
/** Every namespace decoding compares against. */
const KNOWN_NAMESPACES = knownNamespaces([
  NS,
  b.XSI,
  SoapVersion.envelopeNamespace["1.1"],
  SoapVersion.envelopeNamespace["1.2"],
  XML_NS
])

/** An envelope as read: its version, its header blocks wherever they stood, its Body. */
export interface ReadEnvelope {
  readonly version: SoapVersion.SoapVersion
  readonly headerBlocks: ReadonlyArray<XmlElement>
  readonly headerPath: string
  readonly body: XmlElement
}

class Stop {
  constructor(readonly error: DecodeError | SoapFault | NetServerException) {}
}

/** Ends the decoding with this error. */
export const stop = (error: DecodeError | SoapFault | NetServerException): never => {
  throw new Stop(error)
}

/** Runs a reader: what it `stop`s with, or a value a codec refused, is the failure. */
export const decoding = <A, E>(f: () => A): Either.Either<A, E> => {
  try {
    return Either.right(f())
  } catch (e) {
    if (e instanceof Stop) return Either.left(e.error as E)
    if (e instanceof b.BindingFailure) return Either.left(new InvalidValue({ path: e.path, detail: e.detail }) as E)
    throw e
  }
}

export const readEnvelope = (
  input: string | Uint8Array,
  limits: Limits,
  expected: SoapVersion.SoapVersion | undefined
): ReadEnvelope => {
  const root = readXml(input, limits, KNOWN_NAMESPACES)
  if (root instanceof XmlReadFailure) {
    return stop(new MalformedXml({ reason: root.reason, detail: root.message, line: root.line, column: root.column }))
  }
  const version = SoapVersion.fromEnvelopeNamespace(root.uri)
  if (root.local !== "Envelope" || version === undefined) {
    return stop(
      new InvalidEnvelope({
        reason: "NotAnEnvelope",
        path: root.local,
        detail: root.local === "Envelope"
          ? `the envelope namespace "${root.uri}" is neither SOAP 1.1 (${
            SoapVersion.envelopeNamespace["1.1"]
          }) nor SOAP 1.2 (${SoapVersion.envelopeNamespace["1.2"]})`
          : `the root element is {${root.uri}}${root.local}, not a SOAP Envelope`
      })
    )
  }
  if (expected !== undefined && expected !== version) {
    return stop(
      new InvalidEnvelope({
        reason: "VersionMismatch",
        path: "Envelope",
        detail: `a SOAP ${expected} message was expected, but this is SOAP ${version}`
      })
    )
  }
  const envNs = root.uri
  let body: XmlElement | undefined
  const headerBlocks: Array<XmlElement> = []
  for (const child of root.children) {
    if (child.uri === envNs && child.local === "Body") {
      if (body !== undefined) {
        stop(
          new InvalidEnvelope({
            reason: "UnexpectedBody",
            path: "Envelope/Body",
            detail: "the envelope has two Body elements"
          })
        )
      }
      body = child
    } else if (child.uri === envNs && child.local === "Header") {
      headerBlocks.push(...child.children)
    } else {
      headerBlocks.push(child) // the documented examples' layout
    }
  }
  if (body === undefined) {
    return stop(new InvalidEnvelope({ reason: "MissingBody", path: "Envelope", detail: "the envelope has no Body" }))
  }
  return { version, headerBlocks, headerPath: "Envelope/Header", body }
}

const ACTOR_NEXT = "http://schemas.xmlsoap.org/soap/actor/next"
const ROLE_NEXT = "http://www.w3.org/2003/05/soap-envelope/role/next"
const ROLE_ULTIMATE = "http://www.w3.org/2003/05/soap-envelope/role/ultimateReceiver"

/** Whether a header block we do not understand obliges us to fail (SOAP 1.1 §4.2.3, SOAP 1.2 part 1 §5.2.3). */
const mustUnderstand = (envelope: ReadEnvelope, block: XmlElement): boolean => {
  const envNs = SoapVersion.envelopeNamespace[envelope.version]
  let must = false
  let targetsUs = true
  for (const [local, value] of attributesIn(block, envNs)) {
    const v = value.trim()
    if (local === "mustUnderstand") must = v === "1" || v === "true"
    else if (local === "actor" && envelope.version === "1.1") targetsUs = v === ACTOR_NEXT
    else if (local === "role" && envelope.version === "1.2") {
      targetsUs = v === ROLE_NEXT || v === ROLE_ULTIMATE || v === ""
    }
  }
  return must && targetsUs
}

/**
 * The known header block an element is, if it is one: looked up as an own
 * property, so that a block named `constructor` or `__proto__` is merely
 * unknown.
 */
const headerBlockOf = <H>(
  known: HeaderBlocks<H>,
  block: { readonly uri: string; readonly local: string }
): HeaderBlocks<H>[string] | undefined =>
  block.uri === NS && Object.hasOwn(known, block.local) ? known[block.local] : undefined

export const readHeaders = <H extends Record<string, unknown>>(
  envelope: ReadEnvelope,
  known: HeaderBlocks<H>,
  strict?: boolean
): { readonly headers: H; readonly ignored: ReadonlyArray<string> } => {
  const headers: Record<string, unknown> = {}
  const ignored: Array<string> = []
  for (const block of envelope.headerBlocks) {
    const path = `${envelope.headerPath}/${block.local}`
    const entry = headerBlockOf(known, block)
    if (entry !== undefined) {
      if (!b.isNil(block)) headers[entry[0]] = b.readElement(entry[1], block, path, strict)
    } else if (mustUnderstand(envelope, block)) {
      stop(
        new InvalidEnvelope({
          reason: "MustUnderstand",
          path,
          detail: `the header block {${block.uri}}${block.local} is marked mustUnderstand and is not understood here`
        })
      )
    } else {
      ignored.push(`{${block.uri}}${block.local}`)
    }
  }
  return { headers: headers as H, ignored }
}

/** The Body's element, if it has one. */
export const bodyElement = (envelope: ReadEnvelope): XmlElement | undefined => envelope.body.children[0]

export const unexpectedBody = (found: XmlElement | undefined, expected: string): never =>
  stop(
    new InvalidEnvelope({
      reason: "UnexpectedBody",
      path: found ? `Envelope/Body/${found.local}` : "Envelope/Body",
      detail: found
        ? `the Body holds {${found.uri}}${found.local}, expected {${NS}}${expected}`
        : `the Body is empty, expected {${NS}}${expected}`
    })
  )
