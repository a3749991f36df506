/**
 * `UnencodableValue`: the path goes down to the field at fault, in the
 * contract's element names, and the detail is one line — whether the schema
 * refused the value (a constructor's `ParseError`) or the encoder did.
 */
import { describe, expect, it } from "@effect/vitest"
import { AuthenticateUsernamePassword, ChatMessage, CodecError, Envelope, GetChatMessages } from "@so-chat/core"
import { DateTime, Either, ParseResult } from "effect"
import { chatMessageFields } from "../src/generated/internal/ChatMessage.js"

const refused = (props: ConstructorParameters<typeof ChatMessage.ChatMessage>[0]): CodecError.UnencodableValue => {
  try {
    new ChatMessage.ChatMessage(props)
  } catch (e) {
    if (ParseResult.isParseError(e)) return CodecError.fromParseError(e, "AddChatMessage/Message")
    throw e
  }
  throw new Error("expected the constructor to refuse the value")
}

describe("CodecError.fromParseError", () => {
  it.each([
    [{ message: "bad \x01" }, "Message", "contains U+0001 at index 4, which XML 1.0 cannot carry"],
    [{ author: "A\x02" }, "Author", "contains U+0002 at index 1, which XML 1.0 cannot carry"],
    [{ specialParam: "\x1f" }, "SpecialParam", "contains U+001F at index 0, which XML 1.0 cannot carry"],
    [
      { chatMessageId: 2 ** 31 },
      "ChatMessageId",
      "Expected a number between -2147483648 and 2147483647, actual 2147483648"
    ],
    [{ chatSessionId: 0.5 }, "ChatSessionId", "Expected an integer, actual 0.5"],
    [{ readByCustomer: -32769 }, "ReadByCustomer", "Expected a number between -32768 and 32767, actual -32769"],
    [
      { type: "a b" as any },
      "Type",
      "\"a b\" is not a ChatMessageType: give Invalid, ToCustomer, ToUser, Special, or a newer server's name"
    ],
    [{ specialType: 7 as any }, "SpecialType", "7 is not a ChatMessageSpecialType: give None, Welcome"],
    [
      { whenPosted: DateTime.unsafeMake(Date.UTC(-1, 0, 1)) },
      "WhenPosted",
      "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z"
    ]
  ])("%j: AddChatMessage/Message/%s, one line", (props, element, detail) => {
    const e = refused(props)
    expect(e).toBeInstanceOf(CodecError.UnencodableValue)
    expect(e.path).toBe(`AddChatMessage/Message/${element}`)
    expect(e.detail).toContain(detail)
    expect(e.message).toBe(`Cannot encode AddChatMessage/Message/${element}: ${e.detail}`)
    expect(e.message).not.toMatch(/[\r\n]/)
  })

  it("names each ChatMessage field by its element, as the encoder does", () => {
    for (const [key, element] of chatMessageFields()) {
      const bad = key === "whenPosted" ? "not a date" : key.endsWith("Id") || key === "readByCustomer" ? 1.5 : 42
      const e = refused({ [key]: bad } as any)
      expect(e.path, key).toBe(`AddChatMessage/Message/${element}`)
      expect(e.detail, key).not.toMatch(/[\r\n]/)
    }
  })
})

describe("what the encoder refuses", () => {
  const encode = <Req>(operation: Parameters<typeof Envelope.encodeRequest<Req, any>>[0], request: Req) =>
    Envelope.encodeRequest(operation, request, { version: "1.1" }).pipe(Either.flip, Either.getOrThrow)

  it("an int out of range, by its element", () => {
    const e = encode(GetChatMessages.operation, { chatSessionId: 1, after: 2 ** 31 })
    expect(e.path).toBe("GetChatMessages/After")
    expect(e.detail).toBe("2147483648 is not an xs:int (-2147483648 to 2147483647)")
  })

  it("text that is not a string is refused, not written as \"undefined\"", () => {
    const e = encode(AuthenticateUsernamePassword.operation, { userName: undefined as any, password: null })
    expect(e.path).toBe("AuthenticateUsernamePassword/UserName")
    expect(e.detail).toBe("expected a string, got undefined")
  })
})
