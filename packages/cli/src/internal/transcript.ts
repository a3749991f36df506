/**
 * `so-chat transcript`: a chat session's transcript as NetServer renders it
 * (GetChatTranscript), as text or HTML.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import { NoSuchSession } from "../CliError.js"
import { parseSession } from "./addMessage.js"
import { withAgent } from "./connect.js"
import { Output } from "./output.js"
import type { TranscriptArgs } from "./runtime.js"

/** @internal */
export const transcript = (args: TranscriptArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    const chatSessionId = yield* parseSession(args.session)
    const text = yield* withAgent(args, undefined, (agent) => agent.getChatTranscript(chatSessionId, args.html))
    if (text === null) return yield* new NoSuchSession({ chatSessionId })
    // The transcript is the chat's own text, printed as it is (as `messages` prints messages).
    if (args.json) output.out(JSON.stringify({ chatSessionId, html: args.html, transcript: text }))
    else if (text !== "") output.out(text.replace(/\r?\n$/, ""))
  })
