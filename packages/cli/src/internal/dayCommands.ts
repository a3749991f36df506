/**
 * The commands of an agent's day: `sessions`, `topics`, `pick-up`,
 * `transfer`, `accept`, `reject`, `close`, `transcript`, `presence`. Their
 * flags are declared here, for the parser and `--help`; each one's work is
 * in its own module, loaded only when it runs.
 *
 * @internal
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { connection, json, jsonLines, session, verbose } from "./flags.js"
import { reporting } from "./report.js"
import type { ListArgs, PickUpArgs, PresenceArgs, SessionArgs, TranscriptArgs, TransferArgs } from "./runtime.js"

// What a change may have done when its outcome is unknown (a timeout, a lost connection, a signal): said in place
// of add-message's "the message may have been posted".
const changed = {
  pickUp: "the session may have been picked up",
  transfer: "the transfer may have been offered",
  accept: "the transfer may have been accepted",
  reject: "the transfer may have been rejected",
  close: "the session may have been closed",
  presence: "your presence may have been changed"
} as const

const sessions = Command.make(
  "sessions",
  { ...connection, json: jsonLines("session"), verbose },
  (args: ListArgs) =>
    Effect.promise(() => import("./sessions.js")).pipe(
      Effect.flatMap((m) => m.sessions(args)),
      reporting(args.verbose, false)
    )
).pipe(
  Command.withDescription(
    "List your chat sessions (ChatSessionsForUser): those waiting first, the one waiting longest at the top, " +
      "with status, topic, customer, agent and how long each has waited."
  )
)

const topics = Command.make(
  "topics",
  { ...connection, json: jsonLines("topic"), verbose },
  (args: ListArgs) =>
    Effect.promise(() => import("./topics.js")).pipe(
      Effect.flatMap((m) => m.topics(args)),
      reporting(args.verbose, false)
    )
).pipe(Command.withDescription("List the chat topics you are an agent of (ChatTopicsForUser)."))

const pickUp = Command.make("pick-up", {
  session: session("to pick up").pipe(Options.optional),
  first: Options.boolean("first").pipe(
    Options.withDescription("Pick up the session waiting longest in your topics (PickUpFirstChatSession).")
  ),
  ...connection,
  json,
  verbose
}, (args: PickUpArgs) =>
  Effect.promise(() => import("./pickUp.js")).pipe(
    Effect.flatMap((m) => m.pickUp(args, changed.pickUp)),
    reporting(args.verbose, changed.pickUp)
  )).pipe(
    Command.withDescription(
      "Take a chat session from the queue: --session ID (PickUpChatSession) or --first (the one waiting longest); " +
        "prints the session, now yours."
    )
  )

const transfer = Command.make("transfer", {
  session: session("to transfer"),
  to: Options.text("to").pipe(
    Options.withPseudoName("USER"),
    Options.withDescription("The user name of the colleague to offer it to (TransferChatSession's ToAssociate).")
  ),
  ...connection,
  json,
  verbose
}, (args: TransferArgs) =>
  Effect.promise(() => import("./transfer.js")).pipe(
    Effect.flatMap((m) => m.transfer(args, changed.transfer)),
    reporting(args.verbose, changed.transfer)
  )).pipe(
    Command.withDescription(
      "Offer a chat session to a colleague (TransferChatSession); it is theirs once they accept it."
    )
  )

const accept = Command.make("accept", { session: session("offered to you"), ...connection, json, verbose }, (
  args: SessionArgs
) =>
  Effect.promise(() => import("./accept.js")).pipe(
    Effect.flatMap((m) => m.accept(args, changed.accept)),
    reporting(args.verbose, changed.accept)
  )).pipe(
    Command.withDescription("Accept a chat session a colleague offered you (AcceptChatSessionTransfer).")
  )

const reject = Command.make("reject", { session: session("offered to you"), ...connection, json, verbose }, (
  args: SessionArgs
) =>
  Effect.promise(() => import("./reject.js")).pipe(
    Effect.flatMap((m) => m.reject(args, changed.reject)),
    reporting(args.verbose, changed.reject)
  )).pipe(
    Command.withDescription(
      "Turn down a chat session a colleague offered you (RejectChatSessionTransfer); it stays theirs."
    )
  )

const close = Command.make("close", { session: session("to close"), ...connection, json, verbose }, (
  args: SessionArgs
) =>
  Effect.promise(() => import("./close.js")).pipe(
    Effect.flatMap((m) => m.close(args, changed.close)),
    reporting(args.verbose, changed.close)
  )).pipe(
    Command.withDescription(
      "End a chat session: read it and save it back as Closed (GetChatSessionEntity, SaveChatSessionEntity)."
    )
  )

const transcript = Command.make("transcript", {
  session: session("whose transcript to print"),
  html: Options.boolean("html").pipe(Options.withDescription("The transcript as HTML rather than text.")),
  ...connection,
  json: Options.boolean("json").pipe(
    Options.withDescription("Print {\"chatSessionId\",\"html\",\"transcript\"} as one JSON object.")
  ),
  verbose
}, (args: TranscriptArgs) =>
  Effect.promise(() => import("./transcript.js")).pipe(
    Effect.flatMap((m) => m.transcript(args)),
    reporting(args.verbose, false)
  )).pipe(
    Command.withDescription("Print a chat session's transcript as NetServer renders it (GetChatTranscript).")
  )

const presence = Command.make("presence", {
  set: Options.text("set").pipe(
    Options.withPseudoName("present|away"),
    Options.withDescription("Set your own presence first (SaveChatPresence): present or away."),
    Options.optional
  ),
  ...connection,
  json: jsonLines("agent"),
  verbose
}, (args: PresenceArgs) =>
  Effect.promise(() => import("./presence.js")).pipe(
    Effect.flatMap((m) => m.presence(args, changed.presence)),
    reporting(args.verbose, Option.isSome(args.set) ? changed.presence : false)
  )).pipe(
    Command.withDescription(
      "Show which agents are present (GetChatPresence), with their ongoing chats and topics; --set changes yours."
    )
  )

/** The commands, in the order the overview lists them. */
export const commands = [sessions, topics, pickUp, transfer, accept, reject, close, transcript, presence] as const

/** Their lines in `so-chat`'s overview. */
export const overview: ReadonlyArray<string> = [
  "  so-chat sessions                                  your chat sessions, the one waiting longest first",
  "  so-chat topics                                    the chat topics you are an agent of",
  "  so-chat pick-up --session <id> | --first          take a session from the queue",
  "  so-chat transfer --session <id> --to <user>       offer a session to a colleague",
  "  so-chat accept|reject --session <id>              answer a transfer offered to you",
  "  so-chat close --session <id>                      end a session",
  "  so-chat transcript --session <id> [--html]        print a session's transcript",
  "  so-chat presence [--set present|away]             who is present; set your own presence"
]
