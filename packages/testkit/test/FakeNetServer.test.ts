import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, NetServerException, SoapFault } from "@so-chat/core"
import { FakeNetServer, Fixtures } from "@so-chat/testkit"
import { DateTime, Effect, Redacted, TestClock } from "effect"
import { inspect } from "node:util"
import {
  ACTION,
  addChatMessageXml,
  CHAT_PATH,
  decodedBody,
  failureOf,
  hello,
  request,
  SERVICES88,
  SOAP11,
  SOAP12,
  soapHeaders
} from "./soap.js"

addEqualityTesters()

const ticket = FakeNetServer.defaultTicket
const applicationToken = FakeNetServer.defaultApplicationToken

const exceptionOf = (body: string): NetServerException.NetServerException => {
  const error = failureOf(body)
  expect(error).toBeInstanceOf(NetServerException.NetServerException)
  return error as NetServerException.NetServerException
}

const faultOf = (body: string): SoapFault.SoapFault => {
  const error = failureOf(body)
  expect(error).toBeInstanceOf(SoapFault.SoapFault)
  return error as SoapFault.SoapFault
}

describe("AddChatMessage on the fake", () => {
  it.effect("assigns increasing ids per server, takes WhenPosted from the Clock, echoes the rest", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      yield* TestClock.setTime(Date.UTC(2024, 4, 17, 9, 30, 0, 250))
      const message = new ChatMessage.ChatMessage({
        chatMessageId: 999,
        chatSessionId: 2,
        type: "Special",
        message: "Pick one",
        author: null,
        readByCustomer: 1,
        specialType: "Options",
        specialParam: "[\"yes\",\"no\"]"
      })
      const first = yield* server.handle(
        request(addChatMessageXml(2, { headers: { ticket }, message }))
      )
      expect(first.status).toBe(200)
      expect(first.headers["content-type"]).toBe("text/xml; charset=utf-8")
      const decoded = decodedBody(first.body)
      expect(decoded.headers.succeeded).toBe(true)
      expect(decoded.body.response).toEqual(
        new ChatMessage.ChatMessage({
          ...message,
          chatMessageId: 1,
          whenPosted: DateTime.unsafeMake("2024-05-17T09:30:00.250Z")
        })
      )

      yield* TestClock.adjust("90 seconds")
      const second = decodedBody((yield* server.handle(request(addChatMessageXml(3, { headers: { ticket } })))).body)
      expect(second.body.response?.chatMessageId).toBe(2)
      expect(second.body.response?.chatSessionId).toBe(3)
      expect(DateTime.formatIso(second.body.response!.whenPosted)).toBe("2024-05-17T09:31:30.250Z")

      // another server counts on its own
      const other = yield* FakeNetServer.make({ firstChatMessageId: 500 })
      const third = decodedBody((yield* other.handle(request(addChatMessageXml(1, { headers: { ticket } })))).body)
      expect(third.body.response?.chatMessageId).toBe(500)

      expect((yield* server.messages(2)).map((m) => m.message)).toEqual(["Pick one"])
      expect((yield* server.messages(3)).map((m) => m.chatMessageId)).toEqual([2])
    }))

  it.effect("answers SOAP 1.2 in SOAP 1.2", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const response = yield* server.handle(
        request(addChatMessageXml(1, { version: "1.2", headers: { ticket } }), { version: "1.2" })
      )
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toBe("application/soap+xml; charset=utf-8")
      expect(response.body).toContain(SOAP12)
      expect(decodedBody(response.body).version).toBe("1.2")
    }))

  it.effect("the documented request: its session 0 does not exist by default, and does when configured", () =>
    Effect.gen(function*() {
      const documented = request(Fixtures.bytes("AddChatMessage.request"), { version: "1.2" })
      const byDefault = yield* FakeNetServer.make()
      const refused = exceptionOf((yield* byDefault.handle(documented)).body)
      expect(refused.exceptionType).toBe("SoException")

      const withZero = yield* FakeNetServer.make({ chatSessionIds: [0] })
      const answer = decodedBody((yield* withZero.handle(documented)).body)
      expect(answer.body.response?.chatMessageId).toBe(1)
      expect(answer.body.response?.message).toBe("")
      expect(answer.body.response?.type).toBe("Invalid")
    }))

  it.effect("a session added later exists", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      expect(exceptionOf((yield* server.handle(request(addChatMessageXml(42, { headers: { ticket } })))).body))
        .toBeDefined()
      yield* server.addChatSession(42)
      expect(
        decodedBody((yield* server.handle(request(addChatMessageXml(42, { headers: { ticket } })))).body).body
          .response?.chatSessionId
      ).toBe(42)
    }))
})

describe("what NetServer refuses: HTTP 200, ExceptionInfo header, Succeeded false", () => {
  const refusal = (
    options: FakeNetServer.Options,
    xml: string,
    version: "1.1" | "1.2" = "1.1"
  ) =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make(options)
      const response = yield* server.handle(request(xml, { version }))
      expect(response.status).toBe(200)
      // Succeeded=false and the ExceptionInfo header are both on the wire
      expect(response.body).toMatch(/<Succeeded[^>]*>false<\/Succeeded>/)
      expect(response.body).toContain("<ExceptionInfo")
      const error = exceptionOf(response.body)
      const [received] = yield* server.requests
      expect(received?.outcome._tag).toBe("NetServerException")
      expect(yield* server.messages(1)).toEqual([])
      return error
    })

  it.effect("an unknown chat session", () =>
    Effect.gen(function*() {
      const error = yield* refusal({}, addChatMessageXml(99, { headers: { ticket } }))
      expect(error.exceptionType).toBe("SoException")
      expect(error.friendlyText).toContain("99")
      expect(error.exceptionInfo?.parameters).toEqual({ chatSessionId: "99" })
    }))

  it.effect("no ticket", () =>
    Effect.gen(function*() {
      const error = yield* refusal({}, addChatMessageXml(1))
      expect(error.exceptionType).toBe("SoSessionException")
      expect(error.exceptionInfo?.message).toMatch(/No credentials/)
    }))

  it.effect("an unknown ticket, in either SOAP version", () =>
    Effect.gen(function*() {
      for (const version of ["1.1", "1.2"] as const) {
        const xml = addChatMessageXml(1, { version, headers: { ticket: Redacted.make("7T:stale==") } })
        const error = yield* refusal({}, xml, version)
        expect(error.exceptionType).toBe("SoSessionException")
        expect(error.exceptionInfo?.message).toMatch(/not valid/)
      }
    }))

  it.effect("Online: no application token", () =>
    Effect.gen(function*() {
      const error = yield* refusal({ online: true }, addChatMessageXml(1, { headers: { ticket } }))
      expect(error.exceptionType).toBe("SoSecurityException")
      expect(error.exceptionInfo?.message).toMatch(/No application token/)
    }))

  it.effect("Online: an application token it does not know", () =>
    Effect.gen(function*() {
      const xml = addChatMessageXml(1, { headers: { ticket, applicationToken: Redacted.make("other") } })
      const error = yield* refusal({ online: true }, xml)
      expect(error.exceptionType).toBe("SoSecurityException")
    }))

  it.effect("a nil message", () =>
    Effect.gen(function*() {
      const error = yield* refusal({}, addChatMessageXml(1, { headers: { ticket }, message: null }))
      expect(error.exceptionType).toBe("ArgumentNullException")
    }))

  it.effect("Online with the token, and on-site without one, both post", () =>
    Effect.gen(function*() {
      const online = yield* FakeNetServer.make({ online: true })
      const withToken = yield* online.handle(request(addChatMessageXml(1, { headers: { ticket, applicationToken } })))
      expect(decodedBody(withToken.body).body.response?.chatMessageId).toBe(1)
      const onSite = yield* FakeNetServer.make()
      const noToken = yield* onSite.handle(request(addChatMessageXml(1, { headers: { ticket } })))
      expect(decodedBody(noToken.body).body.response?.chatMessageId).toBe(1)
      // on-site does not look at the token at all, not even a wrong one
      const wrongToken = yield* onSite.handle(
        request(addChatMessageXml(1, { headers: { ticket, applicationToken: Redacted.make("nonsense") } }))
      )
      expect(decodedBody(wrongToken.body).body.response?.chatMessageId).toBe(2)
    }))

  it.effect("users and tokens given as options replace the defaults", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make({
        users: [{ username: "grace", password: "hopper", ticket: "7T:grace==" }],
        online: true,
        applicationTokens: ["app-1"]
      })
      const own = yield* server.handle(request(addChatMessageXml(1, {
        headers: { ticket: Redacted.make("7T:grace=="), applicationToken: Redacted.make("app-1") }
      })))
      expect(decodedBody(own.body).headers.succeeded).toBe(true)
      const defaults = yield* server.handle(request(addChatMessageXml(1, { headers: { ticket, applicationToken } })))
      expect(exceptionOf(defaults.body).exceptionType).toBe("SoSecurityException")
    }))
})

const envelope = (body: string, options: { env?: string; header?: string } = {}) =>
  `<s:Envelope xmlns:s="${options.env ?? SOAP11}">${
    options.header ? `<s:Header>${options.header}</s:Header>` : ""
  }<s:Body>${body}</s:Body></s:Envelope>`

const credentials = `<Credentials xmlns="${SERVICES88}"><Ticket>${Redacted.value(ticket)}</Ticket></Credentials>`

const addBody = (sessionId = "1") =>
  `<AddChatMessage xmlns="${SERVICES88}"><ChatSessionId>${sessionId}</ChatSessionId><Message><Message>hi</Message></Message></AddChatMessage>`

describe("what WCF refuses: a SOAP fault of the request's version", () => {
  /**
   * `code` is WCF's: a subcode's local name (`ActionNotSupported`), which in
   * SOAP 1.1 is the faultcode itself and in 1.2 the Subcode under Sender; or
   * a SOAP code (`Sender`, `VersionMismatch`, …) when WCF gives no subcode.
   */
  const faulted = (req: FakeNetServer.HttpRequest, expected: { status: number; code: string; version?: string }) =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const response = yield* server.handle(req)
      expect(response.status).toBe(expected.status)
      const fault = faultOf(response.body)
      const wcf = /^[A-Z][a-z]+[A-Z]/.test(expected.code)
        && !["VersionMismatch", "MustUnderstand"].includes(expected.code)
      if (!wcf) expect(fault.code).toBe(expected.code)
      else if (fault.version === "1.1") {
        expect(fault.code).toBe("Other")
        expect(fault.faultCode.local).toBe(expected.code)
        expect(fault.subcodes).toEqual([])
      } else {
        expect(fault.code).toBe("Sender")
        expect(fault.subcodes.map((q) => q.local)).toEqual([expected.code])
      }
      if (expected.version) {
        expect(fault.version).toBe(expected.version)
        expect(response.headers["content-type"]).toContain(expected.version === "1.1" ? "text/xml" : "soap+xml")
      }
      const received = yield* server.requests
      expect(received).toHaveLength(1)
      expect(received[0]!.outcome._tag).toBe("SoapFault")
      expect(yield* server.messages(1)).toEqual([])
      return fault
    })

  it.effect("malformed XML", () =>
    Effect.gen(function*() {
      for (const version of ["1.1", "1.2"] as const) {
        const fault = yield* faulted(
          request(`<s:Envelope xmlns:s="${version === "1.1" ? SOAP11 : SOAP12}"><s:Body><AddChat`, { version }),
          { status: 500, code: "DeserializationFailed", version }
        )
        expect(fault.reason).toMatch(/not well-formed/)
      }
    }))

  it.effect("oversized, by its body or by its declared length", () =>
    Effect.gen(function*() {
      const big = addChatMessageXml(1, { headers: { ticket }, message: hello(1, "x".repeat(2048)) })
      const server = yield* FakeNetServer.make({ maxRequestBytes: 1024 })
      const byBody = yield* server.handle(request(big))
      expect(byBody.status).toBe(413)
      expect(faultOf(byBody.body).reason).toMatch(/larger than the 1024 bytes/)
      const byHeader = yield* server.handle({
        ...request("<x/>"),
        headers: { ...soapHeaders("1.1"), "content-length": "5000" }
      })
      expect(byHeader.status).toBe(413)
      expect(yield* server.messages(1)).toEqual([])
    }))

  it.effect("a SOAPAction of no operation here, or none", () =>
    Effect.gen(function*() {
      const other = `${SERVICES88}/Chat/SendChatInvitation`
      const fault = yield* faulted(
        request(addChatMessageXml(1, { headers: { ticket } }), { headers: soapHeaders("1.1", other) }),
        { status: 500, code: "ActionNotSupported", version: "1.1" }
      )
      expect(fault.reason).toContain("ContractFilter mismatch")
      expect(fault.reason).toContain(other)
      const none = yield* faulted(
        request(addChatMessageXml(1, { headers: { ticket } }), {
          headers: { "content-type": "text/xml; charset=utf-8" }
        }),
        { status: 500, code: "ActionNotSupported" }
      )
      expect(none.reason).toMatch(/no action \(SOAPAction header\)/)
      const fault12 = yield* faulted(
        request(addChatMessageXml(1, { version: "1.2", headers: { ticket } }), {
          headers: { "content-type": "application/soap+xml; charset=utf-8" }
        }),
        { status: 500, code: "ActionNotSupported", version: "1.2" }
      )
      expect(fault12.subcodes[0]?.namespace).toBe("http://schemas.microsoft.com/ws/2005/05/addressing/none")
    }))

  it.effect("the AddChatMessage action with another operation's body", () =>
    Effect.gen(function*() {
      const fault = yield* faulted(
        request(envelope(`<GetChatMessages xmlns="${SERVICES88}"><ChatSessionId>1</ChatSessionId></GetChatMessages>`, {
          header: credentials
        })),
        { status: 500, code: "DeserializationFailed", version: "1.1" }
      )
      expect(fault.reason).toMatch(/deserialize.*GetChatMessages/)
    }))

  it.effect("the right element in the wrong namespace", () =>
    Effect.gen(function*() {
      const fault = yield* faulted(
        request(envelope(addBody().replace(SERVICES88, "http://tempuri.org/"), { header: credentials })),
        { status: 500, code: "DeserializationFailed", version: "1.1" }
      )
      expect(fault.reason).toContain("http://tempuri.org/")
    }))

  it.effect("a wrongly typed value (SOAP 1.2 fault with WCF's subcode)", () =>
    Effect.gen(function*() {
      const fault = yield* faulted(
        request(envelope(addBody("one"), { env: SOAP12, header: credentials }), { version: "1.2" }),
        { status: 500, code: "DeserializationFailed", version: "1.2" }
      )
      expect(fault.reason).toMatch(/ChatSessionId/)
    }))

  it.effect("an envelope of the other version than the content type says", () =>
    Effect.gen(function*() {
      const as11 = yield* faulted(
        request(addChatMessageXml(1, { version: "1.2", headers: { ticket } }), { version: "1.1" }),
        { status: 500, code: "VersionMismatch", version: "1.1" }
      )
      expect(as11.reason).toMatch(/SOAP 1.1/)
      yield* faulted(
        request(addChatMessageXml(1, { version: "1.1", headers: { ticket } }), { version: "1.2" }),
        { status: 500, code: "VersionMismatch", version: "1.2" }
      )
      yield* faulted(
        request(envelope(addBody(), { env: "http://example.com/not-soap", header: credentials })),
        { status: 500, code: "VersionMismatch", version: "1.1" }
      )
    }))

  it.effect("a content type that is not SOAP, or not UTF-8", () =>
    Effect.gen(function*() {
      const xml = addChatMessageXml(1, { headers: { ticket } })
      const json = yield* faulted(
        request(xml, { headers: { "content-type": "application/json", soapaction: ACTION } }),
        { status: 415, code: "Sender", version: "1.1" }
      )
      expect(json.reason).toContain("application/json")
      yield* faulted(
        request(xml, { headers: { soapaction: ACTION } }),
        { status: 415, code: "Sender", version: "1.1" }
      )
      const latin = yield* faulted(
        request(xml, { headers: { "content-type": "text/xml; charset=iso-8859-1", soapaction: ACTION } }),
        { status: 415, code: "Sender", version: "1.1" }
      )
      expect(latin.reason).toContain("iso-8859-1")
    }))

  it.effect("a header block marked mustUnderstand that NetServer does not know", () =>
    Effect.gen(function*() {
      const fault = yield* faulted(
        request(envelope(addBody(), {
          header:
            `${credentials}<a:Action s:mustUnderstand="1" xmlns:a="http://www.w3.org/2005/08/addressing">${ACTION}</a:Action>`
        })),
        { status: 500, code: "MustUnderstand", version: "1.1" }
      )
      expect(fault.reason).toContain("Action")
    }))
  it.effect("no fault and no ExceptionInfo repeats the ticket or the application token", () =>
    Effect.gen(function*() {
      const secretTicket = "7T:do-not-print-me=="
      const secretToken = "app-token-do-not-print"
      const headerBlocks = `<ApplicationToken xmlns="${SERVICES88}">${secretToken}</ApplicationToken>` +
        `<Credentials xmlns="${SERVICES88}"><Ticket>${secretTicket}</Ticket></Credentials>`
      const server = yield* FakeNetServer.make({ online: true })
      const bodies = [
        envelope(addBody(), { header: headerBlocks }), // unknown ticket and token: ExceptionInfo
        envelope(addBody(), { header: headerBlocks }).slice(0, -30), // cut short: malformed
        envelope(addBody("x"), { header: headerBlocks }), // wrongly typed
        envelope(addBody(), { header: headerBlocks.replace("</Ticket>", "<b/></Ticket>") }), // a ticket that is not text
        envelope(addBody(), { header: headerBlocks.replace("<Ticket>", "<Ticket s:mustUnderstand=\"1\">") })
      ]
      for (const body of bodies) {
        const response = yield* server.handle(request(body))
        expect(response.body).not.toContain(secretTicket)
        expect(response.body).not.toContain(secretToken)
      }
      const printed = inspect(yield* server.requests, { depth: 10 }) + JSON.stringify(yield* server.requests)
      expect(printed).not.toContain(secretTicket)
      expect(printed).not.toContain(secretToken)
    }))
})

describe("what the fake tolerates", () => {
  it.effect("WS-Addressing Action, MessageID and To, not mustUnderstand; quoted or bare SOAPAction", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const wsa = `<a:Action xmlns:a="http://www.w3.org/2005/08/addressing">${ACTION}</a:Action>` +
        `<a:MessageID xmlns:a="http://www.w3.org/2005/08/addressing">urn:uuid:6b29fc40-ca47-1067-b31d-00dd010662da</a:MessageID>` +
        `<a:To s:mustUnderstand="0" xmlns:a="http://www.w3.org/2005/08/addressing">http://127.0.0.1${CHAT_PATH}</a:To>`
      const xml = envelope(addBody(), { header: credentials + wsa })
      const quoted = yield* server.handle(request(xml))
      expect(decodedBody(quoted.body).body.response?.chatMessageId).toBe(1)
      const bare = yield* server.handle(request(xml, { headers: { "content-type": "text/xml", soapaction: ACTION } }))
      expect(decodedBody(bare.body).body.response?.chatMessageId).toBe(2)
      const [first] = yield* FakeNetServer.requestsOf(AddChatMessage.operation).pipe(
        Effect.provideService(FakeNetServer.FakeNetServer, server)
      )
      expect(first?.ignoredHeaders).toEqual([
        "{http://www.w3.org/2005/08/addressing}Action",
        "{http://www.w3.org/2005/08/addressing}MessageID",
        "{http://www.w3.org/2005/08/addressing}To"
      ])
    }))

  it.effect("the documented layout: header blocks directly in <Envelope>", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const xml = `<s:Envelope xmlns:s="${SOAP11}">${credentials}<s:Body>${addBody()}</s:Body></s:Envelope>`
      expect(decodedBody((yield* server.handle(request(xml))).body).headers.succeeded).toBe(true)
    }))
})

describe("HTTP-level refusals", () => {
  it.effect("another path is 404, another method 405, both as HTML", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const xml = addChatMessageXml(1, { headers: { ticket } })
      const notFound = yield* server.handle({ ...request(xml), url: "/Remote/Services88/Chat.svc" })
      expect(notFound.status).toBe(404)
      expect(notFound.headers["content-type"]).toMatch(/^text\/html/)
      const get = yield* server.handle({ ...request(""), method: "GET" })
      expect(get.status).toBe(405)
      expect(get.headers["allow"]).toBe("POST")
      // IIS matches paths without regard to case, and ignores the query
      const cased = yield* server.handle({ ...request(xml), url: `${CHAT_PATH.toUpperCase()}?x=1` })
      expect(cased.status).toBe(200)
    }))
})

describe("inspecting what was sent", () => {
  it.effect("requests in order, with operation, version, decoded headers (secrets Redacted) and HTTP headers", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      yield* server.handle(request(addChatMessageXml(1, { headers: { ticket, applicationToken } })))
      yield* server.handle({
        ...request(addChatMessageXml(2, { version: "1.2", headers: { ticket } }), { version: "1.2" }),
        headers: { ...soapHeaders("1.2"), "user-agent": "my-app/1.0" }
      })
      const all = yield* server.requests
      expect(all.map((r) => [r.operation, r.version, r.status])).toEqual([
        ["AddChatMessage", "1.1", 200],
        ["AddChatMessage", "1.2", 200]
      ])
      const [first, second] = all
      expect(first!.soapAction).toBe(ACTION)
      expect(first!.httpHeaders["soapaction"]).toBe(`"${ACTION}"`)
      expect(Redacted.isRedacted(first!.headers?.ticket)).toBe(true)
      expect(Redacted.value(first!.headers!.ticket!)).toBe(Redacted.value(ticket))
      expect(Redacted.value(first!.headers!.applicationToken!)).toBe(Redacted.value(applicationToken))
      expect(second!.httpHeaders["user-agent"]).toBe("my-app/1.0")
      expect(second!.headers?.applicationToken).toBeUndefined()

      const calls = yield* FakeNetServer.requestsOf(AddChatMessage.operation).pipe(
        Effect.provideService(FakeNetServer.FakeNetServer, server)
      )
      expect(calls.map((c) => [c.body.chatSessionId, c.body.message?.message])).toEqual([[1, "Hello"], [2, "Hello"]])

      // the secrets appear nowhere when the log is printed or serialized
      const printed = [JSON.stringify(all), String(all.map((r) => r.headers?.ticket)), inspect(all, { depth: 10 })]
        .join("\n")
      expect(printed).not.toContain(Redacted.value(ticket))
      expect(printed).not.toContain(Redacted.value(applicationToken))
    }))

  it.effect("keeps the latest maxRecordedRequests; clear forgets, ids keep counting", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make({ maxRecordedRequests: 2 })
      for (const id of [1, 2, 3]) yield* server.handle(request(addChatMessageXml(id, { headers: { ticket } })))
      const kept = yield* server.requests
      expect(kept.map((r) => (r.body as AddChatMessage.Request).chatSessionId)).toEqual([2, 3])
      yield* server.clear
      expect(yield* server.requests).toEqual([])
      expect(yield* server.messages(1)).toEqual([])
      const next = yield* server.handle(request(addChatMessageXml(1, { headers: { ticket } })))
      expect(decodedBody(next.body).body.response?.chatMessageId).toBe(4)
      const none = yield* FakeNetServer.make({ maxRecordedRequests: 0 })
      yield* none.handle(request(addChatMessageXml(1, { headers: { ticket } })))
      expect(yield* none.requests).toEqual([])
    }))

  it.effect("bad options are refused, naming the option", () =>
    Effect.gen(function*() {
      for (
        const [options, option] of [
          [{ maxRequestBytes: 0 }, "maxRequestBytes"],
          [{ chatSessionIds: [1.5] }, "chatSessionIds"],
          [{ firstChatMessageId: 2 ** 31 }, "firstChatMessageId"],
          [{ basePath: "Cust1" }, "basePath"]
        ] as const
      ) {
        const error = yield* Effect.flip(FakeNetServer.make(options))
        expect(error).toBeInstanceOf(FakeNetServer.InvalidOptions)
        expect(error.option).toBe(option)
        expect(error.message).toContain(option)
      }
    }))
})
