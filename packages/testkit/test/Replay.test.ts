import { HttpBody, HttpClient, HttpClientRequest } from "@effect/platform"
import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { AddChatMessage, Envelope, SoapFault, SoapVersion } from "@so-chat/core"
import { Fixtures, Replay } from "@so-chat/testkit"
import { ChatAgent } from "@so-chat/transport"
import { Cause, DateTime, Effect, Either, Exit } from "effect"
import { SERVICES88 } from "./soap.js"

addEqualityTesters()

const post = (chatSessionId: number, message = "hi") =>
  Effect.flatMap(ChatAgent.ChatAgent, (agent) => agent.addChatMessage(chatSessionId, { message }))

const answer = (id: number) =>
  Either.getOrThrow(Envelope.encodeResponse(AddChatMessage.operation, {
    response: null
  }, { version: "1.1" })).replace(
    "<Response i:nil=\"true\"/>",
    `<Response><ChatMessageId>${id}</ChatMessageId></Response>`
  )

describe("Replay", () => {
  it("the documented response, in either version: the page's bytes for 1.2, only the namespace changed for 1.1", () => {
    expect(Replay.documentedResponse("1.2")).toBe(Fixtures.load("AddChatMessage.response"))
    const v11 = Replay.documentedResponse("1.1")
    expect(v11).toContain(`xmlns:SOAP-ENV="${SoapVersion.envelopeNamespace["1.1"]}"`)
    expect(v11.replace(SoapVersion.envelopeNamespace["1.1"], SoapVersion.envelopeNamespace["1.2"]))
      .toBe(Fixtures.load("AddChatMessage.response"))
  })

  for (const soapVersion of ["1.1", "1.2"] as const) {
    it.effect(`ChatAgent over SOAP ${soapVersion} decodes the documented message`, () =>
      Effect.gen(function*() {
        const posted = yield* post(5)
        expect(posted.chatMessageId).toBe(0)
        expect(posted.chatSessionId).toBe(0)
        expect(posted.type).toBe("Invalid")
        expect(posted.message).toBe("")
        expect(posted.whenPosted).toEqual(DateTime.unsafeMake("2025-11-26T12:06:56Z"))
      }).pipe(Effect.provide(Replay.layer({ client: { soapVersion } }))))
  }

  it.effect("recorded exchanges are answered in order per action, by name or by SOAPAction", () =>
    Effect.gen(function*() {
      expect((yield* post(1)).chatMessageId).toBe(10)
      expect((yield* post(1)).chatMessageId).toBe(11)
      const fault = yield* Effect.flip(post(1))
      expect(fault).toBeInstanceOf(SoapFault.SoapFault)
      expect(fault.message).toContain("busy")
      // one more than recorded: a defect saying so
      const exit = yield* Effect.exit(post(1))
      expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
      expect(Exit.isFailure(exit) && Cause.pretty(exit.cause)).toMatch(/all 3 recorded exchange\(s\).*were used/)
    }).pipe(Effect.provide(Replay.layer({
      exchanges: [
        { action: "AddChatMessage", body: answer(10) },
        { action: `${SERVICES88}/Chat/AddChatMessage`, body: new TextEncoder().encode(answer(11)) },
        {
          action: "AddChatMessage",
          status: 500,
          body: Envelope.encodeFault(SoapFault.make({ version: "1.1", code: "Receiver", reason: "Server busy" }))
        }
      ]
    }))))

  it.effect("an action of no operation (nor recorded) is a defect naming it", () =>
    Effect.gen(function*() {
      const client = yield* HttpClient.HttpClient
      for (
        const action of [
          `${SERVICES88}/Chat/GetChatMessage`,
          `${SERVICES88}/Chat/GetSystemInfo`, // a SoPrincipal operation, asked of Chat
          `${SERVICES88}/Chat/GetChatMessages/x`,
          "GetChatMessages"
        ]
      ) {
        const exit = yield* Effect.exit(client.execute(
          HttpClientRequest.post("http://x.invalid/Remote/Services88/Chat.svc", {
            headers: { "content-type": "text/xml; charset=utf-8", soapaction: `"${action}"` },
            body: HttpBody.text("<x/>")
          })
        ))
        expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
        expect(Exit.isFailure(exit) && Cause.pretty(exit.cause)).toContain(`no answer for the action "${action}"`)
      }
    }).pipe(Effect.provide(Replay.layerHttpClient())))

  it.effect("recorded exchanges take precedence over an operation's documented answer", () =>
    Effect.gen(function*() {
      expect((yield* post(1)).chatMessageId).toBe(7)
      // past the recorded ones, a defect rather than a silent fallback to the documented answer
      const exit = yield* Effect.exit(post(1))
      expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
    }).pipe(Effect.provide(Replay.layer({ exchanges: [{ action: "AddChatMessage", body: answer(7) }] }))))
})
