import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import {
  AddChatMessage,
  ChatMessage,
  CodecError,
  Envelope,
  NetServerException,
  NetServerHeaders,
  SoapFault,
  SoapVersion
} from "@so-chat/core"
import { Arbitrary, DateTime, Either, FastCheck as fc, Redacted } from "effect"

addEqualityTesters()

const chatMessage = Arbitrary.make(ChatMessage.ChatMessage)
const version = fc.constantFrom<SoapVersion.SoapVersion>("1.1", "1.2")
const int32 = fc.oneof(
  fc.constantFrom(-2147483648, 2147483647, 0, -1),
  fc.integer({ min: -2147483648, max: 2147483647 })
)

const right = <A, E extends { message: string }>(either: Either.Either<A, E>): A => {
  if (Either.isLeft(either)) throw new Error(either.left.message)
  return either.right
}

describe("decode(encode(v)) equals v", () => {
  it("requests, with headers, in both SOAP versions", () => {
    fc.assert(
      fc.property(
        version,
        int32,
        fc.option(chatMessage, { nil: null }),
        fc.option(fc.string(), { nil: undefined }),
        (version, chatSessionId, message, ticket) => {
          const headers = ticket === undefined
            ? {}
            : {
              ticket: Redacted.make(ticket.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, "")),
              applicationToken: Redacted.make("app-token")
            }
          const xml = right(
            Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId, message }, { version, headers })
          )
          const decoded = right(Envelope.decodeRequest([AddChatMessage.operation], xml))
          expect(decoded.version).toBe(version)
          expect(decoded.body.chatSessionId).toBe(chatSessionId)
          expect(decoded.body.message).toEqual(message)
          expect(decoded.headers.ticket && Redacted.value(decoded.headers.ticket)).toBe(
            headers.ticket && Redacted.value(headers.ticket)
          )
        }
      ),
      { numRuns: 500 }
    )
  })

  it("responses, as bytes, in both SOAP versions", () => {
    fc.assert(
      fc.property(version, fc.option(chatMessage, { nil: null }), (version, response) => {
        const xml = right(Envelope.encodeResponse(AddChatMessage.operation, { response }, { version }))
        const decoded = right(
          Envelope.decodeResponse(AddChatMessage.operation, new TextEncoder().encode(xml), { version })
        )
        expect(decoded.body.response).toEqual(response)
      }),
      { numRuns: 500 }
    )
  })

  it("keeps the strings that are easy to get wrong", () => {
    const hard = [
      "",
      " ",
      "  lead",
      "trail  ",
      " \t\n ",
      "\r\n",
      "\r",
      "a]]>b",
      "<![CDATA[x]]>",
      "&amp;",
      "😀𝄞",
      "\uFFFD"
    ]
    for (const text of hard) {
      const message = new ChatMessage.ChatMessage({ message: text, author: text, specialParam: text })
      const xml = right(Envelope.encodeResponse(AddChatMessage.operation, { response: message }, { version: "1.1" }))
      expect(right(Envelope.decodeResponse(AddChatMessage.operation, xml)).body.response).toEqual(message)
    }
  })

  it("keeps dates to the millisecond across 0001–9999", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -62135596800000, max: 253402300799999 }),
        (ms) => {
          const message = new ChatMessage.ChatMessage({ whenPosted: DateTime.unsafeMake(ms) })
          const xml = right(
            Envelope.encodeResponse(AddChatMessage.operation, { response: message }, { version: "1.2" })
          )
          const decoded = right(Envelope.decodeResponse(AddChatMessage.operation, xml)).body.response!
          expect(decoded.whenPosted.epochMillis).toBe(ms)
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("faults of both versions", () => {
    fc.assert(
      fc.property(
        version,
        fc.constantFrom("Sender", "Receiver", "MustUnderstand", "VersionMismatch") as fc.Arbitrary<
          "Sender" | "Receiver" | "MustUnderstand" | "VersionMismatch"
        >,
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        fc.boolean(),
        (version, code, reason, detail, withSubcode) => {
          const clean = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, "").replace(/\r/g, "")
          const fault = SoapFault.make({
            version,
            code,
            reason: clean(reason),
            ...(detail === undefined ? {} : { detail: clean(detail).trim() }),
            // in SOAP 1.1 the subcode is the fault code itself, as WCF writes it
            ...(withSubcode ? { subcodes: [{ namespace: "urn:x", local: "InvalidTicket" }] } : {})
          })
          const decoded = Envelope.decodeResponse(AddChatMessage.operation, Envelope.encodeFault(fault))
          expect(Either.isLeft(decoded) && decoded.left).toEqual(fault)
        }
      ),
      { numRuns: 300 }
    )
  })

  it("NetServer's ExceptionInfo with its InnerException and Parameters", () => {
    const exceptionInfo = new NetServerHeaders.SoExceptionInfo({
      message: "Ticket expired",
      stackTrace: null,
      friendlyText: "Your session has expired & must be renewed <now>",
      exceptionType: "SoSessionException",
      source: "NetServer",
      innerException: new NetServerHeaders.SoExceptionInfo({
        message: "inner",
        stackTrace: "at X()",
        friendlyText: null,
        exceptionType: "Inner",
        source: null,
        innerException: null,
        parameters: {}
      }),
      parameters: { ticket: "hidden?", empty: null }
    })
    const xml = right(Envelope.encodeResponse(AddChatMessage.operation, { response: null }, {
      version: "1.1",
      headers: { exceptionInfo, succeeded: false, extraInfo: { a: "b" } }
    }))
    const decoded = Envelope.decodeResponse(AddChatMessage.operation, xml)
    expect(Either.isLeft(decoded)).toBe(true)
    const error = Either.isLeft(decoded) ? decoded.left : undefined
    expect(error).toBeInstanceOf(NetServerException.NetServerException)
    const refused = error as NetServerException.NetServerException
    expect(refused.exceptionInfo).toEqual(exceptionInfo)
    expect(refused.extraInfo).toEqual({ a: "b" })
    expect(refused.message).toContain("Your session has expired & must be renewed <now>")
  })
})

describe("values XML 1.0 cannot carry fail at encode, naming the field", () => {
  const forbidden = fc.oneof(
    fc.integer({ min: 0, max: 8 }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF"),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
  )
  const field = fc.constantFrom("message", "author", "specialParam") as fc.Arbitrary<
    "message" | "author" | "specialParam"
  >
  const elementOf = { message: "Message", author: "Author", specialParam: "SpecialParam" } as const

  it("for every text field and forbidden character", () => {
    fc.assert(
      fc.property(field, fc.string(), forbidden, fc.string(), (key, before, bad, after) => {
        const value = before.replace(/[\uD800-\uDFFF]/g, "") + bad + after.replace(/[\uD800-\uDFFF]/g, "")
        const message = new ChatMessage.ChatMessage({ message: "ok" }, true)
        const broken = new ChatMessage.ChatMessage({ ...message, [key]: value }, true)
        const result = Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId: 1, message: broken }, {
          version: "1.1"
        })
        expect(Either.isLeft(result)).toBe(true)
        const error = (result as Either.Left<CodecError.UnencodableValue, string>).left
        expect(error).toBeInstanceOf(CodecError.UnencodableValue)
        expect(error.path).toBe(`AddChatMessage/Message/${elementOf[key]}`)
        expect(error.message).toContain(`AddChatMessage/Message/${elementOf[key]}`)
      })
    )
  })

  it("and the ChatMessage constructor refuses them up front", () => {
    expect(() => new ChatMessage.ChatMessage({ message: "a\u0000b" })).toThrow(/XML 1.0 cannot carry/)
  })

  it("ids outside int32 and readByCustomer outside short fail with the field's path", () => {
    const cases = [
      [{ chatMessageId: 2147483648 }, "AddChatMessage/Message/ChatMessageId"],
      [{ readByCustomer: 32768 }, "AddChatMessage/Message/ReadByCustomer"],
      [{ chatSessionId: 1.5 }, "AddChatMessage/Message/ChatSessionId"]
    ] as const
    for (const [props, path] of cases) {
      const broken = new ChatMessage.ChatMessage(props, true)
      const result = Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId: 1, message: broken }, {
        version: "1.2"
      })
      expect(Either.isLeft(result) && result.left.path).toBe(path)
    }
    const session = Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId: -2147483649, message: null }, {
      version: "1.2"
    })
    expect(Either.isLeft(session) && session.left.path).toBe("AddChatMessage/ChatSessionId")
  })

  it("a secret that XML cannot carry is reported without its value", () => {
    const result = Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId: 1, message: null }, {
      version: "1.1",
      headers: { ticket: Redacted.make("s3cret\u0001") }
    })
    expect(Either.isLeft(result)).toBe(true)
    const error = (result as Either.Left<CodecError.UnencodableValue, string>).left
    expect(error.path).toBe("Header/Credentials/Ticket")
    expect(`${error.message} ${JSON.stringify(error)} ${String(error)}`).not.toContain("s3cret")
  })
})
