import { describe, expect, it } from "@effect/vitest"
import * as Envelope from "@so-chat/core/Envelope"
import { ChatSessionsForUser, GetChatSessionEntity } from "@so-chat/core/generated/operations/ChatSessions"
import { ChatTopicsForUser, GetChatTopicEntity } from "@so-chat/core/generated/operations/ChatTopics"
import type * as Operation from "@so-chat/core/Operation"
import { NotGiven } from "@so-chat/core/XsdExtended"
import * as Either from "effect/Either"
import { documentedResponse, sessionsForUser, toSoap11 } from "../src/documented.js"

const sessions = () => toSoap11(documentedResponse("ChatSessionsForUser"))

describe("toSoap11", () => {
  it("gives the documented SOAP 1.2 envelope as a SOAP 1.1 one that decodes to the same body", () => {
    const documented = documentedResponse("GetChatSessionEntity")
    const over11 = Either.getOrThrow(Envelope.decodeResponse(GetChatSessionEntity, toSoap11(documented)))
    const over12 = Either.getOrThrow(Envelope.decodeResponse(GetChatSessionEntity, documented))
    expect(over12.version).toBe("1.2")
    expect(over11.version).toBe("1.1")
    expect(over11.body).toEqual(over12.body)
  })

  it("refuses what is not a SOAP 1.2 envelope", () => {
    expect(() => toSoap11(toSoap11(documentedResponse("GetChatSessionEntity")))).toThrow(/not a SOAP 1\.2/)
  })
})

describe("the documented responses", () => {
  it("decode as they are, the values the WSDL does not allow as NotGiven (so the bench times those bytes)", () => {
    const operations: ReadonlyArray<Operation.Operation.Any> = [
      ChatSessionsForUser,
      GetChatTopicEntity,
      ChatTopicsForUser
    ]
    for (const op of operations) {
      expect(Either.isRight(Envelope.decodeResponse(op, toSoap11(documentedResponse(op.name)))), op.name).toBe(true)
    }
    const body = Either.getOrThrow(Envelope.decodeResponse(ChatSessionsForUser, sessions())).body
    const field = body.response?.[0]?.contact?.address?.localizedAddress?.[0]?.[0]
    expect(field?.valueLength).toEqual(NotGiven.nil)
  })
})

describe("sessionsForUser", () => {
  it("repeats the documented session n times, numbered 1 to n, in an envelope that decodes", () => {
    const valid = sessions()
    const body = Either.getOrThrow(Envelope.decodeResponse(ChatSessionsForUser, sessionsForUser(valid, 3))).body
    expect(body.response?.map((s) => s?.chatSessionId)).toEqual([1, 2, 3])
    const one = Either.getOrThrow(Envelope.decodeResponse(ChatSessionsForUser, valid)).body.response![0]!
    expect(body.response?.[2]).toEqual({ ...one, chatSessionId: 3 })
  })

  it("keeps the rest of the documented answer as it is", () => {
    const valid = sessions()
    const id = (n: number) => `<Chat:ChatSessionId xsi:type="xsd:int">${n}</Chat:ChatSessionId>`
    expect(sessionsForUser(valid, 1)).toBe(valid.replace(id(0), id(1)))
  })
})
