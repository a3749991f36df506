/**
 * One source of truth per contract (issue 12, decision 22): the public
 * modules consumers have imported since 0.1.0 (`ChatMessage`,
 * `ChatMessageType`, `ChatMessageSpecialType`, `NetServerHeaders`,
 * `SoPrincipal`, `AddChatMessage`, `GetChatMessages`,
 * `AuthenticateUsernamePassword`) hold the generated contracts themselves,
 * not copies: the same classes, schemas, enumerations and operations.
 */
import { describe, expect, it } from "vitest"
import * as GenAssociate from "../src/generated/Associate.js"
import * as GenChatMessage from "../src/generated/ChatMessage.js"
import * as GenHeaders from "../src/generated/NetServerHeaders.js"
import * as GenChatMessages from "../src/generated/operations/ChatMessages.js"
import * as GenSoPrincipalOps from "../src/generated/operations/SoPrincipal.js"
import * as GenSoPrincipal from "../src/generated/SoPrincipal.js"
import * as Core from "../src/index.js"

describe("the public contract modules are the generated contracts", () => {
  it("ChatMessage is the generated class", () => {
    expect(Core.ChatMessage.ChatMessage).toBe(GenChatMessage.ChatMessage)
    expect(new Core.ChatMessage.ChatMessage({})).toBeInstanceOf(GenChatMessage.ChatMessage)
  })

  it("the chat enumerations are the generated ones, with every helper", () => {
    const pairs = [
      [Core.ChatMessageType, GenChatMessage.ChatMessageType, GenChatMessage.ChatMessageTypeEnumeration],
      [
        Core.ChatMessageSpecialType,
        GenChatMessage.ChatMessageSpecialType,
        GenChatMessage.ChatMessageSpecialTypeEnumeration
      ]
    ] as const
    for (const [module, schema, enumeration] of pairs) {
      expect(Object.values(module)).toContain(schema)
      expect(module.values).toBe(enumeration.values)
      expect(module.isKnown).toBe(enumeration.isKnown)
      expect(module.toNumber).toBe(enumeration.toNumber)
      expect(module.fromNumber).toBe(enumeration.fromNumber)
    }
    expect(Core.ChatMessageType.ChatMessageType).toBe(GenChatMessage.ChatMessageType)
    expect(Core.ChatMessageType.KnownChatMessageType).toBe(GenChatMessage.ChatMessageTypeEnumeration.Known)
    expect(Core.ChatMessageType.UnknownChatMessageType).toBe(GenChatMessage.ChatMessageTypeEnumeration.Unknown)
    expect(Core.ChatMessageSpecialType.ChatMessageSpecialType).toBe(GenChatMessage.ChatMessageSpecialType)
    expect(Core.ChatMessageSpecialType.KnownChatMessageSpecialType).toBe(
      GenChatMessage.ChatMessageSpecialTypeEnumeration.Known
    )
    expect(Core.ChatMessageSpecialType.UnknownChatMessageSpecialType).toBe(
      GenChatMessage.ChatMessageSpecialTypeEnumeration.Unknown
    )
  })

  it("the header blocks' types are the generated ones", () => {
    expect(Core.NetServerHeaders.SoTimeZone).toBe(GenHeaders.SoTimeZone)
    expect(Core.NetServerHeaders.SoExceptionInfo).toBe(GenHeaders.SoExceptionInfo)
    expect(Core.NetServerHeaders.SoCredentials).toBe(GenHeaders.SoCredentials)
    expect(Core.NetServerHeaders.StringDictionary).toBe(GenHeaders.SoExtraInfo)
    expect(Core.NetServerHeaders.ResponseHeaders.fields.exceptionInfo.from).toBe(GenHeaders.SoExceptionInfo)
    expect(Core.NetServerHeaders.ResponseHeaders.fields.timeZone.from).toBe(GenHeaders.SoTimeZone)
    expect(Core.NetServerHeaders.ResponseHeaders.fields.extraInfo.from).toBe(GenHeaders.SoExtraInfo)
    expect(Core.NetServerHeaders.RequestHeaders.fields.timeZone.from).toBe(GenHeaders.SoTimeZone)
  })

  it("SoPrincipal's carrier and enumerations are the generated ones", () => {
    expect(Core.SoPrincipal.SoPrincipalCarrier).toBe(GenSoPrincipal.SoPrincipalCarrier)
    expect(Core.SoPrincipal.RoleType).toBe(GenSoPrincipal.RoleType)
    expect(Core.SoPrincipal.UserType).toBe(GenAssociate.UserType)
  })

  it("the three operations are the generated ones, with their bodies' schemas", () => {
    const cases = [
      [
        Core.AddChatMessage,
        GenChatMessages.AddChatMessage,
        GenChatMessages.AddChatMessageRequest,
        GenChatMessages.AddChatMessageResponse
      ],
      [
        Core.GetChatMessages,
        GenChatMessages.GetChatMessages,
        GenChatMessages.GetChatMessagesRequest,
        GenChatMessages.GetChatMessagesResponse
      ],
      [
        Core.AuthenticateUsernamePassword,
        GenSoPrincipalOps.AuthenticateUsernamePassword,
        GenSoPrincipalOps.AuthenticateUsernamePasswordRequest,
        GenSoPrincipalOps.AuthenticateUsernamePasswordResponse
      ]
    ] as const
    for (const [module, operation, request, response] of cases) {
      expect(module.operation).toBe(operation)
      expect(module.Request).toBe(request)
      expect(module.Response).toBe(response)
      expect(module.operation.Request).toBe(request)
    }
  })
})
