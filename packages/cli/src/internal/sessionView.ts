/**
 * How the agent's day is shown: chat sessions (one in detail, or a list with
 * who has waited longest), topics and presence, as text for people or in the
 * JSON shape `so-chat call` prints (camelCase fields, nil as `null`, dates as
 * ISO-8601 UTC to the millisecond, enums as names).
 *
 * Loaded only by the commands that show them.
 *
 * @internal
 */
import { Xsd } from "@so-chat/core"
import type { Associate } from "@so-chat/core/generated/Associate"
import { ChatPresence } from "@so-chat/core/generated/ChatPresence"
import { ChatSessionEntity } from "@so-chat/core/generated/ChatSession"
import { ChatTopicEntity } from "@so-chat/core/generated/ChatTopic"
import * as DateTime from "effect/DateTime"
import * as Schema from "effect/Schema"
import { jsonSchema } from "./callJson.js"

/** An encoder to the JSON shape, made when first used (deriving it walks the whole contract). */
const encoder = <A>(schema: Schema.Schema<A, any>) => {
  let encode: ((a: A) => unknown) | undefined
  return (a: A): unknown => (encode ??= Schema.encodeSync(jsonSchema(schema)))(a)
}

/** A chat session in the JSON shape `call` prints. */
export const sessionJson: (session: ChatSessionEntity) => unknown = encoder(ChatSessionEntity)

/** A chat topic in the JSON shape `call` prints. */
export const topicJson: (topic: ChatTopicEntity) => unknown = encoder(ChatTopicEntity)

/** An agent's presence in the JSON shape `call` prints. */
export const presenceJson: (presence: ChatPresence) => unknown = encoder(ChatPresence)

const minMillis = DateTime.toEpochMillis(Xsd.DateTimeMin)

/** A dateTime NetServer set: not .NET's `DateTime.MinValue`, which stands for "never". */
const isSet = (d: DateTime.Utc): boolean => DateTime.toEpochMillis(d) > minMillis

const when = (d: DateTime.Utc): string => isSet(d) ? DateTime.formatIso(d) : "-"

const text = (s: string | null): string => s === null || s.trim() === "" ? "-" : s.replace(/\s+/g, " ")

const clip = (s: string, max: number): string => s.length > max ? `${s.slice(0, max - 1)}…` : s

/** A span of time, short: `42s`, `3m 12s`, `2h 5m`, `3d 4h`. */
export const formatWait = (millis: number): string => {
  const s = Math.max(0, Math.floor(millis / 1000))
  if (s < 60) return `${s}s`
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`
  if (s < 86400) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`
  return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`
}

/** An associate as shown: full name (or name), user name and id. */
export const who = (a: Associate | null): string => {
  if (a === null || (a.associateId === 0 && a.name === null && a.userName === null && a.fullName === null)) return "-"
  const name = a.fullName ?? a.name ?? a.userName ?? `associate ${a.associateId}`
  const user = a.userName !== null && a.userName !== name ? ` (${a.userName})` : ""
  return `${name}${user}`
}

/** The customer as shown: name (or alias), then how to reach them. */
const customer = (s: ChatSessionEntity): string => {
  const name = text(s.customerName ?? s.customerAlias)
  const reach = [s.customerEmail, s.customerPhone, s.customerCompanyName]
    .filter((x): x is string => x !== null && x.trim() !== "")
  return reach.length === 0 ? name : `${name} (${reach.join(", ")})`
}

/**
 * Since when a session has waited for an agent, if it is waiting: one in the
 * queue since it was requested (`WhenRequested`); one whose customer wrote
 * last (`CustomerLast`) since its last activity (`WhenIdle`, else
 * `WhenStarted`). Which time NetServer keeps for a customer's last message
 * is not documented; `WhenIdle` is inferred to be it.
 */
export const waitingSince = (s: ChatSessionEntity): DateTime.Utc | undefined => {
  if (s.status === "InQueue") return isSet(s.whenRequested) ? s.whenRequested : undefined
  if (s.status === "CustomerLast") {
    return isSet(s.whenIdle) ? s.whenIdle : isSet(s.whenStarted) ? s.whenStarted : undefined
  }
  return undefined
}

const waitMillis = (s: ChatSessionEntity, now: DateTime.Utc): number | undefined => {
  const since = waitingSince(s)
  return since === undefined ? undefined : DateTime.toEpochMillis(now) - DateTime.toEpochMillis(since)
}

/** The sessions in the order they are shown: waiting ones first, longest first; then the rest by id. */
export const ordered = (
  sessions: ReadonlyArray<ChatSessionEntity | null> | null
): ReadonlyArray<ChatSessionEntity> => {
  const all = (sessions ?? []).filter((s): s is ChatSessionEntity => s !== null)
  const since = (s: ChatSessionEntity) => {
    const d = waitingSince(s)
    return d === undefined ? Infinity : DateTime.toEpochMillis(d)
  }
  return [...all].sort((a, b) => since(a) - since(b) || a.chatSessionId - b.chatSessionId)
}

/** Whether an answer holds a session: NetServer answers nil, or an empty entity, when it has none. */
export const isSession = (s: ChatSessionEntity | null): s is ChatSessionEntity => s !== null && s.chatSessionId !== 0

/** Masks the secrets so-chat knows in text NetServer sent (`Output.redact`). */
export type Redact = (text: string) => string

/**
 * One session in detail, under `heading` (`picked up chat session 4`). What
 * NetServer sent is masked before it is cut, so a cut never leaves part of a
 * secret a server echoed.
 */
export const sessionLines = (
  s: ChatSessionEntity,
  now: DateTime.Utc,
  heading: string,
  redact: Redact
): ReadonlyArray<string> => {
  const wait = waitMillis(s, now)
  const rows: Array<readonly [string, string]> = [
    ["status", `${s.status}${wait === undefined ? "" : `, waiting ${formatWait(wait)}`}`],
    ["topic", String(s.topicId)],
    ["customer", customer(s)],
    ["agent", who(s.user)]
  ]
  if (s.transferTo !== null) rows.push(["transfer to", `${who(s.transferTo)}, not yet accepted`])
  rows.push(
    ["requested", when(s.whenRequested)],
    ["started", when(s.whenStarted)],
    ["ended", when(s.whenEnded)],
    ["first message", clip(redact(text(s.firstMessage)), 100)],
    ["last message", clip(redact(text(s.lastMessage)), 100)]
  )
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return [redact(heading), ...rows.map(([label, value]) => `  ${label.padEnd(width)}${redact(value)}`)]
}

/** A table; each cell masked, then cut to its column's `max` (see {@link sessionLines}). */
const table = (
  header: ReadonlyArray<string>,
  cells: ReadonlyArray<ReadonlyArray<string>>,
  options: { readonly right: ReadonlyArray<number>; readonly max: ReadonlyArray<number>; readonly redact: Redact }
) => {
  const { max, redact, right } = options
  const rows = cells.map((row) => row.map((c, i) => clip(redact(c), max[i] ?? Infinity)))
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (row: ReadonlyArray<string>) =>
    row.map((c, i) => right.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)).join("  ").trimEnd()
  return [line(header), ...rows.map(line)]
}

/** The list `so-chat sessions` prints: a line on who has waited longest, then one row per session. */
export const sessionsTable = (
  sessions: ReadonlyArray<ChatSessionEntity>,
  now: DateTime.Utc,
  redact: Redact
): ReadonlyArray<string> => {
  if (sessions.length === 0) return ["no chat sessions"]
  const waiting = sessions.filter((s) => waitingSince(s) !== undefined)
  const longest = waiting[0]
  const summary = `${sessions.length} chat session${sessions.length === 1 ? "" : "s"}, ${waiting.length} waiting` +
    (longest === undefined
      ? ""
      : `; waiting longest: session ${longest.chatSessionId} (${
        clip(redact(text(longest.customerName ?? longest.customerAlias)), 30)
      }, ${formatWait(waitMillis(longest, now)!)} ${longest.status === "InQueue" ? "in the queue" : "for an answer"})`)
  const rows = sessions.map((s) => {
    const wait = waitMillis(s, now)
    return [
      String(s.chatSessionId),
      s.status,
      String(s.topicId),
      text(s.customerName ?? s.customerAlias),
      s.transferTo === null ? who(s.user) : `${who(s.user)} -> ${who(s.transferTo)}`,
      wait === undefined ? "-" : formatWait(wait)
    ]
  })
  return [
    summary,
    "",
    ...table(["ID", "STATUS", "TOPIC", "CUSTOMER", "AGENT", "WAITING"], rows, {
      right: [0, 2],
      max: [11, 24, 11, 30, 50, 12],
      redact
    })
  ]
}

const onOff = (b: boolean) => b ? "on" : "off"

/** The list `so-chat topics` prints. */
export const topicsTable = (topics: ReadonlyArray<ChatTopicEntity>, redact: Redact): ReadonlyArray<string> =>
  topics.length === 0
    ? ["no chat topics"]
    : table(
      ["ID", "NAME", "OPENING HOURS", "BOT", "DESCRIPTION"],
      topics.map((t) => [
        String(t.chatTopicId),
        text(t.name),
        onOff(t.openingHoursEnabled),
        onOff(t.botEnabled),
        text(t.description)
      ]),
      { right: [0], max: [11, 30, 13, 3, 60], redact }
    )

/** The list `so-chat presence` prints: each agent, present or away, with their ongoing chats and topics. */
export const presenceTable = (presences: ReadonlyArray<ChatPresence>, redact: Redact): ReadonlyArray<string> =>
  presences.length === 0
    ? ["no agents"]
    : table(
      ["USER", "NAME", "PRESENT", "ONGOING", "TOPICS"],
      presences.map((p) => [
        String(p.userId),
        text(p.displayName),
        p.present ? "yes" : "no",
        String(p.ongoingChats),
        p.chatTopics === null || p.chatTopics.length === 0 ? "-" : p.chatTopics.join(", ")
      ]),
      { right: [0, 3], max: [11, 30, 7, 11, 60], redact }
    )
