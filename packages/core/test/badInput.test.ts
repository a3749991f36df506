import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, CodecError, Envelope } from "@so-chat/core"
import { Either } from "effect"
import { fixture, SERVICES88, SOAP11 } from "./fixtures.js"

const documented = fixture("AddChatMessage.response")

const failure = (input: string | Uint8Array, options?: Envelope.DecodeOptions) => {
  const result = Envelope.decodeResponse(AddChatMessage.operation, input, options)
  if (Either.isRight(result)) throw new Error("expected the input to be refused")
  return result.left
}

const malformed = (input: string | Uint8Array, options?: Envelope.DecodeOptions) => {
  const error = failure(input, options)
  expect(error).toBeInstanceOf(CodecError.MalformedXml)
  return error as CodecError.MalformedXml
}

const envelope = (body: string, env = SOAP11) =>
  `<s:Envelope xmlns:s="${env}"><s:Body><AddChatMessageResponse xmlns="${SERVICES88}"><Response>${body}</Response></AddChatMessageResponse></s:Body></s:Envelope>`

describe("input that is not a well-formed XML document", () => {
  it("not XML at all, with line and column", () => {
    const error = malformed("<html>\n<body>Bad Gateway</body>\n</html")
    expect(error.reason).toBe("Truncated")
    expect(error.line).toBe(3)
    const plain = malformed("Service Unavailable")
    expect(plain.reason).toBe("NotXml")
    expect(plain.line).toBe(1)
    expect(plain.message).toMatch(/line 1, column \d+/)
  })

  it("empty input", () => {
    expect(malformed("").reason).toBe("Truncated")
    expect(malformed(new Uint8Array()).reason).toBe("Truncated")
  })

  it("the documented response cut short at every length", () => {
    const bytes = new TextEncoder().encode(documented)
    const end = documented.lastIndexOf(">") // cutting only trailing whitespace leaves a whole document
    for (let n = 0; n < end; n += 7) {
      const error = malformed(bytes.subarray(0, n))
      expect(["Truncated", "NotXml"]).toContain(error.reason)
      expect(error.line).toBeGreaterThanOrEqual(1)
    }
  })

  it("invalid UTF-8, with the offending byte's position", () => {
    const prefix = new TextEncoder().encode(envelope("<Message>ok"))
    const bad = new Uint8Array([...prefix, 0xc3, 0x28, ...new TextEncoder().encode("</Message>")])
    const error = malformed(bad)
    expect(error.reason).toBe("InvalidEncoding")
    expect(error.detail).toContain(`byte offset ${prefix.length}`)
    // overlong encoding of "/" and a UTF-8-encoded surrogate are invalid too
    expect(malformed(new Uint8Array([0x3c, 0x61, 0x3e, 0xc0, 0xaf, 0x3c, 0x2f, 0x61, 0x3e])).reason).toBe(
      "InvalidEncoding"
    )
    expect(malformed(new Uint8Array([0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e])).reason).toBe(
      "InvalidEncoding"
    )
  })

  it("a declared encoding other than UTF-8", () => {
    const error = malformed(`<?xml version="1.0" encoding="ISO-8859-1"?>${envelope("")}`)
    expect(error.reason).toBe("InvalidEncoding")
    expect(error.detail).toContain("ISO-8859-1")
  })

  it("any DOCTYPE: the billion laughs and external entities never get a chance", () => {
    const laughs =
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>` +
      envelope("<Message>&lol2;</Message>")
    expect(malformed(laughs).reason).toBe("DoctypeForbidden")
    const xxe = `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${envelope("<Message>&xxe;</Message>")}`
    expect(malformed(xxe).reason).toBe("DoctypeForbidden")
    expect(malformed(`<!DOCTYPE html>${envelope("")}`).reason).toBe("DoctypeForbidden")
  })

  it("processing instructions, which SOAP forbids", () => {
    expect(malformed(`<?xml version="1.0"?><?evil x?>${envelope("")}`).reason).toBe("ProcessingInstructionForbidden")
  })

  it("nesting past the depth limit, without a stack overflow", () => {
    const deep = "<a>".repeat(100_000) + "</a>".repeat(100_000)
    const error = malformed(envelope(deep))
    expect(error.reason).toBe("TooDeep")
    expect(malformed(envelope("<a><a><a></a></a></a>"), { maxDepth: 5 }).reason).toBe("TooDeep")
  })

  it("input past the size limit, refused before parsing", () => {
    const big = new TextEncoder().encode(envelope(`<Message>${"x".repeat(2000)}</Message>`))
    const error = malformed(big, { maxBytes: 1000 })
    expect(error.reason).toBe("TooLarge")
    expect(error.detail).toContain("1000")
    expect(malformed("x".repeat(2000), { maxBytes: 1000 }).reason).toBe("TooLarge")
  })

  it("unbound prefixes and undefined entities", () => {
    expect(malformed(`<x:Envelope><x:Body/></x:Envelope>`).detail).toContain("not bound")
    expect(malformed(envelope("<Message>&nbsp;</Message>")).reason).toBe("NotXml")
  })
})

describe("well-formed XML that is not the expected SOAP message", () => {
  const invalidEnvelope = (input: string) => {
    const error = failure(input)
    expect(error).toBeInstanceOf(CodecError.InvalidEnvelope)
    return error as CodecError.InvalidEnvelope
  }

  it("no Body", () => {
    const error = invalidEnvelope(`<s:Envelope xmlns:s="${SOAP11}"><s:Header/></s:Envelope>`)
    expect(error.reason).toBe("MissingBody")
    expect(error.path).toBe("Envelope")
  })

  it("an envelope namespace of neither version", () => {
    const error = invalidEnvelope(envelope("", "http://example.com/soap-envelope"))
    expect(error.reason).toBe("NotAnEnvelope")
    expect(error.detail).toContain("http://example.com/soap-envelope")
  })

  it("not an envelope at all", () => {
    const error = invalidEnvelope(`<html><body/></html>`)
    expect(error.reason).toBe("NotAnEnvelope")
    expect(error.path).toBe("html")
  })

  it("a Body holding some other operation", () => {
    const xml =
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body><GetChatMessagesResponse xmlns="${SERVICES88}"/></s:Body></s:Envelope>`
    const error = invalidEnvelope(xml)
    expect(error.reason).toBe("UnexpectedBody")
    expect(error.path).toBe("Envelope/Body/GetChatMessagesResponse")
    expect(error.detail).toContain("AddChatMessageResponse")
  })

  it("the right element name in the wrong namespace", () => {
    const xml =
      `<s:Envelope xmlns:s="${SOAP11}"><s:Body><AddChatMessageResponse xmlns="urn:other"/></s:Body></s:Envelope>`
    expect(invalidEnvelope(xml).reason).toBe("UnexpectedBody")
  })

  it("an empty Body", () => {
    expect(invalidEnvelope(`<s:Envelope xmlns:s="${SOAP11}"><s:Body/></s:Envelope>`).reason).toBe("UnexpectedBody")
  })

  it("a SOAP version other than the one expected", () => {
    const result = Envelope.decodeResponse(AddChatMessage.operation, documented, { version: "1.1" })
    expect(Either.isLeft(result) && result.left._tag).toBe("InvalidEnvelope")
    expect(Either.isLeft(result) && (result.left as CodecError.InvalidEnvelope).reason).toBe("VersionMismatch")
  })

  it("a header block marked mustUnderstand that nobody here understands", () => {
    const withHeader = (attrs: string) =>
      `<s:Envelope xmlns:s="${SOAP11}"><s:Header><x:Security xmlns:x="urn:sec" ${attrs}/></s:Header>` +
      `<s:Body><AddChatMessageResponse xmlns="${SERVICES88}"/></s:Body></s:Envelope>`
    const error = invalidEnvelope(withHeader(`s:mustUnderstand="1"`))
    expect(error.reason).toBe("MustUnderstand")
    expect(error.path).toBe("Envelope/Header/Security")
    // not for us: addressed to another actor
    expect(
      Either.isRight(
        Envelope.decodeResponse(AddChatMessage.operation, withHeader(`s:mustUnderstand="1" s:actor="urn:other"`))
      )
    )
      .toBe(true)
    // mustUnderstand in another namespace is not SOAP's
    expect(Either.isRight(Envelope.decodeResponse(AddChatMessage.operation, withHeader(`x:mustUnderstand="1"`)))).toBe(
      true
    )
  })
})

describe("values a known element cannot hold, with the element path", () => {
  const invalidValue = (body: string) => {
    const error = failure(envelope(body))
    expect(error).toBeInstanceOf(CodecError.InvalidValue)
    return error as CodecError.InvalidValue
  }
  const base = "Envelope/Body/AddChatMessageResponse/Response"

  it("an int out of range", () => {
    const error = invalidValue("<ChatMessageId>2147483648</ChatMessageId>")
    expect(error.path).toBe(`${base}/ChatMessageId`)
    expect(error.detail).toContain("out of range")
    expect(invalidValue("<ChatSessionId>-2147483649</ChatSessionId>").path).toBe(`${base}/ChatSessionId`)
    expect(invalidValue("<ReadByCustomer>40000</ReadByCustomer>").path).toBe(`${base}/ReadByCustomer`)
  })

  it("not an int", () => {
    for (const text of ["", "1.0", "0x10", "1e3", "12a", "--1", "١٢"]) {
      expect(invalidValue(`<ChatMessageId>${text}</ChatMessageId>`).path).toBe(`${base}/ChatMessageId`)
    }
    // XSD collapses whitespace around numbers, and allows a sign and leading zeros
    const ok = Envelope.decodeResponse(AddChatMessage.operation, envelope("<ChatMessageId> +0042\n</ChatMessageId>"))
    expect(Either.isRight(ok) && ok.right.body.response?.chatMessageId).toBe(42)
  })

  it("a bad dateTime", () => {
    for (
      const text of [
        "2021-02-29T00:00:00Z",
        "2021-13-01T00:00:00Z",
        "2021-03-25 21:36:53Z",
        "yesterday",
        "2021-03-25T25:00:00Z",
        "0000-01-01T00:00:00Z",
        "10000-01-01T00:00:00Z",
        "2021-03-25T21:36:60Z",
        "2021-03-25T21:36:53+15:00"
      ]
    ) {
      const error = invalidValue(`<WhenPosted>${text}</WhenPosted>`)
      expect(error.path).toBe(`${base}/WhenPosted`)
    }
  })

  it("reads dateTime forms WCF sends", () => {
    const cases = {
      "2021-03-25T21:36:53.1234567Z": Date.UTC(2021, 2, 25, 21, 36, 53, 123),
      "2021-03-25T21:36:53": Date.UTC(2021, 2, 25, 21, 36, 53),
      "2021-03-25T22:36:53.5+01:00": Date.UTC(2021, 2, 25, 21, 36, 53, 500),
      "2024-02-29T00:00:00Z": Date.UTC(2024, 1, 29),
      "0001-01-01T00:00:00": -62135596800000
    }
    for (const [text, ms] of Object.entries(cases)) {
      const ok = Envelope.decodeResponse(AddChatMessage.operation, envelope(`<WhenPosted>${text}</WhenPosted>`))
      expect(Either.isRight(ok) && ok.right.body.response?.whenPosted.epochMillis).toBe(ms)
    }
  })

  it("nil where the type does not allow it", () => {
    const error = invalidValue(`<ChatMessageId xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true"/>`)
    expect(error.path).toBe(`${base}/ChatMessageId`)
    expect(error.detail).toContain("nil")
  })

  it("an element where a simple value belongs", () => {
    expect(invalidValue("<Message><b>bold</b></Message>").path).toBe(`${base}/Message/b`)
  })

  it("a field in the wrong namespace", () => {
    const error = invalidValue(`<ChatMessageId xmlns="">1</ChatMessageId>`)
    expect(error.path).toBe(`${base}/ChatMessageId`)
    expect(error.detail).toContain("namespace")
  })

  it("the same field twice", () => {
    expect(invalidValue("<Message>a</Message><Message>b</Message>").detail).toContain("more than once")
  })

  it("an enum value that is not a name", () => {
    expect(invalidValue("<Type>To Customer</Type>").path).toBe(`${base}/Type`)
    expect(invalidValue("<SpecialType></SpecialType>").path).toBe(`${base}/SpecialType`)
  })
})

describe("hostile input never hangs or crashes", () => {
  it("a megabyte of nested garbage is refused quickly", () => {
    const start = performance.now()
    for (
      const input of [
        "<".repeat(1_000_000),
        "<a " + "x=\"1\" ".repeat(100_000),
        "&".repeat(1_000_000),
        "\u0000".repeat(1000)
      ]
    ) {
      const result = Envelope.decodeResponse(AddChatMessage.operation, input)
      expect(Either.isLeft(result)).toBe(true)
    }
    expect(performance.now() - start).toBeLessThan(5000)
  })
})
