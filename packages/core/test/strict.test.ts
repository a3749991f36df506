/**
 * `strict` decoding: how WCF's DataContractSerializer reads a request on a
 * server, which the fake NetServer reads with; and that the client's default
 * reading stays forward compatible.
 */
import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, CodecError, Envelope } from "@so-chat/core"
import { Either } from "effect"
import { SERVICES88, SOAP11 } from "./fixtures.js"

const request = (body: string) =>
  `<s:Envelope xmlns:s="${SOAP11}"><s:Body><AddChatMessage xmlns="${SERVICES88}">${body}</AddChatMessage></s:Body></s:Envelope>`

const withMessage = (fields: string) => request(`<ChatSessionId>7</ChatSessionId><Message>${fields}</Message>`)

const decode = (xml: string, strict: boolean) => Envelope.decodeRequest([AddChatMessage.operation], xml, { strict })

const body = (xml: string, strict: boolean) => {
  const result = decode(xml, strict)
  if (Either.isLeft(result)) throw new Error(result.left.message)
  return result.right.body
}

const invalidValue = (xml: string, strict: boolean): CodecError.InvalidValue => {
  const result = decode(xml, strict)
  expect(Either.isLeft(result)).toBe(true)
  const error = Either.isLeft(result) ? result.left : undefined
  expect(error).toBeInstanceOf(CodecError.InvalidValue)
  return error as CodecError.InvalidValue
}

describe("strict (server-side) decoding of enumerations", () => {
  it("refuses a name the contract does not list; the client keeps it", () => {
    const xml = withMessage("<Type>Bogus</Type><Message>hi</Message>")
    const error = invalidValue(xml, true)
    expect(error.path).toBe("Envelope/Body/AddChatMessage/Message/Type")
    expect(error.detail).toContain("\"Bogus\" is not a name the ChatMessageType contract lists")
    expect(body(xml, false).message?.type).toBe("Bogus")
  })

  it("refuses a number, in both modes", () => {
    const xml = withMessage("<SpecialType>17</SpecialType>")
    expect(invalidValue(xml, true).path).toBe("Envelope/Body/AddChatMessage/Message/SpecialType")
    expect(invalidValue(xml, false).path).toBe("Envelope/Body/AddChatMessage/Message/SpecialType")
  })

  it("compares the text as written: padding is not trimmed", () => {
    const xml = withMessage("<Type> ToCustomer </Type>")
    expect(invalidValue(xml, true).path).toBe("Envelope/Body/AddChatMessage/Message/Type")
    expect(body(xml, false).message?.type).toBe("ToCustomer")
  })

  it("accepts every listed name", () => {
    const xml = withMessage("<Type>Special</Type><SpecialType>IllegalFileType</SpecialType>")
    expect(body(xml, true).message).toMatchObject({ type: "Special", specialType: "IllegalFileType" })
  })
})

describe("strict (server-side) decoding of member order", () => {
  it("does not see a member that comes after a later one; the client does", () => {
    const xml = withMessage("<Message>hi</Message><Type>ToCustomer</Type><Author>Ada</Author>")
    expect(body(xml, true).message).toMatchObject({ type: "Invalid", message: "hi", author: "Ada" })
    expect(body(xml, false).message).toMatchObject({ type: "ToCustomer", message: "hi", author: "Ada" })
  })

  it("reads the operation's parameters in order too", () => {
    const xml = request("<Message><Type>ToCustomer</Type></Message><ChatSessionId>7</ChatSessionId>")
    const strict = body(xml, true)
    expect(strict.chatSessionId).toBe(0)
    expect(strict.message?.type).toBe("ToCustomer")
    expect(body(xml, false).chatSessionId).toBe(7)
  })

  it("skips a repeated member (the first counts) and one in another namespace", () => {
    const repeated = withMessage("<Message>first</Message><Message>second</Message>")
    expect(body(repeated, true).message?.message).toBe("first")
    expect(invalidValue(repeated, false).detail).toContain("more than once")

    const foreign = withMessage(`<Type xmlns="http://tempuri.org/">ToUser</Type><Message>hi</Message>`)
    expect(body(foreign, true).message).toMatchObject({ type: "Invalid", message: "hi" })
  })

  it("still fails a member it reads that is wrongly typed", () => {
    const xml = withMessage("<ChatMessageId>x</ChatMessageId>")
    expect(invalidValue(xml, true).path).toBe("Envelope/Body/AddChatMessage/Message/ChatMessageId")
  })
})
