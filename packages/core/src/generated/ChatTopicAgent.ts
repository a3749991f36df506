/**
 * Services88 data contracts: which agents serve a chat topic. Holds `ChatTopicAgent`,
 * `ArrayOfChatTopicAgent`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import { withDefault } from "../internal/schemaDefaults.js"
import * as Xsd from "../Xsd.js"
import { Associate } from "./Associate.js"

/**
 * The `ChatTopicAgent` data contract. Every field defaults to what an absent element decodes to (the
 * .NET default), so only what matters needs saying; a nillable field is `null` when nil, which stays
 * apart from `""`.
 *
 * @since 0.2.0
 * @category models
 */
export class ChatTopicAgent extends Schema.Class<ChatTopicAgent>("@so-chat/core/ChatTopicAgent")({
  /** `TopicId` (xs:int). */
  topicId: withDefault(Xsd.Int, () => 0),
  /** `User` (`Associate`, nillable). */
  user: withDefault(Schema.NullOr(Associate), () => null),
  /** `CanListen` (xs:boolean). */
  canListen: withDefault(Schema.Boolean, () => false),
  /** `CanRespond` (xs:boolean). */
  canRespond: withDefault(Schema.Boolean, () => false),
  /** `CanManage` (xs:boolean). */
  canManage: withDefault(Schema.Boolean, () => false),
  /** `CanNotify` (xs:boolean). */
  canNotify: withDefault(Schema.Boolean, () => false)
}) {}

/**
 * `ArrayOfChatTopicAgent`: repeated `ChatTopicAgent` elements, each nillable.
 *
 * @since 0.2.0
 * @category models
 */
export const ArrayOfChatTopicAgent = Schema.Array(Schema.NullOr(ChatTopicAgent)).annotations({
  identifier: "ArrayOfChatTopicAgent"
})

/**
 * @since 0.2.0
 * @category models
 */
export type ArrayOfChatTopicAgent = Schema.Schema.Type<typeof ArrayOfChatTopicAgent>
