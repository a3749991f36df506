/**
 * The bindings of the `Carrier` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Carrier from "../Carrier.js"

/** @internal */
export const eTableRight: b.Codec<Carrier.ETableRight> = x.flags<Carrier.ETableRight[number]>(
  "ETableRight",
  Carrier.ETableRightEnumeration.isKnown
)

/**
 * The elements of `TableRight`, base type's first, in sequence order.
 *
 * @internal
 */
export const tableRightFields = (): ReadonlyArray<b.Field> => [
  ["mask", "Mask", eTableRight],
  ["reason", "Reason", b.nillable(b.string)]
]

/** @internal */
export const tableRight: b.Codec<Carrier.TableRight> = b.complex(tableRightFields, x.fromDecoded(Carrier.TableRight))

/** @internal */
export const eFieldRight: b.Codec<Carrier.EFieldRight> = x.flags<Carrier.EFieldRight[number]>(
  "EFieldRight",
  Carrier.EFieldRightEnumeration.isKnown
)

/**
 * The elements of `FieldRight`, base type's first, in sequence order.
 *
 * @internal
 */
export const fieldRightFields = (): ReadonlyArray<b.Field> => [
  ["mask", "Mask", eFieldRight],
  ["reason", "Reason", b.nillable(b.string)]
]

/** @internal */
export const fieldRight: b.Codec<Carrier.FieldRight> = b.complex(fieldRightFields, x.fromDecoded(Carrier.FieldRight))

/**
 * The elements of `FieldProperty`, base type's first, in sequence order.
 *
 * @internal
 */
export const fieldPropertyFields = (): ReadonlyArray<b.Field> => [
  ["fieldRight", "FieldRight", b.nillable(fieldRight)],
  ["fieldType", "FieldType", b.nillable(b.string)],
  ["fieldLength", "FieldLength", b.int]
]

/** @internal */
export const fieldProperty: b.Codec<Carrier.FieldProperty> = b.complex(
  fieldPropertyFields,
  x.fromDecoded(Carrier.FieldProperty)
)

/** @internal */
export const fieldPropertyDictionary: b.Codec<Carrier.FieldPropertyDictionary> = x.dictionary(
  "FieldPropertyDictionaryKeyValuePair",
  b.nillable(fieldProperty)
)

/**
 * The elements of `Carrier`, base type's first, in sequence order.
 *
 * @internal
 */
export const carrierFields = (): ReadonlyArray<b.Field> => [
  ["tableRight", "TableRight", b.nillable(tableRight)],
  ["fieldProperties", "FieldProperties", b.nillable(fieldPropertyDictionary)]
]

/** @internal */
export const carrier: b.Codec<Carrier.Carrier> = b.complex(carrierFields, x.fromDecoded(Carrier.Carrier))
