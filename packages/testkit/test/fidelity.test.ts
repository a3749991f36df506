/**
 * Where the fake used to differ from a real NetServer (issue 11): enum
 * names, member order, state on a fault, WCF's fault codes, the WSDL, fresh
 * and expiring tickets.
 */
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { AuthenticateUsernamePassword, Envelope, GetChatMessages, NetServerException } from "@so-chat/core"
import type { NetServerHeaders, Operation } from "@so-chat/core"
import { FakeNetServer, FakeNetServerHttp, startFakeNetServer } from "@so-chat/testkit"
import { ChatAgent, NetServerConfig, SoPrincipal, TicketSource } from "@so-chat/transport"
import { Effect, Either, Layer, Redacted, TestClock } from "effect"
import * as soap from "soap"
import { addChatMessageXml, CHAT_PATH, decodedBody, failureOf, request, SERVICES88, soapHeaders } from "./soap.js"

addEqualityTesters()

const ticket = FakeNetServer.defaultTicket
const credentials = `<Credentials xmlns="${SERVICES88}"><Ticket>${Redacted.value(ticket)}</Ticket></Credentials>`
const SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
const SOAP12 = "http://www.w3.org/2003/05/soap-envelope"

/** An AddChatMessage envelope with the message's fields written by hand. */
const withFields = (fields: string, version: "1.1" | "1.2" = "1.1") =>
  `<s:Envelope xmlns:s="${version === "1.1" ? SOAP11 : SOAP12}"><s:Header>${credentials}</s:Header><s:Body>` +
  `<AddChatMessage xmlns="${SERVICES88}"><ChatSessionId>1</ChatSessionId><Message>${fields}</Message></AddChatMessage>` +
  `</s:Body></s:Envelope>`

const call = <Req, Res>(
  server: FakeNetServer.FakeNetServer,
  operation: Operation.Operation<Req, Res>,
  body: Req,
  headers: NetServerHeaders.RequestHeaders = { ticket }
) =>
  Effect.flatMap(
    Effect.flatMap(Envelope.encodeRequest(operation, body, { version: "1.1", headers }), (xml) =>
      server.handle({
        method: "POST",
        url: `/Cust12345/${operation.endpointPath}`,
        headers: soapHeaders("1.1", operation.soapAction),
        body: new TextEncoder().encode(xml)
      })),
    (response) => Effect.succeed(Envelope.decodeResponse(operation, response.body))
  )

describe("enumerations: only the contract's names, as DataContractSerializer reads", () => {
  it.effect("a name the contract does not list, or a number, is a DeserializationFailed fault; nothing is stored", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      for (const value of ["Bogus", "1", " ToCustomer"]) {
        const response = yield* server.handle(request(withFields(`<Type>${value}</Type><Message>hi</Message>`)))
        expect(response.status).toBe(500)
        expect(response.body).toContain("a:DeserializationFailed</faultcode>")
        expect(response.body).toContain(`${SERVICES88}:Message`)
        expect(response.body).toContain("Envelope/Body/AddChatMessage/Message/Type")
      }
      expect(yield* server.messages(1)).toEqual([])
      const ok = yield* server.handle(request(withFields("<Type>ToCustomer</Type><Message>hi</Message>")))
      expect(decodedBody(ok.body).body.response?.type).toBe("ToCustomer")
    }))
})

describe("member order: an element out of order is not seen", () => {
  it.effect("<Message> before <Type>: Type keeps its absent value, Invalid", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const response = yield* server.handle(
        request(withFields("<Message>hi</Message><Type>ToCustomer</Type><Author>Ada</Author>"))
      )
      const stored = decodedBody(response.body).body.response
      expect(stored).toMatchObject({ type: "Invalid", message: "hi", author: "Ada" })
      expect((yield* server.messages(1))[0]?.type).toBe("Invalid")
    }))
})

describe("the state changes only when the answer is a success", () => {
  it.effect("an id past xs:int: the post faults, nothing is stored, the session stays readable", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make({ firstChatMessageId: 2 ** 31 - 1 })
      const first = yield* server.handle(request(addChatMessageXml(1, { headers: { ticket } })))
      expect(decodedBody(first.body).body.response?.chatMessageId).toBe(2 ** 31 - 1)

      const second = yield* server.handle(request(addChatMessageXml(1, { headers: { ticket } })))
      expect(second.status).toBe(500)
      expect(second.body).toContain("a:InternalServiceFault</faultcode>")
      expect(second.body).toContain("Nothing was stored")
      const [, recorded] = yield* server.requests
      expect(recorded?.outcome._tag).toBe("SoapFault")

      expect((yield* server.messages(1)).map((m) => m.chatMessageId)).toEqual([2 ** 31 - 1])
      const read = yield* call(server, GetChatMessages.operation, { chatSessionId: 1, after: 0 })
      expect(Either.getOrThrow(read).body.response?.map((m) => m!.chatMessageId)).toEqual([2 ** 31 - 1])
    }))
})

describe("WCF's fault codes", () => {
  it.effect("an unknown action: a:ActionNotSupported, as faultcode (1.1) or Subcode of Sender (1.2), xml:lang", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const other = `${SERVICES88}/Chat/NoSuchOperation`
      const v11 = yield* server.handle(
        request(addChatMessageXml(1, { headers: { ticket } }), { headers: soapHeaders("1.1", other) })
      )
      expect(v11.status).toBe(500)
      expect(v11.body).toContain(
        `<s:Fault><faultcode xmlns:a="http://schemas.microsoft.com/ws/2005/05/addressing/none">a:ActionNotSupported</faultcode><faultstring xml:lang="en-US">The message with Action '${other}' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher.`
      )
      const v12 = yield* server.handle(
        request(addChatMessageXml(1, { version: "1.2", headers: { ticket } }), { headers: soapHeaders("1.2", other) })
      )
      expect(v12.body).toContain(
        `<s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value xmlns:a="http://schemas.microsoft.com/ws/2005/05/addressing/none">a:ActionNotSupported</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en-US">`
      )
    }))

  it.effect("a body it cannot read: a:DeserializationFailed in WCF's dispatcher namespace", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const v11 = yield* server.handle(request(withFields("<ChatMessageId>one</ChatMessageId>")))
      expect(v11.body).toContain(
        `<faultcode xmlns:a="http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher">a:DeserializationFailed</faultcode><faultstring xml:lang="en-US">The formatter threw an exception while trying to deserialize the message: There was an error while trying to deserialize parameter ${SERVICES88}:Message.`
      )
      const v12 = yield* server.handle(
        request(withFields("<ChatMessageId>one</ChatMessageId>", "1.2"), { version: "1.2" })
      )
      expect(v12.body).toContain(
        `<s:Value>s:Sender</s:Value><s:Subcode><s:Value xmlns:a="http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher">a:DeserializationFailed</s:Value>`
      )
    }))

  it.effect("what NetServer itself refuses stays an ExceptionInfo header on HTTP 200", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make()
      const response = yield* server.handle(request(addChatMessageXml(99, { headers: { ticket } })))
      expect(response.status).toBe(200)
      expect(failureOf(response.body)).toBeInstanceOf(NetServerException.NetServerException)
    }))
})

describe("the WSDL at ?wsdl and ?singleWsdl", () => {
  it("is the shipped contract with soap:address set to the fake's own endpoint", async () => {
    const server = await startFakeNetServer()
    try {
      for (const query of ["wsdl", "singleWsdl", "WSDL"]) {
        const response = await fetch(`${server.chatUrl}?${query}`)
        expect(response.status).toBe(200)
        expect(response.headers.get("content-type")).toMatch(/^text\/xml/)
        const text = await response.text()
        expect(text).toContain(`<soap:address location="${server.chatUrl}" />`)
        expect(text).not.toContain("sod.superoffice.com")
        expect(text).toContain("<wsdl:operation name=\"AddChatMessage\">")
      }
      const principal = await (await fetch(new URL("Remote/Services88/SoPrincipal.svc?wsdl", server.url))).text()
      expect(principal).toContain(`location="${new URL("Remote/Services88/SoPrincipal.svc", server.url).href}"`)
      expect(principal).toContain("AuthenticateUsernamePassword")
      // a GET without ?wsdl is still no SOAP call
      expect((await fetch(server.chatUrl)).status).toBe(405)
    } finally {
      await server.close()
    }
  })

  it("node-soap builds its client from the fake's ?wsdl alone and posts a message", async () => {
    const server = await startFakeNetServer({ chatSessionIds: [5] })
    try {
      const client = await soap.createClientAsync(`${server.chatUrl}?wsdl`)
      client.addSoapHeader(
        `<Credentials xmlns="${SERVICES88}"><Ticket>${Redacted.value(ticket)}</Ticket></Credentials>`
      )
      const [result] = await client.AddChatMessageAsync({
        ChatSessionId: 5,
        Message: { ChatSessionId: 5, Type: "ToCustomer", Message: "from the WSDL", Author: "Ada" }
      })
      expect(result.Response).toMatchObject({ ChatMessageId: 1, Type: "ToCustomer", Message: "from the WSDL" })
      expect((await server.messages(5)).map((m) => m.message)).toEqual(["from the WSDL"])
      const posted = (await server.requests()).filter((r) => r.method === "POST")
      expect(posted.map((r) => r.path)).toEqual([CHAT_PATH])
    } finally {
      await server.close()
    }
  })
})

describe("tickets: a new one per login, expiring by the fake's Clock", () => {
  const login = (server: FakeNetServer.FakeNetServer) =>
    Effect.map(
      call(
        server,
        AuthenticateUsernamePassword.operation,
        { userName: "ada", password: Redacted.make("lovelace") },
        {}
      ),
      (r) => Either.getOrThrow(r).body.credentials!.ticket!
    )
  const post = (server: FakeNetServer.FakeNetServer, with_: Redacted.Redacted<string>) =>
    Effect.map(server.handle(request(addChatMessageXml(1, { headers: { ticket: with_ } }))), (r) => r.body)

  it.effect("each login issues a fresh ticket; it expires after ticketLifetime; the configured one never does", () =>
    Effect.gen(function*() {
      const server = yield* FakeNetServer.make({ ticketLifetime: "1 hour" })
      const a = yield* login(server)
      yield* TestClock.adjust("30 minutes")
      const b = yield* login(server)
      expect(Redacted.value(a)).not.toBe(Redacted.value(b))
      expect(Redacted.value(a)).not.toBe(Redacted.value(ticket))
      expect(decodedBody(yield* post(server, a)).headers.succeeded).toBe(true)

      yield* TestClock.adjust("31 minutes") // a is 61 minutes old, b 31
      const expired = failureOf(yield* post(server, a)) as NetServerException.NetServerException
      expect(expired.exceptionType).toBe("SoSessionException")
      expect(expired.exceptionInfo?.message).toMatch(/expired/)
      expect(decodedBody(yield* post(server, b)).headers.succeeded).toBe(true)

      yield* TestClock.adjust("1000 hours")
      expect(decodedBody(yield* post(server, ticket)).headers.succeeded).toBe(true)
      expect((yield* Effect.flip(FakeNetServer.make({ ticketLifetime: 0 }))).option).toBe("ticketLifetime")
    }))

  it.effect("the transport logs in again when its ticket expired, and the call goes through", () =>
    Effect.gen(function*() {
      const agent = yield* ChatAgent.ChatAgent
      const fake = yield* FakeNetServer.FakeNetServer
      yield* agent.addChatMessage(1, { type: "ToCustomer", message: "before" })
      yield* TestClock.adjust("2 hours")
      yield* agent.addChatMessage(1, { type: "ToCustomer", message: "after" })
      expect((yield* fake.messages(1)).map((m) => m.message)).toEqual(["before", "after"])
      const calls = (yield* fake.requests).map((r) => [r.operation, r.outcome._tag])
      expect(calls).toEqual([
        ["AuthenticateUsernamePassword", "Succeeded"],
        ["AddChatMessage", "Succeeded"],
        ["AddChatMessage", "NetServerException"],
        ["AuthenticateUsernamePassword", "Succeeded"],
        ["AddChatMessage", "Succeeded"]
      ])
    }).pipe(
      Effect.provide(
        ChatAgent.layerHttpClient.pipe(
          Layer.provide(
            TicketSource.login({ userName: "ada", password: Redacted.make("lovelace") }).pipe(
              Layer.provide(SoPrincipal.layerHttpClient)
            )
          ),
          Layer.provideMerge(
            Layer.mergeAll(
              NetServerConfig.layer({ url: "http://fake-netserver.invalid/Cust12345/" }),
              FakeNetServer.layerHttpClient
            )
          ),
          Layer.provideMerge(FakeNetServer.layer({ ticketLifetime: "1 hour" }))
        )
      )
    ))

  it.scoped("over HTTP too, served in the TestClock's context", () =>
    Effect.gen(function*() {
      const { url } = yield* FakeNetServerHttp.FakeNetServerHttp
      const xml = Either.getOrThrow(Envelope.encodeRequest(AuthenticateUsernamePassword.operation, {
        userName: "ada",
        password: Redacted.make("lovelace")
      }, { version: "1.1" }))
      const tickets = new Set<string>()
      for (let i = 0; i < 3; i++) {
        const body = yield* Effect.promise(() =>
          fetch(new URL(AuthenticateUsernamePassword.operation.endpointPath, url), {
            method: "POST",
            headers: soapHeaders("1.1", AuthenticateUsernamePassword.operation.soapAction),
            body: xml
          }).then((r) => r.text())
        )
        const decoded = Either.getOrThrow(Envelope.decodeResponse(AuthenticateUsernamePassword.operation, body))
        tickets.add(Redacted.value(decoded.body.credentials!.ticket!))
      }
      expect(tickets.size).toBe(3)
    }).pipe(Effect.provide(FakeNetServerHttp.layer())))
})
