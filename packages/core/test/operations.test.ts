import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import {
  AuthenticateUsernamePassword,
  ChatMessage,
  Envelope,
  GetChatMessages,
  NetServerHeaders,
  SoapVersion
} from "@so-chat/core"
import { Arbitrary, DateTime, Either, FastCheck as fc, Redacted } from "effect"
import { fixture } from "./fixtures.js"

addEqualityTesters()

const right = <A, E extends { message: string }>(either: Either.Either<A, E>): A => {
  if (Either.isLeft(either)) throw new Error(either.left.message)
  return either.right
}

describe("GetChatMessages", () => {
  it("names the operation as the WSDL does", () => {
    expect(GetChatMessages.operation.soapAction).toBe(
      "http://www.superoffice.net/ws/crm/NetServer/Services88/Chat/GetChatMessages"
    )
    expect(GetChatMessages.operation.responseElement).toBe("GetChatMessagesResponse")
  })

  it("decodes the documented request and response", () => {
    const request = right(Envelope.decodeRequest([GetChatMessages.operation], fixture("GetChatMessages.request")))
    expect(request.body).toEqual({ chatSessionId: 0, after: 0 })
    const response = right(Envelope.decodeResponse(GetChatMessages.operation, fixture("GetChatMessages.response")))
    expect(response.body.response).toEqual([
      new ChatMessage.ChatMessage({
        message: "",
        author: "",
        specialParam: "",
        whenPosted: DateTime.unsafeMake("2025-11-26T12:06:56Z")
      })
    ])
  })

  it("round-trips any array of messages, empty and nil included", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SoapVersion.SoapVersion>("1.1", "1.2"),
        fc.option(fc.array(Arbitrary.make(ChatMessage.ChatMessage), { maxLength: 20 }), { nil: null }),
        (version, response) => {
          const xml = right(Envelope.encodeResponse(GetChatMessages.operation, { response }, { version }))
          expect(right(Envelope.decodeResponse(GetChatMessages.operation, xml)).body.response).toEqual(response)
        }
      ),
      { numRuns: 200 }
    )
  })

  it("names the item that is wrong", () => {
    const xml = right(Envelope.encodeResponse(GetChatMessages.operation, {
      response: [new ChatMessage.ChatMessage({ chatMessageId: 1 }), new ChatMessage.ChatMessage({ chatMessageId: 2 })]
    }, { version: "1.1" })).replace("<ChatMessageId>2</ChatMessageId>", "<ChatMessageId>two</ChatMessageId>")
    const result = Envelope.decodeResponse(GetChatMessages.operation, xml)
    expect(Either.isLeft(result) && result.left._tag).toBe("InvalidValue")
    expect(Either.isLeft(result) && "path" in result.left && result.left.path).toBe(
      "Envelope/Body/GetChatMessagesResponse/Response/ChatMessage[1]/ChatMessageId"
    )
  })
})

describe("AuthenticateUsernamePassword", () => {
  it("lives on SoPrincipal.svc and answers with AuthenticateResponse", () => {
    expect(AuthenticateUsernamePassword.operation.endpointPath).toBe("Remote/Services88/SoPrincipal.svc")
    expect(AuthenticateUsernamePassword.operation.soapAction).toBe(
      "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateUsernamePassword"
    )
    expect(AuthenticateUsernamePassword.operation.responseElement).toBe("AuthenticateResponse")
  })

  it("decodes the documented request and response", () => {
    const request = right(
      Envelope.decodeRequest([AuthenticateUsernamePassword.operation], fixture("AuthenticateUsernamePassword.request"))
    )
    expect(request.body.userName).toBe("")
    expect(Redacted.value(request.body.password!)).toBe("")
    const response = right(
      Envelope.decodeResponse(AuthenticateUsernamePassword.operation, fixture("AuthenticateUsernamePassword.response"))
    )
    expect(response.body.authenticationSucceeded).toBe(false)
    expect(Redacted.value(response.body.credentials!.ticket!)).toBe("")
    expect(response.body.response?.userType).toBe("Unknown")
    expect(response.body.response?.roleType).toBe("Employee")
    expect(response.body.response?.associate).toBe("")
    expect(response.body.response?.associateId).toBe(0)
  })

  it("round-trips a login, the password and ticket staying Redacted", () => {
    const password = "pa$$ <w0rd> & 😀"
    const xml = right(Envelope.encodeRequest(AuthenticateUsernamePassword.operation, {
      userName: "ada",
      password: Redacted.make(password)
    }, { version: "1.1" }))
    const decoded = right(Envelope.decodeRequest([AuthenticateUsernamePassword.operation], xml))
    expect(decoded.body.userName).toBe("ada")
    expect(Redacted.value(decoded.body.password!)).toBe(password)
    expect(String(decoded.body.password)).not.toContain("pa$$")
    expect(JSON.stringify(decoded.body)).not.toContain("pa$$")
  })

  it("round-trips the answer, ticket and principal included", () => {
    const documented = right(
      Envelope.decodeResponse(AuthenticateUsernamePassword.operation, fixture("AuthenticateUsernamePassword.response"))
    ).body
    for (
      const body of [
        {
          ...documented,
          credentials: new NetServerHeaders.SoCredentials({ ticket: Redacted.make("7T:abc==") }),
          authenticationSucceeded: true
        },
        { response: null, credentials: null, authenticationSucceeded: false }
      ]
    ) {
      const xml = right(Envelope.encodeResponse(AuthenticateUsernamePassword.operation, body, { version: "1.2" }))
      const decoded = right(Envelope.decodeResponse(AuthenticateUsernamePassword.operation, xml)).body
      expect(decoded.response).toEqual(body.response)
      expect(decoded.authenticationSucceeded).toBe(body.authenticationSucceeded)
      const ticketOf = (b: AuthenticateUsernamePassword.Response) => {
        const ticket = b.credentials?.ticket
        return ticket ? Redacted.value(ticket) : null
      }
      expect(ticketOf(decoded)).toBe(ticketOf(body))
    }
  })
})
