/**
 * Services88 data contracts: a person (a customer's contact person). Holds `Person`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import { Carrier } from "./Carrier.js"

/**
 * The `Person` data contract, extending `Carrier`. Every field defaults to what an absent element
 * decodes to (the .NET default), so only what matters needs saying; a nillable field is `null` when
 * nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class Person extends Carrier.extend<Person>("@so-chat/core/Person")({
  /** `Position` (xs:string, nillable). */
  position: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `PersonId` (xs:int). */
  personId: withDefault(Xsd.Int, () => 0),
  /** `Mrmrs` (xs:string, nillable). */
  mrmrs: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Firstname` (xs:string, nillable). */
  firstname: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Lastname` (xs:string, nillable). */
  lastname: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `MiddleName` (xs:string, nillable). */
  middleName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Title` (xs:string, nillable). */
  title: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Email` (xs:string, nillable). */
  email: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FullName` (xs:string, nillable). */
  fullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `DirectPhone` (xs:string, nillable). */
  directPhone: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FormalName` (xs:string, nillable). */
  formalName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CountryId` (xs:int). */
  countryId: withDefault(Xsd.Int, () => 0),
  /** `ContactId` (xs:int). */
  contactId: withDefault(Xsd.Int, () => 0),
  /** `ContactName` (xs:string, nillable). */
  contactName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Retired` (xs:short). */
  retired: withDefault(Xsd.Short, () => 0),
  /** `Rank` (xs:short). */
  rank: withDefault(Xsd.Short, () => 0),
  /** `ActiveInterests` (xs:short). */
  activeInterests: withDefault(Xsd.Short, () => 0),
  /** `ContactDepartment` (xs:string, nillable). */
  contactDepartment: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ContactCountryId` (xs:int). */
  contactCountryId: withDefault(Xsd.Int, () => 0),
  /** `ContactOrgNr` (xs:string, nillable). */
  contactOrgNr: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FaxPhone` (xs:string, nillable). */
  faxPhone: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `MobilePhone` (xs:string, nillable). */
  mobilePhone: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ContactPhone` (xs:string, nillable). */
  contactPhone: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssociateName` (xs:string, nillable). */
  associateName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssociateId` (xs:int). */
  associateId: withDefault(Xsd.Int, () => 0),
  /** `UsePersonAddress` (xs:boolean). */
  usePersonAddress: withDefault(Schema.Boolean, () => false),
  /** `ContactFax` (xs:string, nillable). */
  contactFax: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Kanafname` (xs:string, nillable). */
  kanafname: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Kanalname` (xs:string, nillable). */
  kanalname: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Post1` (xs:string, nillable). */
  post1: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Post2` (xs:string, nillable). */
  post2: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Post3` (xs:string, nillable). */
  post3: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `EmailName` (xs:string, nillable). */
  emailName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ContactFullName` (xs:string, nillable). */
  contactFullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ActiveErpLinks` (xs:int). */
  activeErpLinks: withDefault(Xsd.Int, () => 0),
  /** `TicketPriorityId` (xs:int). */
  ticketPriorityId: withDefault(Xsd.Int, () => 0),
  /** `SupportLanguageId` (xs:int). */
  supportLanguageId: withDefault(Xsd.Int, () => 0),
  /** `SupportAssociateId` (xs:int). */
  supportAssociateId: withDefault(Xsd.Int, () => 0),
  /** `CategoryName` (xs:string, nillable). */
  categoryName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `PersonNumber` (xs:string, nillable). */
  personNumber: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}
