/**
 * Reads a WCF-generated WSDL 1.1 document (document/literal wrapped, inline
 * XML Schema) into the generator's model, with core's own conformant,
 * namespace-aware reader. Anything it does not map fails with the path of
 * the construct, rather than being skipped.
 */
import type { XmlElement } from "../../src/internal/xmlReader.js"
import { readConformant, resolveQName, XmlReadFailure } from "../../src/internal/xmlReader.js"
import type {
  ComplexDecl,
  ElementDecl,
  EnumDecl,
  EnumMember,
  GlobalElement,
  Model,
  OperationDecl,
  QName,
  ServiceDecl,
  TypeDecl
} from "./model.js"
import { key, SERIALIZATION, UnsupportedConstruct, XS } from "./model.js"

const WSDL = "http://schemas.xmlsoap.org/wsdl/"
const SOAP11 = "http://schemas.xmlsoap.org/wsdl/soap/"

const attr = (element: XmlElement, name: string): string | undefined => {
  const a = element.attributes
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]
  return undefined
}

const required = (element: XmlElement, name: string, path: string): string => {
  const value = attr(element, name)
  if (value === undefined) throw new UnsupportedConstruct(path, `<${element.local}> has no ${name} attribute`)
  return value
}

const children = (element: XmlElement, ns: string, local?: string): Array<XmlElement> =>
  element.children.filter((c) => c.uri === ns && (local === undefined || c.local === local))

const child = (element: XmlElement, ns: string, local: string): XmlElement | undefined =>
  element.children.find((c) => c.uri === ns && c.local === local)

const qnameOf = (element: XmlElement, value: string): QName => {
  const { local, namespace } = resolveQName(element, value)
  return { ns: namespace, name: local }
}

/** The `appinfo` children of an element's `xs:annotation`, in the serialization namespace. */
const appinfo = (element: XmlElement): Array<XmlElement> => {
  const annotation = child(element, XS, "annotation")
  const info = annotation === undefined ? undefined : child(annotation, XS, "appinfo")
  return info === undefined ? [] : children(info, SERIALIZATION)
}

const readElementDecl = (element: XmlElement, ns: string, path: string): ElementDecl => {
  const name = required(element, "name", path)
  const at = `${path}/${name}`
  if (attr(element, "ref") !== undefined) throw new UnsupportedConstruct(at, "element references are not mapped")
  const type = attr(element, "type")
  if (type === undefined) throw new UnsupportedConstruct(at, "an element without a named type is not mapped")
  const max = attr(element, "maxOccurs") ?? "1"
  return {
    name,
    ns,
    type: qnameOf(element, type),
    minOccurs: Number(attr(element, "minOccurs") ?? "1"),
    maxOccurs: max === "unbounded" ? "unbounded" : Number(max),
    nillable: attr(element, "nillable") === "true"
  }
}

/** The elements of an `xs:sequence`; an empty list for a missing or empty one. */
const readSequence = (holder: XmlElement, ns: string, path: string): Array<ElementDecl> => {
  for (const c of holder.children) {
    if (c.uri === XS && c.local !== "sequence" && c.local !== "annotation") {
      throw new UnsupportedConstruct(path, `<xs:${c.local}> is not mapped (only xs:sequence)`)
    }
  }
  const sequence = child(holder, XS, "sequence")
  if (sequence === undefined) return []
  return sequence.children.filter((c) => c.uri === XS).map((c) => {
    if (c.local !== "element") throw new UnsupportedConstruct(path, `<xs:${c.local}> in a sequence is not mapped`)
    return readElementDecl(c, ns, path)
  })
}

const readComplexType = (element: XmlElement, ns: string, path: string): TypeDecl => {
  const name = required(element, "name", path)
  const qname = { ns, name }
  const at = `${path}/${name}`
  const info = appinfo(element)
  const content = child(element, XS, "complexContent")
  if (content !== undefined) {
    const extension = child(content, XS, "extension")
    if (extension === undefined) throw new UnsupportedConstruct(at, "complexContent without xs:extension")
    const complex: ComplexDecl = {
      kind: "complex",
      qname,
      base: qnameOf(extension, required(extension, "base", at)),
      elements: readSequence(extension, ns, at),
      valueType: false
    }
    return complex
  }
  if (info.some((i) => i.local === "IsDictionary" && i.text.trim() === "true")) {
    const [item, ...rest] = readAnonymousItems(element, ns, at)
    if (item === undefined || rest.length > 0) throw new UnsupportedConstruct(at, "a dictionary must have one item")
    return { kind: "dictionary", qname, item: item.name, key: item.key, value: item.value }
  }
  const elements = readSequence(element, ns, at)
  if (elements.length === 1 && elements[0]!.maxOccurs === "unbounded" && name.startsWith("ArrayOf")) {
    return { kind: "array", qname, item: elements[0]! }
  }
  for (const e of elements) {
    if (e.maxOccurs !== 1) {
      throw new UnsupportedConstruct(`${at}/${e.name}`, "a repeated element outside an ArrayOf type")
    }
  }
  return {
    kind: "complex",
    qname,
    base: undefined,
    elements,
    valueType: info.some((i) => i.local === "IsValueType" && i.text.trim() === "true")
  }
}

/** A dictionary's item: an element with an anonymous `Key`/`Value` sequence. */
const readAnonymousItems = (element: XmlElement, ns: string, path: string) => {
  const sequence = child(element, XS, "sequence")
  return (sequence === undefined ? [] : children(sequence, XS, "element")).map((item) => {
    const name = required(item, "name", path)
    const type = child(item, XS, "complexType")
    if (type === undefined) {
      throw new UnsupportedConstruct(`${path}/${name}`, "a dictionary item needs a Key/Value type")
    }
    const [k, v, ...more] = readSequence(type, ns, `${path}/${name}`)
    if (k?.name !== "Key" || v?.name !== "Value" || more.length > 0) {
      throw new UnsupportedConstruct(`${path}/${name}`, "a dictionary item must be exactly Key, Value")
    }
    return { name, key: k, value: v }
  })
}

const readSimpleType = (element: XmlElement, ns: string, path: string): TypeDecl => {
  const name = required(element, "name", path)
  const qname = { ns, name }
  const at = `${path}/${name}`
  const list = child(element, XS, "list")
  const restriction = list === undefined
    ? child(element, XS, "restriction")
    : child(child(list, XS, "simpleType") ?? list, XS, "restriction")
  if (restriction === undefined) {
    throw new UnsupportedConstruct(at, "a simple type must be a restriction or a list of one")
  }
  const base = qnameOf(restriction, required(restriction, "base", at))
  const facets = children(restriction, XS, "enumeration")
  if (facets.length === 0) {
    if (list !== undefined) throw new UnsupportedConstruct(at, "a list of a non-enumeration is not mapped")
    return { kind: "simple", qname, base }
  }
  if (base.ns !== XS || base.name !== "string") {
    throw new UnsupportedConstruct(at, "an enumeration must restrict xs:string")
  }
  const flags = list !== undefined
  const actual = appinfo(element).find((i) => i.local === "ActualType")
  const members = facets.map((facet, index): EnumMember => {
    const value = required(facet, "value", at)
    const annotation = appinfo(facet).find((i) => i.local === "EnumerationValue")
    if (annotation !== undefined) {
      const n = Number(annotation.text.trim())
      if (!Number.isSafeInteger(n)) {
        throw new UnsupportedConstruct(`${at}/${value}`, `EnumerationValue "${annotation.text}" is not an integer`)
      }
      return { name: value, value: n, annotated: true }
    }
    // DataContractSerializer's exporter writes the annotation only when the
    // value differs from the default: the position, or 2^position for flags.
    return { name: value, value: flags ? 2 ** index : index, annotated: false }
  })
  const decl: EnumDecl = {
    kind: "enum",
    qname,
    flags,
    members,
    actualType: actual === undefined
      ? { ns: XS, name: "int" }
      : { ns: required(actual, "Namespace", at), name: required(actual, "Name", at) }
  }
  return decl
}

const readSchema = (
  schema: XmlElement,
  types: Map<string, TypeDecl>,
  elements: Map<string, GlobalElement>,
  wrappers: Map<string, ReadonlyArray<ElementDecl>>
) => {
  const ns = required(schema, "targetNamespace", "schema")
  const path = `schema(${ns})`
  const add = (decl: TypeDecl) => {
    const k = key(decl.qname)
    if (types.has(k)) throw new UnsupportedConstruct(path, `${decl.qname.name} is defined twice`)
    types.set(k, decl)
  }
  for (const c of schema.children) {
    if (c.uri !== XS) continue
    switch (c.local) {
      case "import":
      case "attribute":
        break
      case "complexType":
        add(readComplexType(c, ns, path))
        break
      case "simpleType":
        add(readSimpleType(c, ns, path))
        break
      case "element": {
        const name = required(c, "name", path)
        const type = attr(c, "type")
        if (type === undefined) {
          const anonymous = child(c, XS, "complexType")
          if (anonymous === undefined) {
            throw new UnsupportedConstruct(`${path}/${name}`, "a global element needs a type")
          }
          wrappers.set(key({ ns, name }), readSequence(anonymous, ns, `${path}/${name}`))
        } else {
          elements.set(key({ ns, name }), {
            qname: { ns, name },
            type: qnameOf(c, type),
            nillable: attr(c, "nillable") === "true"
          })
        }
        break
      }
      default:
        throw new UnsupportedConstruct(path, `<xs:${c.local}> is not mapped`)
    }
  }
}

/** The path of an address under the installation: what follows `/Remote/`, `Remote/` included. */
const endpointPathOf = (location: string, path: string): string => {
  const at = location.indexOf("/Remote/")
  if (at === -1) throw new UnsupportedConstruct(path, `address ${location} is not under /Remote/`)
  return location.slice(at + 1)
}

/**
 * Reads one WSDL document. `into` lets several documents share one model:
 * a type both define must be defined identically.
 */
export const readWsdl = (text: string, source: string): Model => {
  const root = readConformant(text, 64)
  if (root instanceof XmlReadFailure) {
    throw new UnsupportedConstruct(source, `not XML: ${root.message} (line ${root.line}, column ${root.column})`)
  }
  if (root.uri !== WSDL || root.local !== "definitions") {
    throw new UnsupportedConstruct(source, "not a WSDL 1.1 document")
  }
  const types = new Map<string, TypeDecl>()
  const elements = new Map<string, GlobalElement>()
  const wrappers = new Map<string, ReadonlyArray<ElementDecl>>()
  for (const t of children(root, WSDL, "types")) {
    for (const schema of children(t, XS, "schema")) readSchema(schema, types, elements, wrappers)
  }
  const messages = new Map<string, Map<string, QName>>()
  for (const m of children(root, WSDL, "message")) {
    const parts = new Map<string, QName>()
    for (const p of children(m, WSDL, "part")) {
      parts.set(required(p, "name", source), qnameOf(p, required(p, "element", source)))
    }
    messages.set(required(m, "name", source), parts)
  }
  const messageOf = (element: XmlElement, value: string): Map<string, QName> => {
    const name = qnameOf(element, value).name
    const m = messages.get(name)
    if (m === undefined) throw new UnsupportedConstruct(source, `message ${name} is not defined`)
    return m
  }
  const portTypes = new Map(children(root, WSDL, "portType").map((p) => [required(p, "name", source), p]))
  const bindings = new Map(children(root, WSDL, "binding").map((b) => [required(b, "name", source), b]))
  const services: Array<ServiceDecl> = []
  for (const service of children(root, WSDL, "service")) {
    for (const port of children(service, WSDL, "port")) {
      const binding = bindings.get(qnameOf(port, required(port, "binding", source)).name)
      const address = child(port, SOAP11, "address")
      if (binding === undefined || address === undefined) continue // only the SOAP 1.1 binding is mapped
      const portTypeName = qnameOf(binding, required(binding, "type", source)).name
      const portType = portTypes.get(portTypeName)
      if (portType === undefined) throw new UnsupportedConstruct(source, `port type ${portTypeName} is not defined`)
      const endpointPath = endpointPathOf(required(address, "location", source), source)
      const operations = children(portType, WSDL, "operation").map((op): OperationDecl => {
        const name = required(op, "name", source)
        const at = `${source}/${portTypeName}/${name}`
        const bound = children(binding, WSDL, "operation").find((b) => attr(b, "name") === name)
        const soapOperation = bound === undefined ? undefined : child(bound, SOAP11, "operation")
        if (bound === undefined || soapOperation === undefined) throw new UnsupportedConstruct(at, "is not bound")
        const body = (direction: "input" | "output") => {
          const io = child(op, WSDL, direction)
          if (io === undefined) throw new UnsupportedConstruct(at, `has no ${direction}`)
          const part = messageOf(io, required(io, "message", at)).get("parameters")
          if (part === undefined) throw new UnsupportedConstruct(at, `${direction} is not document/literal wrapped`)
          const fields = wrappers.get(key(part))
          if (fields === undefined) throw new UnsupportedConstruct(at, `wrapper element ${part.name} is not defined`)
          const boundIo = child(bound, WSDL, direction)
          const headers = boundIo === undefined ? [] : children(boundIo, SOAP11, "header").map((h) => {
            const message = messageOf(h, required(h, "message", at))
            const header = message.get(required(h, "part", at))
            if (header === undefined) throw new UnsupportedConstruct(at, "a header names a missing part")
            return header
          })
          return { element: part, fields, headers }
        }
        const input = body("input")
        const output = body("output")
        return {
          service: portTypeName,
          name,
          soapAction: required(soapOperation, "soapAction", at),
          request: input.element,
          response: output.element,
          requestFields: input.fields,
          responseFields: output.fields,
          requestHeaders: input.headers,
          responseHeaders: output.headers
        }
      })
      services.push({ name: portTypeName, endpointPath, operations })
    }
  }
  return { types, elements, services }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** One model of several WSDLs; a type or element both define must be the same in both. */
export const merge = (models: ReadonlyArray<Model>): Model => {
  const types = new Map<string, TypeDecl>()
  const elements = new Map<string, GlobalElement>()
  for (const m of models) {
    for (const [k, t] of m.types) {
      const seen = types.get(k)
      if (seen !== undefined && !same(seen, t)) throw new UnsupportedConstruct(k, "is defined differently in two WSDLs")
      types.set(k, t)
    }
    for (const [k, e] of m.elements) {
      const seen = elements.get(k)
      if (seen !== undefined && !same(seen, e)) throw new UnsupportedConstruct(k, "is defined differently in two WSDLs")
      elements.set(k, e)
    }
  }
  return { types, elements, services: models.flatMap((m) => m.services) }
}
