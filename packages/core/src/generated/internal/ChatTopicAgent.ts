/**
 * The bindings of the `ChatTopicAgent` data contracts.
 *
 * @internal
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as b from "../../internal/binding.js"
import * as x from "../../internal/bindingExtras.js"
import * as ChatTopicAgent from "../ChatTopicAgent.js"
import * as AssociateBinding from "./Associate.js"

/**
 * The elements of `ChatTopicAgent`, base type's first, in sequence order.
 *
 * @internal
 */
export const chatTopicAgentFields = (): ReadonlyArray<b.Field> => [
  ["topicId", "TopicId", b.int],
  ["user", "User", b.nillable(AssociateBinding.associate)],
  ["canListen", "CanListen", b.boolean],
  ["canRespond", "CanRespond", b.boolean],
  ["canManage", "CanManage", b.boolean],
  ["canNotify", "CanNotify", b.boolean]
]

/** @internal */
export const chatTopicAgent: b.Codec<ChatTopicAgent.ChatTopicAgent> = b.complex(
  chatTopicAgentFields,
  x.fromDecoded(ChatTopicAgent.ChatTopicAgent)
)

/** @internal */
export const arrayOfChatTopicAgent: b.Codec<ChatTopicAgent.ArrayOfChatTopicAgent> = b.array(
  "ChatTopicAgent",
  b.nillable(chatTopicAgent)
)
