/**
 * Decoded views of a text, for finding a secret in whatever form a server
 * sent it back: each view is the text with one more round of decoding, and
 * remembers, for each of its characters, the span of the original text it
 * came from, so that what matches in a view can be removed from the original.
 *
 * Three families of encoding are decoded:
 * - markup: XML and HTML character references (`&lt;`, `&#60;`, `&#x3C;`,
 *   `&#X3c;`, the names of `entities.ts`, HTML's `&lt` without `;`) and
 *   CDATA sections (whose content is taken as it stands, as XML does);
 * - percent: URL encoding (`%3C`, `%3c`, UTF-8 sequences, a byte that is not
 *   UTF-8 as Latin-1, `%u003C`, `+` for a space);
 * - backslash: JSON and JavaScript string escapes (`\"`, `\\`, `\u003c`,
 *   `\u{1F600}`, `\x3c`, `\n`), as a log line or a JSON error shows text;
 * - mojibake: UTF-8 bytes shown as Latin-1 characters (`Ã©` for `é`), as a
 *   proxy that decodes with the wrong charset writes them, and as percent
 *   decoding leaves a character whose bytes were encoded to different depths
 *   (`%F0%259F%98%80`: the `%25` byte is only whole after a second round).
 *
 * A round decodes any combination of the families present, each token
 * once (what it decodes to is not decoded again in the same round), so that
 * every order in which a reader might undo the encodings is covered.
 */
import { legacyEntities, namedEntities } from "./entities.js"

/** A text and, per character, the original span `[start, end)` it came from. */
export interface View {
  readonly text: string
  readonly start: Int32Array
  readonly end: Int32Array
}

const MARKUP = 1
const PERCENT = 2
const BACKSLASH = 4
const MOJIBAKE = 8
const FAMILIES = [MARKUP, PERCENT, BACKSLASH, MOJIBAKE] as const

/** The text as it stands: each character its own span. */
export const identity = (text: string): View => {
  const n = text.length
  const start = new Int32Array(n)
  const end = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    start[i] = i
    end[i] = i + 1
  }
  return { text, start, end }
}

const present = (text: string): number =>
  (text.includes("&") || text.includes("<![CDATA[") ? MARKUP : 0) |
  (text.includes("%") || text.includes("+") ? PERCENT : 0) |
  (text.includes("\\") ? BACKSLASH : 0) |
  (/[\u00c2-\u00f4][\u0080-\u00bf]/.test(text) ? MOJIBAKE : 0)

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
const isDigit = (c: number) => c >= 48 && c <= 57
const isAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** A code point as text, as a lenient reader makes it: a lone surrogate stays one. */
const fromCode = (code: number): string =>
  code <= 0 || code > 0x10ffff || !Number.isFinite(code)
    ? "\ufffd"
    : code >= 0xd800 && code <= 0xdfff
    ? String.fromCharCode(code)
    : String.fromCodePoint(code)

const parseCode = (digits: string, radix: number): number => {
  const significant = digits.replace(/^0+/, "")
  // More digits than any code point has: out of range, as a reader sees it.
  return significant.length > 8 ? Infinity : significant === "" ? 0 : parseInt(significant, radix)
}

interface Token {
  readonly text: string
  /** Where the token ends in the view (exclusive). */
  readonly next: number
}

/** `&…` at `i`: a character reference, or undefined. */
const reference = (s: string, i: number): Token | undefined => {
  const n = s.length
  let j = i + 1
  if (s.charCodeAt(j) === 35 /* # */) {
    j++
    const hex = s.charCodeAt(j) === 120 || s.charCodeAt(j) === 88 // x X
    if (hex) j++
    const from = j
    while (j < n && (hex ? isHex(s.charCodeAt(j)) : isDigit(s.charCodeAt(j)))) j++
    if (j === from) return undefined
    const code = parseCode(s.slice(from, j), hex ? 16 : 10)
    return { text: fromCode(code), next: s.charCodeAt(j) === 59 /* ; */ ? j + 1 : j }
  }
  while (j < n && isAlnum(s.charCodeAt(j))) j++
  if (j === i + 1) return undefined
  const name = s.slice(i + 1, j)
  if (s.charCodeAt(j) === 59) {
    const code = namedEntities.get(name)
    if (code !== undefined) return { text: String.fromCodePoint(code), next: j + 1 }
  }
  for (const legacy of legacyEntities) {
    if (name.startsWith(legacy)) {
      return { text: String.fromCodePoint(namedEntities.get(legacy)!), next: i + 1 + legacy.length }
    }
  }
  return undefined
}

/** `\…` at `i`: an escape, or undefined for a lone `\` at the end. */
const escape = (s: string, i: number): Token | undefined => {
  const c = s.charCodeAt(i + 1)
  if (Number.isNaN(c)) return undefined
  const hexRun = (from: number, count: number) => {
    for (let k = 0; k < count; k++) if (!isHex(s.charCodeAt(from + k))) return false
    return true
  }
  switch (c) {
    case 117: { // u
      if (s.charCodeAt(i + 2) === 123 /* { */) {
        const close = s.indexOf("}", i + 3)
        const digits = close === -1 ? "" : s.slice(i + 3, close)
        if (digits !== "" && /^[0-9a-fA-F]+$/.test(digits)) {
          return { text: fromCode(parseCode(digits, 16)), next: close + 1 }
        }
        break
      }
      if (hexRun(i + 2, 4)) return { text: String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), next: i + 6 }
      break
    }
    case 120: // x
      if (hexRun(i + 2, 2)) return { text: String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16)), next: i + 4 }
      break
    case 110:
      return { text: "\n", next: i + 2 }
    case 114:
      return { text: "\r", next: i + 2 }
    case 116:
      return { text: "\t", next: i + 2 }
    case 98:
      return { text: "\b", next: i + 2 }
    case 102:
      return { text: "\f", next: i + 2 }
    case 118:
      return { text: "\v", next: i + 2 }
    case 48:
      return { text: "\0", next: i + 2 }
  }
  // Any other escaped character stands for itself (`\"`, `\\`, `\/`, `\'`).
  const code = s.codePointAt(i + 1)!
  const text = String.fromCodePoint(code)
  return { text, next: i + 1 + text.length }
}

/**
 * A run of `%XX` at `i`, as UTF-8 where it is UTF-8 and as Latin-1 where it
 * is not, one character per decoded code point (each mapped to the bytes it
 * came from). Returns the characters and their spans in the view.
 */
const percentRun = (
  s: string,
  i: number
): { readonly chars: Array<[string, number, number]>; readonly next: number } => {
  const bytes: Array<number> = []
  const at: Array<number> = []
  let j = i
  while (s.charCodeAt(j) === 37 && isHex(s.charCodeAt(j + 1)) && isHex(s.charCodeAt(j + 2))) {
    bytes.push(parseInt(s.slice(j + 1, j + 3), 16))
    at.push(j)
    j += 3
  }
  const chars: Array<[string, number, number]> = []
  let k = 0
  while (k < bytes.length) {
    const b = bytes[k]!
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1
    let code = length === 4 ? b & 0x07 : length === 3 ? b & 0x0f : length === 2 ? b & 0x1f : b
    let ok = length > 1 && k + length <= bytes.length && b < 0xf5
    for (let m = 1; ok && m < length; m++) {
      const cont = bytes[k + m]!
      if ((cont & 0xc0) !== 0x80) ok = false
      else code = (code << 6) | (cont & 0x3f)
    }
    if (ok && length > 1) {
      chars.push([String.fromCodePoint(code), at[k]!, at[k + length - 1]! + 3])
      k += length
    } else {
      chars.push([String.fromCharCode(b), at[k]!, at[k]! + 3])
      k++
    }
  }
  return { chars, next: j }
}

/**
 * UTF-8 read as Latin-1 at `i`: a lead byte's character and its continuation
 * bytes' characters, as the one code point they encode; undefined if they
 * are not a whole UTF-8 sequence.
 */
const mojibake = (s: string, i: number): Token | undefined => {
  const b = s.charCodeAt(i)
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
  if (i + length > s.length) return undefined
  let code = length === 4 ? b & 0x07 : length === 3 ? b & 0x0f : b & 0x1f
  for (let m = 1; m < length; m++) {
    const cont = s.charCodeAt(i + m)
    if (cont < 0x80 || cont > 0xbf) return undefined
    code = (code << 6) | (cont & 0x3f)
  }
  return { text: fromCode(code), next: i + length }
}

/** One round of decoding of the given families; undefined when nothing changed. */
const round = (view: View, families: number): View | undefined => {
  const s = view.text
  const n = s.length
  let out = ""
  const start = new Int32Array(n)
  const end = new Int32Array(n)
  let o = 0
  let changed = false
  const emit = (text: string, from: number, to: number) => {
    // A token's characters all map to the whole token's original span.
    const a = view.start[from]!
    const b = view.end[to - 1]!
    for (let k = 0; k < text.length; k++) {
      start[o] = a
      end[o] = b
      o++
    }
    out += text
  }
  let i = 0
  let literal = 0
  const flush = (upTo: number) => {
    if (upTo > literal) {
      out += s.slice(literal, upTo)
      start.set(view.start.subarray(literal, upTo), o)
      end.set(view.end.subarray(literal, upTo), o)
      o += upTo - literal
    }
  }
  while (i < n) {
    const c = s.charCodeAt(i)
    let token: Token | undefined
    if ((families & MARKUP) !== 0 && c === 38) {
      token = reference(s, i)
    } else if ((families & MARKUP) !== 0 && c === 60 && s.startsWith("<![CDATA[", i)) {
      flush(i)
      const close = s.indexOf("]]>", i + 9)
      const stop = close === -1 ? n : close
      // The content as it stands, each character its own span.
      out += s.slice(i + 9, stop)
      start.set(view.start.subarray(i + 9, stop), o)
      end.set(view.end.subarray(i + 9, stop), o)
      o += stop - (i + 9)
      i = close === -1 ? n : close + 3
      literal = i
      changed = true
      continue
    } else if ((families & PERCENT) !== 0 && c === 43) {
      token = { text: " ", next: i + 1 }
    } else if ((families & PERCENT) !== 0 && c === 37) {
      if (
        s.charCodeAt(i + 1) === 117 && isHex(s.charCodeAt(i + 2)) && isHex(s.charCodeAt(i + 3)) &&
        isHex(s.charCodeAt(i + 4)) && isHex(s.charCodeAt(i + 5))
      ) {
        token = { text: String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), next: i + 6 }
      } else if (isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
        flush(i)
        const run = percentRun(s, i)
        for (const [text, from, to] of run.chars) emit(text, from, to)
        i = run.next
        literal = i
        changed = true
        continue
      }
    } else if ((families & BACKSLASH) !== 0 && c === 92) {
      token = escape(s, i)
    } else if ((families & MOJIBAKE) !== 0 && c >= 0xc2 && c <= 0xf4) {
      token = mojibake(s, i)
    }
    if (token === undefined) {
      i++
      continue
    }
    flush(i)
    emit(token.text, i, token.next)
    i = token.next
    literal = i
    changed = true
  }
  if (!changed) return undefined
  flush(n)
  return { text: out, start: start.subarray(0, o), end: end.subarray(0, o) }
}

/**
 * The text and every view reachable from it by rounds of decoding, without
 * repeats, breadth first; undefined when there would be more than `limit`
 * views or `budget` characters in all (text built to defeat the search,
 * which the caller then treats as unreadable).
 */
export const views = (text: string, limit: number, budget: number): ReadonlyArray<View> | undefined => {
  const first = identity(text)
  const found: Array<View> = [first]
  const seen = new Set<string>([text])
  let spent = text.length
  for (let k = 0; k < found.length; k++) {
    const view = found[k]!
    const families = present(view.text)
    // Each family alone first: one that decodes nothing here adds nothing to a combination.
    const alone: Array<View | undefined> = []
    let active = 0
    for (const f of FAMILIES) {
      const next = (f & families) === 0 ? undefined : round(view, f)
      alone[f] = next
      if (next !== undefined) active |= f
    }
    // Every non-empty combination of the families that decode something in the view.
    for (let f = 1; f < 16; f++) {
      if ((f & active) !== f) continue
      const next = (FAMILIES as ReadonlyArray<number>).includes(f) ? alone[f] : round(view, f)
      if (next === undefined || seen.has(next.text)) continue
      spent += next.text.length
      if (found.length >= limit || spent > budget) return undefined
      seen.add(next.text)
      found.push(next)
    }
  }
  return found
}

/**
 * Where a token that the end of the text may have cut short begins
 * (`&#6`, `%4`, `%E2%82`, `\u00`, `<![CD`), or the text's length if none.
 */
export const partialTail = (text: string): number => {
  const m =
    /(?:&(?:#[xX]?[0-9a-fA-F]*|[A-Za-z][A-Za-z0-9]*)?|%(?:u[0-9a-fA-F]{0,3}|[0-9a-fA-F])?|(?:%[0-9a-fA-F]{2})+|\\(?:u(?:\{[0-9a-fA-F]*|[0-9a-fA-F]{0,3})|x[0-9a-fA-F]?)?|<(?:!(?:\[(?:C(?:D(?:A(?:T(?:A)?)?)?)?)?)?)?)$/
      .exec(text)
  return m === null ? text.length : m.index
}

/** One round of the markup family alone: a page's text as a browser shows it. */
export const decodeMarkup = (text: string): string => round(identity(text), MARKUP)?.text ?? text
