/**
 * Indents XML for people to read: an element per line, an element holding
 * only text on one line. It only re-lays the markup out; text and attributes
 * are kept as they are (it is for display, never for sending).
 *
 * @internal
 */

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<[^>]*>|[^<]+/g

type Token =
  | { readonly _tag: "Open"; readonly text: string }
  | { readonly _tag: "Close"; readonly text: string }
  | { readonly _tag: "Leaf"; readonly text: string }
  | { readonly _tag: "Text"; readonly text: string }

const tokenize = (xml: string): Array<Token> => {
  const tokens: Array<Token> = []
  for (const [text] of xml.matchAll(TOKEN)) {
    if (text.startsWith("</")) tokens.push({ _tag: "Close", text })
    else if (text.startsWith("<!") || text.startsWith("<?") || text.endsWith("/>")) tokens.push({ _tag: "Leaf", text })
    else if (text.startsWith("<")) tokens.push({ _tag: "Open", text })
    else tokens.push({ _tag: "Text", text })
  }
  return tokens
}

/** @internal */
export const pretty = (xml: string, indent = "  "): string => {
  const tokens = tokenize(xml)
  const lines: Array<string> = []
  let depth = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const pad = indent.repeat(depth)
    switch (t._tag) {
      case "Open": {
        const next = tokens[i + 1]
        const after = tokens[i + 2]
        if (next?._tag === "Close") {
          lines.push(pad + t.text + next.text)
          i += 1
        } else if (next?._tag === "Text" && after?._tag === "Close") {
          lines.push(pad + t.text + next.text + after.text)
          i += 2
        } else {
          lines.push(pad + t.text)
          depth++
        }
        break
      }
      case "Close":
        depth = Math.max(0, depth - 1)
        lines.push(indent.repeat(depth) + t.text)
        break
      case "Leaf":
        lines.push(pad + t.text)
        break
      case "Text": {
        const text = t.text.trim()
        if (text !== "") lines.push(pad + text)
        break
      }
    }
  }
  return lines.join("\n")
}
