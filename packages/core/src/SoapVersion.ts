/**
 * The two SOAP versions and what tells them apart on the wire.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * SOAP 1.1 (the WSDL's `BasicHttpBinding_Chat`) or SOAP 1.2 (the documented
 * examples' envelope).
 *
 * @since 0.1.0
 * @category schemas
 */
export const SoapVersion = Schema.Literal("1.1", "1.2")

/**
 * @since 0.1.0
 * @category models
 */
export type SoapVersion = Schema.Schema.Type<typeof SoapVersion>

/**
 * The envelope namespace of each version.
 *
 * @since 0.1.0
 * @category constants
 */
export const envelopeNamespace: { readonly [V in SoapVersion]: string } = {
  "1.1": "http://schemas.xmlsoap.org/soap/envelope/",
  "1.2": "http://www.w3.org/2003/05/soap-envelope"
}

/**
 * The version whose envelope namespace this is, if any.
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromEnvelopeNamespace = (uri: string): SoapVersion | undefined =>
  uri === envelopeNamespace["1.1"] ? "1.1" : uri === envelopeNamespace["1.2"] ? "1.2" : undefined

/**
 * The HTTP media type each version's messages are sent with.
 *
 * @since 0.1.0
 * @category constants
 */
export const mediaType: { readonly [V in SoapVersion]: string } = {
  "1.1": "text/xml",
  "1.2": "application/soap+xml"
}

/**
 * The `Content-Type` of a request: SOAP 1.1 names the action in a separate
 * `SOAPAction` header, SOAP 1.2 in the `action` parameter.
 *
 * @example
 * import { SoapVersion } from "@so-chat/core"
 * SoapVersion.contentType("1.2", "urn:x") // 'application/soap+xml; charset=utf-8; action="urn:x"'
 *
 * @since 0.1.0
 * @category constructors
 */
export const contentType = (version: SoapVersion, soapAction: string): string =>
  version === "1.1" ? "text/xml; charset=utf-8" : `application/soap+xml; charset=utf-8; action="${soapAction}"`

/**
 * Which version an HTTP `Content-Type` announces, if either.
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromContentType = (contentType: string): SoapVersion | undefined => {
  const media = contentType.split(";")[0]!.trim().toLowerCase()
  return media === mediaType["1.1"] ? "1.1" : media === mediaType["1.2"] ? "1.2" : undefined
}
