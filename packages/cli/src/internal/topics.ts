/**
 * `so-chat topics`: the chat topics the caller is an agent of (ChatTopicsForUser).
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import type { ChatTopicEntity } from "@so-chat/core/generated/ChatTopic"
import * as Effect from "effect/Effect"
import { withAgent } from "./connect.js"
import { Output } from "./output.js"
import type { ListArgs } from "./runtime.js"
import { topicJson, topicsTable } from "./sessionView.js"

/** @internal */
export const topics = (args: ListArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    const answer = yield* withAgent(args, undefined, (agent) => agent.chatTopicsForUser())
    const found = (answer ?? []).filter((t): t is ChatTopicEntity => t !== null)
    if (args.json) {
      for (const t of found) output.out(output.redact(JSON.stringify(topicJson(t))))
      return
    }
    for (const line of topicsTable(found, output.redact)) output.out(line)
  })
