/**
 * Services88 data contracts: an associate (a user) and the user types. Holds `UserType`,
 * `StringDictionary`, `Associate`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { makeEnumeration } from "../internal/enumeration.js"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import { Carrier } from "./Carrier.js"

/**
 * `UserType`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const UserTypeEnumeration = makeEnumeration("UserType", "UnknownUserType", {
  Unknown: 0,
  InternalAssociate: 1,
  ResourceAssociate: 2,
  ExternalAssociate: 3,
  AnonymousAssociate: 4,
  SystemAssociate: 5
})

/**
 * `UserType`. An enumeration (a .NET `int` underneath). A name a newer server sends that this version
 * does not list decodes to an `UnknownUserType` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const UserType = UserTypeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type UserType = Schema.Schema.Type<typeof UserType>

/**
 * `StringDictionary`: a WCF dictionary (repeated `StringKeyValuePair` key/value items), as an object.
 * Keys are unique.
 *
 * @since 0.2.0
 * @category models
 */
export const StringDictionary = Schema.Record({ key: Xsd.XmlString, value: Schema.NullOr(Xsd.XmlString) }).annotations({
  identifier: "StringDictionary"
})

/**
 * @since 0.2.0
 * @category models
 */
export type StringDictionary = Schema.Schema.Type<typeof StringDictionary>

/**
 * The `Associate` data contract, extending `Carrier`. Every field defaults to what an absent element
 * decodes to (the .NET default), so only what matters needs saying; a nillable field is `null` when
 * nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class Associate extends Carrier.extend<Associate>("@so-chat/core/Associate")({
  /** `AssociateId` (xs:int). */
  associateId: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `PersonId` (xs:int). */
  personId: withDefault(Xsd.Int, () => 0),
  /** `Rank` (xs:short). */
  rank: withDefault(Xsd.Short, () => 0),
  /** `Tooltip` (xs:string, nillable). */
  tooltip: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Type` (`UserType`). */
  type: withDefault(UserType, () => "Unknown" as const),
  /** `GroupIdx` (xs:int). */
  groupIdx: withDefault(Xsd.Int, () => 0),
  /** `FullName` (xs:string, nillable). */
  fullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FormalName` (xs:string, nillable). */
  formalName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Deleted` (xs:boolean). */
  deleted: withDefault(Schema.Boolean, () => false),
  /** `EjUserId` (xs:int). */
  ejUserId: withDefault(Xsd.Int, () => 0),
  /** `UserName` (xs:string, nillable). */
  userName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ExtraFields` (`StringDictionary`, nillable). */
  extraFields: withDefault(Schema.NullOr(StringDictionary), () => null),
  /** `CustomFields` (`StringDictionary`, nillable). */
  customFields: withDefault(Schema.NullOr(StringDictionary), () => null)
}) {}
