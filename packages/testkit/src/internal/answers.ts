/**
 * What the fake answers besides an operation's result: WCF's faults (codes,
 * layout and wording as docs/testkit.md cites them), IIS's HTML errors, and
 * the WSDL.
 *
 * @internal
 */
import type { CodecError, NetServerHeaders } from "@so-chat/core"
import { Envelope, SoapFault, SoapVersion } from "@so-chat/core"
import type { HttpResponse, Outcome } from "../FakeNetServer.js"
import * as wsdl from "./wsdl.js"

/**
 * WCF's fault subcodes (docs/testkit.md cites where WCF sets them), so a
 * client that keys on them sees what a real server sends. In SOAP 1.1 WCF
 * writes the subcode as the faultcode itself (`SoapFault.make` does too).
 */
export const ACTION_NOT_SUPPORTED: SoapFault.QName = {
  namespace: "http://schemas.microsoft.com/ws/2005/05/addressing/none",
  local: "ActionNotSupported"
}
const DISPATCHER = "http://schemas.microsoft.com/net/2005/12/windowscommunicationfoundation/dispatcher"
const DESERIALIZATION_FAILED: SoapFault.QName = { namespace: DISPATCHER, local: "DeserializationFailed" }
export const INTERNAL_SERVICE_FAULT: SoapFault.QName = { namespace: DISPATCHER, local: "InternalServiceFault" }

export const responseContentType = (version: SoapVersion.SoapVersion): string =>
  `${SoapVersion.mediaType[version]}; charset=utf-8`

/** What the pipeline decided, before it is recorded. */
export interface Answer {
  readonly response: HttpResponse
  readonly outcome: Outcome
  readonly version?: SoapVersion.SoapVersion | undefined
  readonly soapAction?: string | undefined
  readonly operation?: string | undefined
  readonly headers?: NetServerHeaders.RequestHeaders | undefined
  readonly body?: unknown
  readonly ignoredHeaders?: ReadonlyArray<string> | undefined
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

export const httpError = (status: number, reason: string, extra: Record<string, string> = {}): Answer => ({
  response: {
    status,
    headers: { "content-type": "text/html; charset=utf-8", ...extra },
    body: `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status}</h1><p>${
      escapeHtml(reason)
    }</p></body></html>`
  },
  outcome: { _tag: "HttpError", reason }
})

export const fault = (
  status: number,
  version: SoapVersion.SoapVersion,
  code: "Sender" | "Receiver" | "VersionMismatch" | "MustUnderstand",
  reason: string,
  subcodes: ReadonlyArray<SoapFault.QName> = []
): Answer => {
  const f = SoapFault.make({ version, code, reason, subcodes })
  return {
    response: { status, headers: { "content-type": responseContentType(version) }, body: Envelope.encodeFault(f) },
    outcome: { _tag: "SoapFault", fault: f },
    version
  }
}

const DESERIALIZATION = "The formatter threw an exception while trying to deserialize the message: "

/** A decode error as the fault WCF gives for it, in WCF's words, naming where. */
export const decodeFault = (
  version: SoapVersion.SoapVersion,
  operation: string,
  error: CodecError.DecodeError
): Answer => {
  if (error._tag === "InvalidEnvelope") {
    if (error.reason === "NotAnEnvelope" || error.reason === "VersionMismatch") {
      return fault(500, version, "VersionMismatch", `The request is not a SOAP ${version} envelope: ${error.detail}`)
    }
    if (error.reason === "MustUnderstand") return fault(500, version, "MustUnderstand", error.message)
  }
  // Everything else WCF's formatter fails on: XML cut short or not well
  // formed, another body, a wrong namespace, a wrongly typed value.
  const reason = error._tag === "InvalidValue"
    ? `There was an error while trying to deserialize parameter ${parameterOf(error.path)}. ` +
      `The InnerException message was '${error.detail} (at ${error.path})'.  Please see InnerException for more details.`
    : error._tag === "MalformedXml"
    ? `Error in deserializing body of request message for operation '${operation}'. ` +
      `The request is not well-formed XML: ${error.message}`
    : `Error in deserializing body of request message for operation '${operation}'. ${error.message}`
  return fault(500, version, "Sender", DESERIALIZATION + reason, [DESERIALIZATION_FAILED])
}

/** `Envelope/Body/AddChatMessage/Message/Type` → the parameter WCF names, `{namespace}:Message`. */
const parameterOf = (path: string): string => {
  const parts = path.split("/")
  return parts[1] === "Body" && parts[3] !== undefined ? `${NS}:${parts[3]}` : path
}

const NS = "http://www.superoffice.net/ws/crm/NetServer/Services88"

export const wsdlAnswer = (service: string, location: string): Answer => {
  const text = wsdl.forService(service, location)
  return text === undefined
    ? httpError(404, `No WSDL is shipped for the ${service} service`)
    : {
      response: { status: 200, headers: { "content-type": "text/xml; charset=utf-8" }, body: text },
      outcome: { _tag: "Succeeded" }
    }
}
