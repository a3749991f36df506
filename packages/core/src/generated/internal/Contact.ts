/**
 * The bindings of the `Contact` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Contact from "../Contact.js"
import * as CarrierBinding from "./Carrier.js"

/**
 * The elements of `LocalizedField`, base type's first, in sequence order.
 *
 * @internal
 */
export const localizedFieldFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["name", "Name", b.nillable(b.string)],
  ["value", "Value", b.nillable(b.string)],
  ["tooltip", "Tooltip", b.nillable(b.string)],
  ["label", "Label", b.nillable(b.string)],
  ["valueLength", "ValueLength", x.notGiven(b.int)],
  ["addressType", "AddressType", b.nillable(b.string)]
]

/** @internal */
export const localizedField: b.Codec<Contact.LocalizedField> = b.complex(
  localizedFieldFields,
  x.fromDecoded(Contact.LocalizedField)
)

/** @internal */
export const arrayOfLocalizedField: b.Codec<Contact.ArrayOfLocalizedField> = b.array(
  "LocalizedField",
  b.nillable(localizedField)
)

/** @internal */
export const arrayOfArrayOfLocalizedField: b.Codec<Contact.ArrayOfArrayOfLocalizedField> = b.array(
  "ArrayOfLocalizedField",
  b.nillable(arrayOfLocalizedField)
)

/** @internal */
export const addressType: b.Codec<Contact.AddressType> = b.enumeration<Contact.AddressType>(
  "AddressType",
  x.isName,
  "Unknown",
  Contact.AddressTypeEnumeration.isKnown
)

/**
 * The elements of `StructuredAddress`, base type's first, in sequence order.
 *
 * @internal
 */
export const structuredAddressFields = (): ReadonlyArray<b.Field> => [
  ["atypeIdx", "AtypeIdx", addressType],
  ["address1", "Address1", b.nillable(b.string)],
  ["address2", "Address2", b.nillable(b.string)],
  ["address3", "Address3", b.nillable(b.string)],
  ["city", "City", b.nillable(b.string)],
  ["county", "County", b.nillable(b.string)],
  ["state", "State", b.nillable(b.string)],
  ["zipcode", "Zipcode", b.nillable(b.string)],
  ["formatted", "Formatted", b.nillable(b.string)]
]

/** @internal */
export const structuredAddress: b.Codec<Contact.StructuredAddress> = b.complex(
  structuredAddressFields,
  x.fromDecoded(Contact.StructuredAddress)
)

/**
 * The elements of `Address`, base type's first, in sequence order.
 *
 * @internal
 */
export const addressFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["wgs84Latitude", "Wgs84Latitude", x.double],
  ["wgs84Longitude", "Wgs84Longitude", x.double],
  ["localizedAddress", "LocalizedAddress", b.nillable(arrayOfArrayOfLocalizedField)],
  ["street", "Street", b.nillable(structuredAddress)],
  ["postal", "Postal", b.nillable(structuredAddress)],
  ["formatted", "Formatted", b.nillable(b.string)]
]

/** @internal */
export const address: b.Codec<Contact.Address> = b.complex(addressFields, x.fromDecoded(Contact.Address))

/**
 * The elements of `Contact`, base type's first, in sequence order.
 *
 * @internal
 */
export const contactFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["contactId", "ContactId", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["orgNr", "OrgNr", b.nillable(b.string)],
  ["department", "Department", b.nillable(b.string)],
  ["uRL", "URL", b.nillable(b.string)],
  ["city", "City", b.nillable(b.string)],
  ["directPhone", "DirectPhone", b.nillable(b.string)],
  ["associateId", "AssociateId", b.int],
  ["countryId", "CountryId", b.int],
  ["emailAddress", "EmailAddress", b.nillable(b.string)],
  ["kananame", "Kananame", b.nillable(b.string)],
  ["emailAddressName", "EmailAddressName", b.nillable(b.string)],
  ["uRLName", "URLName", b.nillable(b.string)],
  ["associateFullName", "AssociateFullName", b.nillable(b.string)],
  ["businessName", "BusinessName", b.nillable(b.string)],
  ["categoryName", "CategoryName", b.nillable(b.string)],
  ["countryName", "CountryName", b.nillable(b.string)],
  ["address", "Address", b.nillable(address)],
  ["formattedAddress", "FormattedAddress", b.nillable(b.string)],
  ["fullName", "FullName", b.nillable(b.string)],
  ["isOwnerContact", "IsOwnerContact", b.boolean],
  ["activeErpLinks", "ActiveErpLinks", b.int],
  ["number1", "Number1", b.nillable(b.string)],
  ["number2", "Number2", b.nillable(b.string)]
]

/** @internal */
export const contact: b.Codec<Contact.Contact> = b.complex(contactFields, x.fromDecoded(Contact.Contact))
