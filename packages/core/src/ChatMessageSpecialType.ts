/**
 * `ChatMessageSpecialType`: what a `Special` chat message means.
 *
 * @since 0.1.0
 */
import type * as Schema from "effect/Schema"
import { makeEnumeration } from "./internal/enumeration.js"

const enumeration = makeEnumeration("ChatMessageSpecialType", "UnknownChatMessageSpecialType", {
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
})

/**
 * The kind of a special message: `None` for ordinary text, session events
 * (`NewSession`, `ClosedByCustomer`, …), `Options` (SpecialParam holds a JSON
 * array of clickable options), `IllegalFileType` (18, newer servers only).
 * The numbers skip 4, as NetServer's do. A name a newer server sends that
 * this version does not list decodes to an `UnknownChatMessageSpecialType`
 * that keeps it.
 *
 * @example
 * import { ChatMessageSpecialType } from "@so-chat/core"
 * ChatMessageSpecialType.toNumber("Options") // Option.some(17)
 *
 * @since 0.1.0
 * @category schemas
 */
export const ChatMessageSpecialType = enumeration.schema

/**
 * @since 0.1.0
 * @category models
 */
export type ChatMessageSpecialType = Schema.Schema.Type<typeof ChatMessageSpecialType>

/**
 * `KnownChatMessageSpecialType` (the names this version lists) and `UnknownChatMessageSpecialType` (a name it
 * does not, kept as sent); `values` (name → number), `isKnown`, `toNumber`,
 * `fromNumber`.
 *
 * @since 0.1.0
 * @category conversions
 */
export const {
  fromNumber,
  isKnown,
  Known: KnownChatMessageSpecialType,
  toNumber,
  Unknown: UnknownChatMessageSpecialType,
  values
} = enumeration

/**
 * @since 0.1.0
 * @category models
 */
export type KnownChatMessageSpecialType = Schema.Schema.Type<typeof KnownChatMessageSpecialType>

/**
 * @since 0.1.0
 * @category models
 */
export type UnknownChatMessageSpecialType = Schema.Schema.Type<typeof UnknownChatMessageSpecialType>
