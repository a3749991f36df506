/**
 * Services88 data contracts: a sale and its statuses. Holds `SaleStatus`, `ActivityStatus`, `Sale`.
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
 * `SaleStatus`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const SaleStatusEnumeration = makeEnumeration("SaleStatus", "UnknownSaleStatus", {
  Unknown: 0,
  Open: 1,
  Sold: 2,
  Lost: 3,
  Stalled: 4,
  SaintAll: 1000
})

/**
 * `SaleStatus`. An enumeration (a .NET `short` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownSaleStatus` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const SaleStatus = SaleStatusEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type SaleStatus = Schema.Schema.Type<typeof SaleStatus>

/**
 * `ActivityStatus`'s names and numbers, as the WSDL's annotations give them: `values` (name → number),
 * `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const ActivityStatusEnumeration = makeEnumeration("ActivityStatus", "UnknownActivityStatus", {
  Unknown: 0,
  NotStarted: 1,
  Started: 2,
  Completed: 3
})

/**
 * `ActivityStatus`. An enumeration (a .NET `int` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownActivityStatus` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const ActivityStatus = ActivityStatusEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type ActivityStatus = Schema.Schema.Type<typeof ActivityStatus>

/**
 * The `Sale` data contract, extending `Carrier`. Every field defaults to what an absent element
 * decodes to (the .NET default), so only what matters needs saying; a nillable field is `null` when
 * nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class Sale extends Carrier.extend<Sale>("@so-chat/core/Sale")({
  /** `ContactName` (xs:string, nillable). */
  contactName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `SaleDate` (xs:dateTime). */
  saleDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `SaleId` (xs:int). */
  saleId: withDefault(Xsd.Int, () => 0),
  /** `Probability` (xs:short). */
  probability: withDefault(Xsd.Short, () => 0),
  /** `Title` (xs:string, nillable). */
  title: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Amount` (xs:double). */
  amount: withDefault(XsdExtended.Double, () => 0),
  /** `Currency` (xs:string, nillable). */
  currency: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ProjectName` (xs:string, nillable). */
  projectName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssociateFullName` (xs:string, nillable). */
  associateFullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Status` (`SaleStatus`). */
  status: withDefault(SaleStatus, () => "Unknown" as const),
  /** `WeightedAmount` (xs:double). */
  weightedAmount: withDefault(XsdExtended.Double, () => 0),
  /** `ProjectId` (xs:int). */
  projectId: withDefault(Xsd.Int, () => 0),
  /** `EarningPercent` (xs:double). */
  earningPercent: withDefault(XsdExtended.Double, () => 0),
  /** `Earning` (xs:double). */
  earning: withDefault(XsdExtended.Double, () => 0),
  /** `ContactId` (xs:int). */
  contactId: withDefault(Xsd.Int, () => 0),
  /** `AssociateId` (xs:int). */
  associateId: withDefault(Xsd.Int, () => 0),
  /** `PersonId` (xs:int). */
  personId: withDefault(Xsd.Int, () => 0),
  /** `SaleTypeId` (xs:int). */
  saleTypeId: withDefault(Xsd.Int, () => 0),
  /** `SaleTypeName` (xs:string, nillable). */
  saleTypeName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `PersonFullName` (xs:string, nillable). */
  personFullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Completed` (`ActivityStatus`). */
  completed: withDefault(ActivityStatus, () => "Unknown" as const),
  /** `ActiveErpLinks` (xs:int). */
  activeErpLinks: withDefault(Xsd.Int, () => 0),
  /** `NextDueDate` (xs:dateTime). */
  nextDueDate: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `Number` (xs:string, nillable). */
  number: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}
