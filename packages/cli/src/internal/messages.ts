/**
 * `so-chat messages`: print a chat session's messages after a given id, once
 * or (`--follow`) as they arrive until Ctrl-C.
 *
 * Loaded only when the command runs.
 *
 * @internal
 */
import type { ChatMessage } from "@so-chat/core"
import { ChatAgent } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { Interrupted, InvalidFlag } from "../CliError.js"
import { parseSession } from "./addMessage.js"
import * as Connect from "./connect.js"
import { connect } from "./connect.js"
import { Output } from "./output.js"
import { toJson, toLine } from "./render.js"
import type { MessagesArgs } from "./runtime.js"
import { awaitSignal, stopOnSignal } from "./runtime.js"

const INT32_MAX = 2147483647

/** A chat message id to read after: 0 (from the start) to the largest xs:int (a whole number, as parsed). */
export const parseAfter = (n: number): Either.Either<number, InvalidFlag> =>
  n <= INT32_MAX
    ? Either.right(n)
    : Either.left(new InvalidFlag({ flag: "--after", reason: `${n} is out of range: 0 to ${INT32_MAX}` }))

/** @internal */
export const messages = (args: MessagesArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    const chatSessionId = yield* parseSession(args.session)
    const after = Option.isSome(args.after) ? yield* parseAfter(args.after.value) : 0
    const agent = yield* connect(args)
    const print = (m: ChatMessage.ChatMessage) => {
      if (args.json) output.out(JSON.stringify(toJson(m)))
      else for (const line of toLine(m)) output.out(line)
    }
    yield* Effect.provide(read(args, chatSessionId, after, print), agent)
  })

const read = (
  args: MessagesArgs,
  chatSessionId: number,
  after: number,
  print: (m: ChatMessage.ChatMessage) => void
) =>
  Effect.gen(function*() {
    const output = yield* Output
    const agent = yield* ChatAgent.ChatAgent
    const withLogs = Connect.withLogs(args.verbose)

    if (!args.follow) {
      const found = yield* stopOnSignal(
        withLogs(agent.getChatMessages(chatSessionId, after)),
        (signal) => new Interrupted({ signal, mayHaveBeenPosted: false, readOnly: true })
      )
      for (const m of found) print(m)
      if (found.length === 0 && (args.verbose || output.stderrIsTty)) {
        output.err(`so-chat: no messages in chat session ${chatSessionId} after message ${after}`)
      }
      return
    }

    // Following ends when a signal arrives: that is how it is meant to stop, so it is a success.
    let last = after
    if (args.verbose || output.stderrIsTty) {
      output.err(`so-chat: following chat session ${chatSessionId} after message ${after}; Ctrl-C stops`)
    }
    const signal = yield* Effect.raceFirst(
      withLogs(Stream.runForEach(agent.follow(chatSessionId, { after }), (m) =>
        Effect.sync(() => {
          print(m)
          last = Math.max(last, m.chatMessageId)
        }))).pipe(Effect.as(Option.none<string>())),
      Effect.map(awaitSignal, Option.some)
    )
    if (Option.isSome(signal) && (args.verbose || output.stderrIsTty)) {
      output.err(
        `so-chat: stopped following on ${signal.value}; to go on from here: --after ${last}`
      )
    }
  })
