/**
 * Emits a type family as two modules: `generated/<Family>.ts` with the
 * schemas (a Schema class per complex type, enumerations, arrays,
 * dictionaries) and `generated/internal/<Family>.ts` with their bindings on
 * core's codec machinery (`internal/binding.ts`, `internal/bindingExtras.ts`).
 */
import { builtin } from "./builtins.js"
import type { ElementDecl, EnumDecl, QName, TypeDecl } from "./model.js"
import { key, UnsupportedConstruct, XS } from "./model.js"
import type { Family, Plan } from "./plan.js"
import { lazyKey } from "./plan.js"
import { doc, header, Imports, lowerFirst, propertyKey, SINCE, str, wrap } from "./source.js"

const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"

type Emitted = Exclude<TypeDecl, { kind: "simple" }>

/** Resolves references from one module, collecting the imports they need. */
export class Refs {
  /** How the module reaches `src/`. */
  readonly up: string

  constructor(
    readonly plan: Plan,
    readonly imports: Imports,
    /** Where the code is written: a family's public module, its internal module, or an operations module. */
    readonly where: "public" | "internal" | "operations",
    /** The family, for a public or internal module. */
    readonly module?: string
  ) {
    this.up = where === "public" ? "../" : "../../"
  }

  decl(type: QName): TypeDecl | undefined {
    return this.plan.model.types.get(key(type))
  }

  /** The schema of a type, lazy when `from → type` closes a cycle. */
  schema(type: QName, from?: QName): string {
    const t = this.decl(type)
    if (t === undefined || t.kind === "simple") return this.builtinSchema(type)
    const name = this.publicName(t)
    if (from !== undefined && this.plan.lazy.has(lazyKey(from, type))) {
      return `Schema.suspend((): Schema.Schema<${this.typeOf(type)}, any> => ${name})`
    }
    return name
  }

  private builtinSchema(type: QName): string {
    const s = builtin(type, type.name).schema
    if (s.includes("Xsd.")) this.imports.namespace("Xsd", `${this.up}Xsd.js`)
    if (s.startsWith("XsdExtended.")) this.imports.namespace("XsdExtended", `${this.up}XsdExtended.js`)
    return s
  }

  /** The TypeScript type of a value of a type (for lazy references). */
  typeOf(type: QName): string {
    const t = this.decl(type)
    if (t === undefined || t.kind === "simple") {
      const ts = builtin(type, type.name).type
      if (ts.startsWith("DateTime.")) this.imports.type("DateTime", "effect/DateTime")
      if (ts.startsWith("Duration.")) this.imports.namespace("Duration", "effect/Duration")
      if (ts.startsWith("Redacted.")) this.imports.type("Redacted", "effect/Redacted")
      return ts
    }
    switch (t.kind) {
      case "array":
        return `ReadonlyArray<${this.elementType(t.item)}>`
      case "dictionary":
        return isStringKeyed(t)
          ? `{ readonly [x: string]: ${this.elementType(t.value)} }`
          : `ReadonlyArray<{ readonly key: ${this.elementType(t.key)}; readonly value: ${this.elementType(t.value)} }>`
      default:
        return this.publicName(t)
    }
  }

  private elementType(e: ElementDecl): string {
    if (e.notGiven === true) {
      this.imports.namespace("XsdExtended", `${this.up}XsdExtended.js`)
      return `${this.typeOf(e.type)} | XsdExtended.NotGiven`
    }
    return e.nillable ? `${this.typeOf(e.type)} | null` : this.typeOf(e.type)
  }

  /** A type's exported name, imported when it is another module's. */
  publicName(t: Emitted): string {
    const owner = this.plan.moduleOf.get(key(t.qname))!
    if (this.where === "public") {
      return owner === this.module ? t.qname.name : this.imports.name(t.qname.name, `./${owner}.js`)
    }
    return `${this.imports.namespace(owner, `../${owner}.js`)}.${t.qname.name}`
  }

  /** The field-table function of a complex type. */
  fields(type: QName): string {
    return `${this.codec(type)}Fields`
  }

  /** The codec of a type, lazy when `from → type` closes a cycle. */
  codec(type: QName, from?: QName): string {
    const t = this.decl(type)
    if (t === undefined || t.kind === "simple") {
      const c = builtin(type, type.name).codec
      this.bindingImports(c)
      return c
    }
    const owner = this.plan.moduleOf.get(key(t.qname))!
    const name = lowerFirst(t.qname.name)
    const path = this.where === "operations" ? `../internal/${owner}.js` : `./${owner}.js`
    const ref = owner === this.module ? name : `${this.imports.namespace(`${owner}Binding`, path)}.${name}`
    if (from !== undefined && this.plan.lazy.has(lazyKey(from, type))) {
      this.bindingImports("x.")
      return `x.lazy(() => ${ref})`
    }
    return ref
  }

  bindingImports(code: string): void {
    if (code.includes("b.")) this.imports.namespace("b", `${this.up}internal/binding.js`)
    if (code.includes("x.")) this.imports.namespace("x", `${this.up}internal/bindingExtras.js`)
  }

  /** An element's codec: the type's, nillable when the element is. */
  elementCodec(e: ElementDecl, from?: QName): string {
    const c = this.codec(e.type, from)
    if (e.notGiven === true) {
      this.bindingImports("x.")
      return `x.notGiven(${c})`
    }
    if (!e.nillable) return c
    this.bindingImports("b.")
    return `b.nillable(${c})`
  }

  /** An element's schema, without a default. */
  elementSchema(e: ElementDecl, from?: QName): string {
    const s = this.schema(e.type, from)
    if (e.notGiven === true) {
      this.imports.namespace("XsdExtended", `${this.up}XsdExtended.js`)
      return `Schema.Union(${s}, XsdExtended.NotGiven)`
    }
    return e.nillable ? `Schema.NullOr(${s})` : s
  }

  /** What an absent element decodes to: the .NET default of its type. */
  absent(e: ElementDecl): string {
    if (e.nillable) return "null"
    const t = this.decl(e.type)
    if (t === undefined || t.kind === "simple") {
      const a = builtin(e.type, e.name).absent
      if (a.startsWith("Xsd.")) this.imports.namespace("Xsd", `${this.up}Xsd.js`)
      if (a.startsWith("Duration.")) this.imports.namespace("Duration", "effect/Duration")
      if (a.startsWith("Redacted.")) this.imports.namespace("Redacted", "effect/Redacted")
      return a
    }
    switch (t.kind) {
      case "enum":
        return t.flags ? "[]" : `${str(zeroMember(t))} as const`
      case "array":
        return "[]"
      case "dictionary":
        return isStringKeyed(t) ? "({})" : "[]"
      case "complex":
        return `new ${this.publicName(t)}({})`
    }
  }

  /** A short description of an element's type for docs. */
  describe(e: ElementDecl): string {
    const t = this.decl(e.type)
    const name = t === undefined || t.kind === "simple" ? builtin(e.type, e.name).doc : `\`${t.qname.name}\``
    if (e.notGiven === true) return `${name} or \`NotGiven\`: decision 20`
    return e.nillable ? `${name}, nillable` : name
  }
}

/** Whether a dictionary's keys are strings (an object) or another type (a list of entries). */
export const isStringKeyed = (t: Extract<TypeDecl, { kind: "dictionary" }>): boolean =>
  t.key.type.ns === XS && t.key.type.name === "string"

/** The member an absent element or a .NET default of 0 is. */
export const zeroMember = (t: EnumDecl): string => {
  const zero = t.members.find((m) => m.value === 0)
  if (zero === undefined) {
    throw new UnsupportedConstruct(t.qname.name, "an enumeration without a member of value 0 has no default")
  }
  return zero.name
}

const fieldName = (owner: string, e: ElementDecl, seen: Set<string>): string => {
  const name = lowerFirst(e.name)
  if (seen.has(name)) {
    throw new UnsupportedConstruct(`${owner}/${e.name}`, `two elements are both "${name}" in TypeScript`)
  }
  seen.add(name)
  return name
}

const emitEnum = (t: EnumDecl, refs: Refs): string => {
  refs.imports.name("makeEnumeration", `${refs.up}internal/enumeration.js`)
  const name = t.qname.name
  const underlying = t.actualType.ns === XS ? t.actualType.name : `${t.actualType.ns}:${t.actualType.name}`
  const members = t.members.map((m) => `  ${propertyKey(m.name)}: ${m.value}`).join(",\n")
  const enumeration = `export const ${name}Enumeration = makeEnumeration(${str(name)}, ${
    str(`Unknown${name}`)
  }, {\n${members}\n})`
  const what = t.flags
    ? `A flags enumeration (an \`xs:list\` of names; a .NET \`${underlying}\` of OR-ed bits underneath): a list of names, empty for none.`
    : `An enumeration (a .NET \`${underlying}\` underneath).`
  const known =
    `A name a newer server sends that this version does not list decodes to an \`Unknown${name}\` that keeps it.`
  if (t.flags) refs.imports.name("makeFlags", `${refs.up}internal/flags.js`)
  const schema = t.flags ? `makeFlags(${str(name)}, ${name}Enumeration.schema)` : `${name}Enumeration.schema`
  return [
    doc([
      ...wrap(
        `\`${name}\`'s names and numbers, as the WSDL's annotations give them: \`values\` (name → number), \`toNumber\`, \`fromNumber\`, \`isKnown\`, and the \`Known\` and \`Unknown\` schemas.`
      ),
      "",
      `@since ${SINCE}`,
      "@category enums"
    ]),
    enumeration,
    "",
    doc([...wrap(`\`${name}\`. ${what} ${known}`), "", `@since ${SINCE}`, "@category enums"]),
    `export const ${name} = ${schema}`,
    "",
    doc([`@since ${SINCE}`, "@category enums"]),
    `export type ${name} = Schema.Schema.Type<typeof ${name}>`
  ].join("\n")
}

const emitComplex = (t: Extract<TypeDecl, { kind: "complex" }>, refs: Refs): string => {
  refs.imports.name("withDefault", `${refs.up}internal/schemaDefaults.js`)
  const name = t.qname.name
  const seen = new Set<string>()
  let base: string | undefined
  if (t.base !== undefined) {
    const b = refs.decl(t.base)
    if (b === undefined || b.kind !== "complex") {
      throw new UnsupportedConstruct(name, `extends ${t.base.name}, which is not a complex type`)
    }
    base = refs.publicName(b)
    for (let c: TypeDecl | undefined = b; c?.kind === "complex"; c = c.base && refs.decl(c.base)) {
      for (const e of c.elements) seen.add(lowerFirst(e.name))
    }
  }
  const fields = t.elements.map((e) => {
    const f = fieldName(name, e, seen)
    const required = e.minOccurs > 0 ? ", required" : ""
    return [
      doc([`\`${e.name}\` (${refs.describe(e)}${required}).`], "  "),
      `  ${f}: withDefault(${refs.elementSchema(e, t.qname)}, () => ${refs.absent(e)})`
    ].join("\n")
  })
  const head = base === undefined
    ? `export class ${name} extends Schema.Class<${name}>(${str(`@so-chat/core/${name}`)})({`
    : `export class ${name} extends ${base}.extend<${name}>(${str(`@so-chat/core/${name}`)})({`
  const about = base === undefined
    ? `The \`${name}\` data contract.`
    : `The \`${name}\` data contract, extending \`${base}\`.`
  return [
    doc([
      ...wrap(
        `${about} Every field defaults to what an absent element decodes to (the .NET default), so only what matters needs saying; a nillable field is \`null\` when nil, which stays apart from \`""\`.`
      ),
      "",
      `@since ${SINCE}`,
      "@category models"
    ]),
    fields.length === 0 ? `${head}}) {}` : `${head}\n${fields.join(",\n")}\n}) {}`
  ].join("\n")
}

const emitCollection = (t: Extract<TypeDecl, { kind: "array" | "dictionary" }>, refs: Refs): string => {
  const name = t.qname.name
  let schema: string
  let about: string
  if (t.kind === "array") {
    schema = `Schema.Array(${refs.elementSchema(t.item, t.qname)})`
    about = `\`${name}\`: repeated \`${t.item.name}\` elements${t.item.nillable ? ", each nillable" : ""}.`
  } else {
    const value = refs.elementSchema(t.value, t.qname)
    if (isStringKeyed(t)) {
      schema = `Schema.Record({ key: ${refs.schema({ ns: XS, name: "string" })}, value: ${value} })`
      about = `\`${name}\`: a WCF dictionary (repeated \`${t.item}\` key/value items), as an object. Keys are unique.`
    } else {
      schema = `Schema.Array(Schema.Struct({ key: ${refs.elementSchema(t.key, t.qname)}, value: ${value} }))`
      about = `\`${name}\`: a WCF dictionary keyed by ${
        refs.describe(t.key)
      } (repeated \`${t.item}\` items), as a list of \`{ key, value }\` in document order.`
    }
  }
  return [
    doc([...wrap(about), "", `@since ${SINCE}`, "@category models"]),
    `export const ${name} = ${schema}.annotations({ identifier: ${str(name)} })`,
    "",
    doc([`@since ${SINCE}`, "@category models"]),
    `export type ${name} = Schema.Schema.Type<typeof ${name}>`
  ].join("\n")
}

/** The public module of a family: its schemas. */
export const emitFamily = (plan: Plan, family: Family, sources: ReadonlyArray<string>): string => {
  const imports = new Imports()
  imports.namespace("Schema", "effect/Schema")
  const refs = new Refs(plan, imports, "public", family.module)
  const body = family.types.map((t) => {
    switch (t.kind) {
      case "enum":
        return emitEnum(t, refs)
      case "complex":
        return emitComplex(t, refs)
      default:
        return emitCollection(t, refs)
    }
  })
  const names = family.types.map((t) => `\`${t.qname.name}\``).join(", ")
  return [
    doc([...wrap(`Services88 data contracts: ${family.summary}. Holds ${names}.`), "", `@since ${SINCE}`]),
    header(sources),
    imports.render(),
    "",
    body.join("\n\n"),
    ""
  ].join("\n")
}

/** The binding expression of a type. */
const bindingOf = (t: Emitted, refs: Refs, publicAlias: string): string => {
  const name = t.qname.name
  switch (t.kind) {
    case "enum":
      // The contract's own names for a strict (server-side) read; a client's read keeps any name.
      return t.flags
        ? `x.flags<${publicAlias}.${name}[number]>(${str(name)}, ${publicAlias}.${name}Enumeration.isKnown)`
        : `b.enumeration<${publicAlias}.${name}>(${str(name)}, x.isName, ${
          str(zeroMember(t))
        }, ${publicAlias}.${name}Enumeration.isKnown)`
    case "array": {
      const item = refs.elementCodec(t.item, t.qname)
      return t.item.ns === SERVICES88
        ? `b.array(${str(t.item.name)}, ${item})`
        : `x.arrayIn(${str(t.item.ns)}, ${str(t.item.name)}, ${item})`
    }
    case "dictionary":
      return isStringKeyed(t)
        ? `x.dictionary(${str(t.item)}, ${refs.elementCodec(t.value, t.qname)})`
        : `x.entries(${str(t.item)}, ${refs.elementCodec(t.key, t.qname)}, ${refs.elementCodec(t.value, t.qname)})`
    case "complex": {
      const required = t.elements.filter((e) => e.minOccurs > 0).map((e) => str(e.name))
      const fields = `${lowerFirst(name)}Fields`
      const make = `x.fromDecoded(${publicAlias}.${name})`
      return t.qname.ns === SERVICES88 && required.length === 0
        ? `b.complex(${fields}, ${make})`
        : `x.complexIn(${str(t.qname.ns)}, ${fields}, [${required.join(", ")}], ${make})`
    }
  }
}

/** The internal module of a family: field tables and codecs. */
export const emitFamilyBindings = (plan: Plan, family: Family, sources: ReadonlyArray<string>): string => {
  const imports = new Imports()
  const refs = new Refs(plan, imports, "internal", family.module)
  const alias = imports.namespace(family.module, `../${family.module}.js`)
  imports.namespace("b", "../../internal/binding.js")
  imports.namespace("x", "../../internal/bindingExtras.js")
  const body: Array<string> = []
  for (const t of family.types) {
    const codec = lowerFirst(t.qname.name)
    if (t.kind === "complex") {
      const base = t.base === undefined ? [] : [`  ...${refs.fields(t.base)}()`]
      const own = t.elements.map((e) =>
        `  [${str(lowerFirst(e.name))}, ${str(e.name)}, ${refs.elementCodec(e, t.qname)}]`
      )
      const all = [...base, ...own]
      body.push(
        [
          doc([`The elements of \`${t.qname.name}\`, base type's first, in sequence order.`, "", "@internal"]),
          `export const ${codec}Fields = (): ReadonlyArray<b.Field> => [${
            all.length === 0 ? "" : `\n${all.join(",\n")}\n`
          }]`
        ].join("\n")
      )
    }
    body.push(
      [doc(["@internal"]), `export const ${codec}: b.Codec<${alias}.${t.qname.name}> = ${bindingOf(t, refs, alias)}`]
        .join("\n")
    )
  }
  return [
    doc([`The bindings of the \`${family.module}\` data contracts.`, "", "@internal"]),
    header(sources),
    imports.render(),
    "",
    body.join("\n\n"),
    ""
  ].join("\n")
}
