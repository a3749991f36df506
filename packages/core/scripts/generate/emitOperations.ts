/**
 * Emits a service area as `generated/operations/<Area>.ts`: for each
 * operation its request and response body schemas and one `Operation`,
 * made with core's `Operation.make` so that the envelope codecs, the
 * transports and the fake server use it as they use the hand-written ones.
 */
import { Refs } from "./emitTypes.js"
import type { ElementDecl, OperationDecl, ServiceDecl } from "./model.js"
import { UnsupportedConstruct } from "./model.js"
import type { Area, Plan } from "./plan.js"
import { doc, header, Imports, lowerFirst, SINCE, str, wrap } from "./source.js"

const SERVICES88 = "http://www.superoffice.net/ws/crm/NetServer/Services88"

/**
 * Whether an operation only reads, by the rule on names SuperOffice's API
 * follows: `Get*`, `*ForUser`, `IsWithinOpeningHours` and `CreateDefault*`
 * (which makes an unsaved default entity). Such an operation is safe to send
 * again after an unknown outcome; every other one changes state.
 */
export const isRead = (name: string): boolean =>
  name.startsWith("Get") || name.endsWith("ForUser") || name === "IsWithinOpeningHours" ||
  name.startsWith("CreateDefault")

const retryNote = (name: string): string =>
  isRead(name)
    ? "Safe to retry after an unknown outcome: it only reads."
    : "Changes state: retried only when it provably was not sent."

/**
 * `Operation.make` derives the SOAPAction, the endpoint and the request
 * element from the service and operation names; an operation the WSDL
 * describes otherwise fails here rather than being generated wrong.
 */
const checkConventions = (o: OperationDecl, service: ServiceDecl) => {
  const at = `${o.service}/${o.name}`
  const expect = (what: string, actual: string, expected: string) => {
    if (actual !== expected) {
      throw new UnsupportedConstruct(at, `${what} is ${actual}, not ${expected} as Operation.make assumes`)
    }
  }
  expect("the SOAPAction", o.soapAction, `${SERVICES88}/${o.service}/${o.name}`)
  expect("the endpoint path", service.endpointPath, `Remote/Services88/${o.service}.svc`)
  expect("the request element", `{${o.request.ns}}${o.request.name}`, `{${SERVICES88}}${o.name}`)
  expect("the response element's namespace", o.response.ns, SERVICES88)
}

/** The request header blocks `Operation` knows how to write (`Operation.RequestHeader`). */
const REQUEST_HEADERS = ["ApplicationToken", "Credentials", "TimeZone"]

/**
 * The header blocks an operation's input declares, as `Operation.make`'s
 * `requestHeaders`: each must be one core writes, in the Services88 namespace,
 * listed once; anything else fails rather than being silently not sent.
 */
const requestHeadersOf = (o: OperationDecl): ReadonlyArray<string> => {
  const names = o.requestHeaders.map((h) => {
    if (h.ns !== SERVICES88 || !REQUEST_HEADERS.includes(h.name)) {
      throw new UnsupportedConstruct(
        `${o.service}/${o.name}`,
        `the request header {${h.ns}}${h.name} is not one Operation writes (${REQUEST_HEADERS.join(", ")})`
      )
    }
    return h.name
  })
  if (new Set(names).size !== names.length) {
    throw new UnsupportedConstruct(`${o.service}/${o.name}`, "a request header block is listed twice")
  }
  return names
}

const body = (
  refs: Refs,
  o: OperationDecl,
  name: string,
  fields: ReadonlyArray<ElementDecl>,
  what: string
): { readonly schema: string; readonly codec: string } => {
  const seen = new Set<string>()
  for (const f of fields) {
    const k = lowerFirst(f.name)
    if (seen.has(k)) throw new UnsupportedConstruct(`${o.name}/${f.name}`, `two elements are both "${k}" in TypeScript`)
    seen.add(k)
  }
  const props = fields.map((f) =>
    [doc([`\`${f.name}\` (${refs.describe(f)}).`], "  "), `  ${lowerFirst(f.name)}: ${refs.elementSchema(f)}`].join(
      "\n"
    )
  )
  const list = fields.map((f) => `    [${str(lowerFirst(f.name))}, ${str(f.name)}, ${refs.elementCodec(f)}]`)
  refs.bindingImports("b.")
  const element = what === "request" ? o.request.name : o.response.name
  return {
    schema: [
      doc([`The ${what} body of \`${o.name}\` (element \`${element}\`).`, "", `@since ${SINCE}`, "@category schemas"]),
      `export const ${name} = Schema.Struct({${props.length === 0 ? "" : `\n${props.join(",\n")}\n`}})`,
      "",
      doc([`@since ${SINCE}`, "@category models"]),
      `export type ${name} = Schema.Schema.Type<typeof ${name}>`
    ].join("\n"),
    codec: `b.complex(() => [${list.length === 0 ? "" : `\n${list.join(",\n")}\n  `}], (props): ${name} => props)`
  }
}

const emitOperation = (refs: Refs, o: OperationDecl, service: ServiceDecl): string => {
  checkConventions(o, service)
  const request = body(refs, o, `${o.name}Request`, o.requestFields, "request")
  const response = body(refs, o, `${o.name}Response`, o.responseFields, "response")
  const responseElement = o.response.name === `${o.name}Response` ? "" : `  responseElement: ${str(o.response.name)},\n`
  const headers = (hs: ReadonlyArray<{ readonly name: string }>) => hs.map((h) => h.name).join(", ") || "none"
  const about = wrap(
    `\`${o.name}\` on \`${service.endpointPath}\`, SOAPAction \`${o.soapAction}\`. Header blocks in (the only ones sent): ${
      headers(o.requestHeaders)
    }; out: ${headers(o.responseHeaders)}. ${retryNote(o.name)}`
  )
  return [
    request.schema,
    "",
    response.schema,
    "",
    doc([...about, "", `@since ${SINCE}`, "@category operations"]),
    `export const ${o.name}: Operation.Operation<${o.name}Request, ${o.name}Response> = Operation.make({`,
    `  service: ${str(o.service)},`,
    `  name: ${str(o.name)},`,
    `${responseElement}  Request: ${o.name}Request,`,
    `  Response: ${o.name}Response,`,
    ...(isRead(o.name) ? ["  safeToRetry: true,"] : []),
    `  requestHeaders: [${requestHeadersOf(o).map(str).join(", ")}],`,
    `  request: ${request.codec},`,
    `  response: ${response.codec}`,
    "})"
  ].join("\n")
}

/** The module of a service area. */
export const emitArea = (plan: Plan, area: Area, sources: ReadonlyArray<string>): string => {
  const imports = new Imports()
  imports.namespace("Schema", "effect/Schema")
  imports.namespace("Operation", "../../Operation.js")
  const refs = new Refs(plan, imports, "operations")
  const services = new Map(plan.model.services.map((s) => [s.name, s]))
  const bodies = area.operations.map((o) => emitOperation(refs, o, services.get(o.service)!))
  const names = area.operations.map((o) => `\`${o.name}\``).join(", ")
  return [
    doc([...wrap(`Services88 operations: ${area.summary}. Holds ${names}.`), "", `@since ${SINCE}`]),
    header(sources),
    imports.render(),
    "",
    bodies.join("\n\n"),
    ""
  ].join("\n")
}

const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false "
    + "finally for function if import in instanceof new null return super switch this throw true try typeof "
    + "var void while with yield let static implements interface package private protected public await").split(" ")
)

/**
 * What a method returns: the response body's only field (as `IChatAgent`
 * returns `Response`), nothing for an empty body, the whole body otherwise
 * (the logins' `AuthenticationSucceeded`, `Response`, `Credentials`, …).
 */
const resultOf = (o: OperationDecl): { readonly type: string; readonly table: string } => {
  const area = `${o.name}Response`
  if (o.responseFields.length === 0) return { type: "void", table: `{ _tag: "Void" }` }
  if (o.responseFields.length === 1) {
    const field = lowerFirst(o.responseFields[0]!.name)
    return { type: `${area}[${str(field)}]`, table: `{ _tag: "Field", field: ${str(field)} }` }
  }
  return { type: area, table: `{ _tag: "Body" }` }
}

/**
 * Emits a service as `generated/services/<Service>.ts`: the interface of its
 * methods (one per operation, in the WSDL's order, named as the operation in
 * camelCase, the request fields in the WSDL's order as parameters) and the
 * table a client builds them from, so that no client writes 36 bodies by hand.
 * The table imports no operation module: each row loads its own on first
 * use, so a program loads only the contracts it calls.
 */
export const emitService = (plan: Plan, service: ServiceDecl, sources: ReadonlyArray<string>): string => {
  const areaOf = new Map<string, string>()
  for (const area of plan.areas) for (const o of area.operations) areaOf.set(o.name, area.module)
  const used = new Set<string>()
  const members: Array<string> = []
  const rows: Array<string> = []
  for (const o of service.operations) {
    const area = areaOf.get(o.name)
    if (area === undefined) throw new UnsupportedConstruct(`${o.service}/${o.name}`, "no service area holds it")
    used.add(area)
    const method = lowerFirst(o.name)
    const parameters = o.requestFields.map((f) => {
      const name = lowerFirst(f.name)
      if (RESERVED.has(name)) {
        throw new UnsupportedConstruct(`${o.name}/${f.name}`, `"${name}" cannot name a parameter`)
      }
      return { name, element: f.name }
    })
    const result = resultOf(o)
    const type = result.type === "void" ? "void" : `${area}.${result.type}`
    const params = parameters.map((p) => `${p.name}: ${area}.${o.name}Request[${str(p.name)}]`)
    members.push([
      doc([
        ...wrap(`\`${o.name}\` on \`${service.endpointPath}\`. ${retryNote(o.name)}`),
        ...(parameters.length === 0 ? [] : [""]),
        ...parameters.map((p) => `@param ${p.name} - \`${p.element}\``)
      ], "  "),
      `  readonly ${method}: (${params.join(", ")}) => Effect.Effect<${type}, E>`
    ].join("\n"))
    rows.push(
      `  { method: ${str(method)}, service: ${str(o.service)}, name: ${str(o.name)}, safeToRetry: ${
        isRead(o.name)
      }, parameters: [${parameters.map((p) => str(p.name)).join(", ")}], result: ${result.table}, ` +
        `operation: () => import(${str(`../operations/${area}.js`)}).then((m) => m.${o.name}) }`
    )
  }
  const imports = [
    `import type * as Effect from "effect/Effect"`,
    `import type * as Operation from "../../Operation.js"`,
    // Types only: an operation's module is imported when its method is first called.
    ...[...used].sort().map((area) => `import type * as ${area} from ${str(`../operations/${area}.js`)}`)
  ]
  return [
    doc([
      ...wrap(
        `The \`${service.name}\` service (\`${service.endpointPath}\`) as methods, one per operation in the WSDL's ` +
          `order, as SuperOffice's own agents have them.`
      ),
      "",
      `@since ${SINCE}`
    ]),
    header(sources),
    imports.join("\n"),
    "",
    doc([
      ...wrap(`The methods of \`${service.name}\`, each failing with \`E\` (the client's error).`),
      "",
      `@since ${SINCE}`,
      "@category models"
    ]),
    `export interface Methods<E> {\n${members.join("\n")}\n}`,
    "",
    doc([
      ...wrap(
        "The table the methods are made from, in the WSDL's order. Each row loads its operation's module " +
          "when first asked."
      ),
      "",
      `@since ${SINCE}`,
      "@category constants"
    ]),
    `export const methods: ReadonlyArray<Operation.Method> = [\n${rows.join(",\n")}\n]`,
    ""
  ].join("\n")
}
