/**
 * The documented responses (core's `test/fixtures/documented/`, copied from
 * SuperOffice's reference pages) as the codec and scale suites use them:
 * served over SOAP 1.1, as they are (the values the WSDL does not allow in
 * some of them decode as `NotGiven`: decision 0020).
 */
import { readFileSync } from "node:fs"

const repo = new URL("../../", import.meta.url)

/** A documented response envelope, as SuperOffice's reference page gives it. */
export const documentedResponse = (operation: string): string =>
  readFileSync(new URL(`packages/core/test/fixtures/documented/${operation}.response.xml`, repo), "utf8")

/** A WSDL of core's (`packages/core/wsdl/`), as a path for node-soap. */
export const wsdlPath = (service: "Chat" | "SoPrincipal"): string =>
  new URL(`packages/core/wsdl/Services88-${service}.wsdl`, repo).pathname

const SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
const SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"

/**
 * The same envelope over SOAP 1.1, as a NetServer's BasicHttpBinding endpoint
 * answers: the documented pages show SOAP 1.2, and only the envelope's
 * namespace differs.
 */
export const toSoap11 = (xml: string): string => {
  if (!xml.includes(`"${SOAP12}"`)) throw new Error("the documented envelope is not a SOAP 1.2 one")
  return xml.replaceAll(`"${SOAP12}"`, `"${SOAP11}"`)
}

const SESSION = /<Chat:ChatSessionEntity xsi:type="Chat:ChatSessionEntity">[\s\S]*?<\/Chat:ChatSessionEntity>\s*/
const SESSION_ID = "<Chat:ChatSessionId xsi:type=\"xsd:int\">0</Chat:ChatSessionId>"

/**
 * A ChatSessionsForUser answer of `n` sessions: the documented answer's one
 * session entity, repeated, the i-th with ChatSessionId i + 1 (so a decoder
 * cannot hand back one value n times, and a test can check the order).
 */
export const sessionsForUser = (documented: string, n: number): string => {
  const match = SESSION.exec(documented)
  if (match === null) throw new Error("the ChatSessionsForUser answer holds no ChatSessionEntity")
  const session = match[0]
  if (!session.includes(SESSION_ID)) throw new Error("the documented session entity has no ChatSessionId 0")
  const sessions = Array.from(
    { length: n },
    (_, i) => session.replace(SESSION_ID, SESSION_ID.replace(">0<", `>${i + 1}<`))
  )
  return documented.slice(0, match.index) + sessions.join("") + documented.slice(match.index + session.length)
}
