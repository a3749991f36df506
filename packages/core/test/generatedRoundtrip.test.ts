import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc } from "effect"
import * as Envelope from "../src/Envelope.js"
import { AddChatMessage, GetChatMessages } from "../src/generated/operations/ChatMessages.js"
import { GetChatPresence } from "../src/generated/operations/ChatPresence.js"
import { ChatSessionsForUser, GetChatSessionEntity } from "../src/generated/operations/ChatSessions.js"
import { GetUserAgentList } from "../src/generated/operations/ChatTopicAgents.js"
import { GetChatTopicEntity } from "../src/generated/operations/ChatTopics.js"
import { AuthenticateUsernamePassword, GetSystemInfo } from "../src/generated/operations/SoPrincipal.js"
import type * as Operation from "../src/Operation.js"

addEqualityTesters()

const right = <A, E extends { message: string }>(either: Either.Either<A, E>): A => {
  if (Either.isLeft(either)) throw new Error(either.left.message)
  return either.right
}

const responses: ReadonlyArray<readonly [string, Operation.Operation.Any, number]> = [
  ["GetChatMessages", GetChatMessages, 100],
  ["GetChatSessionEntity", GetChatSessionEntity, 25],
  ["ChatSessionsForUser", ChatSessionsForUser, 10],
  ["GetChatTopicEntity", GetChatTopicEntity, 25],
  ["GetUserAgentList", GetUserAgentList, 25],
  ["GetChatPresence", GetChatPresence, 25],
  ["AuthenticateUsernamePassword", AuthenticateUsernamePassword, 50],
  ["GetSystemInfo", GetSystemInfo, 25]
]

describe("generated contracts: decode(encode(v)) equals v, for values drawn from their schemas", () => {
  it.each(responses)("%s responses", (_, op, numRuns) => {
    fc.assert(
      fc.property(Arbitrary.make(op.Response), fc.constantFrom("1.1" as const, "1.2" as const), (body, version) => {
        const xml = right(Envelope.encodeResponse(op, body, { version }))
        expect(right(Envelope.decodeResponse(op, xml)).body).toEqual(body)
      }),
      { numRuns }
    )
  })

  it("AddChatMessage requests", () => {
    fc.assert(
      fc.property(Arbitrary.make(AddChatMessage.Request), (body) => {
        const xml = right(Envelope.encodeRequest(AddChatMessage, body, { version: "1.1" }))
        expect(right(Envelope.decodeRequest([AddChatMessage], xml)).body).toEqual(body)
      }),
      { numRuns: 100 }
    )
  })
})
