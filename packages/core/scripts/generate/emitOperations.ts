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
    `\`${o.name}\` on \`${service.endpointPath}\`, SOAPAction \`${o.soapAction}\`. Header blocks in: ${
      headers(o.requestHeaders)
    }; out: ${headers(o.responseHeaders)}.`
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
    header(sources),
    doc([...wrap(`Services88 operations: ${area.summary}. Holds ${names}.`), "", `@since ${SINCE}`]),
    imports.render(),
    "",
    bodies.join("\n\n"),
    ""
  ].join("\n")
}
