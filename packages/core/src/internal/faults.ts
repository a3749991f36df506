/**
 * SOAP faults in an envelope's Body, both ways: written as WCF lays them out,
 * read from either SOAP version.
 *
 * @internal
 */
import { normalizeFaultCode, SoapFault } from "../SoapFault.js"
import type { QName } from "../SoapFault.js"
import * as SoapVersion from "../SoapVersion.js"
import type * as b from "./binding.js"
import type { ReadEnvelope } from "./envelopeReader.js"
import { attributesIn, resolveQName, XML_NS } from "./xmlReader.js"
import type { XmlElement } from "./xmlReader.js"
import { escapeText } from "./xsd.js"

/** A fault code's element: `s:` for the envelope's own codes, else its namespace declared as `a`, as WCF writes it. */
const faultCodeElement = (name: string, version: SoapVersion.SoapVersion, q: QName): string =>
  q.namespace === SoapVersion.envelopeNamespace[version]
    ? `<${name}>s:${q.local}</${name}>`
    : q.namespace === ""
    ? `<${name}>${q.local}</${name}>`
    : `<${name} xmlns:a="${escapeText(q.namespace).replace(/"/g, "&quot;")}">a:${q.local}</${name}>`

/** Writes the `Fault` element of the fault's version; characters XML cannot carry are dropped. */
export const writeFault = (out: b.XmlOut, fault: SoapFault): void => {
  const text = (s: string) => escapeText(s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""))
  const version = fault.version
  const subcodes = fault.subcodes.map((q) => `<s:Subcode>${faultCodeElement("s:Value", version, q)}`)
  if (version === "1.1") {
    out.write(
      `<s:Fault>${faultCodeElement("faultcode", version, fault.faultCode)}<faultstring xml:lang="en-US">${
        text(fault.reason)
      }</faultstring>`
    )
    if (fault.node !== null) out.write(`<faultactor>${text(fault.node)}</faultactor>`)
    if (fault.detail !== null) out.write(`<detail>${text(fault.detail)}</detail>`)
    out.write("</s:Fault>")
  } else {
    out.write(
      `<s:Fault><s:Code>${faultCodeElement("s:Value", version, fault.faultCode)}${subcodes.join("")}${
        "</s:Subcode>".repeat(subcodes.length)
      }</s:Code><s:Reason><s:Text xml:lang="en-US">${text(fault.reason)}</s:Text></s:Reason>`
    )
    if (fault.node !== null) out.write(`<s:Node>${text(fault.node)}</s:Node>`)
    if (fault.role !== null) out.write(`<s:Role>${text(fault.role)}</s:Role>`)
    if (fault.detail !== null) out.write(`<s:Detail>${text(fault.detail)}</s:Detail>`)
    out.write("</s:Fault>")
  }
}

/** Whether the Body's element is a fault of the envelope's version. */
export const isFault = (envelope: ReadEnvelope, element: XmlElement | undefined): element is XmlElement =>
  element !== undefined && element.local === "Fault" &&
  element.uri === SoapVersion.envelopeNamespace[envelope.version]

const textContent = (element: XmlElement): string => element.text + element.children.map(textContent).join("")

const childNamed = (element: XmlElement, local: string, namespace?: string): XmlElement | undefined =>
  element.children.find((c) => c.local === local && (namespace === undefined || c.uri === namespace))

export const readFault = (envelope: ReadEnvelope, fault: XmlElement): SoapFault => {
  const version = envelope.version
  const envNs = SoapVersion.envelopeNamespace[version]
  if (version === "1.1") {
    // SOAP 1.1's fault children are unqualified; accept any namespace.
    const code = childNamed(fault, "faultcode")
    const faultCode = code ? resolveQName(code, code.text) : { namespace: "", local: "" }
    const actor = childNamed(fault, "faultactor")
    const detail = childNamed(fault, "detail")
    return new SoapFault({
      version,
      code: normalizeFaultCode(faultCode),
      faultCode,
      subcodes: [],
      reason: childNamed(fault, "faultstring")?.text ?? "",
      node: actor ? actor.text : null,
      role: null,
      detail: detail ? textContent(detail).trim() : null
    })
  }
  const code = childNamed(fault, "Code", envNs)
  const valueOf = (c: XmlElement | undefined): QName | undefined => {
    const v = c && childNamed(c, "Value", envNs)
    return v ? resolveQName(v, v.text) : undefined
  }
  const faultCode = valueOf(code) ?? { namespace: "", local: "" }
  const subcodes: Array<QName> = []
  for (let sub = code && childNamed(code, "Subcode", envNs); sub; sub = childNamed(sub, "Subcode", envNs)) {
    const q = valueOf(sub)
    if (q) subcodes.push(q)
  }
  const reason = childNamed(fault, "Reason", envNs)
  const texts = reason ? reason.children.filter((c) => c.local === "Text" && c.uri === envNs) : []
  const english = texts.find((t) => attributesIn(t, XML_NS).some(([local, v]) => local === "lang" && /^en\b/i.test(v)))
  const node = childNamed(fault, "Node", envNs)
  const role = childNamed(fault, "Role", envNs)
  const detail = childNamed(fault, "Detail", envNs)
  return new SoapFault({
    version,
    code: normalizeFaultCode(faultCode),
    faultCode,
    subcodes,
    reason: (english ?? texts[0])?.text ?? "",
    node: node ? node.text : null,
    role: role ? role.text : null,
    detail: detail ? textContent(detail).trim() : null
  })
}
