import type { SoapRequest } from "../SoapTransport.js"

/**
 * What a transport derives from a request's endpoint (URL, SOAP version and
 * action), made once for the endpoint last used rather than per call: a
 * ChatAgent sends each operation to one endpoint.
 */
export const perEndpoint = <A>(make: (request: SoapRequest) => A): (request: SoapRequest) => A => {
  let last:
    | { readonly url: URL; readonly version: string; readonly soapAction: string; readonly value: A }
    | undefined
  return (request) => {
    const { soapAction, url, version } = request
    if (last === undefined || last.url !== url || last.version !== version || last.soapAction !== soapAction) {
      last = { url, version, soapAction, value: make(request) }
    }
    return last.value
  }
}
