/**
 * The infoset of an XML document as saxes reads it (namespace-aware): every
 * element's expanded name, its attributes (but namespace declarations) as
 * `{uri}local=value`, its text and its children. Two documents with the same
 * infoset differ only in prefixes, namespace declarations and attribute order.
 */
import { SaxesParser } from "saxes"

export type Node = { name: string; attributes: Array<string>; text: string; children: Array<Node> }

const XMLNS = "http://www.w3.org/2000/xmlns/"
const XSI = "http://www.w3.org/2001/XMLSchema-instance"
const SOAP = ["http://www.w3.org/2003/05/soap-envelope", "http://schemas.xmlsoap.org/soap/envelope/"]

export const infoset = (xml: string): Node => {
  const parser = new SaxesParser({ xmlns: true })
  const stack: Array<Node> = []
  let root: Node | undefined
  parser.on("opentag", (tag) => {
    const node: Node = {
      name: `{${tag.uri}}${tag.local}`,
      attributes: Object.values(tag.attributes)
        .filter((a) => a.uri !== XMLNS)
        .map((a) => `{${a.uri}}${a.local}=${a.value}`)
        .sort(),
      text: "",
      children: []
    }
    if (stack.length === 0) root = node
    else stack[stack.length - 1]!.children.push(node)
    stack.push(node)
  })
  parser.on("text", (t) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += t
  })
  parser.on("closetag", () => void stack.pop())
  parser.write(xml).close()
  return root!
}

/**
 * An envelope's infoset modulo what does not carry a value, so a documented envelope and ours
 * compare: header blocks put directly in `<Envelope>` (as the documented examples do) are moved
 * into `<Header>` (decision 6); `xsi:type` is dropped (the examples annotate every element, and
 * our encoder writes the declared types, which need none, as WCF does); whitespace-only text in
 * an element with child elements is indentation and dropped. Text of leaf elements is kept as is.
 */
export const canonical = (envelope: Node): Node => {
  const strip = (node: Node): Node => ({
    name: node.name,
    attributes: node.attributes.filter((a) => !a.startsWith(`{${XSI}}type=`)),
    text: node.children.length > 0 && node.text.trim() === "" ? "" : node.text,
    children: node.children.map(strip)
  })
  const env = strip(envelope)
  // the operation's wrapper is a complex element: whitespace in an empty one is indentation too
  for (const body of env.children) {
    for (const wrapper of body.children) if (wrapper.text.trim() === "") wrapper.text = ""
  }
  const ns = SOAP.find((uri) => env.name === `{${uri}}Envelope`)
  if (ns === undefined) return env
  const header = env.children.find((c) => c.name === `{${ns}}Header`)
  const body = env.children.filter((c) => c.name === `{${ns}}Body`)
  const direct = env.children.filter((c) => c.name !== `{${ns}}Header` && c.name !== `{${ns}}Body`)
  const blocks = [...(header?.children ?? []), ...direct]
  return {
    ...env,
    children: [
      ...(blocks.length > 0
        ? [{ name: `{${ns}}Header`, attributes: header?.attributes ?? [], text: "", children: blocks }]
        : []),
      ...body
    ]
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
const sameNumber = (a: string, b: string) => NUMBER.test(a) && NUMBER.test(b) && Number(a) === Number(b)

const isNil = (node: Node) =>
  node.children.length === 0 && node.text === "" && node.attributes.length === 1 &&
  node.attributes[0] === `{${XSI}}nil=true`

/**
 * `ours` without the nil elements it writes where `documented` leaves the element out (a
 * `minOccurs="0"` element, which decodes to nil when absent; our encoder writes every element, as
 * WCF's DataContractSerializer does), and with the documented text where both are the same number
 * in another lexical form (`0.0` and `0`); and the paths of each.
 */
export const withoutOmittedNils = (
  ours: Node,
  documented: Node
): { node: Node; omitted: Array<string>; relexed: Array<string> } => {
  const omitted: Array<string> = []
  const relexed: Array<string> = []
  const align = (a: Node, b: Node, path: string): Node => {
    const children: Array<Node> = []
    let j = 0
    for (const child of a.children) {
      const local = child.name.slice(child.name.indexOf("}") + 1)
      if (b.children[j]?.name === child.name) {
        const theirs = b.children[j]!
        const aligned = align(child, theirs, `${path}/${local}`)
        // a number in another lexical form (the documents' double "0.0", our "0") is the same value
        if (aligned.children.length === 0 && aligned.text !== theirs.text && sameNumber(aligned.text, theirs.text)) {
          relexed.push(`${path}/${local}`)
          children.push({ ...aligned, text: theirs.text })
        } else {
          children.push(aligned)
        }
        j++
      } else if (isNil(child)) {
        omitted.push(`${path}/${local}`)
      } else {
        children.push(child)
      }
    }
    return { ...a, children }
  }
  const local = ours.name.slice(ours.name.indexOf("}") + 1)
  return { node: align(ours, documented, local), omitted, relexed }
}
