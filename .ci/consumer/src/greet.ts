// The code a downstream application writes: greets a customer in a chat session.
import { ChatAgent } from "@so-chat/transport"
import { Effect } from "effect"

export const greet = (chatSessionId: number, name: string) =>
  Effect.gen(function*() {
    const agent = yield* ChatAgent.ChatAgent
    const posted = yield* agent.addChatMessage(chatSessionId, {
      type: "ToCustomer",
      author: "Support",
      message: `Hello ${name}, how can we help?`
    })
    return posted.chatMessageId
  })
