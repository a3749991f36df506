/**
 * `so-chat sessions`: the chat sessions the caller sees (ChatSessionsForUser),
 * those waiting first, longest first.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import { withAgent } from "./connect.js"
import { Output } from "./output.js"
import type { ListArgs } from "./runtime.js"
import { ordered, sessionJson, sessionsTable } from "./sessionView.js"

/** @internal */
export const sessions = (args: ListArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    const found = ordered(yield* withAgent(args, undefined, (agent) => agent.chatSessionsForUser()))
    if (args.json) {
      for (const s of found) output.out(output.redact(JSON.stringify(sessionJson(s))))
      return
    }
    const now = yield* DateTime.now
    for (const line of sessionsTable(found, now, output.redact)) output.out(line)
  })
