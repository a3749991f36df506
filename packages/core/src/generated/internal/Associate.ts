/**
 * The bindings of the `Associate` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Associate from "../Associate.js"
import * as CarrierBinding from "./Carrier.js"

/** @internal */
export const userType: b.Codec<Associate.UserType> = b.enumeration<Associate.UserType>(
  "UserType",
  x.isName,
  "Unknown",
  Associate.UserTypeEnumeration.isKnown
)

/** @internal */
export const stringDictionary: b.Codec<Associate.StringDictionary> = x.dictionary(
  "StringKeyValuePair",
  b.nillable(b.string)
)

/**
 * The elements of `Associate`, base type's first, in sequence order.
 *
 * @internal
 */
export const associateFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["associateId", "AssociateId", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["personId", "PersonId", b.int],
  ["rank", "Rank", b.short],
  ["tooltip", "Tooltip", b.nillable(b.string)],
  ["type", "Type", userType],
  ["groupIdx", "GroupIdx", b.int],
  ["fullName", "FullName", b.nillable(b.string)],
  ["formalName", "FormalName", b.nillable(b.string)],
  ["deleted", "Deleted", b.boolean],
  ["ejUserId", "EjUserId", b.int],
  ["userName", "UserName", b.nillable(b.string)],
  ["extraFields", "ExtraFields", b.nillable(stringDictionary)],
  ["customFields", "CustomFields", b.nillable(stringDictionary)]
]

/** @internal */
export const associate: b.Codec<Associate.Associate> = b.complex(associateFields, x.fromDecoded(Associate.Associate))
