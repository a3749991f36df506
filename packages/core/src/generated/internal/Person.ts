/**
 * The bindings of the `Person` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Person from "../Person.js"
import * as CarrierBinding from "./Carrier.js"

/**
 * The elements of `Person`, base type's first, in sequence order.
 *
 * @internal
 */
export const personFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["position", "Position", b.nillable(b.string)],
  ["personId", "PersonId", b.int],
  ["mrmrs", "Mrmrs", b.nillable(b.string)],
  ["firstname", "Firstname", b.nillable(b.string)],
  ["lastname", "Lastname", b.nillable(b.string)],
  ["middleName", "MiddleName", b.nillable(b.string)],
  ["title", "Title", b.nillable(b.string)],
  ["description", "Description", b.nillable(b.string)],
  ["email", "Email", b.nillable(b.string)],
  ["fullName", "FullName", b.nillable(b.string)],
  ["directPhone", "DirectPhone", b.nillable(b.string)],
  ["formalName", "FormalName", b.nillable(b.string)],
  ["countryId", "CountryId", b.int],
  ["contactId", "ContactId", b.int],
  ["contactName", "ContactName", b.nillable(b.string)],
  ["retired", "Retired", b.short],
  ["rank", "Rank", b.short],
  ["activeInterests", "ActiveInterests", b.short],
  ["contactDepartment", "ContactDepartment", b.nillable(b.string)],
  ["contactCountryId", "ContactCountryId", b.int],
  ["contactOrgNr", "ContactOrgNr", b.nillable(b.string)],
  ["faxPhone", "FaxPhone", b.nillable(b.string)],
  ["mobilePhone", "MobilePhone", b.nillable(b.string)],
  ["contactPhone", "ContactPhone", b.nillable(b.string)],
  ["associateName", "AssociateName", b.nillable(b.string)],
  ["associateId", "AssociateId", b.int],
  ["usePersonAddress", "UsePersonAddress", b.boolean],
  ["contactFax", "ContactFax", b.nillable(b.string)],
  ["kanafname", "Kanafname", b.nillable(b.string)],
  ["kanalname", "Kanalname", b.nillable(b.string)],
  ["post1", "Post1", b.nillable(b.string)],
  ["post2", "Post2", b.nillable(b.string)],
  ["post3", "Post3", b.nillable(b.string)],
  ["emailName", "EmailName", b.nillable(b.string)],
  ["contactFullName", "ContactFullName", b.nillable(b.string)],
  ["activeErpLinks", "ActiveErpLinks", b.int],
  ["ticketPriorityId", "TicketPriorityId", b.int],
  ["supportLanguageId", "SupportLanguageId", b.int],
  ["supportAssociateId", "SupportAssociateId", b.int],
  ["categoryName", "CategoryName", b.nillable(b.string)],
  ["personNumber", "PersonNumber", b.nillable(b.string)]
]

/** @internal */
export const person: b.Codec<Person.Person> = b.complex(personFields, x.fromDecoded(Person.Person))
