/**
 * A header block whose name is also a property every JavaScript object has
 * (`constructor`, `__proto__`, `toString`, …) is a block like any other the
 * reader does not know: ignored (or refused when mustUnderstand), never taken
 * for a known one. Such a block used to crash both decoders with a TypeError.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import * as Envelope from "../src/Envelope.js"
import { GetChatPresence } from "../src/generated/operations/ChatPresence.js"
import { SERVICES88 } from "./fixtures.js"

const SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
const NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"]

const envelope = (block: string, body: string) =>
  `<s:Envelope xmlns:s="${SOAP11}"><s:Header>${block}</s:Header><s:Body>${body}</s:Body></s:Envelope>`

const block = (name: string, mustUnderstand = false) =>
  `<${name} xmlns="${SERVICES88}"${mustUnderstand ? " s:mustUnderstand=\"1\"" : ""}>x</${name}>`

const RESPONSE = `<GetChatPresenceResponse xmlns="${SERVICES88}"><Response/></GetChatPresenceResponse>`
const REQUEST = `<GetChatPresence xmlns="${SERVICES88}"/>`

describe("header blocks named as Object.prototype's properties", () => {
  for (const name of NAMES) {
    it(`a response with a <${name}> block decodes, the block ignored`, () => {
      const decoded = Envelope.decodeResponse(GetChatPresence, envelope(block(name), RESPONSE))
      expect(Either.isRight(decoded) && decoded.right).toMatchObject({ headers: {}, body: { response: [] } })
      expect(Either.isRight(decoded) && Object.keys(decoded.right.headers)).toEqual([])
    })

    it(`a request with a <${name}> block decodes, the block listed as ignored`, () => {
      const decoded = Envelope.decodeRequest([GetChatPresence], envelope(block(name), REQUEST))
      expect(Either.isRight(decoded) && decoded.right.ignoredHeaders).toEqual([`{${SERVICES88}}${name}`])
    })

    it(`a mustUnderstand <${name}> block is refused as not understood`, () => {
      const decoded = Envelope.decodeResponse(GetChatPresence, envelope(block(name, true), RESPONSE))
      expect(Either.isLeft(decoded) && decoded.left).toMatchObject({
        _tag: "InvalidEnvelope",
        reason: "MustUnderstand",
        path: `Envelope/Header/${name}`
      })
    })
  }
})
