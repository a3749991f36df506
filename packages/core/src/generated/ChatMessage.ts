/**
 * Services88 data contracts: chat messages and their types. Holds `ChatMessageType`,
 * `ChatMessageSpecialType`, `ChatMessage`, `ArrayOfChatMessage`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { makeEnumeration } from "../internal/enumeration.js"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"

/**
 * `ChatMessageType`'s names and numbers, as the WSDL's annotations give them: `values` (name →
 * number), `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatMessageTypeEnumeration = makeEnumeration("ChatMessageType", "UnknownChatMessageType", {
  Invalid: 0,
  ToCustomer: 1,
  ToUser: 2,
  Special: 3
})

/**
 * `ChatMessageType`. An enumeration (a .NET `short` underneath). A name a newer server sends that this
 * version does not list decodes to an `UnknownChatMessageType` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatMessageType = ChatMessageTypeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type ChatMessageType = Schema.Schema.Type<typeof ChatMessageType>

/**
 * `ChatMessageSpecialType`'s names and numbers, as the WSDL's annotations give them: `values` (name →
 * number), `toNumber`, `fromNumber`, `isKnown`, and the `Known` and `Unknown` schemas.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatMessageSpecialTypeEnumeration = makeEnumeration(
  "ChatMessageSpecialType",
  "UnknownChatMessageSpecialType",
  {
    None: 0,
    Welcome: 1,
    Url: 2,
    Block: 3,
    NewSession: 5,
    TransferedSession: 6,
    Error: 7,
    SessionDeleted: 8,
    FaqSuccessQuestion: 9,
    ClosedByUser: 10,
    ClosedByCustomer: 11,
    ClosedByIdle: 12,
    TransferRejected: 13,
    ReopenedByCustomer: 14,
    ClickedOption: 15,
    BotMessage: 16,
    Options: 17,
    IllegalFileType: 18
  }
)

/**
 * `ChatMessageSpecialType`. An enumeration (a .NET `short` underneath). A name a newer server sends
 * that this version does not list decodes to an `UnknownChatMessageSpecialType` that keeps it.
 *
 * @since 0.2.0
 * @category enums
 */
export const ChatMessageSpecialType = ChatMessageSpecialTypeEnumeration.schema

/**
 * @since 0.2.0
 * @category enums
 */
export type ChatMessageSpecialType = Schema.Schema.Type<typeof ChatMessageSpecialType>

/**
 * The `ChatMessage` data contract. Every field defaults to what an absent element decodes to (the .NET
 * default), so only what matters needs saying; a nillable field is `null` when nil, which stays apart
 * from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatMessage extends Schema.Class<ChatMessage>("@so-chat/core/ChatMessage")({
  /** `ChatMessageId` (xs:int). */
  chatMessageId: withDefault(Xsd.Int, () => 0),
  /** `ChatSessionId` (xs:int). */
  chatSessionId: withDefault(Xsd.Int, () => 0),
  /** `Type` (`ChatMessageType`). */
  type: withDefault(ChatMessageType, () => "Invalid" as const),
  /** `Message` (xs:string, nillable). */
  message: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `Author` (xs:string, nillable). */
  author: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `ReadByCustomer` (xs:short). */
  readByCustomer: withDefault(Xsd.Short, () => 0),
  /** `SpecialType` (`ChatMessageSpecialType`). */
  specialType: withDefault(ChatMessageSpecialType, () => "None" as const),
  /** `SpecialParam` (xs:string, nillable). */
  specialParam: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** `WhenPosted` (xs:dateTime). */
  whenPosted: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin)
}) {}

/**
 * `ArrayOfChatMessage`: repeated `ChatMessage` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfChatMessage = Schema.Array(Schema.NullOr(ChatMessage)).annotations({
  identifier: "ArrayOfChatMessage"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfChatMessage = Schema.Schema.Type<typeof ArrayOfChatMessage>
