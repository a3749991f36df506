/**
 * SOAP envelopes: requests and responses of an `Operation`, in SOAP 1.1 or
 * 1.2, with NetServer's header blocks and faults.
 *
 * Encoding writes what the server needs and nothing else: header blocks
 * inside `<Header>`, no `xsi:type`, one namespace declaration per namespace.
 * Decoding goes by namespace URI, never by prefix; reads header blocks inside
 * `<Header>` or, as the documented examples put them, directly in
 * `<Envelope>`; keeps `xsi:nil` apart from the empty string; and ignores header
 * blocks it does not know unless they are marked mustUnderstand.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import { InvalidEnvelope, InvalidValue, MalformedXml, UnencodableValue } from "./CodecError.js"
import type { DecodeError } from "./CodecError.js"
import * as b from "./internal/binding.js"
import { extraInfo, soExceptionInfo, soTimeZone } from "./internal/contracts.js"
import { attributesIn, knownNamespaces, readXml, resolveQName, XML_NS, XmlReadFailure } from "./internal/xmlReader.js"
import type { XmlElement } from "./internal/xmlReader.js"
import { escapeText } from "./internal/xsd.js"
import { NetServerException } from "./NetServerException.js"
import type { RequestHeaders, ResponseHeaders } from "./NetServerHeaders.js"
import type { Operation } from "./Operation.js"
import { TypeId } from "./Operation.js"
import { normalizeFaultCode, SoapFault } from "./SoapFault.js"
import type { QName } from "./SoapFault.js"
import * as SoapVersion from "./SoapVersion.js"

/**
 * Limits that keep a decoder safe from hostile or runaway input.
 *
 * @since 0.1.0
 * @category models
 */
export interface Limits {
  /** The most bytes read; larger input fails as `MalformedXml` `TooLarge`. */
  readonly maxBytes: number
  /** The deepest element nesting read; deeper fails as `MalformedXml` `TooDeep`. */
  readonly maxDepth: number
}

/**
 * 16 MiB and 64 levels: far past any Chat message (the deepest is an
 * `ExceptionInfo` chain), far short of what would hurt.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultLimits: Limits = { maxBytes: 16 * 1024 * 1024, maxDepth: 64 }

/**
 * @since 0.1.0
 * @category models
 */
export interface DecodeOptions extends Partial<Limits> {
  /** When set, a message of the other SOAP version fails as `VersionMismatch`. */
  readonly version?: SoapVersion.SoapVersion
  /**
   * Read as WCF's DataContractSerializer reads on a server, for servers (the
   * testkit's fake NetServer): an enumeration takes only the names the
   * contract lists, exactly as written; a data contract's members are read in
   * the contract's order, and an element out of order, repeated or in another
   * namespace is skipped (its member is absent). Default `false`: a client's
   * forward-compatible reading, which keeps a newer server's enumeration names
   * and finds members in any order (decision 0007).
   */
  readonly strict?: boolean
}

/**
 * A decoded response: which SOAP version it used, its header blocks, its body.
 *
 * @since 0.1.0
 * @category models
 */
export interface DecodedResponse<A> {
  readonly version: SoapVersion.SoapVersion
  readonly headers: ResponseHeaders
  readonly body: A
}

/**
 * A decoded request: which SOAP version and operation, its headers, its body.
 *
 * @since 0.1.0
 * @category models
 */
export interface DecodedRequest<O extends Operation.Any> {
  readonly version: SoapVersion.SoapVersion
  readonly operation: O
  readonly headers: RequestHeaders
  readonly body: Operation.Request<O>
  /** Header blocks that were ignored (not understood, not mustUnderstand), as `{namespace}local`. */
  readonly ignoredHeaders: ReadonlyArray<string>
}

const NS = b.SERVICES88
/** Every namespace decoding compares against. */
const KNOWN_NAMESPACES = knownNamespaces([
  NS,
  b.XSI,
  SoapVersion.envelopeNamespace["1.1"],
  SoapVersion.envelopeNamespace["1.2"],
  XML_NS
])
const DEFAULT_NS = ` xmlns="${NS}"`
// The header blocks' tags, each declaring the Services88 namespace.
const APPLICATION_TOKEN = b.tag("ApplicationToken", DEFAULT_NS)
const CREDENTIALS = b.tag("Credentials", DEFAULT_NS)
const TIME_ZONE = b.tag("TimeZone", DEFAULT_NS)
const EXCEPTION_INFO = b.tag("ExceptionInfo", DEFAULT_NS)
const EXTRA_INFO = b.tag("ExtraInfo", DEFAULT_NS)
const SUCCEEDED = b.tag("Succeeded", DEFAULT_NS)

const open = (version: SoapVersion.SoapVersion): string =>
  `<s:Envelope xmlns:s="${SoapVersion.envelopeNamespace[version]}" xmlns:i="${b.XSI}">`

const credentials = b.complex(
  () => [["ticket", "Ticket", b.nillable(b.redactedString)]],
  (props: { readonly ticket: RequestHeaders["ticket"] | null }) => props
)
const booleanCodec = b.boolean

const encoding = (f: () => string): Either.Either<string, UnencodableValue> => {
  try {
    return Either.right(f())
  } catch (e) {
    if (e instanceof b.BindingFailure) return Either.left(new UnencodableValue({ path: e.path, detail: e.detail }))
    throw e
  }
}

const writeEnvelope = (
  version: SoapVersion.SoapVersion,
  writeHeaders: (out: b.XmlOut) => void,
  writeBody: (out: b.XmlOut) => void
): string => {
  const headers = new b.XmlOut()
  writeHeaders(headers)
  const out = new b.XmlOut()
  out.write(open(version))
  if (headers.xml !== "") out.write(`<s:Header>${headers.xml}</s:Header>`)
  out.write("<s:Body>")
  writeBody(out)
  out.write("</s:Body></s:Envelope>")
  return out.xml
}

/**
 * Encodes a request envelope. Fails with `UnencodableValue`, naming the
 * field, when a value cannot be carried (a control character, an id outside
 * int32); nothing is sent then.
 *
 * @example
 * import { AddChatMessage, ChatMessage, Envelope } from "@so-chat/core"
 * import { Redacted } from "effect"
 *
 * const xml = Envelope.encodeRequest(AddChatMessage.operation, {
 *   chatSessionId: 42,
 *   message: new ChatMessage.ChatMessage({ chatSessionId: 42, type: "ToCustomer", message: "Hello" })
 * }, { version: "1.1", headers: { ticket: Redacted.make("7T:abc==") } })
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeRequest = <Req, Res>(
  operation: Operation<Req, Res>,
  request: Req,
  options: { readonly version: SoapVersion.SoapVersion; readonly headers?: RequestHeaders }
): Either.Either<string, UnencodableValue> =>
  encoding(() =>
    writeEnvelope(
      options.version,
      (out) => {
        const h = options.headers
        if (h === undefined) return
        if (h.applicationToken !== undefined) {
          b.redactedString.write(out, APPLICATION_TOKEN, h.applicationToken, "Header/ApplicationToken")
        }
        if (h.ticket !== undefined) {
          credentials.write(out, CREDENTIALS, { ticket: h.ticket }, "Header/Credentials")
        }
        if (h.timeZone !== undefined) soTimeZone.write(out, TIME_ZONE, h.timeZone, "Header/TimeZone")
      },
      (out) => operation[TypeId].request.write(out, operation[TypeId].requestTag, request, operation.requestElement)
    )
  )

/**
 * Encodes a response envelope (what a server sends; the testkit's fake
 * NetServer uses it).
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeResponse = <Req, Res>(
  operation: Operation<Req, Res>,
  response: Res,
  options: { readonly version: SoapVersion.SoapVersion; readonly headers?: ResponseHeaders }
): Either.Either<string, UnencodableValue> =>
  encoding(() =>
    writeEnvelope(
      options.version,
      (out) => writeResponseHeaders(out, options.headers),
      (out) => operation[TypeId].response.write(out, operation[TypeId].responseTag, response, operation.responseElement)
    )
  )

const writeResponseHeaders = (out: b.XmlOut, h: ResponseHeaders | undefined) => {
  if (h === undefined) return
  if (h.exceptionInfo !== undefined) {
    soExceptionInfo.write(out, EXCEPTION_INFO, h.exceptionInfo, "Header/ExceptionInfo")
  }
  if (h.extraInfo !== undefined) extraInfo.write(out, EXTRA_INFO, h.extraInfo, "Header/ExtraInfo")
  if (h.succeeded !== undefined) booleanCodec.write(out, SUCCEEDED, h.succeeded, "Header/Succeeded")
  if (h.timeZone !== undefined) soTimeZone.write(out, TIME_ZONE, h.timeZone, "Header/TimeZone")
}

/** A fault code's element: `s:` for the envelope's own codes, else its namespace declared as `a`, as WCF writes it. */
const faultCodeElement = (name: string, version: SoapVersion.SoapVersion, q: QName): string =>
  q.namespace === SoapVersion.envelopeNamespace[version]
    ? `<${name}>s:${q.local}</${name}>`
    : q.namespace === ""
    ? `<${name}>${q.local}</${name}>`
    : `<${name} xmlns:a="${escapeText(q.namespace).replace(/"/g, "&quot;")}">a:${q.local}</${name}>`

/**
 * Encodes a SOAP fault envelope of the fault's version, laid out as WCF lays
 * it out: a code outside the envelope namespace declared with prefix `a`, the
 * reason marked `xml:lang="en-US"`. Strings are escaped; characters XML cannot
 * carry are dropped from the reason and detail, since a fault must always be
 * sendable.
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeFault = (fault: SoapFault, options?: { readonly headers?: ResponseHeaders }): string => {
  const text = (s: string) => escapeText(s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""))
  const version = fault.version
  return writeEnvelope(version, (out) => writeResponseHeaders(out, options?.headers), (out) => {
    const subcodes = fault.subcodes.map((q) => `<s:Subcode>${faultCodeElement("s:Value", version, q)}`)
    if (version === "1.1") {
      out.write(
        `<s:Fault>${faultCodeElement("faultcode", version, fault.faultCode)}<faultstring xml:lang="en-US">${
          text(fault.reason)
        }</faultstring>`
      )
      if (fault.node !== null) out.write(`<faultactor>${text(fault.node)}</faultactor>`)
      if (fault.detail !== null) out.write(`<detail>${text(fault.detail)}</detail>`)
      out.write("</s:Fault>")
    } else {
      out.write(
        `<s:Fault><s:Code>${faultCodeElement("s:Value", version, fault.faultCode)}${subcodes.join("")}${
          "</s:Subcode>".repeat(subcodes.length)
        }</s:Code><s:Reason><s:Text xml:lang="en-US">${text(fault.reason)}</s:Text></s:Reason>`
      )
      if (fault.node !== null) out.write(`<s:Node>${text(fault.node)}</s:Node>`)
      if (fault.role !== null) out.write(`<s:Role>${text(fault.role)}</s:Role>`)
      if (fault.detail !== null) out.write(`<s:Detail>${text(fault.detail)}</s:Detail>`)
      out.write("</s:Fault>")
    }
  })
}

// ---------------------------------------------------------------------------
// decoding

interface Envelope {
  readonly version: SoapVersion.SoapVersion
  readonly headerBlocks: ReadonlyArray<XmlElement>
  readonly headerPath: string
  readonly body: XmlElement
}

class Stop {
  constructor(readonly error: DecodeError | SoapFault | NetServerException) {}
}

const stop = (error: DecodeError | SoapFault | NetServerException): never => {
  throw new Stop(error)
}

const decoding = <A, E>(f: () => A): Either.Either<A, E> => {
  try {
    return Either.right(f())
  } catch (e) {
    if (e instanceof Stop) return Either.left(e.error as E)
    if (e instanceof b.BindingFailure) return Either.left(new InvalidValue({ path: e.path, detail: e.detail }) as E)
    throw e
  }
}

const readEnvelope = (input: string | Uint8Array, options: DecodeOptions | undefined): Envelope => {
  const root = readXml(input, {
    maxBytes: options?.maxBytes ?? defaultLimits.maxBytes,
    maxDepth: options?.maxDepth ?? defaultLimits.maxDepth
  }, KNOWN_NAMESPACES)
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
  if (options?.version !== undefined && options.version !== version) {
    return stop(
      new InvalidEnvelope({
        reason: "VersionMismatch",
        path: "Envelope",
        detail: `a SOAP ${options.version} message was expected, but this is SOAP ${version}`
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
const mustUnderstand = (envelope: Envelope, block: XmlElement): boolean => {
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

const readHeaders = <H extends Record<string, unknown>>(
  envelope: Envelope,
  known: Readonly<Record<string, readonly [key: keyof H & string, codec: b.Codec<any>]>>,
  strict?: boolean
): { readonly headers: H; readonly ignored: ReadonlyArray<string> } => {
  const headers: Record<string, unknown> = {}
  const ignored: Array<string> = []
  for (const block of envelope.headerBlocks) {
    const path = `${envelope.headerPath}/${block.local}`
    const entry = block.uri === NS ? known[block.local] : undefined
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

const responseHeaderBlocks: Readonly<Record<string, readonly [keyof ResponseHeaders & string, b.Codec<any>]>> = {
  ExceptionInfo: ["exceptionInfo", soExceptionInfo],
  ExtraInfo: ["extraInfo", extraInfo],
  Succeeded: ["succeeded", b.boolean],
  TimeZone: ["timeZone", soTimeZone]
}

const requestHeaderBlocks: Readonly<Record<string, readonly [keyof RequestHeaders & string, b.Codec<any>]>> = {
  ApplicationToken: ["applicationToken", b.redactedString],
  Credentials: ["credentials" as never, b.nillable(credentials)],
  TimeZone: ["timeZone", soTimeZone]
}

const bodyElement = (envelope: Envelope): XmlElement | undefined => envelope.body.children[0]

const textContent = (element: XmlElement): string => element.text + element.children.map(textContent).join("")

const childNamed = (element: XmlElement, local: string, namespace?: string): XmlElement | undefined =>
  element.children.find((c) => c.local === local && (namespace === undefined || c.uri === namespace))

const readFault = (envelope: Envelope, fault: XmlElement): SoapFault => {
  const version = envelope.version
  const envNs = SoapVersion.envelopeNamespace[version]
  if (version === "1.1") {
    // SOAP 1.1's fault children are unqualified; accept any namespace.
    const code = childNamed(fault, "faultcode")
    const faultCode = code ? resolveQName(code, code.text) : { namespace: "", local: "" }
    const actor = childNamed(fault, "faultactor")
    const detail = childNamed(fault, "detail")
    return new SoapFault({
      version,
      code: normalizeFaultCode(faultCode),
      faultCode,
      subcodes: [],
      reason: childNamed(fault, "faultstring")?.text ?? "",
      node: actor ? actor.text : null,
      role: null,
      detail: detail ? textContent(detail).trim() : null
    })
  }
  const code = childNamed(fault, "Code", envNs)
  const valueOf = (c: XmlElement | undefined): QName | undefined => {
    const v = c && childNamed(c, "Value", envNs)
    return v ? resolveQName(v, v.text) : undefined
  }
  const faultCode = valueOf(code) ?? { namespace: "", local: "" }
  const subcodes: Array<QName> = []
  for (let sub = code && childNamed(code, "Subcode", envNs); sub; sub = childNamed(sub, "Subcode", envNs)) {
    const q = valueOf(sub)
    if (q) subcodes.push(q)
  }
  const reason = childNamed(fault, "Reason", envNs)
  const texts = reason ? reason.children.filter((c) => c.local === "Text" && c.uri === envNs) : []
  const english = texts.find((t) => attributesIn(t, XML_NS).some(([local, v]) => local === "lang" && /^en\b/i.test(v)))
  const node = childNamed(fault, "Node", envNs)
  const role = childNamed(fault, "Role", envNs)
  const detail = childNamed(fault, "Detail", envNs)
  return new SoapFault({
    version,
    code: normalizeFaultCode(faultCode),
    faultCode,
    subcodes,
    reason: (english ?? texts[0])?.text ?? "",
    node: node ? node.text : null,
    role: role ? role.text : null,
    detail: detail ? textContent(detail).trim() : null
  })
}

const unexpectedBody = (found: XmlElement | undefined, expected: string): never =>
  stop(
    new InvalidEnvelope({
      reason: "UnexpectedBody",
      path: found ? `Envelope/Body/${found.local}` : "Envelope/Body",
      detail: found
        ? `the Body holds {${found.uri}}${found.local}, expected {${NS}}${expected}`
        : `the Body is empty, expected {${NS}}${expected}`
    })
  )

/**
 * Decodes a response envelope of an operation. Fails with a `SoapFault` when
 * the Body holds one, with `NetServerException` when NetServer's headers say
 * the call failed (`ExceptionInfo`, or `Succeeded` false), and with a
 * `DecodeError` naming what was wrong and where otherwise.
 *
 * @example
 * import { AddChatMessage, Envelope } from "@so-chat/core"
 * import { Either } from "effect"
 *
 * declare const responseBytes: Uint8Array
 * const result = Envelope.decodeResponse(AddChatMessage.operation, responseBytes)
 * if (Either.isRight(result)) console.log(result.right.body.response?.message)
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeResponse = <Req, Res>(
  operation: Operation<Req, Res>,
  input: string | Uint8Array,
  options?: DecodeOptions
): Either.Either<DecodedResponse<Res>, DecodeError | SoapFault | NetServerException> =>
  decoding(() => {
    const envelope = readEnvelope(input, options)
    const element = bodyElement(envelope)
    if (
      element !== undefined && element.local === "Fault" &&
      element.uri === SoapVersion.envelopeNamespace[envelope.version]
    ) {
      stop(readFault(envelope, element))
    }
    const { headers } = readHeaders<ResponseHeaders & Record<string, unknown>>(envelope, responseHeaderBlocks)
    if (headers.exceptionInfo !== undefined || headers.succeeded === false) {
      stop(
        new NetServerException({
          operation: operation.name,
          exceptionInfo: headers.exceptionInfo ?? null,
          extraInfo: headers.extraInfo ?? {}
        })
      )
    }
    if (element === undefined || element.uri !== operation.namespace || element.local !== operation.responseElement) {
      return unexpectedBody(element, operation.responseElement)
    }
    const path = `Envelope/Body/${operation.responseElement}`
    const body = b.readElement(operation[TypeId].response, element, path)
    return { version: envelope.version, headers, body }
  })

/**
 * Decodes a request envelope for one of the given operations, chosen by the
 * Body's element (what a server does; the testkit's fake NetServer uses it).
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeRequest = <const Ops extends ReadonlyArray<Operation.Any>>(
  operations: Ops,
  input: string | Uint8Array,
  options?: DecodeOptions
): Either.Either<{ [K in keyof Ops]: DecodedRequest<Ops[K]> }[number], DecodeError> =>
  decoding(() => {
    const envelope = readEnvelope(input, options)
    const element = bodyElement(envelope)
    const operation = element &&
      operations.find((o) => o.namespace === element.uri && o.requestElement === element.local)
    if (element === undefined || operation === undefined) {
      return unexpectedBody(element, operations.map((o) => o.requestElement).join(" or "))
    }
    const strict = options?.strict === true
    const { headers, ignored } = readHeaders<Record<string, unknown>>(envelope, requestHeaderBlocks, strict)
    const { credentials: creds, ...rest } = headers as { credentials?: { ticket: unknown } | null }
    const requestHeaders = (creds?.ticket ? { ...rest, ticket: creds.ticket } : rest) as RequestHeaders
    const body = b.readElement(
      operation[TypeId].request,
      element,
      `Envelope/Body/${operation.requestElement}`,
      strict
    )
    return { version: envelope.version, operation, headers: requestHeaders, body, ignoredHeaders: ignored } as any
  })
