/**
 * The hot path writes envelopes with string concatenation; xmlbuilder2's DOM
 * is the reference. Our output, parsed by saxes (namespace-aware), and the DOM
 * xmlbuilder2 builds must be the same infoset: expanded names, attributes and
 * text. The DOM, not xmlbuilder2's serialization, is the reference because
 * that serializer loses data: it writes CR raw (a parser reads it back as LF)
 * and leaves text such as "&amp;" unescaped (read back as "&").
 */
import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, ChatMessage, Envelope, SoapVersion } from "@so-chat/core"
import { Arbitrary, DateTime, Either, FastCheck as fc, Redacted } from "effect"
import { create } from "xmlbuilder2"
import { SERVICES88, XSI } from "./fixtures.js"
import { infoset, type Node } from "./support/infoset.js"

const fromDom = (element: any): Node => {
  const children: Array<Node> = []
  let text = ""
  for (const child of Array.from(element.childNodes) as Array<any>) {
    if (child.nodeType === 1) children.push(fromDom(child))
    else if (child.nodeType === 3) text += child.data
  }
  return {
    name: `{${element.namespaceURI ?? ""}}${element.localName}`,
    attributes: (Array.from(element.attributes) as Array<any>)
      .filter((a) => a.namespaceURI !== "http://www.w3.org/2000/xmlns/")
      .map((a) => `{${a.namespaceURI ?? ""}}${a.localName}=${a.value}`)
      .sort(),
    text,
    children
  }
}

const reference = (
  version: SoapVersion.SoapVersion,
  chatSessionId: number,
  message: ChatMessage.ChatMessage | null,
  ticket: string
): Node => {
  const env = SoapVersion.envelopeNamespace[version]
  const doc = create().ele(env, "s:Envelope")
  const header = doc.ele(env, "s:Header")
  header.ele(SERVICES88, "Credentials").ele(SERVICES88, "Ticket").txt(ticket)
  const op = doc.ele(env, "s:Body").ele(SERVICES88, "AddChatMessage")
  op.ele(SERVICES88, "ChatSessionId").txt(String(chatSessionId))
  const text = (parent: ReturnType<typeof create>, name: string, value: string | null) =>
    value === null ? parent.ele(SERVICES88, name).att(XSI, "i:nil", "true") : parent.ele(SERVICES88, name).txt(value)
  if (message === null) {
    op.ele(SERVICES88, "Message").att(XSI, "i:nil", "true")
  } else {
    const m = op.ele(SERVICES88, "Message")
    m.ele(SERVICES88, "ChatMessageId").txt(String(message.chatMessageId))
    m.ele(SERVICES88, "ChatSessionId").txt(String(message.chatSessionId))
    m.ele(SERVICES88, "Type").txt(message.type)
    text(m, "Message", message.message)
    text(m, "Author", message.author)
    m.ele(SERVICES88, "ReadByCustomer").txt(String(message.readByCustomer))
    m.ele(SERVICES88, "SpecialType").txt(message.specialType)
    text(m, "SpecialParam", message.specialParam)
    const iso = DateTime.formatIso(message.whenPosted)
    m.ele(SERVICES88, "WhenPosted").txt(iso.endsWith(".000Z") ? iso.slice(0, -5) + "Z" : iso)
  }
  return fromDom((doc.node as any).ownerDocument?.documentElement ?? (doc.root().node as any).documentElement)
}

describe("the hot-path writer produces xmlbuilder2's infoset", () => {
  it("for any AddChatMessage request", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SoapVersion.SoapVersion>("1.1", "1.2"),
        fc.integer({ min: -2147483648, max: 2147483647 }),
        fc.option(Arbitrary.make(ChatMessage.ChatMessage), { nil: null }),
        fc.stringMatching(/^[A-Za-z0-9:=+/]{1,40}$/),
        (version, chatSessionId, generated, ticket) => {
          const message = generated
          const ours = Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId, message }, {
            version,
            headers: { ticket: Redacted.make(ticket) }
          })
          if (Either.isLeft(ours)) throw new Error(ours.left.message)
          expect(infoset(ours.right)).toEqual(reference(version, chatSessionId, message, ticket))
        }
      ),
      { numRuns: 300 }
    )
  })
})
