/**
 * Decoded values must not keep the response text alive: the reader's strings
 * are slices of it, and a caller keeping a few messages of a long answer
 * would otherwise keep the whole answer.
 */
import { describe, expect, it } from "@effect/vitest"
import { ChatMessage, Envelope, GetChatMessages } from "@so-chat/core"
import { DateTime, Either } from "effect"
import * as v8 from "node:v8"
import { runInNewContext } from "node:vm"

v8.setFlagsFromString("--expose-gc")
const collect = runInNewContext("gc") as () => void
/** Full collections, settled: right after one, the heap still counts some of what it freed. */
const gc = async () => {
  collect()
  await new Promise((resolve) => setTimeout(resolve, 50))
  collect()
}

const answer = (n: number): Uint8Array => {
  const response = Array.from({ length: n }, (_, i) =>
    new ChatMessage.ChatMessage({
      chatMessageId: i + 1,
      chatSessionId: 4711,
      type: "ToCustomer",
      // Non-ASCII, so that the whole decoded text is a two-byte string.
      message: `Thanks for waiting! I've checked order #${10_000 + i}: it left our warehouse today 🚚`,
      author: "Ada Lovelace (Support)",
      whenPosted: DateTime.unsafeMake(1_732_000_000_000 + i)
    }))
  return new TextEncoder().encode(
    Either.getOrThrow(Envelope.encodeResponse(GetChatMessages.operation, { response }, { version: "1.1" }))
  )
}

describe("decoded values", () => {
  it("keep none of the response text they were read from", async () => {
    const n = 20_000
    const bytes = answer(n)
    const decode = () =>
      Either.getOrThrow(Envelope.decodeResponse(GetChatMessages.operation, bytes, { maxBytes: 1 << 30 })).body
        .response
    decode()
    await gc()
    const before = process.memoryUsage().heapUsed
    // One message of every hundred, as a caller keeping a few would.
    const kept = (decode() ?? []).filter((_, i) => i % 100 === 0)
    await gc()
    const retained = process.memoryUsage().heapUsed - before
    expect(kept).toHaveLength(n / 100)
    expect(kept[3]!.message).toMatch(/^Thanks for waiting! I've checked order #10300/)
    // The decoded text is about twice the XML's size (UTF-16), 200 messages
    // about 100 KB; kept slices would keep the whole text (measured: 16 MB
    // kept for one message of this answer, 0.1 MB with the values detached).
    expect(retained).toBeLessThan(bytes.byteLength / 8)
  })

  it("nor does the root start tag the reader remembers for the next answer", async () => {
    const small = answer(1)
    const decode = (bytes: Uint8Array) =>
      Either.getOrThrow(Envelope.decodeResponse(GetChatMessages.operation, bytes, { maxBytes: 1 << 30 }))
    decode(small)
    await gc()
    const before = process.memoryUsage().heapUsed
    {
      // Read twice in a row (the small answer's root is the same tag), its root tag is remembered.
      const bytes = answer(20_000)
      decode(bytes)
      decode(bytes)
    }
    await gc()
    const retained = process.memoryUsage().heapUsed - before
    // A remembered slice would keep the whole 16 MB text.
    expect(retained).toBeLessThan(1_000_000)
    expect(decode(small).body.response).toHaveLength(1)
  })
})
