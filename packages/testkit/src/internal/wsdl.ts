/**
 * The service contracts the fake serves at `?wsdl`: the shipped Services88
 * WSDLs, with the endpoint address set to where the fake was reached.
 *
 * @internal
 */
import { read } from "./wsdlText.js"

const files: Readonly<Record<string, string>> = {
  Chat: "Services88-Chat.wsdl",
  SoPrincipal: "Services88-SoPrincipal.wsdl"
}

const escapeAttribute = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")

/**
 * A service's WSDL with every `soap:address` and `soap12:address` pointing at
 * `location`; undefined for a service without one, or when it cannot be
 * found. Read from disk on each
 * call: a WSDL is fetched once per client set-up, and nothing is kept.
 */
export const forService = (service: string, location: string): string | undefined => {
  const file = files[service]
  if (file === undefined) return undefined
  const text = read(file)
  return text?.replace(
    /(<soap(?:12)?:address\s+location=")[^"]*(")/g,
    (_, open: string, close: string) => `${open}${escapeAttribute(location)}${close}`
  )
}
