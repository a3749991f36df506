/**
 * Services88 data contracts: chat sessions, their status and flags. Holds `ChatSessionStatus`,
 * `ChatSessionFlags`, `ChatSessionEntity`, `ArrayOfChatSessionEntity`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { makeEnumeration } from "../internal/enumeration.js"
import { makeFlags } from "../internal/flags.js"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import { Associate } from "./Associate.js"
import { Carrier } from "./Carrier.js"
import { Contact } from "./Contact.js"
import { Person } from "./Person.js"
import { Project } from "./Project.js"
import { Sale } from "./Sale.js"
import { Ticket } from "./Ticket.js"

/**
 * `ChatSessionStatus`'s names and numbers, as the WSDL's annotations give them: `values` (name →
 * number), `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatSessionStatusEnumeration = makeEnumeration("ChatSessionStatus", "UnknownChatSessionStatus", {
  Invalid: 0,
  PreChatForm: 1,
  Faq: 2,
  OfflineForm: 3,
  InQueue: 4,
  CustomerLast: 5,
  UserLast: 6,
  Finished: 7,
  Deleted: 8,
  Closed: 9,
  RequestPosted: 10,
  ClosedFromQueue: 11
})

/**
 * `ChatSessionStatus`. An enumeration (a .NET `short` underneath). A name a newer server sends that
 * this version does not list decodes to an `UnknownChatSessionStatus` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatSessionStatus = ChatSessionStatusEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type ChatSessionStatus = Schema.Schema.Type<typeof ChatSessionStatus>

/**
 * `ChatSessionFlags`'s names and numbers, as the WSDL's annotations give them: `values` (name →
 * number), `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatSessionFlagsEnumeration = makeEnumeration("ChatSessionFlags", "UnknownChatSessionFlags", {
  UserIsTyping: 1
})

/**
 * `ChatSessionFlags`. A flags enumeration (an `xs:list` of names; a .NET `short` of OR-ed bits
 * underneath): a list of names, empty for none. A name a newer server sends that this version does not
 * list decodes to an `UnknownChatSessionFlags` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatSessionFlags = makeFlags("ChatSessionFlags", ChatSessionFlagsEnumeration.schema)

/**
 * @since 0.2.0
 * @category enums
 */
export type ChatSessionFlags = Schema.Schema.Type<typeof ChatSessionFlags>

/**
 * The `ChatSessionEntity` data contract, extending `Carrier`. Every field defaults to what an absent
 * element decodes to (the .NET default), so only what matters needs saying; a nillable field is `null`
 * when nil, which stays apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatSessionEntity extends Carrier.extend<ChatSessionEntity>("@so-chat/core/ChatSessionEntity")({
  /** `ChatSessionId` (xs:int). */
  chatSessionId: withDefault(Xsd.Int, () => 0),
  /** `TopicId` (xs:int). */
  topicId: withDefault(Xsd.Int, () => 0),
  /** `User` (`Associate`, nillable). */
  user: withDefault(Schema.NullOr(Associate), () => null),
  /** `Person` (`Person`, nillable). */
  person: withDefault(Schema.NullOr(Person), () => null),
  /** `CustomerAlias` (xs:string, nillable). */
  customerAlias: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustomerHost` (xs:string, nillable). */
  customerHost: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustomerName` (xs:string, nillable). */
  customerName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustomerEmail` (xs:string, nillable). */
  customerEmail: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustomerPhone` (xs:string, nillable). */
  customerPhone: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `CustomerConsented` (xs:boolean). */
  customerConsented: withDefault(Schema.Boolean, () => false),
  /** `CustomerCompanyName` (xs:string, nillable). */
  customerCompanyName: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Status` (`ChatSessionStatus`). */
  status: withDefault(ChatSessionStatus, () => "Invalid" as const),
  /** `FirstMessage` (xs:string, nillable). */
  firstMessage: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `LastMessage` (xs:string, nillable). */
  lastMessage: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `WhenRequested` (xs:dateTime). */
  whenRequested: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `WhenStarted` (xs:dateTime). */
  whenStarted: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `WhenEnded` (xs:dateTime). */
  whenEnded: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `WhenIdle` (xs:dateTime). */
  whenIdle: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `WhenFetched` (xs:dateTime). */
  whenFetched: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin),
  /** `SessionKey` (xs:string, nillable). */
  sessionKey: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `InitialQueuePos` (xs:int). */
  initialQueuePos: withDefault(Xsd.Int, () => 0),
  /** `AlertLevel` (xs:int). */
  alertLevel: withDefault(Xsd.Int, () => 0),
  /** `Rank` (xs:int). */
  rank: withDefault(Xsd.Int, () => 0),
  /** `Flags` (`ChatSessionFlags`). */
  flags: withDefault(ChatSessionFlags, () => []),
  /** `Contact` (`Contact`, nillable). */
  contact: withDefault(Schema.NullOr(Contact), () => null),
  /** `Project` (`Project`, nillable). */
  project: withDefault(Schema.NullOr(Project), () => null),
  /** `Sale` (`Sale`, nillable). */
  sale: withDefault(Schema.NullOr(Sale), () => null),
  /** `Ticket` (`Ticket`, nillable). */
  ticket: withDefault(Schema.NullOr(Ticket), () => null),
  /** `TransferTo` (`Associate`, nillable). */
  transferTo: withDefault(Schema.NullOr(Associate), () => null),
  /** `ChatbotIsActive` (xs:boolean). */
  chatbotIsActive: withDefault(Schema.Boolean, () => false),
  /** `Rating` (xs:int). */
  rating: withDefault(Xsd.Int, () => 0)
}) {}

/**
 * `ArrayOfChatSessionEntity`: repeated `ChatSessionEntity` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfChatSessionEntity = Schema.Array(Schema.NullOr(ChatSessionEntity)).annotations({
  identifier: "ArrayOfChatSessionEntity"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfChatSessionEntity = Schema.Schema.Type<typeof ArrayOfChatSessionEntity>
