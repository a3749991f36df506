/**
 * How a `ChatMessage` is shown: readable text, or one JSON object with the
 * field names SuperOffice's own TypeScript client uses.
 *
 * @internal
 */
import type { ChatMessage } from "@so-chat/core"
import * as DateTime from "effect/DateTime"

/** The JSON shape of `--json`: camelCase fields, `whenPosted` as ISO-8601 UTC. */
export interface ChatMessageJson {
  readonly chatMessageId: number
  readonly chatSessionId: number
  readonly type: string
  readonly message: string | null
  readonly author: string | null
  readonly readByCustomer: number
  readonly specialType: string
  readonly specialParam: string | null
  readonly whenPosted: string
}

/** @internal */
export const toJson = (m: ChatMessage.ChatMessage): ChatMessageJson => ({
  chatMessageId: m.chatMessageId,
  chatSessionId: m.chatSessionId,
  type: m.type,
  message: m.message,
  author: m.author,
  readByCustomer: m.readByCustomer,
  specialType: m.specialType,
  specialParam: m.specialParam,
  whenPosted: DateTime.formatIso(m.whenPosted)
})

const text = (s: string | null): string => s === null ? "(none)" : s === "" ? "\"\"" : s

/** Lines for people; a multi-line text stays aligned under its label. */
export const toLines = (m: ChatMessage.ChatMessage): ReadonlyArray<string> => {
  const rows: Array<[string, string]> = [
    ["type", m.type],
    ["author", text(m.author)],
    ["message", text(m.message)],
    ["when posted", DateTime.formatIso(m.whenPosted)],
    ["read by customer", m.readByCustomer === 0 ? "no" : m.readByCustomer === 1 ? "yes" : String(m.readByCustomer)]
  ]
  if (m.specialType !== "None" || m.specialParam !== null) {
    rows.push(["special type", m.specialType], ["special param", text(m.specialParam)])
  }
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  const lines = [`chat message ${m.chatMessageId} in session ${m.chatSessionId}`]
  for (const [label, value] of rows) {
    const [first, ...rest] = value.split(/\r?\n/)
    lines.push(`  ${label.padEnd(width)}${first}`)
    for (const line of rest) lines.push(`  ${" ".repeat(width)}${line}`)
  }
  return lines
}

/**
 * One message as `so-chat messages` prints it: time, id, direction (or the
 * special type), author, text; a multi-line text continues indented.
 *
 *     2026-11-24T05:02:25.215Z #7 ToCustomer Ada: Your order has shipped
 *     2026-11-24T05:03:00.000Z #8 Special/Url (no author): Our FAQ [https://example.com/faq]
 */
export const toLine = (m: ChatMessage.ChatMessage): ReadonlyArray<string> => {
  const kind = m.type === "Special" || m.specialType !== "None" ? `${m.type}/${m.specialType}` : m.type
  const author = m.author === null ? "(no author)" : m.author === "" ? "\"\"" : m.author
  const param = m.specialParam === null ? "" : ` [${m.specialParam}]`
  const [first, ...rest] = text(m.message).split(/\r?\n/)
  const head = `${DateTime.formatIso(m.whenPosted)} #${m.chatMessageId} ${kind} ${author}: `
  return [
    `${head}${first}${rest.length === 0 ? param : ""}`,
    ...rest.map((line, i) => `    ${line}${i === rest.length - 1 ? param : ""}`)
  ]
}
