/**
 * The reader's fast path (a scanner of its own) against its conformant path
 * (saxes): on any document, the scanner either gives up or builds exactly the
 * tree saxes builds — never accepts what saxes refuses.
 */
import { describe, expect, it } from "@effect/vitest"
import { AddChatMessage, Envelope } from "@so-chat/core"
import { FastCheck as fc } from "effect"
import type { XmlElement } from "../src/internal/xmlReader.js"
import { knownNamespaces, readConformant, readFast, readXml, XmlReadFailure } from "../src/internal/xmlReader.js"
import { fixture, SERVICES88, XSI } from "./fixtures.js"

const MAX_DEPTH = 64

/** `SCANNER_RUNS=200000 vitest run test/xmlScanner.test.ts` for a longer hunt than CI's. */
const runs = (n: number): number => Number(process.env.SCANNER_RUNS ?? n)

/** Everything the tree says, scopes included, as plain data. */
const infoset = (e: XmlElement): unknown => ({
  uri: e.uri,
  local: e.local,
  name: e.name,
  attributes: e.attributes,
  scope: [...e.scope.entries()].sort(),
  nil: e.nil,
  text: e.text,
  children: e.children.map(infoset)
})

const utf8 = new TextEncoder()
const decoder = new TextDecoder("utf-8", { fatal: true })

/** Compares both paths on `text` (as a caller's string, and as bytes through a fatal decode); returns whether the fast path took it. */
const agree = (document: string): { readonly accepted: boolean; readonly taken: boolean } => {
  // The reader takes a byte order mark off before either path reads.
  const text = document.charCodeAt(0) === 0xfeff ? document.slice(1) : document
  const conformant = readConformant(text, MAX_DEPTH)
  const fromString = readFast(text, false, MAX_DEPTH)
  const decoded = decoder.decode(utf8.encode(text))
  const fromBytes = readFast(decoded, true, MAX_DEPTH)
  for (
    const [fast, source, expected] of [
      [fromString, text, conformant],
      [fromBytes, decoded, decoded === text ? conformant : readConformant(decoded, MAX_DEPTH)]
    ] as const
  ) {
    if (fast === undefined) continue
    if (expected instanceof XmlReadFailure) {
      throw new Error(`the scanner accepted what saxes refuses (${expected.message}): ${JSON.stringify(source)}`)
    }
    expect(infoset(fast), JSON.stringify(source)).toEqual(infoset(expected))
  }
  return { accepted: !(conformant instanceof XmlReadFailure), taken: fromString !== undefined }
}

/** Mostly the good pieces, now and then a bad one: documents are well-formed often enough to compare trees. */
const mostly = <A>(good: fc.Arbitrary<A>, bad: fc.Arbitrary<A>) =>
  fc.oneof({ weight: 24, arbitrary: good }, { weight: 1, arbitrary: bad })

// Pieces chosen to hit each rule the scanner checks, valid and not.
const names = mostly(
  fc.constantFrom("a", "Chat:Message", "s:Envelope", "x_y.z-1", "p:q", "p:id"),
  fc.constantFrom("xmlns:bad", "1a", ":a", "a:", "a:b:c", "é", "aé", "-a")
)
const attributeNames = mostly(
  fc.constantFrom("id", "xsi:type", "xsi:nil", "xmlns", "xmlns:p", "xmlns:xsi", "xmlns:s", "xml:lang", "p:id"),
  fc.constantFrom("q:id", "xmlns:xml", "xmlns:xmlns", "b c")
)
const values = mostly(
  fc.constantFrom(
    "",
    "1",
    "true",
    " true ",
    XSI,
    SERVICES88,
    "urn:p",
    "xsd:int",
    "a&amp;b",
    "&lt;&gt;&quot;&apos;",
    "&#x41;&#66;",
    "tab\there",
    "line\nend",
    "cr\r\nlf",
    "lone\rcr",
    "&#10;&#x9;&#xD;",
    "€😊"
  ),
  fc.constantFrom(
    "http://www.w3.org/XML/1998/namespace",
    "&#0;",
    "&#x110000;",
    "&#xD800;",
    "&nbsp;",
    "a & b",
    "a<b",
    "'",
    "\"",
    "\u0001",
    "\uFFFE"
  )
)
const texts = mostly(
  fc.constantFrom(
    "",
    " ",
    "\n  ",
    "plain",
    "a &amp; b",
    "&lt;x&gt;",
    "&#x1F60A;",
    "&#65;",
    "]]",
    "]] >",
    ">",
    "<![CDATA[ <raw> & ]] ]]>",
    "<![CDATA[]]>",
    "<!-- note -->",
    "<!---->",
    "\r\n",
    "\r",
    "😊",
    "Bergström",
    "\t"
  ),
  fc.constantFrom(
    "&#x0;",
    "&undefined;",
    "& alone",
    "semi &amp no",
    "]]>",
    "<![CDATA[ \u0002 ]]>",
    "<!-- a -- b -->",
    "<!-- ends --->",
    "<?pi data?>",
    "<!DOCTYPE x>",
    "\u0000",
    "\u000B",
    "\uFFFF",
    "\uD800",
    "\uDC00x"
  )
)

interface Node {
  readonly name: string
  readonly attributes: ReadonlyArray<readonly [string, string, string]>
  readonly content: ReadonlyArray<string | Node>
  readonly selfClosing: boolean
  readonly closeName: string | undefined
}

const attribute = fc.tuple(attributeNames, values, fc.constantFrom("\"", "'", "\"", " = \""))

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: names,
    attributes: fc.array(attribute, { maxLength: 4 }),
    content: fc.array(fc.oneof({ weight: 3, arbitrary: texts }, { weight: 2, arbitrary: tie("node") }), {
      maxLength: 4,
      depthIdentifier: "tree"
    }),
    selfClosing: fc.boolean(),
    closeName: fc.option(names, { freq: 40 })
  })
})).node

const write = (n: Node): string => {
  const attributes = n.attributes.map(([name, value, quote]) => {
    const q = quote.endsWith("'") ? "'" : "\""
    const eq = quote.length > 1 ? " = " : "="
    return ` ${name}${eq}${q}${value}${q}`
  }).join("")
  if (n.selfClosing && n.content.length === 0) return `<${n.name}${attributes}/>`
  const content = n.content.map((c) => typeof c === "string" ? c : write(c)).join("")
  return `<${n.name}${attributes}>${content}</${n.closeName ?? n.name}\n>`
}

const declarations = mostly(
  fc.constantFrom(
    "",
    "<?xml version=\"1.0\"?>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
    "<?xml version='1.0' encoding='utf-8' standalone='yes'?>",
    "<!-- before -->\n",
    "\uFEFF"
  ),
  fc.constantFrom(
    "<?xml version=\"1.1\"?>",
    "<?xml version=\"1.0\" standalone=\"maybe\"?>",
    "<?xml encoding=\"UTF-8\"?>",
    " <?xml version=\"1.0\"?>",
    "<?xml-stylesheet href=\"a\"?>"
  )
)
const epilogues = mostly(
  fc.constantFrom("", "\n", "<!-- after -->", "\n\n "),
  fc.constantFrom("text", "<b/>", "<?pi?>")
)

/** The prefixes the pieces use, declared on a root around the generated tree (most of the time). */
const declaringRoot = mostly(
  fc.constant(`<r xmlns:p="urn:p" xmlns:s="urn:s" xmlns:Chat="${SERVICES88}" xmlns:xsi="${XSI}">`),
  fc.constant("")
)

const document = fc.tuple(declarations, declaringRoot, node, epilogues).map(([d, r, n, e]) =>
  d + (r === "" ? write(n) : `${r}\n ${write(n)}\n</r>`) + e
)

/** An ill-formed neighbour: one to three characters deleted, inserted or replaced at random places. */
const edit = fc.tuple(
  fc.nat(),
  fc.constantFrom("delete", "insert", "replace"),
  fc.constantFrom("<", ">", "&", "\"", "'", "/", "=", "!", "[", "]", "-", "?", ";", ":", "x", " ", "\r", "\u0000")
)
const mutated = fc.tuple(document, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([document, edits]) =>
  edits.reduce((text, [at, kind, c]) => {
    const i = text.length === 0 ? 0 : at % text.length
    return kind === "delete"
      ? text.slice(0, i) + text.slice(i + 1)
      : kind === "insert"
      ? text.slice(0, i) + c + text.slice(i)
      : text.slice(0, i) + c + text.slice(i + 1)
  }, document)
)

describe("the reader's fast path agrees with saxes", () => {
  it("on generated documents: same tree, or it gives up", () => {
    let taken = 0
    let accepted = 0
    fc.assert(
      fc.property(document, (text) => {
        const result = agree(text)
        if (result.accepted) accepted++
        if (result.taken) taken++
      }),
      { numRuns: runs(3000) }
    )
    // A scanner that gave up on everything would pass the agreement check
    // and be useless: it must take most of what saxes accepts.
    // (What it leaves to saxes here: non-ASCII names and XML 1.1.)
    expect(accepted).toBeGreaterThan(200)
    expect(taken / accepted).toBeGreaterThan(0.9)
  })

  it("on their mutations", () => {
    fc.assert(fc.property(mutated, (text) => void agree(text)), { numRuns: runs(5000) })
  })

  it("on well-formed documents with every kind of content, which it takes", () => {
    const wellFormed = fc.tuple(
      fc.array(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 20 }).map((s) =>
            s.replace(/[&<>\]\r]/g, (c) => `&#${c.charCodeAt(0)};`)
          ),
          fc.constantFrom("&amp;", "&lt;", "&#x1F60A;", "<![CDATA[a<b]]>", "<!-- c -->", "\n", "\t")
        ),
        { maxLength: 6 }
      ),
      fc.string({ unit: "grapheme-ascii", maxLength: 10 }).map((s) => s.replace(/[&<"']/g, "_"))
    ).map(([parts, value]) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<p:root xmlns:p="urn:p" xmlns:xsi="${XSI}" p:a="${value}">` +
      `<p:v xsi:nil="true"/><x k='${value}'>${parts.join("")}</x></p:root>\n`
    )
    fc.assert(
      fc.property(wellFormed, (text) => {
        const result = agree(text)
        if (result.accepted) expect(result.taken, JSON.stringify(text)).toBe(true)
      }),
      { numRuns: runs(1000) }
    )
  })

  it("on indentation and mixed content: both drop whitespace-only text in an element with children, nothing else", () => {
    const piece = fc.constantFrom(
      " ",
      "\n  ",
      "\t",
      "x",
      " y ",
      "<e/>",
      "<f> <g/> </f>",
      "<h>  </h>",
      "<!-- c -->",
      "<![CDATA[ ]]>"
    )
    const mixed = fc.array(piece, { maxLength: 8 }).map((parts) => `<root>${parts.join("")}</root>`)
    fc.assert(
      fc.property(mixed, (text) => {
        expect(agree(text).taken, text).toBe(true)
        const tree = readFast(text, false, MAX_DEPTH)!
        const leaves = (e: typeof tree): Array<typeof tree> =>
          e.children.length === 0 ? [e] : e.children.flatMap(leaves)
        // A leaf keeps its whitespace; an element with children keeps only text that is not all whitespace.
        for (const leaf of leaves(tree)) if (leaf.local === "h") expect(leaf.text).toBe("  ")
        if (tree.children.length > 0 && tree.text !== "") expect(tree.text.trim()).not.toBe("")
      }),
      { numRuns: runs(500) }
    )
    const indented = readFast("<a>\n  <b> </b>\n  <c/>\n</a>", false, MAX_DEPTH)!
    expect(indented.text).toBe("")
    expect(indented.children.map((c) => c.text)).toEqual([" ", ""])
    expect(readFast("<a> x <b/> </a>", false, MAX_DEPTH)!.text).toBe(" x ")
  })

  it("takes every documented envelope, and decodes them as before", () => {
    for (
      const name of [
        "AddChatMessage.request",
        "AddChatMessage.response",
        "GetChatMessages.request",
        "GetChatMessages.response",
        "AuthenticateUsernamePassword.request",
        "AuthenticateUsernamePassword.response"
      ] as const
    ) {
      expect(agree(fixture(name)).taken, name).toBe(true)
    }
    const decoded = Envelope.decodeResponse(AddChatMessage.operation, fixture("AddChatMessage.response"))
    expect(decoded._tag).toBe("Right")
  })

  it.each([
    ["\"]]>\" in character data", "<a>x]]>y</a>"],
    ["\"--\" inside a comment", "<a><!-- a -- b --></a>"],
    ["a comment ending in \"--->\"", "<a><!-- a ---></a>"],
    ["a control character in text", "<a>\u0001</a>"],
    ["a control character in an attribute", "<a b=\"\u0008\"/>"],
    ["a control character in a comment", "<a><!-- \u0000 --></a>"],
    ["a control character in CDATA", "<a><![CDATA[\u001F]]></a>"],
    ["U+FFFE in text", "<a>\uFFFE</a>"],
    ["\"<\" in an attribute value", "<a b=\"<\"/>"],
    ["a repeated attribute", "<a b=\"1\" b=\"2\"/>"],
    ["an unquoted attribute value", "<a b=1/>"],
    ["no space between attributes", "<a b=\"1\"c=\"2\"/>"],
    ["an end tag naming another element", "<a></b>"],
    ["an end tag longer than the start tag", "<a></ab>"],
    ["an end tag shorter than the start tag", "<ab></a>"],
    ["an undefined entity", "<a>&nbsp;</a>"],
    ["a reference to U+0000", "<a>&#0;</a>"],
    ["a reference to a surrogate", "<a>&#xD800;</a>"],
    ["a reference past U+10FFFF", "<a>&#x110000;</a>"],
    ["an unterminated reference", "<a>&amp</a>"],
    ["text after the root", "<a/>x"],
    ["a second root", "<a/><b/>"],
    ["an unclosed root", "<a><b></b>"],
    ["a processing instruction", "<a><?pi x?></a>"],
    ["a DOCTYPE", "<!DOCTYPE a><a/>"],
    ["an XML declaration not at the start", " <?xml version=\"1.0\"?><a/>"],
    ["a malformed XML declaration", "<?xml version=\"1.0\" standalone=\"maybe\"?><a/>"],
    ["an unbound prefix", "<p:a/>"],
    ["an attribute with an unbound prefix", "<a p:b=\"1\"/>"],
    ["a lone surrogate (a caller's string)", "<a>\uD800</a>"]
  ])("gives up on %s, which saxes refuses", (_, text) => {
    expect(readConformant(text, MAX_DEPTH)).toBeInstanceOf(XmlReadFailure)
    expect(readFast(text, false, MAX_DEPTH)).toBeUndefined()
  })

  it.each([
    ["a non-ASCII name", "<Bergström/>"],
    ["XML 1.1", "<?xml version=\"1.1\"?><a/>"],
    ["a reference with leading zeros past six digits", "<a>&#x0000041;</a>"]
  ])("gives up on %s, which saxes reads", (_, text) => {
    expect(readConformant(text, MAX_DEPTH)).not.toBeInstanceOf(XmlReadFailure)
    expect(readFast(text, false, MAX_DEPTH)).toBeUndefined()
  })

  it("resolves an attribute named as the one before again where its prefix is bound anew", () => {
    // Each element's `i:nil` is the same name as the last one resolved: the
    // builder reuses that resolution only in the very scope it was made in.
    const text = `<a xmlns:i="${XSI}"><b i:nil="true"/><c xmlns:i="urn:other" i:nil="true"/><d i:nil="true"/></a>`
    for (const tree of [readFast(text, false, MAX_DEPTH)!, readConformant(text, MAX_DEPTH) as XmlElement]) {
      expect(tree.children.map((e) => e.nil)).toEqual([true, false, true])
    }
    const twice = `<a xmlns:i="${XSI}" xmlns:j="${XSI}"><b i:type="x"/><c i:type="x" j:type="y"/></a>`
    expect(readConformant(twice, MAX_DEPTH)).toBeInstanceOf(XmlReadFailure)
    expect(readFast(twice, false, MAX_DEPTH)).toBeUndefined()
  })

  it("gives up on deep nesting at the limit rather than recursing", () => {
    const deep = "<a>".repeat(MAX_DEPTH + 1) + "</a>".repeat(MAX_DEPTH + 1)
    expect(readFast(deep, true, MAX_DEPTH)).toBeUndefined()
    const fits = "<a>".repeat(MAX_DEPTH) + "</a>".repeat(MAX_DEPTH)
    expect(readFast(fits, true, MAX_DEPTH)).toBeDefined()
  })
})

describe("the root start tag, remembered from one document to the next", () => {
  const root = `<s:Envelope xmlns:s="urn:s" xmlns:p="urn:p" xmlns:xsi="${XSI}" p:id="7">`
  const bodies = [
    "<p:a xsi:type=\"p:T\">1</p:a>",
    "<s:Body><p:b xsi:nil=\"true\"/></s:Body>",
    "",
    "<q xmlns=\"urn:q\"><r p:id=\"2\">x</r></q>"
  ]
  // A known set of the test's own, so that no other test's documents come between.
  const known = knownNamespaces(["urn:s", XSI])
  const fast = (text: string) => readFast(text, true, MAX_DEPTH, known)

  it("is read in full until seen twice in a row, then shared, with the same tree as saxes builds", () => {
    const documents = bodies.map((b) => `${root}${b}</s:Envelope>`)
    const first = fast(documents[0]!)!
    const second = fast(documents[1]!)!
    const third = fast(documents[2]!)!
    // The second reading remembers it, the third is given the remembered strings and scope.
    expect(second.attributes).not.toBe(first.attributes)
    expect(third.attributes).toBe(second.attributes)
    expect(third.scope).toBe(second.scope)
    for (const [i, text] of documents.entries()) {
      const tree = i === 0 ? first : i === 1 ? second : i === 2 ? third : fast(text)!
      expect(infoset(tree), text).toEqual(infoset(readConformant(text, MAX_DEPTH, known) as XmlElement))
    }
    // Its known URIs are still the known set's strings, by identity.
    expect(third.uri).toBe("urn:s")
  })

  it("takes only the very same tag: one differing character, or a longer one, is read in full", () => {
    const base = `${root}<p:a/></s:Envelope>`
    fast(base)
    fast(base)
    for (
      const text of [
        base.replace("p:id=\"7\"", "p:id=\"8\""),
        base.replace("urn:p", "urn:P"),
        base.replace("p:id=\"7\">", "p:id=\"7\" p:more=\"1\">"),
        base.replace("p:id=\"7\">", "p:id=\"7\"/>").replace("<p:a/></s:Envelope>", ""),
        base.replace("<s:Envelope ", "<s:Envelopes ").replace("</s:Envelope>", "</s:Envelopes>")
      ]
    ) {
      const tree = fast(text)
      expect(tree, text).toBeDefined()
      expect(infoset(tree!), text).toEqual(infoset(readConformant(text, MAX_DEPTH, known) as XmlElement))
    }
  })

  it("never turns a document saxes refuses into one it accepts", () => {
    const unbound = "<p:a xmlns:q=\"urn:q\">x</p:a>"
    for (let i = 0; i < 3; i++) {
      expect(fast(unbound), `reading ${i + 1}`).toBeUndefined()
      expect(readXml(unbound, { maxBytes: 1e6, maxDepth: MAX_DEPTH }, known)).toBeInstanceOf(XmlReadFailure)
    }
    const base = `${root}<p:a/></s:Envelope>`
    fast(base)
    fast(base)
    for (
      const text of [
        `${root}<p:a></s:Envelope>`,
        `${root}<p:a/>`,
        `${root}<u:a/></s:Envelope>`,
        `${root}\u0001</s:Envelope>`,
        root
      ]
    ) {
      expect(fast(text), text).toBeUndefined()
      expect(readConformant(text, MAX_DEPTH, known), text).toBeInstanceOf(XmlReadFailure)
    }
    // The depth limit holds for a remembered root too.
    expect(readFast(base, true, 0, known)).toBeUndefined()
  })

  it("costs documents whose roots take turns nothing but a comparison: neither is remembered", () => {
    const other = `<s:Envelope xmlns:s="urn:s"><s:Body/></s:Envelope>`
    const mine = `${root}<p:a/></s:Envelope>`
    const trees = [mine, other, mine, other, mine].map(fast)
    expect(trees[4]!.attributes).not.toBe(trees[2]!.attributes)
    expect(trees[3]!.attributes).not.toBe(trees[1]!.attributes)
  })
})
