/**
 * A property: a server on loopback echoes the request it received (or the
 * secrets it read from it) back, encoded in generated ways (escaped once or
 * twice, named entities, numeric character references in decimal and hex,
 * CDATA, URL-encoded, JSON-escaped, and mixes of these) inside a SOAP fault,
 * NetServer's ExceptionInfo header, an HTML or a plain-text error page, or a
 * value the client cannot read. For generated secrets over printable ASCII
 * and beyond, no secret, and no part of one, is readable in any decoded view
 * of the error's message, toString, JSON, Cause.pretty, stack, log lines or
 * spans.
 *
 * The views are made by this file's own decoders, not the library's.
 */
import { describe, expect, it } from "@effect/vitest"
import {
  AddChatMessage,
  AuthenticateUsernamePassword,
  ChatMessage,
  Envelope,
  GetChatMessages,
  NetServerHeaders,
  SoapFault
} from "@so-chat/core"
import { ChatAgent, NetServerConfig, SoPrincipal } from "@so-chat/transport"
import type { Tracer } from "effect"
import {
  Cause,
  Effect,
  Either,
  Exit,
  FastCheck as fc,
  HashMap,
  Inspectable,
  Layer,
  Logger,
  LogLevel,
  Redacted
} from "effect"
import * as util from "node:util"
import { layers } from "./support/layers.js"
import { loopback, send } from "./support/loopback.js"
import { recordingSpans } from "./support/observe.js"

// --- encoders a server or proxy might apply --------------------------------

/** HTML5's names for the characters a generated secret holds (a `-` has none). */
const NAMES: Readonly<Record<string, string>> = {
  "!": "excl",
  "\"": "quot",
  "#": "num",
  "$": "dollar",
  "%": "percnt",
  "&": "amp",
  "'": "apos",
  "(": "lpar",
  ")": "rpar",
  "*": "ast",
  "+": "plus",
  ",": "comma",
  ".": "period",
  "/": "sol",
  ":": "colon",
  ";": "semi",
  "<": "lt",
  "=": "equals",
  ">": "gt",
  "?": "quest",
  "@": "commat",
  "[": "lsqb",
  "\\": "bsol",
  "]": "rsqb",
  "^": "Hat",
  "_": "lowbar",
  "`": "grave",
  "{": "lcub",
  "|": "verbar",
  "}": "rcub",
  "é": "eacute",
  "€": "euro",
  "\u00a0": "nbsp"
}
const UPPER: Readonly<Record<string, string>> = { "&": "AMP", "<": "LT", ">": "GT", "\"": "QUOT" }

const chars = (s: string) => [...s]
const xmlMin = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
const xmlAll = (s: string) => xmlMin(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;")
const named = (s: string) => chars(s).map((c) => (NAMES[c] ? `&${NAMES[c]};` : c)).join("")
const namedUpper = (s: string) =>
  chars(s).map((c) => (UPPER[c] ? `&${UPPER[c]};` : NAMES[c] ? `&${NAMES[c]};` : c)).join("")
const ref = (c: string, radix: 10 | 16, upper: boolean) => {
  const code = c.codePointAt(0)!
  if (radix === 10) return `&#${code};`
  const digits = code.toString(16)
  return upper ? `&#X${digits.toUpperCase()};` : `&#x${digits};`
}
const dec = (s: string) => chars(s).map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : ref(c, 10, false))).join("")
const decEvery = (s: string) => chars(s).map((c) => ref(c, 10, false)).join("")
const hexLower = (s: string) => chars(s).map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : ref(c, 16, false))).join("")
const hexUpper = (s: string) => chars(s).map((c) => ref(c, 16, true)).join("")
const cdata = (s: string) => `<![CDATA[${s.split("]]>").join("]]]]><![CDATA[>")}]]>`
const url = (s: string) => encodeURIComponent(s)
const urlLower = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())
const form = (s: string) => encodeURIComponent(s).replace(/%20/g, "+")
const json = (s: string) => JSON.stringify(s).slice(1, -1)
const jsonAscii = (s: string) =>
  json(s).replace(/[^\x20-\x7e]|[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)

/** Escapes `<` alone, as a careless encoder does: the result mixes escaped and raw text. */
const ltOnly = (s: string) => s.replace(/</g, "&lt;")
/** Each character in a form of its own: raw, decimal, hex, named, URL-encoded. */
const mixed = (s: string) =>
  chars(s).map((c, i) => {
    switch ((c.codePointAt(0)! + i) % 5) {
      case 0:
        return c
      case 1:
        return ref(c, 10, false)
      case 2:
        return ref(c, 16, false)
      case 3:
        return NAMES[c] ? `&${NAMES[c]};` : c
      default:
        return encodeURIComponent(c)
    }
  }).join("")

/** What a server may do to text before it puts it in its answer. */
const layerEncodings = {
  xmlMin,
  xmlAll,
  named,
  namedUpper,
  dec,
  decEvery,
  hexLower,
  hexUpper,
  cdata,
  url,
  urlLower,
  form,
  json,
  jsonAscii,
  ltOnly,
  mixed
} as const
/** How it puts text into XML it sends (valid XML each, but for `&#X…;`, which only HTML reads). */
const xmlInsertions = { xmlMin, xmlAll, dec, decEvery, hexLower, hexUpper, cdata } as const
/** How it puts text into an HTML page. */
const htmlInsertions = { raw: (s: string) => s, xmlMin, xmlAll, named, namedUpper, dec, hexLower, hexUpper } as const

// --- this file's own decoders, for the views a reader could make -----------

const BY_NAME: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.entries(NAMES).map(([c, n]) => [n, c]),
  ...Object.entries(UPPER).map(([c, n]) => [n, c])
])
const readerViews = (text: string): ReadonlyArray<string> => {
  const decoders: ReadonlyArray<(s: string) => string> = [
    (s) =>
      s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (m, r: string) => {
        if (r[0] !== "#") return BY_NAME[r] ?? m
        const code = /^#[xX]/.test(r) ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10)
        return code > 0x10ffff ? m : String.fromCodePoint(code)
      }),
    (s) => s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1"),
    (s) =>
      s.replace(/\+/g, " ").replace(/(?:%[0-9a-fA-F]{2})+/g, (m) => {
        try {
          return decodeURIComponent(m)
        } catch {
          return m.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
        }
      }),
    (s) =>
      s.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, (_, e: string) =>
        e.length === 5
          ? String.fromCharCode(parseInt(e.slice(1), 16))
          : ({ n: "\n", r: "\r", t: "\t" } as Record<string, string>)[e] ?? e)
  ]
  const seen = new Set([text])
  let level = [text]
  for (let depth = 0; depth < 5 && level.length > 0 && seen.size < 400; depth++) {
    const next: Array<string> = []
    for (const view of level) {
      for (const decode of decoders) {
        const d = decode(view)
        if (!seen.has(d)) {
          seen.add(d)
          next.push(d)
        }
      }
    }
    level = next
  }
  return [...seen]
}

// --- the echoing server ----------------------------------------------------

type Container = "fault" | "exceptionInfo" | "html" | "text" | "value"

interface Echo {
  /** The request body as received, or the secrets the server read from it. */
  readonly source: "body" | "values"
  readonly layers: ReadonlyArray<keyof typeof layerEncodings>
  readonly container: Container
  readonly xmlInsertion: keyof typeof xmlInsertions
  readonly htmlInsertion: keyof typeof htmlInsertions
  /** The HTTP status of an HTML or text page. */
  readonly status: number
  /** Text before the echo: moves it across the places where text is cut. */
  readonly pad: number
}

const operations = [
  AddChatMessage.operation,
  GetChatMessages.operation,
  AuthenticateUsernamePassword.operation
] as const

const PLACEHOLDER = "ECHO-PLACEHOLDER"

const emptyBodies = {
  AddChatMessage: { response: null },
  GetChatMessages: { response: null },
  AuthenticateUsernamePassword: { response: null, credentials: null, authenticationSucceeded: false }
} as const

const readableBodies = {
  AddChatMessage: { response: new ChatMessage.ChatMessage({ chatMessageId: 5 }) },
  GetChatMessages: { response: [new ChatMessage.ChatMessage({ chatMessageId: 5 })] },
  AuthenticateUsernamePassword: { response: null, credentials: null, authenticationSucceeded: true }
} as const

const encode = (operation: (typeof operations)[number], body: unknown, headers?: object): string =>
  Either.getOrThrow(Envelope.encodeResponse(operation as any, body as any, { version: "1.1", headers: headers as any }))

const answer = (spec: Echo, body: string): { status: number; contentType: string; body: string } => {
  const decoded = Either.getOrThrow(Envelope.decodeRequest(operations, body))
  const operation = decoded.operation as (typeof operations)[number]
  const values = [
    decoded.headers.ticket,
    decoded.headers.applicationToken,
    operation.name === "AuthenticateUsernamePassword"
      ? (decoded.body as AuthenticateUsernamePassword.Request).password
      : undefined
  ].flatMap((s) => (s === undefined || s === null ? [] : [Redacted.value(s)]))
  const raw = spec.source === "body" ? body : values.join(" | ")
  const payload = "echo: " + ".".repeat(spec.pad) + spec.layers.reduce((p, name) => layerEncodings[name](p), raw)
  const inXml = xmlInsertions[spec.xmlInsertion](payload)
  const xml = (template: string) => ({
    contentType: "text/xml; charset=utf-8",
    body: template.split(PLACEHOLDER).join(inXml)
  })
  switch (spec.container) {
    case "fault":
      return {
        status: 500,
        ...xml(Envelope.encodeFault(
          SoapFault.make({ version: "1.1", code: "Sender", reason: PLACEHOLDER, detail: PLACEHOLDER })
        ))
      }
    case "exceptionInfo": {
      const info = new NetServerHeaders.SoExceptionInfo({
        message: PLACEHOLDER,
        stackTrace: PLACEHOLDER,
        friendlyText: PLACEHOLDER,
        exceptionType: "SoException",
        source: PLACEHOLDER,
        innerException: null,
        parameters: { request: PLACEHOLDER }
      })
      return {
        status: 200,
        ...xml(
          encode(operation, emptyBodies[operation.name as keyof typeof emptyBodies], {
            succeeded: false,
            exceptionInfo: info
          })
        )
      }
    }
    case "value": {
      const template = encode(operation, readableBodies[operation.name as keyof typeof readableBodies])
        .replace(/<ChatMessageId>5<\/ChatMessageId>/, `<ChatMessageId>${PLACEHOLDER}</ChatMessageId>`)
        .replace(/<AuthenticationSucceeded>true</, `<AuthenticationSucceeded>${PLACEHOLDER}<`)
      return { status: 200, ...xml(template) }
    }
    case "html":
      return {
        status: spec.status,
        contentType: "text/html; charset=utf-8",
        body: `<!DOCTYPE html><html><head><title>Error</title><style>p { color: red }</style></head>` +
          `<body><h1>Bad Gateway</h1><p>${htmlInsertions[spec.htmlInsertion](payload)}</p></body></html>`
      }
    case "text":
      return { status: spec.status, contentType: "text/plain; charset=utf-8", body: payload }
  }
}

/** The tag each container must fail with: the error stays what it is, only its secrets go. */
const expectedTags = (spec: Echo): ReadonlyArray<string> => {
  // `&#X…;` is HTML's, not XML's: such an answer does not parse.
  const parses = spec.xmlInsertion !== "hexUpper"
  switch (spec.container) {
    case "fault":
      return [parses ? "SoapFault" : "UnexpectedStatus"]
    case "exceptionInfo":
      return [parses ? "NetServerException" : "UndecodableResponse"]
    case "value":
      return ["UndecodableResponse"]
    case "html":
    case "text":
      return spec.status === 200 ? ["UndecodableResponse"] : ["UnexpectedStatus"]
  }
}

// --- generated secrets and echoes -------------------------------------------

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c))
const unit = fc.oneof(
  { weight: 6, arbitrary: printable },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "\"",
      "'",
      "<",
      ">",
      "&",
      "]]>",
      "%",
      "+",
      "\\",
      ";",
      "#",
      "&amp;",
      "%41",
      "é",
      "€",
      "\u00a0",
      "中",
      "😀",
      "𝄞",
      " "
    )
  }
)
const piece = fc.array(unit, { maxLength: 8 }).map((units) => units.join(""))
const hex = fc.array(fc.constantFrom(..."0123456789abcdef"), { minLength: 10, maxLength: 10 }).map((d) => d.join(""))

/**
 * A secret around a unique core: the core makes it unlike anything else in
 * the output, and finding the core alone catches a secret cut in half.
 */
const secret = fc.tuple(piece, hex, piece).map(([a, core, b]) => ({ value: a + core + b, core }))

const echo: fc.Arbitrary<Echo> = fc.record({
  source: fc.constantFrom("body" as const, "values" as const),
  layers: fc.array(fc.constantFrom(...(Object.keys(layerEncodings) as Array<keyof typeof layerEncodings>)), {
    maxLength: 2
  }),
  container: fc.constantFrom<Container>("fault", "exceptionInfo", "html", "text", "value"),
  xmlInsertion: fc.constantFrom(...(Object.keys(xmlInsertions) as Array<keyof typeof xmlInsertions>)),
  htmlInsertion: fc.constantFrom(...(Object.keys(htmlInsertions) as Array<keyof typeof htmlInsertions>)),
  status: fc.constantFrom(200, 401, 502),
  pad: fc.integer({ min: 0, max: 260 })
})

const operationNames = ["addChatMessage", "getChatMessages", "authenticate"] as const

interface Case {
  readonly operation: (typeof operationNames)[number]
  readonly layer: keyof typeof layers
  readonly ticket: { readonly value: string; readonly core: string }
  readonly token: { readonly value: string; readonly core: string }
  readonly password: { readonly value: string; readonly core: string }
  readonly echo: Echo
}

const cases: fc.Arbitrary<Case> = fc.record({
  operation: fc.constantFrom(...operationNames),
  layer: fc.constantFrom(...(Object.keys(layers) as Array<keyof typeof layers>)),
  ticket: secret,
  token: secret,
  password: secret,
  echo
})

// --- what is shown ----------------------------------------------------------

/** Every log line, as logfmt and as its parts (message, annotations, cause). */
const capturing = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.suspend(() => {
    const lines: Array<string> = []
    const structured = Logger.make(({ annotations, cause, message }) => {
      lines.push(Inspectable.format(message))
      lines.push(JSON.stringify([...HashMap.toEntries(annotations)]))
      lines.push(Cause.pretty(cause))
    })
    const logfmt = Logger.map(Logger.logfmtLogger, (line) => void lines.push(line))
    return effect.pipe(
      Effect.provide(Logger.replace(Logger.defaultLogger, Logger.zip(structured, logfmt))),
      Logger.withMinimumLogLevel(LogLevel.All),
      Effect.map((value) => ({ value, lines }))
    )
  })

const spanText = (span: Tracer.Span): string => {
  const native = span as Tracer.Span & { readonly events?: ReadonlyArray<unknown> }
  const status = span.status._tag === "Ended" && span.status.exit !== undefined && Exit.isFailure(span.status.exit)
    ? Cause.pretty(span.status.exit.cause)
    : ""
  return JSON.stringify([span.name, [...span.attributes].map(([k, v]) => [k, String(v)])]) +
    util.inspect(native.events ?? [], { depth: null }) + status
}

const renderings = (error: unknown): Record<string, string> => ({
  message: (error as Error).message,
  String: String(error),
  "JSON.stringify": JSON.stringify(error),
  "Inspectable.format": Inspectable.format(error),
  "util.inspect": util.inspect(error, { depth: null }),
  "Cause.pretty": Cause.pretty(Cause.fail(error)),
  stack: (error as Error).stack ?? ""
})

/** Runs the case's call against the server; everything shown on the way, by where it was shown. */
const run = (c: Case, url: string) => {
  const config = NetServerConfig.layer({
    url,
    ticket: Redacted.make(c.ticket.value),
    applicationToken: Redacted.make(c.token.value),
    timeout: "5 seconds"
  }).pipe(Layer.orDie)
  const call: Effect.Effect<unknown, unknown> = c.operation === "authenticate"
    ? Effect.flatMap(SoPrincipal.SoPrincipal, (p) => p.authenticate("ada", Redacted.make(c.password.value))).pipe(
      Effect.provide(
        (c.layer === "ChatAgent.layerNode (undici, throughput)" ? SoPrincipal.layerNode : SoPrincipal.layerFetch)
          .pipe(Layer.provide(config))
      )
    )
    : Effect.flatMap(
      ChatAgent.ChatAgent,
      (agent): Effect.Effect<unknown, unknown> =>
        c.operation === "addChatMessage"
          ? agent.addChatMessage(1, { type: "ToCustomer", message: "hi" })
          : agent.getChatMessages(1)
    ).pipe(Effect.provide(layers[c.layer].pipe(Layer.provide(config))))
  return capturing(recordingSpans(
    call.pipe(
      // what an application would log
      Effect.tapErrorCause((cause) => Effect.logError("the call failed", cause)),
      Effect.tapError((error) => Effect.logWarning(error)),
      Effect.exit
    )
  )).pipe(Effect.map(({ lines, value: { spans, value: exit } }) => ({ exit, lines, spans })))
}

// ECHO_RUNS=1500 searches deeper (measured here: 1,500 runs in 25 s; 150 in about 6 s); ECHO_SEED=N
// replays the run a failure reported.
const RUNS = Number(process.env.ECHO_RUNS ?? 150)
const SEED = process.env.ECHO_SEED === undefined ? {} : { seed: Number(process.env.ECHO_SEED) }

describe("no secret reaches what is shown, however a server echoes it", () => {
  it.live("generated secrets, echoed in generated ways, against a loopback server", () =>
    Effect.gen(function*() {
      let current: Case | undefined
      const bodies: Array<string> = []
      const server = yield* loopback((req, res) => {
        bodies.push(req.body)
        const a = answer(current!.echo, req.body)
        send(res, a.status, a.contentType, a.body)
      })
      let kept = 0
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(cases, async (c) => {
            current = c
            bodies.length = 0
            const { exit, lines, spans } = await Effect.runPromise(run(c, server.url))
            const sent = c.operation === "authenticate" ? [c.password, c.token] : [c.ticket, c.token]
            // The secrets did reach the server, so their absence below means something.
            expect(bodies).toHaveLength(1)
            for (const s of sent) expect(bodies[0]).toContain(s.core)
            expect(Exit.isFailure(exit)).toBe(true)
            const failure = Exit.isFailure(exit) ? Cause.failureOption(exit.cause) : undefined
            if (failure === undefined || failure._tag === "None") throw new Error("expected a typed failure")
            const error = failure.value as { readonly _tag: string; readonly message: string }
            expect(expectedTags(c.echo), error.message).toContain(error._tag)
            // The server's own words around the echo survive (unless the text was withheld whole).
            if (error.message.includes("echo:")) kept++
            const shown: Array<[string, string]> = [
              ...Object.entries(renderings(error)),
              ...lines.map((line, i) => [`log ${i}`, line] as [string, string]),
              ...spans.map((span) => [`span ${span.name}`, spanText(span)] as [string, string])
            ]
            expect(spans.length).toBeGreaterThan(0)
            for (const [where, text] of shown) {
              for (const view of readerViews(text)) {
                for (const s of [c.ticket, c.token, c.password]) {
                  if (view.includes(s.core)) {
                    throw new Error(`${where} shows (part of) the secret ${JSON.stringify(s.value)}:\n${view}`)
                  }
                }
              }
            }
          }),
          { numRuns: RUNS, ...SEED }
        )
      )
      // Scrubbing removed the secrets, not the rest of what the server said.
      expect(kept).toBeGreaterThan(RUNS * 0.6)
    }).pipe(Effect.scoped), 60_000)
})
