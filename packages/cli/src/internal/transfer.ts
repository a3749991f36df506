/**
 * `so-chat transfer`: offer a chat session to a colleague
 * (TransferChatSession); it is theirs once they accept it.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { InvalidFlag } from "../CliError.js"
import { parseSession } from "./addMessage.js"
import { withAgent } from "./connect.js"
import { printSession, requireSession } from "./day.js"
import { checkText, isBlank } from "./messageText.js"
import type { TransferArgs } from "./runtime.js"

/** @internal */
export const transfer = (args: TransferArgs, change: string) =>
  Effect.gen(function*() {
    const chatSessionId = yield* parseSession(args.session)
    const to = yield* checkText("--to", args.to.trim())
    if (isBlank(to)) {
      return yield* new InvalidFlag({ flag: "--to", reason: "give the user name of the colleague to transfer to" })
    }
    const answer = yield* withAgent(args, change, (agent) => agent.transferChatSession(chatSessionId, to))
    const session = yield* requireSession(chatSessionId, answer)
    yield* printSession(
      args.json,
      session,
      `offered chat session ${session.chatSessionId} to ${to}: theirs once they accept it ` +
        `(so-chat accept --session ${session.chatSessionId})`
    )
  })
