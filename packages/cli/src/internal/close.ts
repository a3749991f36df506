/**
 * `so-chat close`: end a chat session. The Chat service has no operation of
 * that name: the session is read (GetChatSessionEntity) and saved back with
 * its status `Closed` (SaveChatSessionEntity), as the agent's own client
 * ends a chat (inferred: the reference documents only the operations).
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import type { ChatAgent } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import { parseSession } from "./addMessage.js"
import { withAgent } from "./connect.js"
import { printSession, requireSession } from "./day.js"
import type { SessionArgs } from "./runtime.js"

/** Reads the session and saves it back `Closed`; the session NetServer saved. */
export const closeSession = (agent: ChatAgent.ChatAgent["Type"], chatSessionId: number) =>
  Effect.gen(function*() {
    const found = yield* requireSession(chatSessionId, yield* agent.getChatSessionEntity(chatSessionId))
    // Not validated again: `found` is what the decoder made, and `Closed` is a status (validating the
    // whole entity, Associate, Person, Contact and all, cost the demo some 60 ms).
    const saved = yield* agent.saveChatSessionEntity(new ChatSessionEntity({ ...found, status: "Closed" }, true))
    return yield* requireSession(chatSessionId, saved)
  })

/** @internal */
export const close = (args: SessionArgs, change: string) =>
  Effect.gen(function*() {
    const chatSessionId = yield* parseSession(args.session)
    const session = yield* withAgent(args, change, (agent) => closeSession(agent, chatSessionId))
    yield* printSession(args.json, session, `closed chat session ${session.chatSessionId}`)
  })
