/**
 * The bindings of the `ChatSession` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as ChatSession from "../ChatSession.js"
import * as AssociateBinding from "./Associate.js"
import * as CarrierBinding from "./Carrier.js"
import * as ContactBinding from "./Contact.js"
import * as PersonBinding from "./Person.js"
import * as ProjectBinding from "./Project.js"
import * as SaleBinding from "./Sale.js"
import * as TicketBinding from "./Ticket.js"

/** @internal */
export const chatSessionStatus: b.Codec<ChatSession.ChatSessionStatus> = b.enumeration<ChatSession.ChatSessionStatus>(
  "ChatSessionStatus",
  x.isName,
  "Invalid",
  ChatSession.ChatSessionStatusEnumeration.isKnown
)

/** @internal */
export const chatSessionFlags: b.Codec<ChatSession.ChatSessionFlags> = x.flags<ChatSession.ChatSessionFlags[number]>(
  "ChatSessionFlags",
  ChatSession.ChatSessionFlagsEnumeration.isKnown
)

/**
 * The elements of `ChatSessionEntity`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatSessionEntityFields = (): ReadonlyArray<b.Field> => [
  ...CarrierBinding.carrierFields(),
  ["chatSessionId", "ChatSessionId", b.int],
  ["topicId", "TopicId", b.int],
  ["user", "User", b.nillable(AssociateBinding.associate)],
  ["person", "Person", b.nillable(PersonBinding.person)],
  ["customerAlias", "CustomerAlias", b.nillable(b.string)],
  ["customerHost", "CustomerHost", b.nillable(b.string)],
  ["customerName", "CustomerName", b.nillable(b.string)],
  ["customerEmail", "CustomerEmail", b.nillable(b.string)],
  ["customerPhone", "CustomerPhone", b.nillable(b.string)],
  ["customerConsented", "CustomerConsented", b.boolean],
  ["customerCompanyName", "CustomerCompanyName", b.nillable(b.string)],
  ["status", "Status", chatSessionStatus],
  ["firstMessage", "FirstMessage", b.nillable(b.string)],
  ["lastMessage", "LastMessage", b.nillable(b.string)],
  ["whenRequested", "WhenRequested", b.dateTime],
  ["whenStarted", "WhenStarted", b.dateTime],
  ["whenEnded", "WhenEnded", b.dateTime],
  ["whenIdle", "WhenIdle", b.dateTime],
  ["whenFetched", "WhenFetched", b.dateTime],
  ["sessionKey", "SessionKey", b.nillable(b.string)],
  ["initialQueuePos", "InitialQueuePos", b.int],
  ["alertLevel", "AlertLevel", b.int],
  ["rank", "Rank", b.int],
  ["flags", "Flags", chatSessionFlags],
  ["contact", "Contact", b.nillable(ContactBinding.contact)],
  ["project", "Project", b.nillable(ProjectBinding.project)],
  ["sale", "Sale", b.nillable(SaleBinding.sale)],
  ["ticket", "Ticket", b.nillable(TicketBinding.ticket)],
  ["transferTo", "TransferTo", b.nillable(AssociateBinding.associate)],
  ["chatbotIsActive", "ChatbotIsActive", b.boolean],
  ["rating", "Rating", b.int]
]

/** @internal */
export const chatSessionEntity: b.Codec<ChatSession.ChatSessionEntity> = b.complex(
  chatSessionEntityFields,
  x.fromDecoded(ChatSession.ChatSessionEntity)
)

/** @internal */
export const arrayOfChatSessionEntity: b.Codec<ChatSession.ArrayOfChatSessionEntity> = b.array(
  "ChatSessionEntity",
  b.nillable(chatSessionEntity)
)
