/**
 * The generator's model of a WSDL: what the data contracts and operations
 * are, with nothing about TypeScript yet. `readWsdl` builds it, `emit` turns
 * it into modules.
 */

/** A qualified name: `{ns}name`. */
export interface QName {
  readonly ns: string
  readonly name: string
}

/** The map key of a qualified name. */
export const key = (q: QName): string => `{${q.ns}}${q.name}`

export const XS = "http://www.w3.org/2001/XMLSchema"
export const SERIALIZATION = "http://schemas.microsoft.com/2003/10/Serialization/"
export const ARRAYS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

/** An `xs:element` inside an `xs:sequence`. */
export interface ElementDecl {
  readonly name: string
  /** The element's namespace: the schema's target namespace (every schema here is `elementFormDefault="qualified"`). */
  readonly ns: string
  readonly type: QName
  readonly minOccurs: number
  readonly maxOccurs: number | "unbounded"
  readonly nillable: boolean
  /**
   * Whether the element may hold a `NotGiven` (nil or empty, though its type
   * allows neither): set by `notGiven.ts` for the elements it lists.
   */
  readonly notGiven?: boolean
}

/** A complex type with an `xs:sequence`, possibly extending a base type. */
export interface ComplexDecl {
  readonly kind: "complex"
  readonly qname: QName
  readonly base: QName | undefined
  /** Its own elements, in sequence order; the base type's come first on the wire. */
  readonly elements: ReadonlyArray<ElementDecl>
  /** `IsValueType`: a .NET struct, never nil. */
  readonly valueType: boolean
}

/** `ArrayOfX`: a sequence of one element with `maxOccurs="unbounded"`. */
export interface ArrayDecl {
  readonly kind: "array"
  readonly qname: QName
  readonly item: ElementDecl
}

/** A WCF dictionary (`IsDictionary` annotation): repeated key/value items. */
export interface DictionaryDecl {
  readonly kind: "dictionary"
  readonly qname: QName
  readonly item: string
  readonly key: ElementDecl
  readonly value: ElementDecl
}

/** An enumeration member and its number. */
export interface EnumMember {
  readonly name: string
  readonly value: number
  /** Whether the number came from an `EnumerationValue` annotation (otherwise the position gives it). */
  readonly annotated: boolean
}

/** An enumeration (`xs:restriction` of `xs:string`), or a flags enumeration (`xs:list` of one). */
export interface EnumDecl {
  readonly kind: "enum"
  readonly qname: QName
  readonly flags: boolean
  readonly members: ReadonlyArray<EnumMember>
  /** The .NET underlying type (`ActualType` annotation); `xs:int` when not given. */
  readonly actualType: QName
}

/** A restriction of a built-in simple type (the serialization schema's `char`, `duration`, `guid`). */
export interface SimpleDecl {
  readonly kind: "simple"
  readonly qname: QName
  readonly base: QName
}

export type TypeDecl = ComplexDecl | ArrayDecl | DictionaryDecl | EnumDecl | SimpleDecl

/** A global `xs:element` with a named type (the header blocks). */
export interface GlobalElement {
  readonly qname: QName
  readonly type: QName
  readonly nillable: boolean
}

/** A document/literal wrapped operation. */
export interface OperationDecl {
  readonly service: string
  readonly name: string
  readonly soapAction: string
  readonly request: QName
  readonly response: QName
  readonly requestFields: ReadonlyArray<ElementDecl>
  readonly responseFields: ReadonlyArray<ElementDecl>
  /** The header blocks the binding lists, by element name. */
  readonly requestHeaders: ReadonlyArray<QName>
  readonly responseHeaders: ReadonlyArray<QName>
}

export interface ServiceDecl {
  /** The port type, e.g. `Chat`. */
  readonly name: string
  /** The path of the port's address under the installation, e.g. `Remote/Services88/Chat.svc`. */
  readonly endpointPath: string
  readonly operations: ReadonlyArray<OperationDecl>
}

export interface Model {
  /** The named types, by `key`, in document order. */
  readonly types: ReadonlyMap<string, TypeDecl>
  readonly elements: ReadonlyMap<string, GlobalElement>
  readonly services: ReadonlyArray<ServiceDecl>
}

/** A WSDL construct the generator does not map; says where. */
export class UnsupportedConstruct extends Error {
  constructor(readonly path: string, readonly detail: string) {
    super(`${path}: ${detail}`)
  }
}
