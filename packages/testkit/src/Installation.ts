/**
 * The installation a fake NetServer keeps: its users (associates), chat
 * topics with their agents, chat sessions with their messages, and presence.
 * A seed says what the installation holds when the fake starts — in code, or
 * as a JSON seed file read with {@link parseSeed} / {@link readSeedFile} —
 * and the views here are what a test reads back from the fake's state.
 *
 * @since 0.1.0
 */
import * as FileSystem from "@effect/platform/FileSystem"
import { ChatMessageSpecialType, ChatMessageType, Xsd } from "@so-chat/core"
import type * as ChatMessage from "@so-chat/core/ChatMessage"
import * as ChatSession from "@so-chat/core/generated/ChatSession"
import * as ChatTopic from "@so-chat/core/generated/ChatTopic"
import type * as ChatTopicAgent from "@so-chat/core/generated/ChatTopicAgent"
import { jsonSchema } from "@so-chat/core/JsonForm"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { checkInstallation } from "./internal/installation/check.js"
import * as defaults from "./internal/installation/defaultSeed.js"

/**
 * A time in a seed: an ISO-8601 date-time (`2026-12-01T09:00:00Z`), or a
 * duration before the fake starts, by its `Clock` (`10 minutes ago`), so a
 * seed's history stays recent whenever it is loaded and under a `TestClock`.
 *
 * @since 0.1.0
 * @category models
 */
export type Time =
  | { readonly _tag: "At"; readonly at: DateTime.Utc }
  | { readonly _tag: "Ago"; readonly ago: Duration.Duration }

/**
 * A fixed time.
 *
 * @since 0.1.0
 * @category constructors
 */
export const at = (iso: string | number | Date): Time => ({ _tag: "At", at: DateTime.unsafeMake(iso) })

/**
 * A time this long before the fake starts.
 *
 * @since 0.1.0
 * @category constructors
 */
export const ago = (duration: Duration.DurationInput): Time => ({ _tag: "Ago", ago: Duration.decode(duration) })

/** A duration as `Duration.decode` reads it back: in the largest unit it is a whole number of. */
const durationText = (d: Duration.Duration): string => {
  const ms = Duration.toMillis(d)
  const units = [[3_600_000, "hours"], [60_000, "minutes"], [1000, "seconds"]] as const
  const [size, unit] = units.find(([size]) => ms % size === 0) ?? [1, "millis"]
  return `${ms / size} ${unit}`
}

const TimeType = Schema.Union(
  Schema.TaggedStruct("At", { at: Schema.DateTimeUtcFromSelf }),
  Schema.TaggedStruct("Ago", { ago: Schema.DurationFromSelf })
)

/**
 * {@link Time} from its text: ISO-8601, or `<duration> ago` (any duration
 * Effect's `Duration` reads: `90 seconds ago`, `2 hours ago`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const TimeFromString: Schema.Schema<Time, string> = Schema.transformOrFail(Schema.String, TimeType, {
  strict: true,
  decode: (text, _, ast) => {
    const agoMatch = /^(.*\S)\s+ago$/.exec(text.trim())
    if (agoMatch !== null) {
      const d = Duration.decodeUnknown(agoMatch[1])
      return d._tag === "Some" && Duration.toMillis(d.value) >= 0
        ? ParseResult.succeed({ _tag: "Ago" as const, ago: d.value })
        : ParseResult.fail(new ParseResult.Type(ast, text, `${JSON.stringify(agoMatch[1])} is not a duration`))
    }
    const parsed = DateTime.make(text)
    return parsed._tag === "Some" && /\d{4}-\d\d-\d\d/.test(text)
      ? ParseResult.succeed({ _tag: "At" as const, at: DateTime.toUtc(parsed.value) })
      : ParseResult.fail(
        new ParseResult.Type(ast, text, `${JSON.stringify(text)} is neither an ISO-8601 date-time nor "<duration> ago"`)
      )
  },
  encode: (time) =>
    ParseResult.succeed(
      time._tag === "At" ? DateTime.formatIso(time.at) : `${durationText(time.ago)} ago`
    )
}).annotations({ identifier: "Time" })

const Name = Schema.String.pipe(Schema.nonEmptyString())
const Id = Xsd.Int.pipe(Schema.positive())

/**
 * A user of the installation (an associate): the associate id, the user
 * name a login takes (without regard to case) and its password, a ticket
 * valid from the start that never expires, the full name shown to
 * customers, and whether the user is present for chat (default `true`).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SeedUser = Schema.Struct({
  associateId: Id,
  username: Name,
  password: Schema.Redacted(Schema.String),
  ticket: Schema.Redacted(Name),
  fullName: Schema.optional(Schema.String),
  present: Schema.optional(Schema.Boolean)
})

/**
 * @since 0.1.0
 * @category models
 */
export type SeedUser = Schema.Schema.Type<typeof SeedUser>

/**
 * A user's rights on a topic (`ChatTopicAgent`), by user name. Left out,
 * `canListen` and `canRespond` are `true`, `canManage` and `canNotify`
 * `false`: an ordinary agent.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SeedAgent = Schema.Struct({
  username: Name,
  canListen: Schema.optional(Schema.Boolean),
  canRespond: Schema.optional(Schema.Boolean),
  canManage: Schema.optional(Schema.Boolean),
  canNotify: Schema.optional(Schema.Boolean)
})

/**
 * @since 0.1.0
 * @category models
 */
export type SeedAgent = Schema.Schema.Type<typeof SeedAgent>

/**
 * A chat topic: the whole `ChatTopicEntity` (in a seed file, in the JSON
 * form `so-chat call` uses: field names in camelCase, enums by name,
 * durations as `PT8H`, date-times ISO; any field left out is its default;
 * its `chatTopicId` above 0), and its agents.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SeedTopic = Schema.Struct({
  // The JSON form gives a field left out its default, in nested contracts too. Built on first use: walking the
  // whole ChatTopicEntity contract for its JSON form costs start-up time to every program that loads the
  // testkit (so-chat demo), and only a seed file is read through it.
  topic: Schema.suspend(() => jsonSchema(ChatTopic.ChatTopicEntity)).pipe(
    Schema.filter((t) => t.chatTopicId > 0 || "chatTopicId must be above 0")
  ),
  agents: Schema.optional(Schema.Array(SeedAgent))
})

/**
 * @since 0.1.0
 * @category models
 */
export type SeedTopic = Schema.Schema.Type<typeof SeedTopic>

/**
 * A message already in a session. `chatMessageId` left out: numbered after
 * every id given (see the testkit guide). `whenPosted` left out: the
 * session's `whenRequested`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SeedMessage = Schema.Struct({
  chatMessageId: Schema.optional(Id),
  type: ChatMessageType.ChatMessageType.pipe(
    Schema.filter((t) => ["ToCustomer", "ToUser", "Special"].includes(t) || "must be ToCustomer, ToUser or Special")
  ),
  message: Schema.String,
  author: Schema.optional(Schema.String),
  specialType: Schema.optional(ChatMessageSpecialType.KnownChatMessageSpecialType),
  specialParam: Schema.optional(Schema.String),
  whenPosted: Schema.optional(TimeFromString)
})

/**
 * @since 0.1.0
 * @category models
 */
export type SeedMessage = Schema.Schema.Type<typeof SeedMessage>

/**
 * A chat session already in the installation: its topic, status, owner
 * (`user`, a user name) and pending transfer (`transferTo`), the customer,
 * its times and messages. `whenRequested` left out: when the fake starts.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SeedSession = Schema.Struct({
  chatSessionId: Id,
  topicId: Id,
  status: ChatSession.ChatSessionStatusEnumeration.Known,
  user: Schema.optional(Name),
  transferTo: Schema.optional(Name),
  customerName: Schema.optional(Schema.String),
  customerEmail: Schema.optional(Schema.String),
  customerAlias: Schema.optional(Schema.String),
  customerPhone: Schema.optional(Schema.String),
  customerCompanyName: Schema.optional(Schema.String),
  customerHost: Schema.optional(Schema.String),
  whenRequested: Schema.optional(TimeFromString),
  whenStarted: Schema.optional(TimeFromString),
  whenEnded: Schema.optional(TimeFromString),
  messages: Schema.optional(Schema.Array(SeedMessage))
})

/**
 * @since 0.1.0
 * @category models
 */
export type SeedSession = Schema.Schema.Type<typeof SeedSession>

/**
 * A seed: the whole installation as the fake starts with it. The schema of
 * a seed file (decode: its JSON in).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Seed = Schema.Struct({
  users: Schema.Array(SeedUser),
  topics: Schema.Array(SeedTopic),
  sessions: Schema.optional(Schema.Array(SeedSession))
}).annotations({ identifier: "Seed" })

/**
 * An installation, as a seed gives it.
 *
 * @since 0.1.0
 * @category models
 */
export type Installation = Schema.Schema.Type<typeof Seed>

/**
 * A seed that cannot be read or does not hang together: where (`path`, as
 * `sessions[2].topicId`; empty for the whole) and what is wrong.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidSeed extends Schema.TaggedError<InvalidSeed>("@so-chat/testkit/InvalidSeed")("InvalidSeed", {
  path: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `Invalid seed${this.path === "" ? "" : ` at ${this.path}`}: ${this.detail}`
  }
}

const pathText = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === "number" || /^\d+$/.test(String(key))
        ? `${text}[${String(key)}]`
        : text === ""
        ? String(key)
        : `${text}.${String(key)}`,
    ""
  )

/**
 * Checks an installation hangs together: ids and user names unique, every
 * topic, owner, transfer target and agent known, transfers only on open
 * sessions, message ids unique.
 *
 * @since 0.1.0
 * @category validation
 */
export const validate = (installation: Installation): Either.Either<Installation, InvalidSeed> =>
  Either.mapLeft(checkInstallation(installation), (p) => new InvalidSeed(p))

/**
 * Reads a seed from its decoded JSON, then {@link validate}s it.
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeSeed = (json: unknown): Either.Either<Installation, InvalidSeed> =>
  Either.flatMap(
    Either.mapLeft(
      Schema.decodeUnknownEither(Seed, { onExcessProperty: "error" })(json),
      (error) => {
        const [first] = ParseResult.ArrayFormatter.formatErrorSync(error)
        return new InvalidSeed({
          path: first === undefined ? "" : pathText(first.path),
          detail: (first?.message ?? error.message).replace(/\s+/g, " ")
        })
      }
    ),
    validate
  )

/**
 * Reads a seed from the text of a seed file.
 *
 * @since 0.1.0
 * @category decoding
 */
export const parseSeed = (text: string): Either.Either<Installation, InvalidSeed> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return Either.left(new InvalidSeed({ path: "", detail: `not JSON: ${(e as Error).message}` }))
  }
  return decodeSeed(json)
}

/**
 * Reads a seed file.
 *
 * @since 0.1.0
 * @category decoding
 */
export const readSeedFile = (path: string): Effect.Effect<Installation, InvalidSeed, FileSystem.FileSystem> =>
  Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFileString(path)).pipe(
    Effect.mapError((e) => new InvalidSeed({ path: "", detail: `cannot read ${path}: ${e.message}` })),
    Effect.flatMap((text) => parseSeed(text))
  )

/**
 * A seed file's text for an installation (secrets in clear: a seed file
 * holds the users' passwords and tickets, as the fake must know them).
 *
 * @since 0.1.0
 * @category encoding
 */
export const encodeSeed = (installation: Installation): string =>
  JSON.stringify(Schema.encodeSync(Seed)(installation), null, 2)

/**
 * The installation a fake keeps unless told otherwise: two agents, ada
 * (the default user, the documented ticket) and grace; two topics, Support
 * (1, open Monday to Friday 08:00–16:00 in Europe/Oslo) and Sales (2,
 * always open); sessions 1, 2 and 3 open in Support and ada's, empty, as
 * the fake always had them; and, with some history, sessions in other
 * states: 4 and 5 waiting in the queues, 6 answered by grace, 7 on its way
 * from grace to ada (a transfer to accept), 8 closed. Its messages are
 * numbered from 900001, so a new message is still 1 (and the ids new messages take stay consecutive for long). The testkit guide lists
 * it whole.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultInstallation: Installation = defaults.defaultInstallation

/**
 * A status change of a session, or its transfer's: what it became, when
 * (the fake's `Clock`), who did it (a user name; `null` for the customer's
 * side and the seed), by which operation (`seed` for a seeded session), and
 * the owner and transfer target after it.
 *
 * @since 0.1.0
 * @category models
 */
export interface Transition {
  readonly status: ChatSession.ChatSessionStatus
  readonly at: DateTime.Utc
  readonly by: string | null
  readonly operation: string
  readonly user: string | null
  readonly transferTo: string | null
}

/**
 * A chat session as the fake holds it: the entity NetServer returns for it,
 * its transitions oldest first, and its messages in the order posted.
 *
 * @since 0.1.0
 * @category models
 */
export interface SessionRecord {
  readonly session: ChatSession.ChatSessionEntity
  readonly transitions: ReadonlyArray<Transition>
  readonly messages: ReadonlyArray<ChatMessage.ChatMessage>
}

/**
 * A chat topic as the fake holds it, with its agents.
 *
 * @since 0.1.0
 * @category models
 */
export interface TopicRecord {
  readonly topic: ChatTopic.ChatTopicEntity
  readonly agents: ReadonlyArray<ChatTopicAgent.ChatTopicAgent>
}
