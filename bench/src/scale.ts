/**
 * Long answers, in time and in memory, to show both grow linearly:
 * GetChatMessages answers of 1 000, 10 000 and 100 000 messages, and
 * ChatSessionsForUser answers of 100 and 1 000 sessions (the documented
 * session entity, repeated). The bars compare the cost per message (session)
 * of the largest answer with that of the next smaller one (impl
 * `so-chat/<n>`): within 1.5x means linear, give or take the garbage
 * collector.
 */
import { ChatMessage, Envelope, GetChatMessages } from "@so-chat/core"
import { ChatSessionsForUser } from "@so-chat/core/generated/operations/ChatSessions"
import { DateTime, Either } from "effect"
import { documentedResponse, sessionsForUser, toSoap11 } from "./documented.js"
import type { Bar, Row, RunOptions } from "./suite.js"

const collect = (): void => (globalThis as { gc?: () => void }).gc?.()
/** Full collections, settled: right after one, the heap still counts some of what it freed (measured: MBs). */
const gc = async (): Promise<void> => {
  collect()
  await new Promise((resolve) => setTimeout(resolve, 50))
  collect()
}

/** A realistic answer: alternating customer and agent messages, some special characters. */
const answer = (n: number): Uint8Array => {
  const response = Array.from({ length: n }, (_, i) =>
    new ChatMessage.ChatMessage({
      chatMessageId: i + 1,
      chatSessionId: 4711,
      type: i % 2 === 0 ? "ToUser" : "ToCustomer",
      message: i % 2 === 0
        ? `Hi, my order #${10_000 + i} hasn't arrived yet & the tracking page says "in transit" since Monday <3`
        : `Thanks for waiting! I've checked order #${10_000 + i}: it left our warehouse today 🚚`,
      author: i % 2 === 0 ? "Kari Nordmann" : "Ada (Support)",
      readByCustomer: 1,
      whenPosted: DateTime.unsafeMake(1_732_000_000_000 + i * 1_317)
    }))
  return new TextEncoder().encode(
    Either.getOrThrow(Envelope.encodeResponse(GetChatMessages.operation, { response }, { version: "1.1" }))
  )
}

const median = (values: ReadonlyArray<number>): number => [...values].sort((a, b) => a - b)[values.length >> 1]!

interface Measured {
  readonly ms: number
  readonly retainedMB: number
}

const maxBytes = 1024 * 1024 * 1024

const decodeMessages = (bytes: Uint8Array, n: number) => () => {
  const result = Envelope.decodeResponse(GetChatMessages.operation, bytes, { maxBytes })
  if (Either.isLeft(result) || result.right.body.response?.length !== n) {
    throw new Error(`decoding ${n} messages failed`)
  }
  return result.right
}

/** The documented ChatSessionsForUser answer's session, `n` times, over SOAP 1.1. */
const sessionsAnswer = (n: number): Uint8Array =>
  Buffer.from(sessionsForUser(toSoap11(documentedResponse("ChatSessionsForUser")), n), "utf8")

const decodeSessions = (bytes: Uint8Array, n: number) => () => {
  const result = Envelope.decodeResponse(ChatSessionsForUser, bytes, { maxBytes })
  if (Either.isLeft(result)) throw new Error(`decoding ${n} sessions failed: ${result.left.message}`)
  const sessions = result.right.body.response
  if (sessions?.length !== n || sessions[0]?.chatSessionId !== 1 || sessions[n - 1]?.chatSessionId !== n) {
    throw new Error(`decoding ${n} sessions gave other sessions than the answer holds`)
  }
  return result.right
}

const collectYoung = (): void => (globalThis as { gc?: (options: { type: "minor" }) => void }).gc?.({ type: "minor" })

/** The CPU time one call takes, in milliseconds (user and system, all the process's threads). */
const cpuMs = (f: () => unknown): number => {
  const start = process.cpuUsage()
  f()
  const spent = process.cpuUsage(start)
  return (spent.user + spent.system) / 1000
}

/**
 * CPU time (median of rounds) and the heap the decoded answer keeps (median of
 * three rounds, after full collections).
 *
 * CPU time, not wall time: on a machine shared with other work (load 10–20 on
 * two cores when this was written), one decode of a second or more is
 * preempted for most of its wall time, and by a different amount each round.
 * Each timed decode starts on a clean heap (full collections) with the code
 * warm again (`rewarm`, a small answer decoded a few times): right after a full
 * collection decoding runs slower for a while (see timing.ts), which made the
 * smaller answers look dearer per item than they are.
 */
const measure = async (decode: () => unknown, rewarm: () => unknown, rounds: number): Promise<Measured> => {
  for (let i = 0; i < 3; i++) decode() // warm up
  const times: Array<number> = []
  for (let round = 0; round < rounds; round++) {
    await gc()
    for (let i = 0; i < 20; i++) rewarm()
    collectYoung()
    times.push(cpuMs(decode))
  }
  const retained: Array<number> = []
  for (let round = 0; round < Math.min(rounds, 3); round++) {
    await gc()
    const before = process.memoryUsage().heapUsed
    let kept: unknown = decode()
    await gc()
    retained.push((process.memoryUsage().heapUsed - before) / 1e6)
    kept = undefined
    void kept
  }
  return { ms: median(times), retainedMB: median(retained) }
}

/**
 * @since 0.1.0
 */
export const bars: ReadonlyArray<Bar> = [
  {
    suite: "scale",
    case: "decode, per message",
    unit: "us",
    impl: "so-chat/100000",
    than: "so-chat/10000",
    atLeast: 1 / 1.5,
    label: "decode time grows linearly (per message at 100k within 1.5× of 10k)"
  },
  {
    suite: "scale",
    case: "decoded, per message",
    unit: "KB",
    impl: "so-chat/100000",
    than: "so-chat/10000",
    atLeast: 1 / 1.5,
    label: "decoded memory grows linearly (per message at 100k within 1.5× of 10k)"
  },
  {
    suite: "scale",
    case: "decode sessions, per session",
    unit: "us",
    impl: "so-chat/1000",
    than: "so-chat/100",
    atLeast: 1 / 1.5,
    label: "ChatSessionsForUser decode time grows linearly (per session at 1,000 within 1.5× of 100)"
  },
  {
    suite: "scale",
    case: "decoded sessions, per session",
    unit: "KB",
    impl: "so-chat/1000",
    than: "so-chat/100",
    atLeast: 1 / 1.5,
    label: "ChatSessionsForUser decoded memory grows linearly (per session at 1,000 within 1.5× of 100)"
  }
]

/**
 * @since 0.1.0
 */
export const run = async (options: RunOptions): Promise<ReadonlyArray<Row>> => {
  const rewarmMessages = decodeMessages(answer(10), 10)
  const rewarmSessions = decodeSessions(sessionsAnswer(1), 1)
  const sizes = options.smoke ? [1_000, 10_000] : [1_000, 10_000, 100_000]
  const rows: Array<Row> = []
  for (const n of sizes) {
    const bytes = answer(n)
    const { ms, retainedMB } = await measure(
      decodeMessages(bytes, n),
      rewarmMessages,
      options.smoke ? 2 : n >= 100_000 ? 5 : 9
    )
    const impl = `so-chat/${n}`
    rows.push(
      { suite: "scale", case: `decode ${n} messages`, impl, unit: "ms", value: ms },
      { suite: "scale", case: `decode ${n} messages`, impl, unit: "MB", value: bytes.length / 1e6 },
      { suite: "scale", case: "decode, per message", impl, unit: "us", value: (ms * 1000) / n },
      { suite: "scale", case: "decoded, per message", impl, unit: "KB", value: (retainedMB * 1000) / n }
    )
    console.log(
      `  ${n} messages: ${(bytes.length / 1e6).toFixed(1)} MB of XML, decoded in ${ms.toFixed(0)} ms of CPU ` +
        `(${((ms * 1000) / n).toFixed(1)} µs a message), keeping ${retainedMB.toFixed(1)} MB ` +
        `(${((retainedMB * 1000) / n).toFixed(2)} KB a message)`
    )
  }
  // A smoke run only proves the sessions decode: 1 000 documented sessions are
  // 18 MB of XML, seconds a round on a loaded machine.
  for (const n of options.smoke ? [10, 100] : [100, 1_000]) {
    const bytes = sessionsAnswer(n)
    const { ms, retainedMB } = await measure(
      decodeSessions(bytes, n),
      rewarmSessions,
      options.smoke ? 2 : n >= 1_000 ? 5 : 9
    )
    const impl = `so-chat/${n}`
    rows.push(
      { suite: "scale", case: `decode ${n} sessions`, impl, unit: "ms", value: ms },
      { suite: "scale", case: `decode ${n} sessions`, impl, unit: "MB", value: bytes.length / 1e6 },
      { suite: "scale", case: "decode sessions, per session", impl, unit: "us", value: (ms * 1000) / n },
      { suite: "scale", case: "decoded sessions, per session", impl, unit: "KB", value: (retainedMB * 1000) / n }
    )
    console.log(
      `  ${n} sessions (ChatSessionsForUser, the documented session repeated): ` +
        `${(bytes.length / 1e6).toFixed(1)} MB of XML, decoded in ${ms.toFixed(1)} ms of CPU ` +
        `(${((ms * 1000) / n).toFixed(1)} µs a session), keeping ${retainedMB.toFixed(2)} MB ` +
        `(${((retainedMB * 1000) / n).toFixed(2)} KB a session)`
    )
  }
  return rows
}
