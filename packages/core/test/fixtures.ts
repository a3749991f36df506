import * as fs from "node:fs"
import * as path from "node:path"

/** The documented envelopes (seed page and reference docs), byte for byte. */
export const fixture = (
  name: `${"AddChatMessage" | "GetChatMessages" | "AuthenticateUsernamePassword"}.${"request" | "response"}`
): string => fs.readFileSync(path.join(__dirname, "fixtures", `${name}.xml`), "utf8")

export const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"
export const SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
export const SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
export const XSI = "http://www.w3.org/2001/XMLSchema-instance"
