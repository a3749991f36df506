/**
 * Writing a SOAP envelope: the `Envelope` element of a version, the header
 * blocks inside `<Header>` (left out when there are none), the body.
 *
 * @internal
 */
import * as Either from "effect/Either"
import { UnencodableValue } from "../CodecError.js"
import * as SoapVersion from "../SoapVersion.js"
import * as b from "./binding.js"

const open = (version: SoapVersion.SoapVersion): string =>
  `<s:Envelope xmlns:s="${SoapVersion.envelopeNamespace[version]}" xmlns:i="${b.XSI}">`

/** Runs a writer, turning a value it cannot carry into `UnencodableValue`. */
export const encoding = (f: () => string): Either.Either<string, UnencodableValue> => {
  try {
    return Either.right(f())
  } catch (e) {
    if (e instanceof b.BindingFailure) return Either.left(new UnencodableValue({ path: e.path, detail: e.detail }))
    throw e
  }
}

export const writeEnvelope = (
  version: SoapVersion.SoapVersion,
  writeHeaders: (out: b.XmlOut) => void,
  writeBody: (out: b.XmlOut) => void
): string => {
  const headers = new b.XmlOut()
  writeHeaders(headers)
  const out = new b.XmlOut()
  out.write(open(version))
  if (headers.xml !== "") out.write(`<s:Header>${headers.xml}</s:Header>`)
  out.write("<s:Body>")
  writeBody(out)
  out.write("</s:Body></s:Envelope>")
  return out.xml
}
