/**
 * Secrets on the wire (the ticket, a password, an access token, generic
 * authentication data) are `Redacted` in the generated contracts, as
 * everywhere in so-chat: the model's secret elements get the pseudo-type
 * `{so-chat:secret}string`, which `builtins.ts` maps to
 * `Schema.RedactedFromSelf(Xsd.XmlString)` and `b.redactedString`.
 */
import type { ElementDecl, Model, TypeDecl } from "./model.js"
import { UnsupportedConstruct, XS } from "./model.js"

export const SECRET = "so-chat:secret"

/** The secret elements, as `Owner/Element`: the owner is a type, or an operation's wrapper element. */
export const SECRETS: ReadonlyArray<string> = [
  "SoCredentials/Ticket",
  "AuthenticateUsernamePassword/Password",
  "AuthenticateWithAccessToken/AccessToken",
  "AuthenticationGenericData/Value"
]

/** String elements that look like secrets must be listed above, or listed as not secret here. */
const LOOKS_SECRET = /(password|secret|token|^ticket)$/i

const isString = (e: ElementDecl) => e.type.ns === XS && e.type.name === "string"

export const markSecrets = (model: Model, secrets: ReadonlyArray<string> = SECRETS): Model => {
  const unused = new Set(secrets)
  const mark = (owner: string) => (e: ElementDecl): ElementDecl => {
    const at = `${owner}/${e.name}`
    if (!unused.delete(at) && !secrets.includes(at)) {
      if (isString(e) && LOOKS_SECRET.test(e.name)) {
        throw new UnsupportedConstruct(at, "looks like a secret: list it in secrets.ts (or change the rule there)")
      }
      return e
    }
    if (!isString(e)) throw new UnsupportedConstruct(at, "a secret must be an xs:string")
    return { ...e, type: { ns: SECRET, name: "string" } }
  }
  const types = new Map<string, TypeDecl>()
  for (const [k, t] of model.types) {
    const m = mark(t.qname.name)
    types.set(
      k,
      t.kind === "complex"
        ? { ...t, elements: t.elements.map(m) }
        : t.kind === "dictionary"
        ? { ...t, key: m(t.key), value: m(t.value) }
        : t.kind === "array"
        ? { ...t, item: m(t.item) }
        : t
    )
  }
  const services = model.services.map((s) => ({
    ...s,
    operations: s.operations.map((o) => ({
      ...o,
      requestFields: o.requestFields.map(mark(o.request.name)),
      responseFields: o.responseFields.map(mark(o.response.name))
    }))
  }))
  if (unused.size > 0) throw new UnsupportedConstruct("secrets.ts", `no such element: ${[...unused].join(", ")}`)
  return { types, elements: model.elements, services }
}
