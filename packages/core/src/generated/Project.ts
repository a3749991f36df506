/**
 * Services88 data contracts: a project. Holds `Project`.
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
 * The `Project` data contract, extending `Carrier`. Every field defaults to what an absent element
 * decodes to (the .NET default), so only what matters needs saying; a nillable field is `null` when
 * nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class Project extends Carrier.extend<Project>("@so-chat/core/Project")({
  /** `ProjectId` (xs:int). */
  projectId: withDefault(Xsd.Int, () => 0),
  /** `Name` (xs:string, nillable). */
  name: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Description` (xs:string, nillable). */
  description: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `URL` (xs:string, nillable). */
  uRL: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Type` (xs:string, nillable). */
  type: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `AssociateId` (xs:int). */
  associateId: withDefault(Xsd.Int, () => 0),
  /** `AssociateFullName` (xs:string, nillable). */
  associateFullName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `TypeId` (xs:int). */
  typeId: withDefault(Xsd.Int, () => 0),
  /** `Updated` (xs:dateTime). */
  updated: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `StatusId` (xs:int). */
  statusId: withDefault(Xsd.Int, () => 0),
  /** `Status` (xs:string, nillable). */
  status: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `TextId` (xs:int). */
  textId: withDefault(Xsd.Int, () => 0),
  /** `PublishTo` (xs:dateTime). */
  publishTo: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `PublishFrom` (xs:dateTime). */
  publishFrom: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `IsPublished` (xs:boolean). */
  isPublished: withDefault(Schema.Boolean, () => false),
  /** `URLName` (xs:string, nillable). */
  uRLName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ProjectNumber` (xs:string, nillable). */
  projectNumber: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ActiveErpLinks` (xs:int). */
  activeErpLinks: withDefault(Xsd.Int, () => 0)
}) {}
