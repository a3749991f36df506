/**
 * `so-chat presence`: who of the agents is present (GetChatPresence), and
 * with `--set`, the caller's own presence changed first (SaveChatPresence).
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { InvalidFlag } from "../CliError.js"
import { withAgent } from "./connect.js"
import { Output } from "./output.js"
import type { PresenceArgs } from "./runtime.js"
import { presenceJson, presenceTable } from "./sessionView.js"

const states = { present: true, away: false } as const

/** @internal */
export const presence = (args: PresenceArgs, change: string) =>
  Effect.gen(function*() {
    const output = yield* Output
    let present: boolean | undefined
    if (Option.isSome(args.set)) {
      const wanted = args.set.value.trim().toLowerCase()
      if (!(wanted in states)) {
        return yield* new InvalidFlag({
          flag: "--set",
          reason: `${JSON.stringify(args.set.value)} is not a presence; give present or away`
        })
      }
      present = states[wanted as keyof typeof states]
    }
    const answer = yield* withAgent(args, present === undefined ? undefined : change, (agent) =>
      Effect.gen(function*() {
        // An entry for the caller alone: UserId 0 is "the user of this ticket" (as the testkit's fake takes it;
        // NetServer's own rule is not documented), and no ChatTopics keeps the topics as they are.
        if (present !== undefined) yield* agent.saveChatPresence([new ChatPresence({ userId: 0, present })])
        return ((yield* agent.getChatPresence()) ?? []).filter((p): p is ChatPresence => p !== null)
      }))
    const agents = answer
    if (args.json) {
      for (const p of agents) output.out(output.redact(JSON.stringify(presenceJson(p))))
      return
    }
    if (present !== undefined) output.out(`you are ${present ? "present" : "away"} now`)
    for (const line of presenceTable(agents, output.redact)) output.out(line)
  })
