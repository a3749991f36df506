/**
 * A namespace-aware, bounded XML reader on top of saxes: it turns bytes into a
 * small element tree and refuses what SOAP forbids (DOCTYPE, processing
 * instructions) and what would exhaust the reader (size, depth).
 *
 * @internal
 */
import { SaxesParser } from "saxes"
import type { SaxesTag } from "saxes"
import type { NamespaceScope } from "./namespaceScope.js"
import type { KnownNamespaces } from "./readerMemo.js"
import { NO_KNOWN_NAMESPACES, readerOf } from "./readerMemo.js"
import { firstInvalidUtf8, positionOf } from "./utf8Bytes.js"
import { giveUp, scan } from "./xmlScanner.js"
import { TreeBuilder } from "./xmlTreeBuilder.js"

export { attributesIn, NamespaceScope, resolveQName, XML_NS } from "./namespaceScope.js"
export { knownNamespaces } from "./readerMemo.js"
export type { KnownNamespaces } from "./readerMemo.js"

/** @internal */
export interface XmlElement {
  readonly uri: string
  readonly local: string
  readonly name: string
  /**
   * Attributes as written, in document order, as a flat list of qualified
   * name and value (`[name0, value0, name1, value1, …]`), namespace
   * declarations included. Flat because it is the cheapest shape to build,
   * and elements have few attributes.
   */
  readonly attributes: ReadonlyArray<string>
  /** The namespace bindings in scope (prefix → URI; "" is the default namespace). */
  readonly scope: NamespaceScope
  /** Whether the element carries `xsi:nil="true"` (any prefix bound to the XSI namespace). */
  readonly nil: boolean
  /** Shared and empty until the first child is added. */
  children: Array<XmlElement>
  /** Its character data; in an element with children, without the whitespace-only runs (indentation). */
  text: string
}

/** @internal */
export type XmlReadFailureReason =
  | "NotXml"
  | "Truncated"
  | "InvalidEncoding"
  | "DoctypeForbidden"
  | "ProcessingInstructionForbidden"
  | "TooDeep"
  | "TooLarge"

/** @internal */
export class XmlReadFailure {
  constructor(
    readonly reason: XmlReadFailureReason,
    readonly message: string,
    readonly line: number,
    readonly column: number
  ) {}
}

/** @internal */
export interface XmlReadLimits {
  readonly maxBytes: number
  readonly maxDepth: number
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

const XML_DECL_ENCODING = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/

const isUtf8Name = (encoding: string): boolean => /^utf-?8$/i.test(encoding)

const bomless = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)

/**
 * Reads one XML document into an element tree.
 *
 * @internal
 */
export const readXml = (
  input: string | Uint8Array,
  limits: XmlReadLimits,
  known: KnownNamespaces = NO_KNOWN_NAMESPACES
): XmlElement | XmlReadFailure => {
  let text: string
  if (typeof input === "string") {
    // Counting UTF-16 units is a lower bound of the UTF-8 size; good enough for
    // a guard whose point is to stop runaway input early.
    if (input.length > limits.maxBytes) {
      return new XmlReadFailure(
        "TooLarge",
        `the document is larger than the limit of ${limits.maxBytes} bytes`,
        1,
        1
      )
    }
    text = bomless(input)
  } else {
    if (input.byteLength > limits.maxBytes) {
      return new XmlReadFailure(
        "TooLarge",
        `the document is ${input.byteLength} bytes, past the limit of ${limits.maxBytes} bytes`,
        1,
        1
      )
    }
    try {
      text = utf8.decode(input)
    } catch {
      const offset = firstInvalidUtf8(input)
      const at = positionOf(input, Math.max(offset, 0))
      return new XmlReadFailure(
        "InvalidEncoding",
        `invalid UTF-8 byte 0x${(input[offset] ?? 0).toString(16).padStart(2, "0")} at byte offset ${offset}`,
        at.line,
        at.column
      )
    }
    text = bomless(text)
  }
  // The XML declaration is checked by hand: a seventh saxes handler would
  // push the parser object into V8's slow dictionary mode (4x slower here).
  const declared = XML_DECL_ENCODING.exec(text)
  if (declared !== null && !isUtf8Name(declared[1]!)) {
    return new XmlReadFailure(
      "InvalidEncoding",
      `the document declares encoding "${declared[1]}"; only UTF-8 is accepted`,
      1,
      declared.index + 1
    )
  }
  // The scanner reads the usual document in a fraction of saxes' time; what it
  // gives up on (anything unusual, every malformed document) saxes reads, and
  // says where it went wrong.
  return readFast(text, typeof input !== "string", limits.maxDepth, known) ??
    readConformant(text, limits.maxDepth, known)
}

/**
 * The fast path ({@link scan}); undefined when it gives up, for saxes to decide.
 *
 * @internal
 */
export const readFast = (
  text: string,
  decodedFromBytes: boolean,
  maxDepth: number,
  known: KnownNamespaces = NO_KNOWN_NAMESPACES
): XmlElement | undefined => {
  const memo = readerOf(known)
  const builder = new TreeBuilder(giveUp, memo)
  return scan(text, decodedFromBytes, maxDepth, builder, memo.rootTag) ? builder.root : undefined
}

class Abort {
  constructor(readonly failure: XmlReadFailure) {}
}

/**
 * The conformant path: saxes, with positions for the failure it reports.
 *
 * @internal
 */
export const readConformant = (
  text: string,
  maxDepth: number,
  known: KnownNamespaces = NO_KNOWN_NAMESPACES
): XmlElement | XmlReadFailure => {
  const parser = new SaxesParser({ position: true })
  const abort = (reason: XmlReadFailureReason, message: string): never => {
    throw new Abort(new XmlReadFailure(reason, message, parser.line, parser.column + 1))
  }
  const builder = new TreeBuilder(abort, readerOf(known))
  parser.on("doctype", () => {
    abort("DoctypeForbidden", "a DOCTYPE is not allowed in a SOAP message")
  })
  parser.on("processinginstruction", (pi) => {
    abort("ProcessingInstructionForbidden", `processing instruction <?${pi.target}?> is not allowed in a SOAP message`)
  })
  parser.on("opentag", (tag: SaxesTag) => {
    if (builder.depth >= maxDepth) {
      abort("TooDeep", `elements are nested deeper than the limit of ${maxDepth}`)
    }
    const attributes: Array<string> = []
    for (const name in tag.attributes) attributes.push(name, tag.attributes[name] as string)
    builder.open(tag.name, attributes)
  })
  parser.on("closetag", () => builder.close())
  parser.on("text", (t) => builder.text(t))
  parser.on("cdata", (t) => builder.text(t))
  try {
    parser.write(text).close()
  } catch (e) {
    if (e instanceof Abort) return e.failure
    const message = e instanceof Error ? e.message : String(e)
    // saxes prefixes its messages with "line:column: "
    const match = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message)
    const line = match ? Number(match[1]) : parser.line
    const column = (match ? Number(match[2]) : parser.column) + 1
    const detail = match ? match[3]! : message
    const truncated = /unclosed|unexpected end|document must contain a root element/i.test(detail)
    return new XmlReadFailure(truncated ? "Truncated" : "NotXml", detail, line, column)
  }
  if (builder.root === undefined) return new XmlReadFailure("Truncated", "the document has no root element", 1, 1)
  return builder.root
}
