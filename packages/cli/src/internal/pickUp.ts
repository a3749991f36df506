/**
 * `so-chat pick-up`: take a chat session from the queue, a given one
 * (PickUpChatSession) or the one waiting longest in the caller's topics
 * (PickUpFirstChatSession), and print it.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { InvalidFlag } from "../CliError.js"
import { parseSession } from "./addMessage.js"
import { withAgent } from "./connect.js"
import { printSession, requireSession } from "./day.js"
import { Output } from "./output.js"
import type { PickUpArgs } from "./runtime.js"
import { isSession } from "./sessionView.js"

/** @internal */
export const pickUp = (args: PickUpArgs, change: string) =>
  Effect.gen(function*() {
    const output = yield* Output
    if (Option.isSome(args.session) && args.first) {
      return yield* new InvalidFlag({
        flag: "--first",
        reason: "picks up the session waiting longest, --session a given one: give one of them, not both"
      })
    }
    if (Option.isNone(args.session)) {
      if (!args.first) {
        return yield* new InvalidFlag({
          flag: "--session",
          reason: "pick-up needs --session ID (that session) or --first (the one waiting longest in your topics)"
        })
      }
      const picked = yield* withAgent(args, change, (agent) => agent.pickUpFirstChatSession())
      if (!isSession(picked)) {
        output.err("so-chat: no chat session is waiting in your topics; nothing was picked up")
        if (args.json) output.out("null")
        return
      }
      return yield* printSession(args.json, picked, `picked up chat session ${picked.chatSessionId}`)
    }
    const chatSessionId = yield* parseSession(args.session.value)
    const picked = yield* withAgent(args, change, (agent) => agent.pickUpChatSession(chatSessionId))
    const session = yield* requireSession(chatSessionId, picked)
    yield* printSession(args.json, session, `picked up chat session ${session.chatSessionId}`)
  })
