/**
 * Services88 data contracts: the installation: system info, license info. Holds `ModuleLicense`,
 * `ArrayOfModuleLicense`, `DSAParameters`, `SignedPublicKey`, `LicenseInfo`, `NetServerBuildType`,
 * `SoSystemInfoCarrier`.
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
import { UserType } from "./Associate.js"
import { Carrier } from "./Carrier.js"
import { LicenseType } from "./SoPrincipal.js"

/**
 * The `ModuleLicense` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ModuleLicense extends Schema.Class<ModuleLicense>("@so-chat/core/ModuleLicense")({
  /** `OwnerName` (xs:string, nillable). */
  ownerName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ModuleName` (xs:string, nillable). */
  moduleName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ModuleDescription` (xs:string, nillable). */
  moduleDescription: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ModuleTooltip` (xs:string, nillable). */
  moduleTooltip: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ModuleVersion` (xs:string, nillable). */
  moduleVersion: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `LicenseType` (`LicenseType`). */
  licenseType: withDefault(LicenseType, () => "Unknown" as const),
  /** `Unrestricted` (xs:boolean). */
  unrestricted: withDefault(Schema.Boolean, () => false),
  /** `AllowedUserType` (`UserType`). */
  allowedUserType: withDefault(UserType, () => "Unknown" as const),
  /** `NumberOfLicenses` (xs:int). */
  numberOfLicenses: withDefault(Xsd.Int, () => 0),
  /** `ExtraFlags` (xs:int). */
  extraFlags: withDefault(Xsd.Int, () => 0),
  /** `ExtraInfo` (xs:string, nillable). */
  extraInfo: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `SortOrder` (xs:int). */
  sortOrder: withDefault(Xsd.Int, () => 0),
  /** `IsHidden` (xs:boolean). */
  isHidden: withDefault(Schema.Boolean, () => false),
  /** `PrerequisiteModuleName` (xs:string, nillable). */
  prerequisiteModuleName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Signature` (xs:string, nillable). */
  signature: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * `ArrayOfModuleLicense`: repeated `ModuleLicense` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfModuleLicense = Schema.Array(Schema.NullOr(ModuleLicense)).annotations({
  identifier: "ArrayOfModuleLicense"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfModuleLicense = Schema.Schema.Type<typeof ArrayOfModuleLicense>

/**
 * The `DSAParameters` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class DSAParameters extends Schema.Class<DSAParameters>("@so-chat/core/DSAParameters")({
  /** `Counter` (xs:int, required). */
  counter: withDefault(Xsd.Int, () => 0),
  /** `G` (xs:base64Binary, nillable, required). */
  g: withDefault(Schema.NullOr(XsdExtended.Base64Binary), () => null),
  /** `J` (xs:base64Binary, nillable, required). */
  j: withDefault(Schema.NullOr(XsdExtended.Base64Binary), () => null),
  /** `P` (xs:base64Binary, nillable, required). */
  p: withDefault(Schema.NullOr(XsdExtended.Base64Binary), () => null),
  /** `Q` (xs:base64Binary, nillable, required). */
  q: withDefault(Schema.NullOr(XsdExtended.Base64Binary), () => null),
  /** `Seed` (xs:base64Binary, nillable, required). */
  seed: withDefault(Schema.NullOr(XsdExtended.Base64Binary), () => null),
  /** `Y` (xs:base64Binary, nillable, required). */
  y: withDefault(Schema.NullOr(XsdExtended.Base64Binary), () => null)
}) {}

/**
 * The `SignedPublicKey` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class SignedPublicKey extends Schema.Class<SignedPublicKey>("@so-chat/core/SignedPublicKey")({
  /** `OwnerName` (xs:string, nillable). */
  ownerName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `SignDate` (xs:dateTime). */
  signDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `ExpiryDate` (xs:dateTime). */
  expiryDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `Key` (`DSAParameters`). */
  key: withDefault(DSAParameters, () => new DSAParameters({})),
  /** `Signature` (xs:string, nillable). */
  signature: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * The `LicenseInfo` data contract. Every field defaults to what an absent element decodes to (the .NET
 * default), so only what matters needs saying; a nillable field is `null` when nil, which stays apart
 * from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class LicenseInfo extends Schema.Class<LicenseInfo>("@so-chat/core/LicenseInfo")({
  /** `CompanyName` (xs:string, nillable). */
  companyName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `SerialNr` (xs:string, nillable). */
  serialNr: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OwnerName` (xs:string, nillable). */
  ownerName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `OwnerDescription` (xs:string, nillable). */
  ownerDescription: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `NextCheckDate` (xs:dateTime). */
  nextCheckDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `MaintenanceDate` (xs:dateTime). */
  maintenanceDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `AdminWarningDate` (xs:dateTime). */
  adminWarningDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `ExpiryDate` (xs:dateTime). */
  expiryDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `GraceDate` (xs:dateTime). */
  graceDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `ExtraFlags` (xs:int). */
  extraFlags: withDefault(Xsd.Int, () => 0),
  /** `LicenseUrl` (xs:string, nillable). */
  licenseUrl: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `LicenseVersion` (xs:string, nillable). */
  licenseVersion: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `DeploymentType` (xs:int). */
  deploymentType: withDefault(Xsd.Int, () => 0),
  /** `ProductType` (xs:string, nillable). */
  productType: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ProductDescription` (xs:string, nillable). */
  productDescription: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ModuleLicenses` (`ArrayOfModuleLicense`, nillable). */
  moduleLicenses: withDefault(Schema.NullOr(ArrayOfModuleLicense), () => null),
  /** `PublicKey` (`SignedPublicKey`, nillable). */
  publicKey: withDefault(Schema.NullOr(SignedPublicKey), () => null),
  /** `Signature` (xs:string, nillable). */
  signature: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}

/**
 * `NetServerBuildType`'s names and numbers, as the WSDL's annotations give them: `values` (name →
 * number), `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const NetServerBuildTypeEnumeration = makeEnumeration("NetServerBuildType", "UnknownNetServerBuildType", {
  Feature: 0,
  Stable: 1,
  Alpha: 2,
  Beta: 3,
  ReleaseCandidate: 4,
  Release: 5
})

/**
 * `NetServerBuildType`. An enumeration (a .NET `int` underneath). A name a newer server sends that
 * this version does not list decodes to an `UnknownNetServerBuildType` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const NetServerBuildType = NetServerBuildTypeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type NetServerBuildType = Schema.Schema.Type<typeof NetServerBuildType>

/**
 * The `SoSystemInfoCarrier` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class SoSystemInfoCarrier extends Carrier.extend<SoSystemInfoCarrier>("@so-chat/core/SoSystemInfoCarrier")({
  /** `License` (`LicenseInfo`, nillable). */
  license: withDefault(Schema.NullOr(LicenseInfo), () => null),
  /** `WarningEnglish` (xs:string, nillable). */
  warningEnglish: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `WarningResource` (xs:string, nillable). */
  warningResource: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `BranchName` (xs:string, nillable). */
  branchName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `BuildLabel` (xs:string, nillable). */
  buildLabel: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssemblyVersion` (xs:string, nillable). */
  assemblyVersion: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AccumulatedNextCheckDate` (xs:dateTime). */
  accumulatedNextCheckDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `FileVersion` (xs:string, nillable). */
  fileVersion: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `DaysUntilNetServerExpiry` (xs:int). */
  daysUntilNetServerExpiry: withDefault(Xsd.Int, () => 0),
  /** `BuildType` (`NetServerBuildType`). */
  buildType: withDefault(NetServerBuildType, () => "Feature" as const),
  /** `DatabaseVersion` (xs:int). */
  databaseVersion: withDefault(Xsd.Int, () => 0),
  /** `IsUnicode` (xs:boolean). */
  isUnicode: withDefault(Schema.Boolean, () => false),
  /** `CompanyName` (xs:string, nillable). */
  companyName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CompanyId` (xs:int). */
  companyId: withDefault(Xsd.Int, () => 0),
  /** `DatabaseType` (xs:string, nillable). */
  databaseType: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `DatabaseMinor` (xs:string, nillable). */
  databaseMinor: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `DatabaseName` (xs:string, nillable). */
  databaseName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `IsOnTravel` (xs:boolean). */
  isOnTravel: withDefault(Schema.Boolean, () => false),
  /** `IsSatellite` (xs:boolean). */
  isSatellite: withDefault(Schema.Boolean, () => false)
}) {}
