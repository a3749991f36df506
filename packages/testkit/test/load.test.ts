/**
 * Thousands of concurrent AddChatMessage calls against the HTTP fake: no
 * error, every id exactly once, and no heap growth from round to round.
 *
 * The client is undici with a prebuilt envelope, so the time goes to the
 * server under test; each answer is decoded with core to read its id.
 */
import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, Envelope } from "@so-chat/core"
import { FakeNetServer, startFakeNetServer } from "@so-chat/testkit"
import { Either } from "effect"
import * as v8 from "node:v8"
import * as vm from "node:vm"
import { Agent, request } from "undici"
import { addChatMessageXml, soapHeaders } from "./soap.js"

const CALLS = 5000
const ROUNDS = 3
const MiB = 1024 * 1024

// `gc` without a flag on the command line: vitest's workers start without it.
v8.setFlagsFromString("--expose-gc")
const gc: () => void = vm.runInNewContext("gc")

const heapAfterGc = () => {
  gc()
  gc()
  return v8.getHeapStatistics().used_heap_size
}

describe("load", () => {
  it(`${ROUNDS} rounds of ${CALLS} concurrent calls`, async () => {
    const server = await startFakeNetServer({ maxRecordedRequests: 0 })
    // 5000 calls in flight at once on up to 1000 keep-alive connections, as a
    // busy client would. (5000 connections opened at once from one process
    // are at the mercy of the kernel's accept queue, whoever the server is.)
    const agent = new Agent({ connections: 1000, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000 })
    const bodies = [1, 2, 3].map((id) => addChatMessageXml(id, { headers: { ticket: FakeNetServer.defaultTicket } }))
    const headers = soapHeaders("1.1")
    const call = async (i: number): Promise<number | string> => {
      try {
        const response = await request(server.chatUrl, {
          method: "POST",
          headers,
          body: bodies[i % 3]!,
          dispatcher: agent
        })
        const decoded = Envelope.decodeResponse(
          AddChatMessage.operation,
          new Uint8Array(await response.body.arrayBuffer())
        )
        return Either.isRight(decoded) ? decoded.right.body.response!.chatMessageId : decoded.left.message
      } catch (e) {
        return String(e)
      }
    }
    try {
      const heaps: Array<number> = []
      const rates: Array<number> = []
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now()
        const results = await Promise.all(Array.from({ length: CALLS }, (_, i) => call(i)))
        rates.push(CALLS / ((performance.now() - started) / 1000))
        expect(results.filter((r) => typeof r === "string").slice(0, 3)).toEqual([])
        // every id of the round, once: none doubled, none skipped
        const ids = (results as Array<number>).sort((a, b) => a - b)
        expect(ids[0]).toBe(round * CALLS + 1)
        expect(ids.every((id, k) => id === round * CALLS + 1 + k)).toBe(true)
        // The fake keeps the messages it was sent; forget them, so what
        // remains on the heap is the server's machinery.
        await server.clear()
        heaps.push(heapAfterGc())
      }
      const growth = heaps.at(-1)! - heaps[1]!
      console.log(
        `load: ${CALLS} concurrent calls x ${ROUNDS} rounds: ${rates.map((r) => r.toFixed(0)).join(", ")} calls/s; ` +
          `heap after gc ${heaps.map((h) => (h / MiB).toFixed(1)).join(", ")} MiB; ` +
          `growth after the warm-up round ${(growth / MiB).toFixed(2)} MiB`
      )
      // Round 1 warms up (JIT, connections); afterwards the heap stays flat. A
      // leak of 200 bytes a call would show as 1 MiB from round 2 to round 3.
      expect(growth).toBeLessThan(1 * MiB)
    } finally {
      await agent.close()
      await server.close()
    }
  }, 120_000)
})
