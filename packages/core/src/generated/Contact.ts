/**
 * Services88 data contracts: a contact (a company) and its addresses. Holds `LocalizedField`,
 * `ArrayOfLocalizedField`, `ArrayOfArrayOfLocalizedField`, `AddressType`, `StructuredAddress`,
 * `Address`, `Contact`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { makeEnumeration } from "../internal/enumeration.js"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import * as XsdExtended from "../XsdExtended.js"
import { Carrier } from "./Carrier.js"

/**
 * The `LocalizedField` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class LocalizedField extends Carrier.extend<LocalizedField>("@so-chat/core/LocalizedField")({
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Value` (xs:string, nillable). */
  value: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Tooltip` (xs:string, nillable). */
  tooltip: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Label` (xs:string, nillable). */
  label: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ValueLength` (xs:int or `NotGiven`: decision 20). */
  valueLength: withDefault(Schema.Union(Xsd.Int, XsdExtended.NotGiven), () => 0),
  /** `AddressType` (xs:string, nillable). */
  addressType: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * `ArrayOfLocalizedField`: repeated `LocalizedField` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfLocalizedField = Schema.Array(Schema.NullOr(LocalizedField)).annotations({
  identifier: "ArrayOfLocalizedField"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfLocalizedField = Schema.Schema.Type<typeof ArrayOfLocalizedField>

/**
 * `ArrayOfArrayOfLocalizedField`: repeated `ArrayOfLocalizedField` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfArrayOfLocalizedField = Schema.Array(Schema.NullOr(ArrayOfLocalizedField)).annotations({
  identifier: "ArrayOfArrayOfLocalizedField"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfArrayOfLocalizedField = Schema.Schema.Type<typeof ArrayOfArrayOfLocalizedField>

/**
 * `AddressType`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const AddressTypeEnumeration = makeEnumeration("AddressType", "UnknownAddressType", {
  Unknown: 0,
  ContactPostalAddress: 1,
  ContactStreetAddress: 2,
  PersonPrivateAddress: 16387,
  QuoteBillingAddress: 8196,
  QuoteShippingAddress: 8197
})

/**
 * `AddressType`. An enumeration (a .NET `short` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownAddressType` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const AddressType = AddressTypeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type AddressType = Schema.Schema.Type<typeof AddressType>

/**
 * The `StructuredAddress` data contract. Every field defaults to what an absent element decodes to
 * (the .NET default), so only what matters needs saying; a nillable field is `null` when nil, which
 * stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class StructuredAddress extends Schema.Class<StructuredAddress>("@so-chat/core/StructuredAddress")({
  /** `AtypeIdx` (`AddressType`). */
  atypeIdx: withDefault(AddressType, () => "Unknown" as const),
  /** `Address1` (xs:string, nillable). */
  address1: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Address2` (xs:string, nillable). */
  address2: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Address3` (xs:string, nillable). */
  address3: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `City` (xs:string, nillable). */
  city: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `County` (xs:string, nillable). */
  county: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `State` (xs:string, nillable). */
  state: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Zipcode` (xs:string, nillable). */
  zipcode: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Formatted` (xs:string, nillable). */
  formatted: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * The `Address` data contract, extending `Carrier`. Every field defaults to what an absent element
 * decodes to (the .NET default), so only what matters needs saying; a nillable field is `null` when
 * nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class Address extends Carrier.extend<Address>("@so-chat/core/Address")({
  /** `Wgs84Latitude` (xs:double). */
  wgs84Latitude: withDefault(XsdExtended.Double, () => 0),
  /** `Wgs84Longitude` (xs:double). */
  wgs84Longitude: withDefault(XsdExtended.Double, () => 0),
  /** `LocalizedAddress` (`ArrayOfArrayOfLocalizedField`, nillable). */
  localizedAddress: withDefault(Schema.NullOr(ArrayOfArrayOfLocalizedField), () => null),
  /** `Street` (`StructuredAddress`, nillable). */
  street: withDefault(Schema.NullOr(StructuredAddress), () => null),
  /** `Postal` (`StructuredAddress`, nillable). */
  postal: withDefault(Schema.NullOr(StructuredAddress), () => null),
  /** `Formatted` (xs:string, nillable). */
  formatted: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * The `Contact` data contract, extending `Carrier`. Every field defaults to what an absent element
 * decodes to (the .NET default), so only what matters needs saying; a nillable field is `null` when
 * nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class Contact extends Carrier.extend<Contact>("@so-chat/core/Contact")({
  /** `ContactId` (xs:int). */
  contactId: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OrgNr` (xs:string, nillable). */
  orgNr: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Department` (xs:string, nillable). */
  department: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `URL` (xs:string, nillable). */
  uRL: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `City` (xs:string, nillable). */
  city: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `DirectPhone` (xs:string, nillable). */
  directPhone: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssociateId` (xs:int). */
  associateId: withDefault(Xsd.Int, () => 0),
  /** `CountryId` (xs:int). */
  countryId: withDefault(Xsd.Int, () => 0),
  /** `EmailAddress` (xs:string, nillable). */
  emailAddress: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Kananame` (xs:string, nillable). */
  kananame: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `EmailAddressName` (xs:string, nillable). */
  emailAddressName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `URLName` (xs:string, nillable). */
  uRLName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssociateFullName` (xs:string, nillable). */
  associateFullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `BusinessName` (xs:string, nillable). */
  businessName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CategoryName` (xs:string, nillable). */
  categoryName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CountryName` (xs:string, nillable). */
  countryName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Address` (`Address`, nillable). */
  address: withDefault(Schema.NullOr(Address), () => null),
  /** `FormattedAddress` (xs:string, nillable). */
  formattedAddress: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FullName` (xs:string, nillable). */
  fullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `IsOwnerContact` (xs:boolean). */
  isOwnerContact: withDefault(Schema.Boolean, () => false),
  /** `ActiveErpLinks` (xs:int). */
  activeErpLinks: withDefault(Xsd.Int, () => 0),
  /** `Number1` (xs:string, nillable). */
  number1: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Number2` (xs:string, nillable). */
  number2: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}
