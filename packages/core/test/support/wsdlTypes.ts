/**
 * A deliberately small reading of the two shipped WSDLs, with saxes and
 * nothing of core's: which elements each complex type (and each operation
 * wrapper) declares, with their types and nillability, and which simple types
 * are enumerations, flags (`xs:list`) or restrictions. The golden tests type
 * the documented values by it, so a mistake in the generator's own WSDL reader
 * cannot hide itself.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { SaxesParser, type SaxesTagNS } from "saxes"

export const XS = "http://www.w3.org/2001/XMLSchema"

export interface Decl {
  readonly name: string
  readonly ns: string
  /** `{ns}local` of the declared type. */
  readonly type: string
  readonly nillable: boolean
  /** `maxOccurs="unbounded"`: the item of an `ArrayOfX`. */
  readonly many: boolean
}

export type TypeInfo =
  | { readonly kind: "complex"; readonly base: string | undefined; readonly elements: Array<Decl> }
  | { readonly kind: "enum"; readonly flags: boolean }
  | { readonly kind: "restriction"; readonly base: string }

export interface WsdlTypes {
  /** Named types, and the wrapper elements' anonymous types under `{ns}element:Name`. */
  readonly types: ReadonlyMap<string, TypeInfo>
  readonly isDictionary: ReadonlySet<string>
}

const read = (xml: string, types: Map<string, TypeInfo>, dictionaries: Set<string>): void => {
  const parser = new SaxesParser({ xmlns: true })
  const stack: Array<SaxesTagNS> = []
  let tns = ""
  let current: { key: string; info: TypeInfo } | undefined
  const resolve = (qname: string): string => {
    const [prefix, local] = qname.includes(":") ? qname.split(":") as [string, string] : ["", qname]
    for (let i = stack.length - 1; i >= 0; i--) {
      const uri = stack[i]!.ns[prefix]
      if (uri !== undefined) return `{${uri}}${local}`
    }
    throw new Error(`unbound prefix in ${qname}`)
  }
  const attr = (tag: SaxesTagNS, name: string) => tag.attributes[name]?.value
  parser.on("opentag", (tag) => {
    stack.push(tag)
    const parent = stack[stack.length - 2]
    if (tag.uri === XS && tag.local === "schema") tns = attr(tag, "targetNamespace")!
    if (tag.uri === XS && tag.local === "complexType") {
      const name = attr(tag, "name") ??
        (parent?.local === "element" && stack.length === 5 ? `element:${attr(parent, "name")}` : undefined)
      if (name !== undefined) {
        current = { key: `{${tns}}${name}`, info: { kind: "complex", base: undefined, elements: [] } }
        types.set(current.key, current.info)
      }
    }
    if (tag.uri === XS && tag.local === "extension" && current?.info.kind === "complex") {
      ;(current.info as { base: string | undefined }).base = resolve(attr(tag, "base")!)
    }
    // a dictionary's item is an anonymous type: its Key and Value land in the dictionary's list
    if (tag.uri === XS && tag.local === "element" && current?.info.kind === "complex" && attr(tag, "type")) {
      current.info.elements.push({
        name: attr(tag, "name")!,
        ns: tns,
        type: resolve(attr(tag, "type")!),
        nillable: attr(tag, "nillable") === "true",
        many: attr(tag, "maxOccurs") === "unbounded"
      })
    }
    if (tag.local === "IsDictionary" && current !== undefined) dictionaries.add(current.key)
    if (tag.uri === XS && tag.local === "simpleType" && attr(tag, "name") !== undefined) {
      types.set(`{${tns}}${attr(tag, "name")}`, { kind: "restriction", base: "" })
    }
    const named = [...stack].reverse().find((t) => t.uri === XS && t.local === "simpleType" && attr(t, "name"))
    if (named !== undefined) {
      const key = `{${tns}}${attr(named, "name")}`
      const info = types.get(key)!
      if (tag.uri === XS && tag.local === "list") types.set(key, { kind: "enum", flags: true })
      else if (tag.uri === XS && tag.local === "enumeration" && info.kind !== "enum") {
        types.set(key, { kind: "enum", flags: false })
      } else if (tag.uri === XS && tag.local === "restriction" && info.kind === "restriction" && info.base === "") {
        types.set(key, { kind: "restriction", base: resolve(attr(tag, "base")!) })
      }
    }
  })
  parser.on("closetag", (tag) => {
    stack.pop()
    if (tag.uri === XS && tag.local === "complexType" && current !== undefined && stack.length <= 4) {
      current = undefined
    }
  })
  parser.write(xml).close()
}

/** Both shipped WSDLs, read once. */
export const wsdlTypes = (): WsdlTypes => {
  const types = new Map<string, TypeInfo>()
  const dictionaries = new Set<string>()
  for (const file of ["Services88-Chat.wsdl", "Services88-SoPrincipal.wsdl"]) {
    read(fs.readFileSync(path.join(__dirname, "..", "..", "wsdl", file), "utf8"), types, dictionaries)
  }
  return { types, isDictionary: dictionaries }
}

/** A complex type's elements, its base type's first. */
export const elementsOf = (wsdl: WsdlTypes, type: string): Array<Decl> => {
  const info = wsdl.types.get(type)
  if (info?.kind !== "complex") throw new Error(`${type} is not a complex type`)
  return [...(info.base === undefined ? [] : elementsOf(wsdl, info.base)), ...info.elements]
}
