/**
 * The bindings of the `MDOListItem` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as MDOListItem from "../MDOListItem.js"
import * as CarrierBinding from "./Carrier.js"

/** @internal */
export const arrayOfMDOListItem: b.Codec<MDOListItem.ArrayOfMDOListItem> = b.array(
  "MDOListItem",
  b.nillable(x.lazy(() => mDOListItem))
)

/**
 * The elements of `MDOListItem`, base type's first, in sequence order.
 *
 * @internal
 */
export const mDOListItemFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["id", "Id", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["toolTip", "ToolTip", b.nillable(b.string)],
  ["deleted", "Deleted", b.boolean],
  ["rank", "Rank", b.int],
  ["type", "Type", b.nillable(b.string)],
  ["childItems", "ChildItems", b.nillable(arrayOfMDOListItem)],
  ["iconHint", "IconHint", b.nillable(b.string)],
  ["colorBlock", "ColorBlock", b.int],
  ["extraInfo", "ExtraInfo", b.nillable(b.string)],
  ["styleHint", "StyleHint", b.nillable(b.string)],
  ["fullName", "FullName", b.nillable(b.string)]
]

/** @internal */
export const mDOListItem: b.Codec<MDOListItem.MDOListItem> = b.complex(
  mDOListItemFields,
  x.fromDecoded(MDOListItem.MDOListItem)
)
