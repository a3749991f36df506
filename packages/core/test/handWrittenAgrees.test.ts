/**
 * The first step to one source of truth per contract: today's hand-written
 * contracts must agree with what the generator makes of the WSDL, field by
 * field (order, TypeScript name, element name, type, default), until the
 * hand-written modules are replaced by the generated ones.
 */
import { DateTime, Schema } from "effect"
import { describe, expect, it } from "vitest"
import * as HandChatMessage from "../src/ChatMessage.js"
import * as HandSpecialType from "../src/ChatMessageSpecialType.js"
import * as HandType from "../src/ChatMessageType.js"
import * as GenChatMessage from "../src/generated/ChatMessage.js"
import * as GenChatMessageBinding from "../src/generated/internal/ChatMessage.js"
import * as GenHeadersBinding from "../src/generated/internal/NetServerHeaders.js"
import * as GenPrincipalBinding from "../src/generated/internal/SoPrincipal.js"
import type { Codec, Field } from "../src/internal/binding.js"
import { SERVICES88, tag, XmlOut } from "../src/internal/binding.js"
import * as hand from "../src/internal/contracts.js"
import { readXml, XmlReadFailure } from "../src/internal/xmlReader.js"

const names = (fields: ReadonlyArray<Field>) => fields.map(([key, element]) => [key, element])

/** The type of each field of a Schema class, as its schema prints (`xs:int`, `XmlString | null`, …). */
const fieldTypes = (fields: Schema.Struct.Fields) =>
  Object.entries(fields).map(([key, field]) => {
    const ast = "ast" in field && Schema.isPropertySignature(field) ? (field.ast as any).type : (field as any).ast
    return [key, String(ast)]
  })

const write = <A>(codec: Codec<A>, value: A): string => {
  const out = new XmlOut()
  codec.write(out, tag("ChatMessage"), value, "ChatMessage")
  return out.xml
}

const read = <A>(codec: Codec<A>, xml: string): A => {
  const element = readXml(
    xml.replace(
      "<ChatMessage>",
      `<ChatMessage xmlns="${SERVICES88}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">`
    ),
    {
      maxBytes: 1 << 20,
      maxDepth: 8
    }
  )
  if (element instanceof XmlReadFailure) throw new Error(element.message)
  return codec.read(element, "ChatMessage")
}

describe("the hand-written ChatMessage agrees with the generated one", () => {
  it("has the same elements in the same order, under the same TypeScript names", () => {
    expect(names(hand.chatMessageFields)).toEqual(names(GenChatMessageBinding.chatMessageFields()))
    expect(Object.keys(HandChatMessage.ChatMessage.fields)).toEqual(Object.keys(GenChatMessage.ChatMessage.fields))
  })

  it("types every field alike", () => {
    expect(fieldTypes(HandChatMessage.ChatMessage.fields)).toEqual(fieldTypes(GenChatMessage.ChatMessage.fields))
  })

  it("numbers its enumerations as the WSDL's annotations do", () => {
    expect(HandType.values).toEqual(GenChatMessage.ChatMessageTypeEnumeration.values)
    expect(HandSpecialType.values).toEqual(GenChatMessage.ChatMessageSpecialTypeEnumeration.values)
  })

  it("has the same defaults (what an absent element decodes to)", () => {
    expect({ ...new HandChatMessage.ChatMessage({}) }).toEqual({ ...new GenChatMessage.ChatMessage({}) })
    expect({ ...hand.chatMessage.absent() }).toEqual({ ...GenChatMessageBinding.chatMessage.absent() })
  })

  it("writes and reads the same XML", () => {
    const fields = {
      chatMessageId: 12,
      chatSessionId: 42,
      type: "Special",
      message: "",
      author: null,
      readByCustomer: 1,
      specialType: "IllegalFileType",
      specialParam: "a & b",
      whenPosted: DateTime.unsafeMake("2024-05-17T13:42:07.381Z")
    } as const
    const xml = write(hand.chatMessage, new HandChatMessage.ChatMessage(fields))
    expect(write(GenChatMessageBinding.chatMessage, new GenChatMessage.ChatMessage(fields))).toBe(xml)
    expect({ ...read(GenChatMessageBinding.chatMessage, xml) }).toEqual({ ...read(hand.chatMessage, xml) })
  })
})

describe("the hand-written header and principal bindings agree with the generated ones", () => {
  it("SoTimeZone and SoExceptionInfo have the generated elements, in order, with the same defaults", () => {
    const keys = (fields: ReadonlyArray<Field>) => fields.map(([k]) => k)
    expect(Object.keys(hand.soTimeZone.absent())).toEqual(keys(GenHeadersBinding.soTimeZoneFields()))
    expect({ ...hand.soTimeZone.absent() }).toEqual({ ...GenHeadersBinding.soTimeZone.absent() })
    expect(Object.keys(hand.soExceptionInfo.absent())).toEqual(keys(GenHeadersBinding.soExceptionInfoFields()))
    // One known disagreement: the WSDL makes Parameters nillable (absent decodes to null, as WCF gives it);
    // the hand-written binding reads it as an empty dictionary. Decision 19 leaves the fix to the next session.
    expect({ ...hand.soExceptionInfo.absent(), parameters: null }).toEqual({
      ...GenHeadersBinding.soExceptionInfo.absent()
    })
    expect(hand.soExceptionInfo.absent().parameters).toEqual({})
  })

  it("SoPrincipalCarrier's hand-written fields are a subset of the generated ones, in the WSDL's order", () => {
    const handKeys = Object.keys(hand.soPrincipalCarrier.absent() as object)
    const generated = names(GenPrincipalBinding.soPrincipalCarrierFields()).map(([k]) => k)
    expect(generated.filter((k) => handKeys.includes(k!))).toEqual(handKeys)
    // What the hand-written carrier leaves out (decision 19: the next session adds these or generates it).
    expect(generated.filter((k) => !handKeys.includes(k!))).toEqual([
      "licenses",
      "functionRights",
      "ejUserStatus",
      "providedCredentials",
      "secondaryGroups"
    ])
  })
})
