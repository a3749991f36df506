/**
 * `so-chat accept`: take a chat session a colleague offered
 * (AcceptChatSessionTransfer).
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { parseSession } from "./addMessage.js"
import { withAgent } from "./connect.js"
import { printSession, requireSession } from "./day.js"
import type { SessionArgs } from "./runtime.js"

/** @internal */
export const accept = (args: SessionArgs, change: string) =>
  Effect.gen(function*() {
    const chatSessionId = yield* parseSession(args.session)
    const answer = yield* withAgent(args, change, (agent) => agent.acceptChatSessionTransfer(chatSessionId))
    const session = yield* requireSession(chatSessionId, answer)
    yield* printSession(args.json, session, `accepted chat session ${session.chatSessionId}: it is yours now`)
  })
