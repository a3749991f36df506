/**
 * Services88 data contracts: list items (MDO lists). Holds `ArrayOfMDOListItem`, `MDOListItem`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import { Carrier } from "./Carrier.js"

/**
 * `ArrayOfMDOListItem`: repeated `MDOListItem` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfMDOListItem = Schema.Array(
  Schema.NullOr(Schema.suspend((): Schema.Schema<MDOListItem, any> => MDOListItem))
).annotations({ identifier: "ArrayOfMDOListItem" })

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfMDOListItem = Schema.Schema.Type<typeof ArrayOfMDOListItem>

/**
 * The `MDOListItem` data contract, extending `Carrier`. Every field defaults to what an absent element
 * decodes to (the .NET default), so only what matters needs saying; a nillable field is `null` when
 * nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class MDOListItem extends Carrier.extend<MDOListItem>("@so-chat/core/MDOListItem")({
  /** `Id` (xs:int). */
  id: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ToolTip` (xs:string, nillable). */
  toolTip: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Deleted` (xs:boolean). */
  deleted: withDefault(Schema.Boolean, () => false),
  /** `Rank` (xs:int). */
  rank: withDefault(Xsd.Int, () => 0),
  /** `Type` (xs:string, nillable). */
  type: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ChildItems` (`ArrayOfMDOListItem`, nillable). */
  childItems: withDefault(Schema.NullOr(ArrayOfMDOListItem), () => null),
  /** `IconHint` (xs:string, nillable). */
  iconHint: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ColorBlock` (xs:int). */
  colorBlock: withDefault(Xsd.Int, () => 0),
  /** `ExtraInfo` (xs:string, nillable). */
  extraInfo: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `StyleHint` (xs:string, nillable). */
  styleHint: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `FullName` (xs:string, nillable). */
  fullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null)
}) {}
