/**
 * Services88 data contracts: who a ticket belongs to: the principal carrier, roles and licenses. Holds
 * `RoleType`, `LicenseType`, `GrantedModuleLicense`, `ArrayOfGrantedModuleLicense`, `EjUserStatus`,
 * `ProvidedCredential`, `ArrayOfProvidedCredential`, `SoPrincipalCarrier`,
 * `AuthenticationGenericData`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { makeEnumeration } from "../internal/enumeration.js"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import { ArrayOfint, ArrayOfstring } from "./Arrays.js"
import { UserType } from "./Associate.js"
import { Carrier } from "./Carrier.js"

/**
 * `RoleType`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const RoleTypeEnumeration = makeEnumeration("RoleType", "UnknownRoleType", {
  Employee: 0,
  ExternalUser: 1,
  Anonymous: 2,
  System: 3
})

/**
 * `RoleType`. An enumeration (a .NET `short` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownRoleType` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const RoleType = RoleTypeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type RoleType = Schema.Schema.Type<typeof RoleType>

/**
 * `LicenseType`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const LicenseTypeEnumeration = makeEnumeration("LicenseType", "UnknownLicenseType", {
  Unknown: 0,
  SiteLicense: 1,
  SatelliteLicense: 2,
  UserLicense: 3
})

/**
 * `LicenseType`. An enumeration (a .NET `short` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownLicenseType` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const LicenseType = LicenseTypeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type LicenseType = Schema.Schema.Type<typeof LicenseType>

/**
 * The `GrantedModuleLicense` data contract, extending `Carrier`. Every field defaults to what an
 * absent element decodes to (the .NET default), so only what matters needs saying; a nillable field is
 * `null` when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class GrantedModuleLicense extends Carrier.extend<GrantedModuleLicense>("@so-chat/core/GrantedModuleLicense")({
  /** `OwnerId` (xs:int). */
  ownerId: withDefault(Xsd.Int, () => 0),
  /** `OwnerName` (xs:string, nillable). */
  ownerName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OwnerDescription` (xs:string, nillable). */
  ownerDescription: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ModuleId` (xs:int). */
  moduleId: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Version` (xs:string, nillable). */
  version: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `LicenseType` (`LicenseType`). */
  licenseType: withDefault(LicenseType, () => "Unknown" as const),
  /** `ExtraFlags` (xs:int). */
  extraFlags: withDefault(Xsd.Int, () => 0),
  /** `SortOrder` (xs:int). */
  sortOrder: withDefault(Xsd.Int, () => 0),
  /** `LicenseNumber` (xs:int). */
  licenseNumber: withDefault(Xsd.Int, () => 0),
  /** `IsHidden` (xs:boolean). */
  isHidden: withDefault(Schema.Boolean, () => false),
  /** `IsUnrestricted` (xs:boolean). */
  isUnrestricted: withDefault(Schema.Boolean, () => false),
  /** `ExpiryDate` (xs:dateTime). */
  expiryDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin)
}) {}

/**
 * `ArrayOfGrantedModuleLicense`: repeated `GrantedModuleLicense` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfGrantedModuleLicense = Schema.Array(Schema.NullOr(GrantedModuleLicense)).annotations({
  identifier: "ArrayOfGrantedModuleLicense"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfGrantedModuleLicense = Schema.Schema.Type<typeof ArrayOfGrantedModuleLicense>

/**
 * `EjUserStatus`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const EjUserStatusEnumeration = makeEnumeration("EjUserStatus", "UnknownEjUserStatus", {
  StatusNone: 0,
  StatusNormal: 1,
  StatusNotAvailable: 2,
  StatusDeleted: 3,
  StatusReadOnly: 4,
  StatusSpm: 5,
  StatusSystem: 127
})

/**
 * `EjUserStatus`. An enumeration (a .NET `int` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownEjUserStatus` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const EjUserStatus = EjUserStatusEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type EjUserStatus = Schema.Schema.Type<typeof EjUserStatus>

/**
 * The `ProvidedCredential` data contract. Every field defaults to what an absent element decodes to
 * (the .NET default), so only what matters needs saying; a nillable field is `null` when nil, which
 * stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ProvidedCredential extends Schema.Class<ProvidedCredential>("@so-chat/core/ProvidedCredential")({
  /** `Type` (xs:string, nillable). */
  type: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `SearchName` (xs:string, nillable). */
  searchName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `DisplayName` (xs:string, nillable). */
  displayName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CredentialId` (xs:int). */
  credentialId: withDefault(Xsd.Int, () => 0)
}) {}

/**
 * `ArrayOfProvidedCredential`: repeated `ProvidedCredential` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfProvidedCredential = Schema.Array(Schema.NullOr(ProvidedCredential)).annotations({
  identifier: "ArrayOfProvidedCredential"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfProvidedCredential = Schema.Schema.Type<typeof ArrayOfProvidedCredential>

/**
 * The `SoPrincipalCarrier` data contract. Every field defaults to what an absent element decodes to
 * (the .NET default), so only what matters needs saying; a nillable field is `null` when nil, which
 * stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class SoPrincipalCarrier extends Schema.Class<SoPrincipalCarrier>("@so-chat/core/SoPrincipalCarrier")({
  /** `UserType` (`UserType`). */
  userType: withDefault(UserType, () => "Unknown" as const),
  /** `Associate` (xs:string, nillable). */
  associate: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssociateId` (xs:int). */
  associateId: withDefault(Xsd.Int, () => 0),
  /** `IsPerson` (xs:boolean). */
  isPerson: withDefault(Schema.Boolean, () => false),
  /** `PersonId` (xs:int). */
  personId: withDefault(Xsd.Int, () => 0),
  /** `CountryId` (xs:int). */
  countryId: withDefault(Xsd.Int, () => 0),
  /** `HomeCountryId` (xs:int). */
  homeCountryId: withDefault(Xsd.Int, () => 0),
  /** `ContactId` (xs:int). */
  contactId: withDefault(Xsd.Int, () => 0),
  /** `GroupId` (xs:int). */
  groupId: withDefault(Xsd.Int, () => 0),
  /** `BusinessId` (xs:int). */
  businessId: withDefault(Xsd.Int, () => 0),
  /** `CategoryId` (xs:int). */
  categoryId: withDefault(Xsd.Int, () => 0),
  /** `ContactOwner` (xs:int). */
  contactOwner: withDefault(Xsd.Int, () => 0),
  /** `RoleId` (xs:int). */
  roleId: withDefault(Xsd.Int, () => 0),
  /** `RoleName` (xs:string, nillable). */
  roleName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `RoleDescription` (xs:string, nillable). */
  roleDescription: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `RoleType` (`RoleType`). */
  roleType: withDefault(RoleType, () => "Employee" as const),
  /** `Licenses` (`ArrayOfGrantedModuleLicense`, nillable). */
  licenses: withDefault(Schema.NullOr(ArrayOfGrantedModuleLicense), () => null),
  /** `FullName` (xs:string, nillable). */
  fullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `EMailAddress` (xs:string, nillable). */
  eMailAddress: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FunctionRights` (`ArrayOfstring`, nillable). */
  functionRights: withDefault(Schema.NullOr(ArrayOfstring), () => null),
  /** `EjUserId` (xs:int). */
  ejUserId: withDefault(Xsd.Int, () => 0),
  /** `EjAccessLevel` (xs:int). */
  ejAccessLevel: withDefault(Xsd.Int, () => 0),
  /** `EjUserStatus` (`EjUserStatus`). */
  ejUserStatus: withDefault(EjUserStatus, () => "StatusNone" as const),
  /** `ProvidedCredentials` (`ArrayOfProvidedCredential`, nillable). */
  providedCredentials: withDefault(Schema.NullOr(ArrayOfProvidedCredential), () => null),
  /** `SecondaryGroups` (`ArrayOfint`, nillable). */
  secondaryGroups: withDefault(Schema.NullOr(ArrayOfint), () => null),
  /** `DatabaseContextIdentifier` (xs:string, nillable). */
  databaseContextIdentifier: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * `AuthenticationGenericData`: a WCF dictionary (repeated `AuthenticationGenericDataKeyValuePair`
 * key/value items), as an object. Keys are unique.
 *
 * @since 0.2.0
 * @category models
 */
export const AuthenticationGenericData = Schema.Record({
  key: Xsd.XmlString,
  value: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))
}).annotations({ identifier: "AuthenticationGenericData" })

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticationGenericData = Schema.Schema.Type<typeof AuthenticationGenericData>
