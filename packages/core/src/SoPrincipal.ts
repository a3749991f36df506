/**
 * Who a ticket belongs to: SoPrincipal's `SoPrincipalCarrier` and its enums.
 * The contracts are generated from the WSDL (`generated/SoPrincipal.ts`,
 * `generated/Associate.ts`); this module gives them their public names.
 *
 * @since 0.1.0
 */
import * as GeneratedAssociate from "./generated/Associate.js"
import * as Generated from "./generated/SoPrincipal.js"

/**
 * The kind of user: `InternalAssociate` for an ordinary employee login.
 * Unknown names are kept, as for the chat enums.
 *
 * @since 0.1.0
 * @category schemas
 */
export const UserType = GeneratedAssociate.UserType

/**
 * @since 0.1.0
 * @category models
 */
export type UserType = GeneratedAssociate.UserType

/**
 * The kind of role the user has.
 *
 * @since 0.1.0
 * @category schemas
 */
export const RoleType = Generated.RoleType

/**
 * @since 0.1.0
 * @category models
 */
export type RoleType = Generated.RoleType

/**
 * A logged-in principal, every field of the contract: the identity fields a
 * chat integration needs (`associate`, `associateId`, `fullName`, …) and,
 * since 0.2.0, the licenses, function rights, provided credentials and
 * secondary groups the carrier also holds.
 *
 * @since 0.1.0
 * @category models
 */
export const SoPrincipalCarrier = Generated.SoPrincipalCarrier

/**
 * @since 0.1.0
 * @category models
 */
export type SoPrincipalCarrier = Generated.SoPrincipalCarrier
