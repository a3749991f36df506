/**
 * The bindings of the `Sale` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Sale from "../Sale.js"
import * as CarrierBinding from "./Carrier.js"

/** @internal */
export const saleStatus: b.Codec<Sale.SaleStatus> = b.enumeration<Sale.SaleStatus>(
  "SaleStatus",
  x.isName,
  "Unknown",
  Sale.SaleStatusEnumeration.isKnown
)

/** @internal */
export const activityStatus: b.Codec<Sale.ActivityStatus> = b.enumeration<Sale.ActivityStatus>(
  "ActivityStatus",
  x.isName,
  "Unknown",
  Sale.ActivityStatusEnumeration.isKnown
)

/**
 * The elements of `Sale`, base type's first, in sequence order.
 *
 * @internal
 */
export const saleFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["contactName", "ContactName", b.nillable(b.string)],
  ["saleDate", "SaleDate", b.dateTime],
  ["saleId", "SaleId", b.int],
  ["probability", "Probability", b.short],
  ["title", "Title", b.nillable(b.string)],
  ["amount", "Amount", x.double],
  ["currency", "Currency", b.nillable(b.string)],
  ["projectName", "ProjectName", b.nillable(b.string)],
  ["associateFullName", "AssociateFullName", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["status", "Status", saleStatus],
  ["weightedAmount", "WeightedAmount", x.double],
  ["projectId", "ProjectId", b.int],
  ["earningPercent", "EarningPercent", x.double],
  ["earning", "Earning", x.double],
  ["contactId", "ContactId", b.int],
  ["associateId", "AssociateId", b.int],
  ["personId", "PersonId", b.int],
  ["saleTypeId", "SaleTypeId", b.int],
  ["saleTypeName", "SaleTypeName", b.nillable(b.string)],
  ["personFullName", "PersonFullName", b.nillable(b.string)],
  ["completed", "Completed", activityStatus],
  ["activeErpLinks", "ActiveErpLinks", b.int],
  ["nextDueDate", "NextDueDate", b.dateTime],
  ["number", "Number", b.nillable(b.string)]
]

/** @internal */
export const sale: b.Codec<Sale.Sale> = b.complex(saleFields, x.fromDecoded(Sale.Sale))
