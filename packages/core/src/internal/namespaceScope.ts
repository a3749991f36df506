/**
 * The namespace bindings in scope at an element, as the XML reader builds
 * them: cheap to extend per declaring element, short to look up.
 *
 * @internal
 */
import type { XmlElement } from "./xmlReader.js"

/** @internal */
export const XML_NS = "http://www.w3.org/XML/1998/namespace"
/** @internal */
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/"
/** How many declarations a scope chains before it is copied into a map: lookups stay short. */
const MAX_LINKS = 16

/**
 * The namespace bindings in scope at an element: one link per declaration,
 * the innermost first, sharing its parent's links. A declaring element adds
 * a link rather than copying its parent's bindings into a map of its own
 * (a map's copy and hashing were half of building the tree). Past
 * {@link MAX_LINKS} links the bindings are copied into a map once, so no
 * lookup walks far, however many declarations a document piles up.
 *
 * @internal
 */
export class NamespaceScope {
  private constructor(
    private readonly prefix: string,
    private readonly uri: string,
    private readonly parent: NamespaceScope | undefined,
    private readonly links: number,
    private readonly map: ReadonlyMap<string, string> | undefined
  ) {}

  /** A scope with one binding (the root's `xml`). */
  static of(prefix: string, uri: string): NamespaceScope {
    return new NamespaceScope(prefix, uri, undefined, 1, undefined)
  }

  /** This scope with one more binding, which hides any of the same prefix. */
  bind(prefix: string, uri: string): NamespaceScope {
    if (this.links < MAX_LINKS) return new NamespaceScope(prefix, uri, this, this.links + 1, undefined)
    const map = new Map(this.entries())
    map.set(prefix, uri)
    return new NamespaceScope(prefix, uri, undefined, 0, map)
  }

  /** The URI the prefix is bound to ("" for the default namespace), if it is bound. */
  get(prefix: string): string | undefined {
    if (this.map !== undefined) return this.map.get(prefix)
    return this.prefix === prefix ? this.uri : this.parent?.get(prefix)
  }

  /** Every prefix in scope with the URI it is bound to there. */
  entries(): Array<readonly [prefix: string, uri: string]> {
    if (this.map !== undefined) return [...this.map]
    const inherited = this.parent?.entries().filter(([prefix]) => prefix !== this.prefix) ?? []
    return [[this.prefix, this.uri], ...inherited]
  }
}

/** The scope every document starts in: only `xml` is bound. @internal */
export const ROOT_SCOPE = NamespaceScope.of("xml", XML_NS)

/** `xmlns` or `xmlns:…`: a namespace declaration, not an attribute in a namespace. */
export const isNamespaceDeclaration = (name: string): boolean =>
  // `xm` first: `xsi:type`, on most elements of a response, also starts with `x`.
  name.charCodeAt(1) === 109 /* m */ && name.charCodeAt(0) === 120 /* x */ && name.startsWith("xmlns") &&
  (name.length === 5 || name.charCodeAt(5) === 58)

/**
 * Resolves a QName found in text content (a SOAP fault code) against the
 * namespace bindings in scope at the element that holds it.
 *
 * @internal
 */
export const resolveQName = (
  element: XmlElement,
  qname: string
): { readonly namespace: string; readonly local: string } => {
  const trimmed = qname.trim()
  const colon = trimmed.indexOf(":")
  const prefix = colon === -1 ? "" : trimmed.slice(0, colon)
  const local = colon === -1 ? trimmed : trimmed.slice(colon + 1)
  return { namespace: element.scope.get(prefix) ?? "", local }
}

/**
 * The attributes of an element in a namespace, by local name. Unprefixed
 * attributes are in no namespace ("").
 *
 * @internal
 */
export const attributesIn = (element: XmlElement, uri: string): Array<readonly [local: string, value: string]> => {
  const found: Array<readonly [string, string]> = []
  const attributes = element.attributes
  for (let i = 0; i < attributes.length; i += 2) {
    const name = attributes[i]!
    const colon = name.indexOf(":")
    if (colon === -1) {
      if (uri === "" && name !== "xmlns") found.push([name, attributes[i + 1]!])
    } else if (element.scope.get(name.slice(0, colon)) === uri && !name.startsWith("xmlns:")) {
      found.push([name.slice(colon + 1), attributes[i + 1]!])
    }
  }
  return found
}
