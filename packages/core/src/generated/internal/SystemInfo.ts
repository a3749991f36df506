/**
 * The bindings of the `SystemInfo` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as SystemInfo from "../SystemInfo.js"
import * as AssociateBinding from "./Associate.js"
import * as CarrierBinding from "./Carrier.js"
import * as SoPrincipalBinding from "./SoPrincipal.js"

/**
 * The elements of `ModuleLicense`, base type's first, in sequence order.
 *
 * @internal
 */
export const moduleLicenseFields = (): ReadonlyArray<b.Field> => [
  ["ownerName", "OwnerName", b.nillable(b.string)],
  ["moduleName", "ModuleName", b.nillable(b.string)],
  ["moduleDescription", "ModuleDescription", b.nillable(b.string)],
  ["moduleTooltip", "ModuleTooltip", b.nillable(b.string)],
  ["moduleVersion", "ModuleVersion", b.nillable(b.string)],
  ["licenseType", "LicenseType", SoPrincipalBinding.licenseType],
  ["unrestricted", "Unrestricted", b.boolean],
  ["allowedUserType", "AllowedUserType", AssociateBinding.userType],
  ["numberOfLicenses", "NumberOfLicenses", b.int],
  ["extraFlags", "ExtraFlags", b.int],
  ["extraInfo", "ExtraInfo", b.nillable(b.string)],
  ["sortOrder", "SortOrder", b.int],
  ["isHidden", "IsHidden", b.boolean],
  ["prerequisiteModuleName", "PrerequisiteModuleName", b.nillable(b.string)],
  ["signature", "Signature", b.nillable(b.string)]
]

/** @internal */
export const moduleLicense: b.Codec<SystemInfo.ModuleLicense> = b.complex(
  moduleLicenseFields,
  x.fromDecoded(SystemInfo.ModuleLicense)
)

/** @internal */
export const arrayOfModuleLicense: b.Codec<SystemInfo.ArrayOfModuleLicense> = b.array(
  "ModuleLicense",
  b.nillable(moduleLicense)
)

/**
 * The elements of `DSAParameters`, base type's first, in sequence order.
 *
 * @internal
 */
export const dSAParametersFields = (): ReadonlyArray<b.Field> => [
  ["counter", "Counter", b.int],
  ["g", "G", b.nillable(x.base64Binary)],
  ["j", "J", b.nillable(x.base64Binary)],
  ["p", "P", b.nillable(x.base64Binary)],
  ["q", "Q", b.nillable(x.base64Binary)],
  ["seed", "Seed", b.nillable(x.base64Binary)],
  ["y", "Y", b.nillable(x.base64Binary)]
]

/** @internal */
export const dSAParameters: b.Codec<SystemInfo.DSAParameters> = x.complexIn(
  "http://schemas.datacontract.org/2004/07/System.Security.Cryptography",
  dSAParametersFields,
  ["Counter", "G", "J", "P", "Q", "Seed", "Y"],
  x.fromDecoded(SystemInfo.DSAParameters)
)

/**
 * The elements of `SignedPublicKey`, base type's first, in sequence order.
 *
 * @internal
 */
export const signedPublicKeyFields = (): ReadonlyArray<b.Field> => [
  ["ownerName", "OwnerName", b.nillable(b.string)],
  ["signDate", "SignDate", b.dateTime],
  ["expiryDate", "ExpiryDate", b.dateTime],
  ["key", "Key", dSAParameters],
  ["signature", "Signature", b.nillable(b.string)]
]

/** @internal */
export const signedPublicKey: b.Codec<SystemInfo.SignedPublicKey> = b.complex(
  signedPublicKeyFields,
  x.fromDecoded(SystemInfo.SignedPublicKey)
)

/**
 * The elements of `LicenseInfo`, base type's first, in sequence order.
 *
 * @internal
 */
export const licenseInfoFields = (): ReadonlyArray<b.Field> => [
  ["companyName", "CompanyName", b.nillable(b.string)],
  ["serialNr", "SerialNr", b.nillable(b.string)],
  ["ownerName", "OwnerName", b.nillable(b.string)],
  ["ownerDescription", "OwnerDescription", b.nillable(b.string)],
  ["nextCheckDate", "NextCheckDate", b.dateTime],
  ["maintenanceDate", "MaintenanceDate", b.dateTime],
  ["adminWarningDate", "AdminWarningDate", b.dateTime],
  ["expiryDate", "ExpiryDate", b.dateTime],
  ["graceDate", "GraceDate", b.dateTime],
  ["extraFlags", "ExtraFlags", b.int],
  ["licenseUrl", "LicenseUrl", b.nillable(b.string)],
  ["licenseVersion", "LicenseVersion", b.nillable(b.string)],
  ["deploymentType", "DeploymentType", b.int],
  ["productType", "ProductType", b.nillable(b.string)],
  ["productDescription", "ProductDescription", b.nillable(b.string)],
  ["moduleLicenses", "ModuleLicenses", b.nillable(arrayOfModuleLicense)],
  ["publicKey", "PublicKey", b.nillable(signedPublicKey)],
  ["signature", "Signature", b.nillable(b.string)]
]

/** @internal */
export const licenseInfo: b.Codec<SystemInfo.LicenseInfo> = b.complex(
  licenseInfoFields,
  x.fromDecoded(SystemInfo.LicenseInfo)
)

/** @internal */
export const netServerBuildType: b.Codec<SystemInfo.NetServerBuildType> = b.enumeration<SystemInfo.NetServerBuildType>(
  "NetServerBuildType",
  x.isName,
  "Feature",
  SystemInfo.NetServerBuildTypeEnumeration.isKnown
)

/**
 * The elements of `SoSystemInfoCarrier`, base type's first, in sequence order.
 *
 * @internal
 */
export const soSystemInfoCarrierFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["license", "License", b.nillable(licenseInfo)],
  ["warningEnglish", "WarningEnglish", b.nillable(b.string)],
  ["warningResource", "WarningResource", b.nillable(b.string)],
  ["branchName", "BranchName", b.nillable(b.string)],
  ["buildLabel", "BuildLabel", b.nillable(b.string)],
  ["assemblyVersion", "AssemblyVersion", b.nillable(b.string)],
  ["accumulatedNextCheckDate", "AccumulatedNextCheckDate", b.dateTime],
  ["fileVersion", "FileVersion", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["daysUntilNetServerExpiry", "DaysUntilNetServerExpiry", b.int],
  ["buildType", "BuildType", netServerBuildType],
  ["databaseVersion", "DatabaseVersion", b.int],
  ["isUnicode", "IsUnicode", b.boolean],
  ["companyName", "CompanyName", b.nillable(b.string)],
  ["companyId", "CompanyId", b.int],
  ["databaseType", "DatabaseType", b.nillable(b.string)],
  ["databaseMinor", "DatabaseMinor", b.nillable(b.string)],
  ["databaseName", "DatabaseName", b.nillable(b.string)],
  ["isOnTravel", "IsOnTravel", b.boolean],
  ["isSatellite", "IsSatellite", b.boolean]
]

/** @internal */
export const soSystemInfoCarrier: b.Codec<SystemInfo.SoSystemInfoCarrier> = b.complex(
  soSystemInfoCarrierFields,
  x.fromDecoded(SystemInfo.SoSystemInfoCarrier)
)
