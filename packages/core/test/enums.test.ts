import { addEqualityTesters, describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, ChatMessageSpecialType, ChatMessageType, Envelope } from "@so-chat/core"
import { Either, Option, Schema } from "effect"
import { SERVICES88, SOAP11 } from "./fixtures.js"

addEqualityTesters()

const response = (fields: string) =>
  `<s:Envelope xmlns:s="${SOAP11}"><s:Body><AddChatMessageResponse xmlns="${SERVICES88}"><Response>${fields}</Response></AddChatMessageResponse></s:Body></s:Envelope>`

const decoded = (fields: string) => {
  const result = Envelope.decodeResponse(AddChatMessage.operation, response(fields))
  if (Either.isLeft(result)) throw new Error(result.left.message)
  return result.right.body.response!
}

describe("ChatMessageType and ChatMessageSpecialType", () => {
  it("carry NetServer's numeric values", () => {
    expect(ChatMessageType.values).toEqual({ Invalid: 0, ToCustomer: 1, ToUser: 2, Special: 3 })
    expect(ChatMessageSpecialType.values).toEqual({
      None: 0,
      Welcome: 1,
      Url: 2,
      Block: 3,
      NewSession: 5,
      TransferedSession: 6,
      Error: 7,
      SessionDeleted: 8,
      FaqSuccessQuestion: 9,
      ClosedByUser: 10,
      ClosedByCustomer: 11,
      ClosedByIdle: 12,
      TransferRejected: 13,
      ReopenedByCustomer: 14,
      ClickedOption: 15,
      BotMessage: 16,
      Options: 17,
      IllegalFileType: 18
    })
    expect(ChatMessageSpecialType.toNumber("IllegalFileType")).toEqual(Option.some(18))
    expect(ChatMessageSpecialType.fromNumber(4)).toEqual(Option.none())
    expect(ChatMessageType.fromNumber(2)).toEqual(Option.some("ToUser"))
  })

  it("decode IllegalFileType, which the Services88 WSDL predates", () => {
    expect(decoded("<SpecialType>IllegalFileType</SpecialType>").specialType).toBe("IllegalFileType")
  })

  it("keep a name a newer server sends, without failing the message", () => {
    const message = decoded(
      "<ChatMessageId>9</ChatMessageId><Type>ToBot</Type><SpecialType>VoiceNote</SpecialType><Message>hi</Message>"
    )
    expect(message.type).toBe("ToBot")
    expect(message.specialType).toBe("VoiceNote")
    expect(message.chatMessageId).toBe(9)
    expect(message.message).toBe("hi")
    expect(ChatMessageType.isKnown(message.type)).toBe(false)
    expect(ChatMessageSpecialType.toNumber(message.specialType)).toEqual(Option.none())
    // and send it back unchanged
    const xml = Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId: 1, message }, { version: "1.1" })
    expect(Either.isRight(xml) && xml.right).toContain("<Type>ToBot</Type>")
    expect(Either.isRight(xml) && xml.right).toContain("<SpecialType>VoiceNote</SpecialType>")
  })

  it("validate: a known name or a well-formed unknown one", () => {
    const decode = Schema.decodeUnknownEither(ChatMessageType.ChatMessageType)
    expect(Either.isRight(decode("ToCustomer"))).toBe(true)
    expect(Either.isRight(decode("FutureKind"))).toBe(true)
    expect(Either.isLeft(decode("not a name"))).toBe(true)
    expect(Either.isLeft(decode(""))).toBe(true)
    expect(() => new ChatMessage.ChatMessage({ type: "to customer" as ChatMessageType.ChatMessageType })).toThrow()
  })
})
