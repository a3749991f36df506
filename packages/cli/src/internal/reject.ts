/**
 * `so-chat reject`: turn down a chat session a colleague offered
 * (RejectChatSessionTransfer); it stays theirs.
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
import { who } from "./sessionView.js"

/** @internal */
export const reject = (args: SessionArgs, change: string) =>
  Effect.gen(function*() {
    const chatSessionId = yield* parseSession(args.session)
    const answer = yield* withAgent(args, change, (agent) => agent.rejectChatSessionTransfer(chatSessionId))
    const session = yield* requireSession(chatSessionId, answer)
    yield* printSession(
      args.json,
      session,
      `rejected the transfer of chat session ${session.chatSessionId}: it stays with ${who(session.user)}`
    )
  })
