import { NetServerException, NetServerHeaders, SoapFault } from "@so-chat/core"

/** Replaces secrets in text (as sent, XML-escaped, or URL-encoded) with `<redacted>`. */
export type Scrub = (text: string) => string

const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;")

const regexEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

export const makeScrub = (secrets: ReadonlyArray<string>): Scrub => {
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (secret === "") continue
    forms.add(secret)
    forms.add(xmlEscape(secret))
    forms.add(encodeURIComponent(secret))
  }
  if (forms.size === 0) return (text) => text
  // Longest first, so a form containing another is replaced whole.
  const pattern = new RegExp([...forms].sort((a, b) => b.length - a.length).map(regexEscape).join("|"), "g")
  return (text) => text.replace(pattern, "<redacted>")
}

const EXCERPT_CHARS = 200

const decoder = new TextDecoder("utf-8", { fatal: false })

const htmlText = (html: string): string =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, "\"")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&")

/**
 * The start of a body for an error message: HTML reduced to its text,
 * whitespace collapsed, secrets removed before it is cut short (so a cut
 * cannot leave part of a secret behind).
 */
export const excerpt = (body: Uint8Array, contentType: string | null, scrub: Scrub): string => {
  let text = decoder.decode(body)
  if (contentType !== null && /html/i.test(contentType)) text = htmlText(text)
  else if (contentType === null && /^\s*<(!doctype html|html)/i.test(text)) text = htmlText(text)
  text = scrub(text.replace(/\s+/g, " ").trim())
  return text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text
}

const scrubInfo = (
  info: NetServerHeaders.SoExceptionInfo,
  scrub: Scrub
): NetServerHeaders.SoExceptionInfo => {
  const s = (v: string | null) => (v === null ? null : scrub(v))
  return new NetServerHeaders.SoExceptionInfo({
    message: s(info.message),
    stackTrace: s(info.stackTrace),
    friendlyText: s(info.friendlyText),
    exceptionType: s(info.exceptionType),
    source: s(info.source),
    innerException: info.innerException === null ? null : scrubInfo(info.innerException, scrub),
    parameters: scrubDictionary(info.parameters, scrub)
  })
}

const scrubDictionary = (
  dictionary: NetServerHeaders.StringDictionary,
  scrub: Scrub
): NetServerHeaders.StringDictionary => {
  const out: Record<string, string | null> = {}
  for (const [key, value] of Object.entries(dictionary)) out[scrub(key)] = value === null ? null : scrub(value)
  return out
}

/** A server may echo what it was sent (the ticket, say) in a fault's text. */
export const scrubFault = (fault: SoapFault.SoapFault, scrub: Scrub): SoapFault.SoapFault => {
  const reason = scrub(fault.reason)
  const detail = fault.detail === null ? null : scrub(fault.detail)
  const node = fault.node === null ? null : scrub(fault.node)
  const role = fault.role === null ? null : scrub(fault.role)
  if (reason === fault.reason && detail === fault.detail && node === fault.node && role === fault.role) return fault
  return new SoapFault.SoapFault({ ...fault, reason, detail, node, role })
}

export const scrubException = (
  error: NetServerException.NetServerException,
  scrub: Scrub
): NetServerException.NetServerException =>
  new NetServerException.NetServerException({
    operation: error.operation,
    exceptionInfo: error.exceptionInfo === null ? null : scrubInfo(error.exceptionInfo, scrub),
    extraInfo: scrubDictionary(error.extraInfo, scrub)
  })
