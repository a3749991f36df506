/**
 * What the commands of an agent's day share (`sessions`, `pick-up`,
 * `transfer`, `accept`, `reject`, `close`, `transcript`, `presence`,
 * `topics`): printing a session as NetServer returned it, and the session
 * an answer must hold.
 *
 * @internal
 */
import type { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import { NoSuchSession } from "../CliError.js"
import { Output } from "./output.js"
import { isSession, sessionJson, sessionLines } from "./sessionView.js"

/**
 * Prints a session: in detail under `heading`, or (`--json`) as one JSON
 * object. What NetServer sent goes through the mask, as `call`'s output does.
 */
export const printSession = (json: boolean, session: ChatSessionEntity, heading: string) =>
  Effect.gen(function*() {
    const output = yield* Output
    if (json) {
      output.out(output.redact(JSON.stringify(sessionJson(session))))
      return
    }
    const now = yield* DateTime.now
    for (const line of sessionLines(session, now, heading, output.redact)) output.out(line)
  })

/** The session an answer holds, or `NoSuchSession` when it holds none (nil, or an empty entity). */
export const requireSession = (chatSessionId: number, answer: ChatSessionEntity | null) =>
  isSession(answer) ? Effect.succeed(answer) : Effect.fail(new NoSuchSession({ chatSessionId }))
