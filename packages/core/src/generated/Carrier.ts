/**
 * Services88 data contracts: the base of NetServer's entities: table and field rights. Holds
 * `ETableRight`, `TableRight`, `EFieldRight`, `FieldRight`, `FieldProperty`,
 * `FieldPropertyDictionary`, `Carrier`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { makeEnumeration } from "../internal/enumeration.js"
import { makeFlags } from "../internal/flags.js"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"

/**
 * `ETableRight`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const ETableRightEnumeration = makeEnumeration("ETableRight", "UnknownETableRight", {
  Select: 1,
  Update: 2,
  Insert: 4,
  Delete: 8,
  Filtering: 16,
  RestrictedUpdate: 32,
  Unused1: 64,
  Uninitialized: 128,
  R: 1,
  F: 16
})

/**
 * `ETableRight`. A flags enumeration (an `xs:list` of names; a .NET `int` of OR-ed bits underneath): a
 * list of names, empty for none. A name a newer server sends that this version does not list decodes
 * to an `UnknownETableRight` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const ETableRight = makeFlags("ETableRight", ETableRightEnumeration.schema)

/**
 * @since 0.2.0
 * @category enums
 */
export type ETableRight = Schema.Schema.Type<typeof ETableRight>

/**
 * The `TableRight` data contract. Every field defaults to what an absent element decodes to (the .NET
 * default), so only what matters needs saying; a nillable field is `null` when nil, which stays apart
 * from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class TableRight extends Schema.Class<TableRight>("@so-chat/core/TableRight")({
  /** `Mask` (`ETableRight`). */
  mask: withDefault(ETableRight, () => []),
  /** `Reason` (xs:string, nillable). */
  reason: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * `EFieldRight`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const EFieldRightEnumeration = makeEnumeration("EFieldRight", "UnknownEFieldRight", {
  Read: 1,
  Write: 2,
  Unused1: 4,
  Unused2: 8,
  Unused3: 16,
  Unused4: 32,
  UIHintMandatory: 64,
  UIHintReadOnly: 128,
  UndefinedValue256: 256,
  Nullable: 32
})

/**
 * `EFieldRight`. A flags enumeration (an `xs:list` of names; a .NET `int` of OR-ed bits underneath): a
 * list of names, empty for none. A name a newer server sends that this version does not list decodes
 * to an `UnknownEFieldRight` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const EFieldRight = makeFlags("EFieldRight", EFieldRightEnumeration.schema)

/**
 * @since 0.2.0
 * @category enums
 */
export type EFieldRight = Schema.Schema.Type<typeof EFieldRight>

/**
 * The `FieldRight` data contract. Every field defaults to what an absent element decodes to (the .NET
 * default), so only what matters needs saying; a nillable field is `null` when nil, which stays apart
 * from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class FieldRight extends Schema.Class<FieldRight>("@so-chat/core/FieldRight")({
  /** `Mask` (`EFieldRight`). */
  mask: withDefault(EFieldRight, () => []),
  /** `Reason` (xs:string, nillable). */
  reason: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * The `FieldProperty` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class FieldProperty extends Schema.Class<FieldProperty>("@so-chat/core/FieldProperty")({
  /** `FieldRight` (`FieldRight`, nillable). */
  fieldRight: withDefault(Schema.NullOr(FieldRight), () => null),
  /** `FieldType` (xs:string, nillable). */
  fieldType: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FieldLength` (xs:int). */
  fieldLength: withDefault(Xsd.Int, () => 0)
}) {}

/**
 * `FieldPropertyDictionary`: a WCF dictionary (repeated `FieldPropertyDictionaryKeyValuePair`
 * key/value items), as an object. Keys are unique.
 *
 * @since 0.2.0
 * @category models
 */
export const FieldPropertyDictionary = Schema.Record({ key: Xsd.XmlString, value: Schema.NullOr(FieldProperty) })
  .annotations({ identifier: "FieldPropertyDictionary" })

/**
 * @since 0.2.0
 * @category models
 */
export type FieldPropertyDictionary = Schema.Schema.Type<typeof FieldPropertyDictionary>

/**
 * The `Carrier` data contract. Every field defaults to what an absent element decodes to (the .NET
 * default), so only what matters needs saying; a nillable field is `null` when nil, which stays apart
 * from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class Carrier extends Schema.Class<Carrier>("@so-chat/core/Carrier")({
  /** `TableRight` (`TableRight`, nillable). */
  tableRight: withDefault(Schema.NullOr(TableRight), () => null),
  /** `FieldProperties` (`FieldPropertyDictionary`, nillable). */
  fieldProperties: withDefault(Schema.NullOr(FieldPropertyDictionary), () => null)
}) {}
