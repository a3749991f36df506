/**
 * The bindings of the `Project` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Project from "../Project.js"
import * as CarrierBinding from "./Carrier.js"

/**
 * The elements of `Project`, base type's first, in sequence order.
 *
 * @internal
 */
export const projectFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["projectId", "ProjectId", b.int],
  ["name", "Name", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["uRL", "URL", b.nillable(b.string)],
  ["type", "Type", b.nillable(b.string)],
  ["associateId", "AssociateId", b.int],
  ["associateFullName", "AssociateFullName", b.nillable(b.string)],
  ["typeId", "TypeId", b.int],
  ["updated", "Updated", b.dateTime],
  ["statusId", "StatusId", b.int],
  ["status", "Status", b.nillable(b.string)],
  ["textId", "TextId", b.int],
  ["publishTo", "PublishTo", b.dateTime],
  ["publishFrom", "PublishFrom", b.dateTime],
  ["isPublished", "IsPublished", b.boolean],
  ["uRLName", "URLName", b.nillable(b.string)],
  ["projectNumber", "ProjectNumber", b.nillable(b.string)],
  ["activeErpLinks", "ActiveErpLinks", b.int]
]

/** @internal */
export const project: b.Codec<Project.Project> = b.complex(projectFields, x.fromDecoded(Project.Project))
