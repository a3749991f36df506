/**
 * The fast path of the XML reader: a scanner for the documents SOAP services
 * actually send (ASCII names, the five predefined entities and character
 * references, comments, CDATA, an XML declaration) in tight loops over
 * character codes, with no state machine and no per-character callbacks.
 *
 * It never has the last word on a document it does not like: whatever it is
 * not sure of — a DOCTYPE, a processing instruction, a non-ASCII name, a
 * malformed construct — makes it give up, and saxes, the conformant parser,
 * reads the document instead (and says where it is wrong). So it must only
 * ever accept documents saxes accepts, with the same content; a differential
 * property test holds it to that.
 *
 * @internal
 */
import type { RootTagMemo } from "./readerMemo.js"
import { MAX_MEMO_TAG, rememberRootTag } from "./readerMemo.js"

/** What the scanner reports to: the reader's element tree builder. */
export interface XmlSink {
  /** Called with the attributes as a flat name, value list in document order, values normalized and expanded. */
  readonly open: (name: string, attributes: ReadonlyArray<string>) => void
  readonly close: () => void
  /**
   * Character data of the open element. Whitespace-only text in an element
   * that has children is indentation: the sink drops it, so the scanner may
   * leave it out.
   */
  readonly text: (text: string) => void
}

class GiveUp {}
const giveUpSignal = new GiveUp()

/**
 * Makes the scan give up, from the scanner or from its sink (the tree
 * builder, on a namespace error); never escapes {@link scan}.
 *
 * @internal
 */
export const giveUp = (): never => {
  throw giveUpSignal
}
const bail = giveUp

/**
 * Characters XML 1.0 does not allow anywhere (§2.2). After a fatal UTF-8
 * decode no lone surrogate can be left, so comments and CDATA of decoded bytes
 * need only the first pattern; a string from the caller may hold them, so it
 * is checked whole with the second.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR_IN_DECODED = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/** Only version 1.0: saxes reads a 1.1 document with other rules. */
const XML_DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/

const LT = 60
const GT = 62
const SLASH = 47
const BANG = 33
const EQ = 61
const QUOT = 34
const APOS = 39
const AMP = 38

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13

const NAME_START = 1
const NAME_CHAR = 2

/**
 * The ASCII characters' classes as bits: names are most of a SOAP document's
 * markup, and a table look-up per character costs less than a chain of
 * ranges (measured: reading names was a sixth of decoding a small response).
 */
const ASCII_CLASS = (() => {
  const table = new Uint8Array(128)
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58
    if (letter) table[c] = NAME_START | NAME_CHAR
    else if ((c >= 48 && c <= 57) || c === 45 || c === 46) table[c] = NAME_CHAR
  }
  return table
})()

/** ASCII letters, `_` and `:` (XML 1.0 NameStartChar, ASCII part). */
const isNameStart = (c: number): boolean => c < 128 && (ASCII_CLASS[c]! & NAME_START) !== 0

/** ASCII NameChar; a non-ASCII character makes the scanner give up rather than judge it. */
const isNameChar = (c: number): boolean => c < 128 && (ASCII_CLASS[c]! & NAME_CHAR) !== 0

const isXmlChar = (c: number): boolean =>
  c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff)

/** Expands the predefined entities and character references; anything else is not well-formed without a DTD. */
const expandReferences = (raw: string): string => {
  let out = ""
  let from = 0
  let amp = raw.indexOf("&")
  while (amp !== -1) {
    const semi = raw.indexOf(";", amp + 1)
    if (semi === -1) return bail()
    out += raw.slice(from, amp)
    const name = raw.slice(amp + 1, semi)
    switch (name) {
      case "lt":
        out += "<"
        break
      case "gt":
        out += ">"
        break
      case "amp":
        out += "&"
        break
      case "quot":
        out += "\""
        break
      case "apos":
        out += "'"
        break
      default: {
        const code = name.charCodeAt(1) === 120 /* x */
          ? (/^#x[0-9A-Fa-f]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : -1)
          : (/^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : -1)
        if (!isXmlChar(code)) return bail()
        out += String.fromCodePoint(code)
      }
    }
    from = semi + 1
    amp = raw.indexOf("&", from)
  }
  return from === 0 ? raw : out + raw.slice(from)
}

/**
 * Reads `input` into `sink`, or gives up. Returns false when it (or the sink,
 * through {@link giveUp}) gives up — the sink may have seen part of the
 * document; true when the whole document was well-formed and reported. `decodedFromBytes` says the text came from a
 * fatal UTF-8 decode, so holds no lone surrogate.
 *
 * @internal
 */
export const scan = (
  input: string,
  decodedFromBytes: boolean,
  maxDepth: number,
  sink: XmlSink,
  memo?: RootTagMemo
): boolean => {
  // Text from a caller may hold lone surrogates: checked once, here. Decoded
  // bytes cannot, and their other forbidden characters are caught where
  // character data is read.
  if (!decodedFromBytes && NOT_XML_CHAR.test(input)) return false
  // §2.11: line ends are normalized before anything else is read.
  const text = input.includes("\r") ? input.replace(/\r\n?/g, "\n") : input
  try {
    return scanDocument(text, maxDepth, sink, memo)
  } catch (e) {
    if (e === giveUpSignal) return false
    throw e
  }
}

const skipSpace = (text: string, at: number): number => {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++
  return at
}

/** Checks the body of a comment or CDATA section for characters XML forbids. */
const checkChars = (body: string): string => NOT_XML_CHAR_IN_DECODED.test(body) ? bail() : body

/** Skips a comment starting at `at` (on `<!--`); returns the offset after it. */
const skipComment = (text: string, at: number): number => {
  const end = text.indexOf("-->", at + 4)
  if (end === -1) return bail()
  const body = checkChars(text.slice(at + 4, end))
  if (body.includes("--") || body.endsWith("-")) return bail()
  return end + 3
}

/** Skips whitespace and comments (the Misc of the prolog and epilog); returns where something else starts. */
const skipMisc = (text: string, at: number): number => {
  for (;;) {
    at = skipSpace(text, at)
    if (text.startsWith("<!--", at)) at = skipComment(text, at)
    else return at
  }
}

const readName = (text: string, at: number): number => {
  if (!isNameStart(text.charCodeAt(at))) return bail()
  let end = at + 1
  while (end < text.length) {
    const c = text.charCodeAt(end)
    if (isNameChar(c)) end++
    else if (c >= 0x80) return bail()
    else break
  }
  return end
}

/**
 * Whether a character of character data or an attribute value is one XML
 * forbids (line ends are normalized, so no CR is left; U+FFFE and U+FFFF).
 */
const isForbidden = (c: number): boolean => c < 0x20 ? c !== 9 && c !== 10 : c >= 0xfffe

/** The attributes of every element without any; never written to. */
const NO_ATTRIBUTES: Array<string> = []

/** More attributes than this on one element and the duplicate check would grow quadratic: saxes reads it. */
const MAX_ATTRIBUTES = 32

const scanDocument = (text: string, maxDepth: number, sink: XmlSink, memo: RootTagMemo | undefined): boolean => {
  let at = 0
  if (text.startsWith("<?xml") && isSpace(text.charCodeAt(5))) {
    const declaration = XML_DECLARATION.exec(text)
    if (declaration === null) return false
    at = declaration[0].length
  }
  at = skipMisc(text, at)
  if (text.charCodeAt(at) !== LT || !isNameStart(text.charCodeAt(at + 1))) return false
  let depth = 0
  // Where the open elements' names start and end in the text, for matching
  // end tags without slicing.
  const nameStarts: Array<number> = []
  const nameEnds: Array<number> = []
  // Whether the open element has a child (one has closed in it), and whether
  // it has had no text since its start tag: when whitespace may be left out.
  let afterChild = false
  let noText = true
  const n = text.length
  while (at < n) {
    if (text.charCodeAt(at) !== LT) {
      // Character data up to the next markup.
      let next = at
      let references = false
      let bracket = false
      let spaceOnly = true
      for (; next < n; next++) {
        const c = text.charCodeAt(next)
        if (c === LT) break
        if (c === 32 || c === 10 || c === 9) continue
        spaceOnly = false
        if (c === AMP) references = true
        else if (c === 93 /* ] */) bracket = true
        else if (isForbidden(c)) return false
      }
      // Indentation between elements: the sink drops whitespace in an element
      // with children (see XmlSink.text), so it is not even sliced when a
      // child has closed before it, or when a start tag follows and the
      // element has had no text yet.
      if (spaceOnly && (afterChild || (noText && isNameStart(text.charCodeAt(next + 1))))) {
        at = next
        continue
      }
      noText = false
      let data = text.slice(at, next)
      if (bracket && data.includes("]]>")) return false
      if (references) data = expandReferences(data)
      sink.text(data)
      at = next
      continue
    }
    const c = text.charCodeAt(at + 1)
    if (c === SLASH) {
      // Compared in place with the start tag's name in the text: a slice or
      // `startsWith` per end tag costs more than the loop.
      const openedAt = nameStarts[depth - 1]!
      const length = nameEnds[depth - 1]! - openedAt
      const start = at + 2
      const end = start + length
      for (let i = 0; i < length; i++) {
        if (text.charCodeAt(start + i) !== text.charCodeAt(openedAt + i)) return false
      }
      const after = text.charCodeAt(end)
      if (isNameChar(after) || after >= 0x80) return false
      at = skipSpace(text, end)
      if (text.charCodeAt(at) !== GT) return false
      at++
      sink.close()
      afterChild = true
      if (--depth === 0) break
      continue
    }
    if (c === BANG) {
      if (text.startsWith("<!--", at)) {
        at = skipComment(text, at)
      } else if (text.startsWith("<![CDATA[", at)) {
        const end = text.indexOf("]]>", at + 9)
        if (end === -1) return false
        noText = false
        sink.text(checkChars(text.slice(at + 9, end)))
        at = end + 3
      } else {
        return false
      }
      continue
    }
    // A start tag (a processing instruction or anything else fails the name).
    const nameStart = at + 1
    if (depth === 0 && memo !== undefined && memo.tag !== "" && text.slice(at, at + memo.tag.length) === memo.tag) {
      if (maxDepth < 1) return false
      nameStarts[0] = nameStart
      nameEnds[0] = nameStart + memo.name.length
      depth = 1
      at += memo.tag.length
      sink.open(memo.name, memo.attributes)
      continue
    }
    const tagStart = at
    const nameEnd = readName(text, nameStart)
    const name = text.slice(nameStart, nameEnd)
    // Shared while empty, then sized as it fills: a list grown from `[]`
    // reserves room for 16 entries.
    let attributes: Array<string> = NO_ATTRIBUTES
    at = nameEnd
    for (;;) {
      const spaced = skipSpace(text, at)
      const d = text.charCodeAt(spaced)
      if (d === GT) {
        at = spaced + 1
        if (depth + 1 > maxDepth) return false
        nameStarts[depth] = nameStart
        nameEnds[depth] = nameEnd
        afterChild = false
        noText = true
        if (
          depth === 0 && memo !== undefined && at - tagStart <= MAX_MEMO_TAG &&
          rememberRootTag(memo, text.slice(tagStart, at), name, attributes)
        ) {
          depth++
          sink.open(memo.name, memo.attributes)
        } else {
          depth++
          sink.open(name, attributes)
        }
        break
      }
      if (d === SLASH) {
        if (text.charCodeAt(spaced + 1) !== GT) return false
        at = spaced + 2
        if (depth + 1 > maxDepth) return false
        sink.open(name, attributes)
        sink.close()
        afterChild = true
        if (depth === 0) return finish(text, at)
        break
      }
      if (spaced === at || attributes.length === 2 * MAX_ATTRIBUTES) return false
      const attributeEnd = readName(text, spaced)
      const attribute = text.slice(spaced, attributeEnd)
      for (let i = 0; i < attributes.length; i += 2) {
        if (attributes[i] === attribute) return false
      }
      at = skipSpace(text, attributeEnd)
      if (text.charCodeAt(at) !== EQ) return false
      at = skipSpace(text, at + 1)
      const quote = text.charCodeAt(at)
      if (quote !== QUOT && quote !== APOS) return false
      let valueEnd = at + 1
      let references = false
      let whitespace = false
      for (;; valueEnd++) {
        if (valueEnd === n) return false
        const e = text.charCodeAt(valueEnd)
        if (e === quote) break
        if (e === LT) return false
        if (e === AMP) references = true
        else if (e === 10 || e === 9) whitespace = true
        else if (isForbidden(e)) return false
      }
      let value = text.slice(at + 1, valueEnd)
      // §3.3.3 for CDATA attributes: each literal whitespace character becomes a space.
      if (whitespace) value = value.replace(/[\n\t]/g, " ")
      if (references) value = expandReferences(value)
      if (attributes === NO_ATTRIBUTES) attributes = [attribute, value]
      else attributes.push(attribute, value)
      at = valueEnd + 1
    }
  }
  if (depth !== 0) return false
  return finish(text, at)
}

/** After the root: only whitespace and comments may follow. */
const finish = (text: string, at: number): boolean => skipMisc(text, at) === text.length
