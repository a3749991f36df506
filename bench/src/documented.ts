/**
 * The documented responses (core's `test/fixtures/documented/`, copied from
 * SuperOffice's reference pages) as the codec and scale suites use them:
 * served over SOAP 1.1, and, for the documents holding values the WSDL does
 * not allow, a copy where each such value is made valid, by a named repair.
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

/** One kind of value the WSDL does not allow, and the valid value put in its place. */
export interface Repair {
  /** What is replaced with what, for the report. */
  readonly label: string
  readonly pattern: RegExp
  readonly replacement: string
}

/**
 * The values issue 12 names ("Exact values"), each replaced with what WCF's
 * DataContractSerializer writes for the type's default value.
 */
export const repairs = {
  nilInt: {
    label: "xsi:nil on a non-nillable int → 0",
    pattern: /<Chat:(ValueLength|TZOffset|StartDay|StartMonth|EndDay|EndMonth) xsi:nil="true"><\/Chat:\1>/g,
    replacement: "<Chat:$1 xsi:type=\"xsd:int\">0</Chat:$1>"
  },
  emptyDateTime: {
    label: "empty xs:dateTime → 0001-01-01T00:00:00Z",
    pattern: /<Chat:(\w+) xsi:type="xsd:dateTime"><\/Chat:\1>/g,
    replacement: "<Chat:$1 xsi:type=\"xsd:dateTime\">0001-01-01T00:00:00Z</Chat:$1>"
  },
  emptyDuration: {
    label: "empty xs:duration → PT0S",
    pattern: /<Chat:(\w+) xsi:type="NetServerServices881:duration"><\/Chat:\1>/g,
    replacement: "<Chat:$1 xsi:type=\"NetServerServices881:duration\">PT0S</Chat:$1>"
  }
} as const satisfies Record<string, Repair>

/** A copy with the repairs made, and how many values each replaced; a repair that finds nothing throws. */
export const repair = (
  xml: string,
  fixes: ReadonlyArray<Repair>
): { readonly xml: string; readonly made: ReadonlyArray<string> } => {
  let out = xml
  const made: Array<string> = []
  for (const fix of fixes) {
    const count = out.match(fix.pattern)?.length ?? 0
    if (count === 0) throw new Error(`the document no longer holds what "${fix.label}" repairs`)
    out = out.replace(fix.pattern, fix.replacement)
    made.push(`${count} × ${fix.label}`)
  }
  return { xml: out, made }
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
