/**
 * Builds the reader's element tree from either parser's events (the scanner's
 * or saxes'), resolving namespaces as it goes.
 *
 * @internal
 */
import { isNamespaceDeclaration, ROOT_SCOPE, XML_NS, XMLNS_NS } from "./namespaceScope.js"
import type { NamespaceScope } from "./namespaceScope.js"
import type { ReaderMemo } from "./readerMemo.js"
import type { XmlElement, XmlReadFailureReason } from "./xmlReader.js"
import type { XmlSink } from "./xmlScanner.js"

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
 *
 * @internal
 */
export class TreeBuilder implements XmlSink {
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
    private readonly memo: ReaderMemo
  ) {
    this.knownList = memo.knownList
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

  /** Resolves a prefixed attribute's name, as the last one resolved. */
  private resolveAttribute(name: string, scope: NamespaceScope) {
    const colon = name.indexOf(":")
    this.checkQName(name, colon)
    const uri = scope.get(name.slice(0, colon))
    if (uri === undefined) this.fail("NotXml", `the prefix of attribute ${name} is not bound to a namespace`)
    this.lastName = name
    this.lastScope = scope
    this.lastUri = uri!
    this.lastLocal = name.slice(colon + 1)
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
      if (name === this.lastName) {
        // The last attribute resolved (`xsi:type`, most often): prefixed, and not a declaration.
        if (scope !== this.lastScope) this.resolveAttribute(name, scope)
      } else if (isNamespaceDeclaration(name) || !name.includes(":")) {
        continue
      } else {
        this.resolveAttribute(name, scope)
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
    if (parent === undefined) return this.openRoot(name, raw)
    this.openChild(parent, name, raw)
  }

  /** The root as the last document's when it is the remembered tag (the very same strings), else resolved in full. */
  private openRoot(name: string, raw: ReadonlyArray<string>): void {
    const memo = this.memo
    const remembered = memo.root
    if (remembered !== undefined && raw === remembered.attributes && name === memo.rootTag.name) {
      const { local, nil, scope, uri } = remembered
      this.root = { uri, local, name, attributes: raw, scope, nil, children: NO_CHILDREN, text: "" }
      this.stack.push(this.root)
      return
    }
    const root = this.openChild(undefined, name, raw)
    if (raw === memo.rootTag.attributes && name === memo.rootTag.name) {
      memo.root = { attributes: raw, uri: root.uri, local: root.local, scope: root.scope, nil: root.nil }
    }
  }

  private openChild(parent: XmlElement | undefined, name: string, raw: ReadonlyArray<string>): XmlElement {
    const stack = this.stack
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
      if (attribute === this.lastName || attribute.includes(":")) prefixed++
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
    return element
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
