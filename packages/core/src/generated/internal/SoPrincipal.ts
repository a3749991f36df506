/**
 * The bindings of the `SoPrincipal` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as SoPrincipal from "../SoPrincipal.js"
import * as ArraysBinding from "./Arrays.js"
import * as AssociateBinding from "./Associate.js"
import * as CarrierBinding from "./Carrier.js"

/** @internal */
export const roleType: b.Codec<SoPrincipal.RoleType> = b.enumeration<SoPrincipal.RoleType>(
  "RoleType",
  x.isName,
  "Employee",
  SoPrincipal.RoleTypeEnumeration.isKnown
)

/** @internal */
export const licenseType: b.Codec<SoPrincipal.LicenseType> = b.enumeration<SoPrincipal.LicenseType>(
  "LicenseType",
  x.isName,
  "Unknown",
  SoPrincipal.LicenseTypeEnumeration.isKnown
)

/**
 * The elements of `GrantedModuleLicense`, base type's first, in sequence order.
 *
 * @internal
 */
export const grantedModuleLicenseFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["ownerId", "OwnerId", b.int],
  ["ownerName", "OwnerName", b.nillable(b.string)],
  ["ownerDescription", "OwnerDescription", b.nillable(b.string)],
  ["moduleId", "ModuleId", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["version", "Version", b.nillable(b.string)],
  ["licenseType", "LicenseType", licenseType],
  ["extraFlags", "ExtraFlags", b.int],
  ["sortOrder", "SortOrder", b.int],
  ["licenseNumber", "LicenseNumber", b.int],
  ["isHidden", "IsHidden", b.boolean],
  ["isUnrestricted", "IsUnrestricted", b.boolean],
  ["expiryDate", "ExpiryDate", b.dateTime]
]

/** @internal */
export const grantedModuleLicense: b.Codec<SoPrincipal.GrantedModuleLicense> = b.complex(
  grantedModuleLicenseFields,
  x.fromDecoded(SoPrincipal.GrantedModuleLicense)
)

/** @internal */
export const arrayOfGrantedModuleLicense: b.Codec<SoPrincipal.ArrayOfGrantedModuleLicense> = b.array(
  "GrantedModuleLicense",
  b.nillable(grantedModuleLicense)
)

/** @internal */
export const ejUserStatus: b.Codec<SoPrincipal.EjUserStatus> = b.enumeration<SoPrincipal.EjUserStatus>(
  "EjUserStatus",
  x.isName,
  "StatusNone",
  SoPrincipal.EjUserStatusEnumeration.isKnown
)

/**
 * The elements of `ProvidedCredential`, base type's first, in sequence order.
 *
 * @internal
 */
export const providedCredentialFields = (): ReadonlyArray<b.Field> => [
  ["type", "Type", b.nillable(b.string)],
  ["searchName", "SearchName", b.nillable(b.string)],
  ["displayName", "DisplayName", b.nillable(b.string)],
  ["credentialId", "CredentialId", b.int]
]

/** @internal */
export const providedCredential: b.Codec<SoPrincipal.ProvidedCredential> = b.complex(
  providedCredentialFields,
  x.fromDecoded(SoPrincipal.ProvidedCredential)
)

/** @internal */
export const arrayOfProvidedCredential: b.Codec<SoPrincipal.ArrayOfProvidedCredential> = b.array(
  "ProvidedCredential",
  b.nillable(providedCredential)
)

/**
 * The elements of `SoPrincipalCarrier`, base type's first, in sequence order.
 *
 * @internal
 */
export const soPrincipalCarrierFields = (): ReadonlyArray<b.Field> => [
  ["userType", "UserType", AssociateBinding.userType],
  ["associate", "Associate", b.nillable(b.string)],
  ["associateId", "AssociateId", b.int],
  ["isPerson", "IsPerson", b.boolean],
  ["personId", "PersonId", b.int],
  ["countryId", "CountryId", b.int],
  ["homeCountryId", "HomeCountryId", b.int],
  ["contactId", "ContactId", b.int],
  ["groupId", "GroupId", b.int],
  ["businessId", "BusinessId", b.int],
  ["categoryId", "CategoryId", b.int],
  ["contactOwner", "ContactOwner", b.int],
  ["roleId", "RoleId", b.int],
  ["roleName", "RoleName", b.nillable(b.string)],
  ["roleDescription", "RoleDescription", b.nillable(b.string)],
  ["roleType", "RoleType", roleType],
  ["licenses", "Licenses", b.nillable(arrayOfGrantedModuleLicense)],
  ["fullName", "FullName", b.nillable(b.string)],
  ["eMailAddress", "EMailAddress", b.nillable(b.string)],
  ["functionRights", "FunctionRights", b.nillable(ArraysBinding.arrayOfstring)],
  ["ejUserId", "EjUserId", b.int],
  ["ejAccessLevel", "EjAccessLevel", b.int],
  ["ejUserStatus", "EjUserStatus", ejUserStatus],
  ["providedCredentials", "ProvidedCredentials", b.nillable(arrayOfProvidedCredential)],
  ["secondaryGroups", "SecondaryGroups", b.nillable(ArraysBinding.arrayOfint)],
  ["databaseContextIdentifier", "DatabaseContextIdentifier", b.nillable(b.string)]
]

/** @internal */
export const soPrincipalCarrier: b.Codec<SoPrincipal.SoPrincipalCarrier> = b.complex(
  soPrincipalCarrierFields,
  x.fromDecoded(SoPrincipal.SoPrincipalCarrier)
)

/** @internal */
export const authenticationGenericData: b.Codec<SoPrincipal.AuthenticationGenericData> = x.dictionary(
  "AuthenticationGenericDataKeyValuePair",
  b.nillable(b.redactedString)
)
