/**
 * The examples of docs/codecs.md, run as tests so the guide cannot rot.
 */
import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, Envelope } from "@so-chat/core"
import { DateTime, Effect, Either, Redacted } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { fixture } from "./fixtures.js"

/** The regions between `// --- example: NAME` and `// --- end`, de-indented. */
const examples = (source: string): Map<string, string> => {
  const found = new Map<string, string>()
  for (const m of source.matchAll(/^( *)\/\/ --- example: (\S+)\n([\s\S]*?)^ *\/\/ --- end$/gm)) {
    const indent = m[1]!.length
    found.set(m[2]!, m[3]!.split("\n").map((line) => line.slice(indent)).join("\n").trimEnd())
  }
  return found
}

describe("docs/codecs.md", () => {
  it("encode a request", () => {
    // --- example: encode
    const message = new ChatMessage.ChatMessage({
      chatSessionId: 42,
      type: "ToCustomer",
      message: "Your order has shipped <3",
      author: "Ada"
    })
    const xml = Envelope.encodeRequest(
      AddChatMessage.operation,
      { chatSessionId: 42, message },
      {
        version: "1.1",
        headers: {
          applicationToken: Redacted.make("1234567-1234-9876"),
          ticket: Redacted.make("7T:1234abcxyzExample==")
        }
      }
    )
    // Either.right(`<s:Envelope …><s:Header><ApplicationToken …>…</s:Envelope>`)
    // --- end
    expect(Either.isRight(xml) && xml.right).toContain("<Message>Your order has shipped &lt;3</Message>")
    expect(Either.isRight(xml) && xml.right).toContain("<Ticket>7T:1234abcxyzExample==</Ticket>")
  })

  it("decode a response", () => {
    const responseBytes = new TextEncoder().encode(fixture("AddChatMessage.response"))
    // --- example: decode
    const result = Envelope.decodeResponse(AddChatMessage.operation, responseBytes)
    if (Either.isRight(result)) {
      const { version, body } = result.right // version: "1.2"
      console.log(version, body.response?.chatMessageId, DateTime.formatIso(body.response!.whenPosted))
    } else {
      console.error(result.left.message) // says what was wrong and where
    }
    // --- end
    expect(Either.isRight(result) && result.right.body.response?.whenPosted.epochMillis).toBe(
      Date.UTC(2021, 2, 25, 21, 36, 53)
    )
  })

  it.effect("handle each error in Effect code", () =>
    Effect.gen(function*() {
      const bytes = new TextEncoder().encode("<html><body>502 Bad Gateway</body></html>")
      // --- example: errors
      const outcome = yield* Envelope.decodeResponse(AddChatMessage.operation, bytes).pipe(
        Effect.map(({ body }) => `posted #${body.response?.chatMessageId}`),
        Effect.catchTags({
          SoapFault: (fault) => Effect.succeed(`fault ${fault.code}: ${fault.reason}`),
          NetServerException: (e) => Effect.succeed(`NetServer refused: ${e.friendlyText}`),
          MalformedXml: (e) => Effect.succeed(`not XML (line ${e.line}, column ${e.column})`),
          InvalidEnvelope: (e) => Effect.succeed(`not the expected SOAP message at ${e.path}`),
          InvalidValue: (e) => Effect.succeed(`bad value at ${e.path}: ${e.detail}`)
        })
      )
      // --- end
      expect(outcome).toBe("not the expected SOAP message at html")
    }))

  it("the fake-server side", () => {
    const requestBytes = fixture("AddChatMessage.request")
    // --- example: server
    const request = Envelope.decodeRequest([AddChatMessage.operation], requestBytes)
    if (Either.isRight(request)) {
      const stored = new ChatMessage.ChatMessage({ ...request.right.body.message!, chatMessageId: 1 })
      const reply = Envelope.encodeResponse(AddChatMessage.operation, { response: stored }, {
        version: request.right.version,
        headers: { succeeded: true }
      })
      void reply
    }
    // --- end
    expect(Either.isRight(request) && Redacted.value(request.right.headers.ticket!)).toBe("7T:1234abcxyzExample==")
  })
})

it("every example in docs/codecs.md is one of these tests, verbatim", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../../docs/codecs.md"), "utf8")
  const tested = examples(fs.readFileSync(__filename, "utf8"))
  const blocks = [...doc.matchAll(/```ts example=(\S+)\n([\s\S]*?)```/g)]
  expect(blocks.map((b) => b[1]).sort()).toEqual([...tested.keys()].sort())
  for (const [, name, code] of blocks) {
    expect(code!.trimEnd(), `docs/codecs.md example ${name}`).toBe(tested.get(name!))
  }
})
