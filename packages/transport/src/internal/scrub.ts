import { CodecError, NetServerException, NetServerHeaders, SoapFault } from "@so-chat/core"
import type { ChatAgentError } from "../ChatAgentError.js"
import { ConnectionFailed, ConnectionLost, UndecodableResponse, UnexpectedStatus } from "../ChatAgentError.js"
import type { View } from "./decode.js"
import { decodeMarkup, partialTail, views } from "./decode.js"

/** What a secret is shown as, wherever so-chat shows text: as Effect prints a `Redacted`. */
export const MASK = "<redacted>"

/**
 * Replaces secrets in text with {@link MASK}, in whatever form the text
 * holds them: as sent, or encoded any number of times in any mix of XML/HTML
 * references, CDATA, URL and JSON escapes (see `decode.ts`).
 */
export interface Scrub {
  (text: string): string
  /**
   * The same, for text that was shortened where it holds `…`: the part before
   * each `…` is also cleared of a trailing piece that could begin a secret.
   */
  readonly shortened: (text: string) => string
  /**
   * The text with secrets replaced by one private-use character each, for
   * text processed further before it is shown; `cut` says the text is the
   * start of a longer one. {@link Scrub.finish} makes it showable.
   */
  readonly marked: (text: string, cut: boolean) => string
  /** Turns marked text into shown text, and checks it once more. */
  readonly finish: (marked: string) => string
}

// Stands for a removed secret while text is still processed; becomes MASK.
const MARK = "\ue000"
// A text whose views outgrow these is not searched but withheld whole.
const VIEW_LIMIT = 64
const VIEW_BUDGET = 8_000_000
const ROUNDS = 32

type Span = readonly [number, number]

/**
 * The forms to look for: each secret, and each decoded form of it (a secret
 * that itself looks encoded, `%41` or `&lt;`, is also caught when a server
 * decodes or re-encodes only part of it), and these with their whitespace
 * normalised; each at least 4 characters long or as long as the secret, so
 * that a secret like `&lt;` does not remove every `<`.
 */
const targetsOf = (secrets: ReadonlyArray<string>): ReadonlyArray<string> => {
  const found = new Set<string>()
  for (const secret of secrets) {
    const forms = [secret, ...(views(secret, VIEW_LIMIT, VIEW_BUDGET) ?? []).map((v) => v.text)]
    for (const form of forms) {
      // Also as text is often normalised on the way: trimmed (a decoder
      // reading an element's text), whitespace collapsed (an HTML page, an
      // excerpt), line ends made `\n` (XML).
      const variants = [
        form,
        form.trim(),
        form.replace(/\s+/g, " "),
        form.replace(/\s+/g, " ").trim(),
        form.replace(/\r\n?/g, "\n")
      ]
      for (const v of variants) if (v.length >= Math.min(4, secret.length)) found.add(v)
    }
  }
  return [...found].filter((t) => t !== "" && !t.includes(MARK))
}

const matches = (view: View, targets: ReadonlyArray<string>, spans: Array<Span>) => {
  for (const target of targets) {
    for (let k = view.text.indexOf(target); k !== -1; k = view.text.indexOf(target, k + 1)) {
      spans.push([view.start[k]!, view.end[k + target.length - 1]!])
    }
  }
}

/**
 * At the end of a cut text: a token the cut may have split, and the longest
 * end that is the start of a secret, are removed up to the cut.
 */
const tails = (view: View, targets: ReadonlyArray<string>, cut: number, longest: number, spans: Array<Span>) => {
  const text = view.text
  // What an earlier round marked at the cut is part of the cut: a secret may begin before it.
  let end = text.length
  while (end > 0 && text.endsWith(MARK, end)) end -= MARK.length
  // A UTF-8 sequence the cut split reads as Latin-1 once decoded (`%C3%A` as `Ã%A`): a token too.
  const token = partialTail(text.slice(0, end))
  const split = /[\u00c2-\u00f4][\u0080-\u00bf]{0,2}$/.exec(text.slice(0, token))
  const p = split === null ? token : split.index
  if (p < text.length) spans.push([view.start[p]!, cut])
  for (let i = Math.max(0, p - longest + 1); i < p; i++) {
    const end = text.slice(i, p)
    if (targets.some((t) => t.length > end.length && t.startsWith(end))) {
      spans.push([view.start[i]!, cut])
      return
    }
  }
}

/** Where secrets are in `text`; undefined when the text cannot be searched (withhold it). */
const find = (
  text: string,
  targets: ReadonlyArray<string>,
  cuts: ReadonlyArray<number>,
  longest: number
): Array<Span> | undefined => {
  const spans: Array<Span> = []
  const all = views(text, VIEW_LIMIT, VIEW_BUDGET)
  if (all === undefined) return undefined
  for (const view of all) matches(view, targets, spans)
  for (const cut of cuts) {
    const head = cut === text.length ? all : views(text.slice(0, cut), VIEW_LIMIT, VIEW_BUDGET)
    if (head === undefined) return undefined
    for (const view of head) tails(view, targets, cut, longest, spans)
  }
  return spans
}

/** Replaces the spans (merged where they overlap or touch) with one MARK each; moves the cuts along. */
const replace = (text: string, spans: Array<Span>, cuts: ReadonlyArray<number>) => {
  spans.sort((a, b) => a[0] - b[0])
  let out = ""
  let at = 0
  const merged: Array<Span> = []
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1]
    if (last !== undefined && a <= last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], b)]
    else merged.push([a, b])
  }
  for (const [a, b] of merged) {
    out += text.slice(at, a) + MARK
    at = b
  }
  out += text.slice(at)
  const move = (c: number) => {
    let shift = 0
    for (const [a, b] of merged) {
      if (a >= c) break
      shift += Math.min(b, c) - a - 1
    }
    return c - shift
  }
  return { text: out, cuts: cuts.map(move) }
}

/**
 * A scrubber for these secrets. Building it costs nothing: the forms to look
 * for are worked out on first use, which is on a failure's path only.
 */
export const makeScrub = (secrets: ReadonlyArray<string>): Scrub => {
  const list = [...new Set(secrets.filter((s) => s !== ""))]
  let targets: ReadonlyArray<string> | undefined
  let longest = 0
  const getTargets = () => {
    if (targets === undefined) {
      targets = targetsOf(list)
      longest = targets.reduce((n, t) => Math.max(n, t.length), 0)
    }
    return targets
  }
  const marked = (text: string, cut: boolean): string => {
    if (list.length === 0) return text
    const ts = getTargets()
    let current = text
    let cuts: ReadonlyArray<number> = cut ? [text.length] : []
    for (let round = 0; round < ROUNDS; round++) {
      const spans = find(current, ts, cuts, longest)
      if (spans === undefined) return MARK
      if (spans.length === 0) return current
      const next = replace(current, spans, cuts)
      current = next.text
      cuts = next.cuts
    }
    return MARK
  }
  const finish = (text: string): string => {
    if (!text.includes(MARK)) return text
    const shown = text.split(MARK).join(MASK)
    // The mask next to what surrounds it must not spell a secret either.
    const left = list.length === 0 ? [] : find(shown, getTargets(), [], longest)
    return left === undefined || left.length > 0 ? MASK : shown
  }
  const scrub = (text: string): string => finish(marked(text, false))
  const shortened = (text: string): string => {
    if (list.length === 0 || !text.includes("…")) return scrub(text)
    // Each part that ends at a `…` is a cut text.
    const parts = text.split("…")
    return finish(parts.map((part, i) => marked(part, i < parts.length - 1)).join("…"))
  }
  return Object.assign(scrub, { shortened, marked, finish })
}

const EXCERPT_CHARS = 200
// An excerpt is made from the body's start only; a longer body is cut there
// (and the cut handled as any cut is).
const EXCERPT_SOURCE_CHARS = 64 * 1024

const decoder = new TextDecoder("utf-8", { fatal: false })

// The page's text as a browser shows it: references decoded once.
const htmlText = (html: string): string =>
  decodeMarkup(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[^>]*>/g, " ")
  )

/**
 * The start of a body for an error message: HTML reduced to its text,
 * whitespace collapsed, secrets removed before each of these steps and
 * before it is cut short, so that no step can make a secret readable again
 * and a cut cannot leave part of one behind.
 */
export const excerpt = (body: Uint8Array, contentType: string | null, scrub: Scrub): string => {
  // No UTF-16 unit takes more than 3 bytes of UTF-8: decode no more than can be used.
  const bytes = body.length > 3 * EXCERPT_SOURCE_CHARS ? body.subarray(0, 3 * EXCERPT_SOURCE_CHARS) : body
  let text = decoder.decode(bytes)
  let cut = bytes !== body
  if (cut) text = text.replace(/\ufffd$/, "")
  if (text.length > EXCERPT_SOURCE_CHARS) {
    const at = EXCERPT_SOURCE_CHARS - (/[\ud800-\udbff]/.test(text[EXCERPT_SOURCE_CHARS - 1]!) ? 1 : 0)
    text = text.slice(0, at)
    cut = true
  }
  const html = contentType !== null ? /html/i.test(contentType) : /^\s*<(!doctype html|html)/i.test(text)
  let marked = scrub.marked(text, cut)
  if (html) marked = scrub.marked(htmlText(marked), cut)
  marked = scrub.marked(marked.replace(/\s+/g, " ").trim(), cut)
  if (marked.length > EXCERPT_CHARS) {
    marked = marked.slice(0, EXCERPT_CHARS - (/[\ud800-\udbff]/.test(marked[EXCERPT_CHARS - 1]!) ? 1 : 0))
    cut = true
  }
  // Once more: a reference cut in two (`&#604;` to `&#60`) reads as something else.
  return scrub.finish(scrub.marked(cut ? `${marked}…` : marked, false))
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
    parameters: info.parameters === null ? null : scrubDictionary(info.parameters, scrub)
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

const scrubName = (name: SoapFault.QName, scrub: Scrub): SoapFault.QName => ({
  namespace: scrub(name.namespace),
  local: scrub(name.local)
})

/** A server may echo what it was sent (the ticket, say) in any of a fault's texts. */
export const scrubFault = (fault: SoapFault.SoapFault, scrub: Scrub): SoapFault.SoapFault =>
  new SoapFault.SoapFault({
    ...fault,
    faultCode: scrubName(fault.faultCode, scrub),
    subcodes: fault.subcodes.map((q) => scrubName(q, scrub)),
    reason: scrub(fault.reason),
    detail: fault.detail === null ? null : scrub(fault.detail),
    node: fault.node === null ? null : scrub(fault.node),
    role: fault.role === null ? null : scrub(fault.role)
  })

export const scrubException = (
  error: NetServerException.NetServerException,
  scrub: Scrub
): NetServerException.NetServerException =>
  new NetServerException.NetServerException({
    operation: error.operation,
    exceptionInfo: error.exceptionInfo === null ? null : scrubInfo(error.exceptionInfo, scrub),
    extraInfo: scrubDictionary(error.extraInfo, scrub)
  })

/**
 * An error with every text in it that came from a server or the network (or
 * quotes a value that could not be sent) scrubbed: for errors that come from
 * a transport (which may be anyone's), and for a caller's own second pass
 * over errors it shows. The library's own words, the endpoint's URL and the
 * user name that was tried are not server text and stay as they are.
 */
export const scrubError = <E extends ChatAgentError>(error: E, scrub: Scrub): E => {
  const e: ChatAgentError = error
  const orNull = (v: string | null) => (v === null ? null : scrub(v))
  switch (e._tag) {
    case "ConnectionFailed":
      return new ConnectionFailed({ ...e, detail: scrub.shortened(e.detail) }) as E
    case "ConnectionLost":
      return new ConnectionLost({ ...e, detail: scrub.shortened(e.detail) }) as E
    case "UnexpectedStatus":
      return new UnexpectedStatus({
        ...e,
        contentType: orNull(e.contentType),
        excerpt: scrub.shortened(e.excerpt)
      }) as E
    case "UndecodableResponse":
      return new UndecodableResponse({
        ...e,
        contentType: orNull(e.contentType),
        detail: scrub.shortened(e.detail),
        excerpt: scrub.shortened(e.excerpt)
      }) as E
    case "SoapFault":
      return scrubFault(e, scrub) as E
    case "NetServerException":
      return scrubException(e, scrub) as E
    case "UnencodableValue":
      return new CodecError.UnencodableValue({ path: e.path, detail: scrub.shortened(e.detail) }) as E
    case "Timeout":
    case "ResponseTooLarge":
    case "LoginFailed":
      return error
  }
}
