import { ChatAgent } from "@so-chat/transport"
import { Effect, Option } from "effect"

/**
 * A small bot: picks up the oldest chat waiting in its topics, answers the
 * customer's last question, and closes the chat. None when nobody waits.
 */
export const answerFirst = (reply: (question: string) => string) =>
  Effect.gen(function*() {
    const agent = yield* ChatAgent.ChatAgent
    const session = yield* agent.pickUpFirstChatSession()
    if (session === null) return Option.none()
    const id = session.chatSessionId
    const messages = yield* agent.getChatMessages(id)
    const question = messages.filter((m) => m.type === "ToUser").at(-1)?.message ?? ""
    yield* agent.addChatMessage(id, { type: "ToCustomer", message: reply(question), author: "Bot" })
    const current = yield* agent.getChatSessionEntity(id)
    return Option.fromNullable(yield* agent.saveChatSessionEntity({ ...current!, status: "Closed" }))
  })
