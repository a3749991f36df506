/**
 * An independent SOAP stack against the HTTP fake: node-soap's client, built
 * from the Services88 Chat WSDL, pointed at the fake's endpoint.
 */
import { describe, expect, it } from "@effect/vitest"
import { FakeNetServer, startFakeNetServer } from "@so-chat/testkit"
import { Redacted } from "effect"
import * as path from "node:path"
import * as soap from "soap"

const WSDL = path.join(__dirname, "../fixtures/Services88-Chat.wsdl")
const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"

describe("node-soap's client against the HTTP fake", () => {
  it("posts a message over SOAP 1.1 and decodes the answer with every field intact", async () => {
    const server = await startFakeNetServer({ chatSessionIds: [12] })
    try {
      const client = await soap.createClientAsync(WSDL, {}, server.chatUrl)
      client.addSoapHeader(
        `<Credentials xmlns="${SERVICES88}"><Ticket>${
          Redacted.value(FakeNetServer.defaultTicket)
        }</Ticket></Credentials>`
      )
      const [result] = await client.AddChatMessageAsync({
        ChatSessionId: 12,
        Message: {
          ChatMessageId: 0,
          ChatSessionId: 12,
          Type: "Special",
          Message: "Choose: <yes> & \"no\"",
          Author: "Ada Lovelace",
          ReadByCustomer: 1,
          SpecialType: "Options",
          SpecialParam: "[\"yes\",\"no\"]",
          WhenPosted: "2021-03-25T21:36:53Z"
        }
      })
      const response = result.Response
      expect(response).toEqual({
        ChatMessageId: 1,
        ChatSessionId: 12,
        Type: "Special",
        Message: "Choose: <yes> & \"no\"",
        Author: "Ada Lovelace",
        ReadByCustomer: 1,
        SpecialType: "Options",
        SpecialParam: "[\"yes\",\"no\"]",
        WhenPosted: expect.any(Date)
      })
      // WhenPosted is the fake's clock, not what was sent
      expect(Math.abs(response.WhenPosted.getTime() - Date.now())).toBeLessThan(60_000)

      // the fake saw node-soap's request as NetServer would: SOAP 1.1, the WSDL's action, the ticket
      const [received] = await server.requests()
      expect(received?.version).toBe("1.1")
      expect(received?.httpHeaders["soapaction"]).toBe(`"${SERVICES88}/Chat/AddChatMessage"`)
      expect(received?.outcome._tag).toBe("Succeeded")
      expect(Redacted.value(received!.headers!.ticket!)).toBe(Redacted.value(FakeNetServer.defaultTicket))
      expect((await server.messages(12))[0]?.author).toBe("Ada Lovelace")
    } finally {
      await server.close()
    }
  })

  it("gets the refusal NetServer reports in its headers (Succeeded false) when it sends no ticket", async () => {
    const server = await startFakeNetServer()
    try {
      const client = await soap.createClientAsync(WSDL, {}, server.chatUrl)
      const [result, rawResponse, soapHeader] = await client.AddChatMessageAsync({
        ChatSessionId: 1,
        Message: { Message: "hi" }
      })
      // the Response is nil, which node-soap gives as a null result
      expect(result?.Response ?? null).toBeNull()
      expect(rawResponse).toMatch(/<Succeeded[^>]*>false<\/Succeeded>/)
      expect(soapHeader?.Succeeded).toBe("false")
      expect(soapHeader?.ExceptionInfo?.ExceptionType).toBe("SoSessionException")
      expect(soapHeader?.ExceptionInfo?.FriendlyText).toMatch(/not logged in/)
    } finally {
      await server.close()
    }
  })
})
