/** Helpers that build SOAP requests by hand, as a client of any stack would send them. */
import { AddChatMessage, ChatMessage, Envelope, SoapVersion } from "@so-chat/core"
import type { NetServerHeaders } from "@so-chat/core"
import type { FakeNetServer } from "@so-chat/testkit"
import { Either } from "effect"

export const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"
export const SOAP11 = SoapVersion.envelopeNamespace["1.1"]
export const SOAP12 = SoapVersion.envelopeNamespace["1.2"]
export const ACTION = AddChatMessage.operation.soapAction
export const CHAT_PATH = "/Cust12345/Remote/Services88/Chat.svc"

export const hello = (chatSessionId: number, text = "Hello") =>
  new ChatMessage.ChatMessage({ chatSessionId, type: "ToCustomer", message: text, author: "Ada" })

/** An AddChatMessage envelope encoded by core. */
export const addChatMessageXml = (
  chatSessionId: number,
  options: {
    readonly version?: SoapVersion.SoapVersion
    readonly headers?: NetServerHeaders.RequestHeaders
    readonly message?: ChatMessage.ChatMessage | null
  } = {}
): string => {
  const message = options.message === undefined ? hello(chatSessionId) : options.message
  return Either.getOrThrow(
    Envelope.encodeRequest(AddChatMessage.operation, { chatSessionId, message }, {
      version: options.version ?? "1.1",
      ...(options.headers ? { headers: options.headers } : {})
    })
  )
}

/** The HTTP headers a conforming client sends with an envelope of this version. */
export const soapHeaders = (version: SoapVersion.SoapVersion, action = ACTION): Record<string, string> =>
  version === "1.1"
    ? { "content-type": SoapVersion.contentType("1.1", action), soapaction: `"${action}"` }
    : { "content-type": SoapVersion.contentType("1.2", action) }

export const request = (
  xml: string | Uint8Array,
  options: { readonly version?: SoapVersion.SoapVersion; readonly headers?: Record<string, string> } = {}
): FakeNetServer.HttpRequest => ({
  method: "POST",
  url: CHAT_PATH,
  headers: options.headers ?? soapHeaders(options.version ?? "1.1"),
  body: typeof xml === "string" ? new TextEncoder().encode(xml) : xml
})

/** Decodes the fake's answer as a client would: result, NetServerException or SoapFault. */
export const decode = (body: string) => Envelope.decodeResponse(AddChatMessage.operation, body)

export const decodedBody = (body: string) => {
  const result = decode(body)
  if (Either.isLeft(result)) throw new Error(`expected a result, got ${result.left._tag}: ${result.left.message}`)
  return result.right
}

export const failureOf = (body: string) => {
  const result = decode(body)
  if (Either.isRight(result)) throw new Error("expected the fake to refuse the request")
  return result.left
}
