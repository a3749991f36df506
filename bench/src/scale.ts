/**
 * Long GetChatMessages answers: decoding 1 000, 10 000 and 100 000 messages,
 * in time and in memory, to show both grow linearly. The bars compare the
 * cost per message of the largest answer with that of the 10 000-message one
 * (impl `so-chat/<n>`): within 1.5x means linear, give or take the garbage
 * collector.
 */
import { ChatMessage, Envelope, GetChatMessages } from "@so-chat/core"
import { DateTime, Either } from "effect"
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

/** Time (median of rounds) and the heap the decoded answer keeps (median of rounds, after full collections). */
const measure = async (bytes: Uint8Array, n: number, rounds: number): Promise<Measured> => {
  const decode = () => {
    const result = Envelope.decodeResponse(GetChatMessages.operation, bytes, { maxBytes: 1024 * 1024 * 1024 })
    if (Either.isLeft(result) || result.right.body.response?.length !== n) {
      throw new Error(`decoding ${n} messages failed`)
    }
    return result.right
  }
  decode() // warm up
  const times: Array<number> = []
  const retained: Array<number> = []
  for (let round = 0; round < rounds; round++) {
    await gc()
    const before = process.memoryUsage().heapUsed
    const started = process.hrtime.bigint()
    let kept: unknown = decode()
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
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
  }
]

/**
 * @since 0.1.0
 */
export const run = async (options: RunOptions): Promise<ReadonlyArray<Row>> => {
  const sizes = options.smoke ? [1_000, 10_000] : [1_000, 10_000, 100_000]
  const rows: Array<Row> = []
  for (const n of sizes) {
    const bytes = answer(n)
    const { ms, retainedMB } = await measure(bytes, n, options.smoke ? 2 : n >= 100_000 ? 5 : 9)
    const impl = `so-chat/${n}`
    rows.push(
      { suite: "scale", case: `decode ${n} messages`, impl, unit: "ms", value: ms },
      { suite: "scale", case: `decode ${n} messages`, impl, unit: "MB", value: bytes.length / 1e6 },
      { suite: "scale", case: "decode, per message", impl, unit: "us", value: (ms * 1000) / n },
      { suite: "scale", case: "decoded, per message", impl, unit: "KB", value: (retainedMB * 1000) / n }
    )
    console.log(
      `  ${n} messages: ${(bytes.length / 1e6).toFixed(1)} MB of XML, decoded in ${ms.toFixed(0)} ms ` +
        `(${((ms * 1000) / n).toFixed(1)} µs a message), keeping ${retainedMB.toFixed(1)} MB ` +
        `(${((retainedMB * 1000) / n).toFixed(2)} KB a message)`
    )
  }
  return rows
}
