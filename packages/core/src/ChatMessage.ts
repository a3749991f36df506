/**
 * `ChatMessage`: one message in a SuperOffice chat session.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ChatMessageSpecialType } from "./ChatMessageSpecialType.js"
import { ChatMessageType } from "./ChatMessageType.js"
import * as Xsd from "./Xsd.js"

const withDefault = <S extends Schema.Schema.Any>(schema: S, value: () => Schema.Schema.Type<S>) =>
  Schema.propertySignature(schema).pipe(Schema.withConstructorDefault(value))

/**
 * A chat message as the Services88 contract defines it. Every field has the
 * default NetServer gives an absent element, so only what matters needs
 * saying. `message`, `author` and `specialParam` are nillable: `null` (nil)
 * and `""` are different values and stay different on the wire.
 *
 * @example
 * import { ChatMessage } from "@so-chat/core"
 *
 * const hello = new ChatMessage.ChatMessage({
 *   chatSessionId: 42,
 *   type: "ToCustomer",
 *   message: "Hello, how can I help?",
 *   author: "Ada"
 * })
 *
 * @since 0.1.0
 * @category models
 */
export class ChatMessage extends Schema.Class<ChatMessage>("@so-chat/core/ChatMessage")({
  /** Primary key, assigned by NetServer. */
  chatMessageId: withDefault(Xsd.Int, () => 0),
  /** The session the message belongs to. */
  chatSessionId: withDefault(Xsd.Int, () => 0),
  /** Direction of the message. */
  type: withDefault(ChatMessageType, () => "Invalid" as const),
  /** The text. */
  message: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** Who wrote it, as shown in the chat. */
  author: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** Whether the customer has read it (NetServer uses 0 and 1). */
  readByCustomer: withDefault(Xsd.Short, () => 0),
  /** The kind of a `Special` message. */
  specialType: withDefault(ChatMessageSpecialType, () => "None" as const),
  /** The parameter of a special message (a URL, a JSON array of options, …). */
  specialParam: withDefault(Schema.NullOr(Xsd.XmlString), () => null),
  /** When it was posted, UTC. */
  whenPosted: withDefault(Xsd.DateTimeUtc, () => Xsd.DateTimeMin)
}) {}
