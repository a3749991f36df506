/**
 * A namespace-aware, bounded XML reader on top of saxes: it turns bytes into a
 * small element tree and refuses what SOAP forbids (DOCTYPE, processing
 * instructions) and what would exhaust the reader (size, depth).
 *
 * @internal
 */
import { SaxesParser } from "saxes"
import type { SaxesTag } from "saxes"
import { isNamespaceDeclaration, NamespaceScope, ROOT_SCOPE, XML_NS, XMLNS_NS } from "./namespaceScope.js"
import { firstInvalidUtf8, positionOf } from "./utf8Bytes.js"
import type { XmlSink } from "./xmlScanner.js"
import { giveUp, scan } from "./xmlScanner.js"

export { attributesIn, NamespaceScope, resolveQName, XML_NS } from "./namespaceScope.js"

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

/**
 * The namespace URIs a caller compares elements against, each mapped to
 * itself. A declaration of one of them binds the caller's very string, so
 * that comparing an element's namespace with it succeeds on identity instead
 * of comparing some fifty characters (measured: a tenth of decoding a
 * response went into such comparisons).
 *
 * @internal
 */
export type KnownNamespaces = ReadonlyMap<string, string>

/** @internal */
export const knownNamespaces = (uris: Iterable<string>): KnownNamespaces => {
  const known: KnownNamespaces = new Map([...uris].map((u) => [u, u]))
  knownLists.set(known, [...known.keys()])
  return known
}

const NO_KNOWN_NAMESPACES: KnownNamespaces = new Map()

/** Each known set's URIs as a list, made once per set rather than once per document. */
const knownLists = new WeakMap<KnownNamespaces, ReadonlyArray<string>>()

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

const XSI = "http://www.w3.org/2001/XMLSchema-instance"

const isSpaceOnly = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false
  }
  return true
}

/** Shared and never written to: the children of an element without any. */
const NO_CHILDREN: Array<XmlElement> = []

/**
 * Builds the element tree from either parser's events. Namespaces are resolved
 * here rather than by saxes' xmlns mode, which costs a third of the time of a
 * typical SOAP response; an element that declares a namespace adds a link to
 * its parent's scope. The checks are the ones Namespaces in XML 1.0 asks for; a failed
 * one calls `fail`, which throws.
 */
class TreeBuilder implements XmlSink {
  private readonly stack: Array<XmlElement> = []
  root: XmlElement | undefined = undefined
  // Most elements of a response carry the same attribute (`xsi:type`) in the
  // same scope: remembering the last resolution saves most of the work.
  private lastName = ""
  private lastScope: NamespaceScope | undefined = undefined
  private lastUri = ""
  private lastLocal = ""

  private readonly knownList: ReadonlyArray<string>

  constructor(
    private readonly fail: (reason: XmlReadFailureReason, message: string) => never,
    known: KnownNamespaces
  ) {
    this.knownList = knownLists.get(known) ?? [...known.keys()]
  }

  /**
   * The caller's string for a known URI: compared by length first, then
   * content, which costs less than hashing a fresh fifty-character string
   * into the map (in a profile of a small response, that look-up was the
   * costliest line of building its root).
   */
  private knownString(uri: string): string {
    const known = this.knownList
    for (let i = 0; i < known.length; i++) {
      const k = known[i]!
      if (k.length === uri.length && k === uri) return k
    }
    return uri
  }

  private checkQName(name: string, colon: number) {
    if (colon === 0 || colon === name.length - 1 || name.indexOf(":", colon + 1) !== -1) {
      this.fail("NotXml", `"${name}" is not a namespace-well-formed name`)
    }
  }

  /**
   * Resolves the prefixes of the attributes that have one: an unbound prefix
   * or two attributes with one expanded name make the document not
   * namespace-well-formed. Returns whether one of them is `xsi:nil` true.
   */
  private resolveAttributes(raw: ReadonlyArray<string>, prefixed: number, scope: NamespaceScope) {
    let nil = false
    let seen: Set<string> | undefined
    for (let at = 0; at < raw.length; at += 2) {
      const name = raw[at]!
      if (isNamespaceDeclaration(name) || !name.includes(":")) continue
      if (name !== this.lastName || scope !== this.lastScope) {
        const colon = name.indexOf(":")
        this.checkQName(name, colon)
        const uri = scope.get(name.slice(0, colon))
        if (uri === undefined) this.fail("NotXml", `the prefix of attribute ${name} is not bound to a namespace`)
        this.lastName = name
        this.lastScope = scope
        this.lastUri = uri!
        this.lastLocal = name.slice(colon + 1)
      }
      if (prefixed > 1) {
        const expanded = `{${this.lastUri}}${this.lastLocal}`
        if ((seen ??= new Set()).has(expanded)) {
          this.fail("NotXml", `attribute ${name} repeats the expanded name ${expanded}`)
        }
        seen.add(expanded)
      }
      if (this.lastLocal === "nil" && this.lastUri === XSI) {
        const v = raw[at + 1]!.trim()
        nil = v === "true" || v === "1"
      }
    }
    return nil
  }

  open(name: string, raw: ReadonlyArray<string>): void {
    const stack = this.stack
    const parent = stack[stack.length - 1]
    let scope = parent === undefined ? ROOT_SCOPE : parent.scope
    // Counted, not listed: a list per element was most of the reader's garbage.
    let prefixed = 0
    for (let i = 0; i < raw.length; i += 2) {
      const attribute = raw[i]!
      if (isNamespaceDeclaration(attribute)) {
        const uri = raw[i + 1]!
        const prefix = attribute.length === 5 ? "" : attribute.slice(6)
        if (prefix !== "") {
          if (uri === "") this.fail("NotXml", `the prefix "${prefix}" cannot be undeclared in XML 1.0`)
          if (prefix === "xmlns" || (prefix === "xml") !== (uri === XML_NS) || uri === XMLNS_NS) {
            this.fail("NotXml", `the prefix "${prefix}" cannot be bound to "${uri}"`)
          }
        }
        scope = scope.bind(prefix, this.knownString(uri))
        continue
      }
      if (attribute.includes(":")) prefixed++
    }
    const nil = prefixed === 0 ? false : this.resolveAttributes(raw, prefixed, scope)
    const colon = name.indexOf(":")
    let uri: string | undefined
    let local = name
    if (colon === -1) {
      uri = scope.get("") ?? ""
    } else {
      this.checkQName(name, colon)
      const prefix = name.slice(0, colon)
      local = name.slice(colon + 1)
      uri = scope.get(prefix)
      if (uri === undefined) this.fail("NotXml", `the prefix "${prefix}" of <${name}> is not bound to a namespace`)
    }
    const element: XmlElement = { uri: uri!, local, name, attributes: raw, scope, nil, children: NO_CHILDREN, text: "" }
    if (parent === undefined) {
      this.root = element
    } else if (parent.children === NO_CHILDREN) {
      parent.children = [element]
      if (isSpaceOnly(parent.text)) parent.text = ""
    } else {
      parent.children.push(element)
    }
    stack.push(element)
  }

  close(): void {
    this.stack.pop()
  }

  /**
   * Whitespace-only text in an element with children is indentation and is
   * dropped (so the scanner need not slice it): such an element's text is
   * what is left, which a complex value never reads.
   */
  text(text: string): void {
    const top = this.stack[this.stack.length - 1]
    if (top === undefined) return
    if (top.children !== NO_CHILDREN && isSpaceOnly(text)) return
    top.text += text
  }

  get depth(): number {
    return this.stack.length
  }
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
  const builder = new TreeBuilder(giveUp, known)
  return scan(text, decodedFromBytes, maxDepth, builder) ? builder.root : undefined
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
  const builder = new TreeBuilder(abort, known)
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
