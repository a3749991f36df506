/**
 * Who a ticket belongs to: SoPrincipal's `SoPrincipalCarrier` and its enums.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { makeEnumeration } from "./internal/enumeration.js"
import * as Xsd from "./Xsd.js"

const userType = makeEnumeration("UserType", "UnknownUserType", {
  Unknown: 0,
  InternalAssociate: 1,
  ResourceAssociate: 2,
  ExternalAssociate: 3,
  AnonymousAssociate: 4,
  SystemAssociate: 5
})

/**
 * The kind of user: `InternalAssociate` for an ordinary employee login.
 * Unknown names are kept, as for the chat enums.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserType = userType.schema

/**
 * @since 0.1.0
 * @category models
 */
export type UserType = Schema.Schema.Type<typeof UserType>

const roleType = makeEnumeration("RoleType", "UnknownRoleType", {
  Employee: 0,
  ExternalUser: 1,
  Anonymous: 2,
  System: 3
})

/**
 * The kind of role the user has.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RoleType = roleType.schema

/**
 * @since 0.1.0
 * @category models
 */
export type RoleType = Schema.Schema.Type<typeof RoleType>

/**
 * The identity fields of a logged-in principal that a chat integration
 * needs. The carrier's licenses, function rights and credentials lists are
 * not decoded (they are skipped, as a newer contract's extra elements are).
 *
 * @since 0.1.0
 * @category models
 */
export class SoPrincipalCarrier extends Schema.Class<SoPrincipalCarrier>("@so-chat/core/SoPrincipalCarrier")({
  userType: UserType,
  /** The associate's login name. */
  associate: Schema.NullOr(Xsd.XmlString),
  associateId: Xsd.Int,
  isPerson: Schema.Boolean,
  personId: Xsd.Int,
  countryId: Xsd.Int,
  homeCountryId: Xsd.Int,
  contactId: Xsd.Int,
  groupId: Xsd.Int,
  businessId: Xsd.Int,
  categoryId: Xsd.Int,
  contactOwner: Xsd.Int,
  roleId: Xsd.Int,
  roleName: Schema.NullOr(Xsd.XmlString),
  roleDescription: Schema.NullOr(Xsd.XmlString),
  roleType: RoleType,
  fullName: Schema.NullOr(Xsd.XmlString),
  eMailAddress: Schema.NullOr(Xsd.XmlString),
  ejUserId: Xsd.Int,
  ejAccessLevel: Xsd.Int,
  databaseContextIdentifier: Schema.NullOr(Xsd.XmlString)
}) {}
