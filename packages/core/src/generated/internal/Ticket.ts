/**
 * The bindings of the `Ticket` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as Ticket from "../Ticket.js"
import * as CarrierBinding from "./Carrier.js"

/** @internal */
export const ticketSecurityLevel: b.Codec<Ticket.TicketSecurityLevel> = b.enumeration<Ticket.TicketSecurityLevel>(
  "TicketSecurityLevel",
  x.isName,
  "Unknown",
  Ticket.TicketSecurityLevelEnumeration.isKnown
)

/** @internal */
export const ticketBaseStatus: b.Codec<Ticket.TicketBaseStatus> = b.enumeration<Ticket.TicketBaseStatus>(
  "TicketBaseStatus",
  x.isName,
  "Unknown",
  Ticket.TicketBaseStatusEnumeration.isKnown
)

/** @internal */
export const ticketOrigin: b.Codec<Ticket.TicketOrigin> = b.enumeration<Ticket.TicketOrigin>(
  "TicketOrigin",
  x.isName,
  "Unknown",
  Ticket.TicketOriginEnumeration.isKnown
)

/** @internal */
export const ticketReadStatus: b.Codec<Ticket.TicketReadStatus> = b.enumeration<Ticket.TicketReadStatus>(
  "TicketReadStatus",
  x.isName,
  "Unknown",
  Ticket.TicketReadStatusEnumeration.isKnown
)

/**
 * The elements of `Ticket`, base type's first, in sequence order.
 *
 * @internal
 */
export const ticketFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["ticketId", "TicketId", b.int],
  ["title", "Title", b.nillable(b.string)],
  ["createdAt", "CreatedAt", b.dateTime],
  ["lastChanged", "LastChanged", b.dateTime],
  ["readByOwner", "ReadByOwner", b.dateTime],
  ["readByCustomer", "ReadByCustomer", b.dateTime],
  ["firstReadByUser", "FirstReadByUser", b.dateTime],
  ["activate", "Activate", b.dateTime],
  ["closedAt", "ClosedAt", b.dateTime],
  ["repliedAt", "RepliedAt", b.dateTime],
  ["alertTimeout", "AlertTimeout", b.dateTime],
  ["deadline", "Deadline", b.dateTime],
  ["createdBy", "CreatedBy", b.int],
  ["createdByName", "CreatedByName", b.nillable(b.string)],
  ["author", "Author", b.nillable(b.string)],
  ["ownedBy", "OwnedBy", b.int],
  ["ownedByName", "OwnedByName", b.nillable(b.string)],
  ["category", "Category", b.int],
  ["categoryName", "CategoryName", b.nillable(b.string)],
  ["categoryFullname", "CategoryFullname", b.nillable(b.string)],
  ["slevel", "Slevel", ticketSecurityLevel],
  ["priority", "Priority", b.int],
  ["priorityName", "PriorityName", b.nillable(b.string)],
  ["baseStatus", "BaseStatus", ticketBaseStatus],
  ["ticketStatus", "TicketStatus", b.int],
  ["ticketStatusDisplayValue", "TicketStatusDisplayValue", b.nillable(b.string)],
  ["origin", "Origin", ticketOrigin],
  ["custId", "CustId", b.int],
  ["personFirstname", "PersonFirstname", b.nillable(b.string)],
  ["personMiddleName", "PersonMiddleName", b.nillable(b.string)],
  ["personLastname", "PersonLastname", b.nillable(b.string)],
  ["personFullname", "PersonFullname", b.nillable(b.string)],
  ["alertLevel", "AlertLevel", b.short],
  ["connectId", "ConnectId", b.int],
  ["readStatus", "ReadStatus", ticketReadStatus],
  ["timeToReply", "TimeToReply", b.int],
  ["realTimeToReply", "RealTimeToReply", b.int],
  ["timeToClose", "TimeToClose", b.int],
  ["realTimeToClose", "RealTimeToClose", b.int],
  ["timeSpentInternally", "TimeSpentInternally", b.int],
  ["timeSpentExternally", "TimeSpentExternally", b.int],
  ["timeSpentQueue", "TimeSpentQueue", b.int],
  ["realTimeSpentInternally", "RealTimeSpentInternally", b.int],
  ["realTimeSpentExternally", "RealTimeSpentExternally", b.int],
  ["realTimeSpentQueue", "RealTimeSpentQueue", b.int],
  ["timeSpent", "TimeSpent", b.int],
  ["hasAttachment", "HasAttachment", b.boolean],
  ["numReplies", "NumReplies", b.int],
  ["numMessages", "NumMessages", b.int],
  ["fromAddress", "FromAddress", b.nillable(b.string)],
  ["contactId", "ContactId", b.int],
  ["contactName", "ContactName", b.nillable(b.string)],
  ["ownedByAssociateId", "OwnedByAssociateId", b.int],
  ["language", "Language", b.nillable(b.string)],
  ["sentiment", "Sentiment", b.int],
  ["sentimentConfidence", "SentimentConfidence", b.int],
  ["saleId", "SaleId", b.int],
  ["projectId", "ProjectId", b.int],
  ["saleHeading", "SaleHeading", b.nillable(b.string)],
  ["projectName", "ProjectName", b.nillable(b.string)],
  ["formSubmissionId", "FormSubmissionId", b.int],
  ["ticketTypeId", "TicketTypeId", b.int],
  ["ticketTypeName", "TicketTypeName", b.nillable(b.string)]
]

/** @internal */
export const ticket: b.Codec<Ticket.Ticket> = b.complex(ticketFields, x.fromDecoded(Ticket.Ticket))
