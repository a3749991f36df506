/**
 * `so-chat call`: any operation of Chat.svc or SoPrincipal.svc by its WSDL
 * name, the request from `--arg`/`--body-json`, the response printed as JSON
 * (the shape in callJson.ts). `--list` lists the operations.
 *
 * Loaded only when the command runs; the operation's own module (its
 * contracts) only once it is named.
 *
 * @internal
 */
import type { Operation } from "@so-chat/core"
import * as ChatService from "@so-chat/core/generated/services/Chat"
import * as SoPrincipalService from "@so-chat/core/generated/services/SoPrincipal"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { Interrupted, InvalidFlag, InvalidSetting } from "../CliError.js"
import * as Settings from "../Settings.js"
import { describeCall, maskedSecret, requireTicket, resolveSettings } from "./addMessage.js"
import * as Agent from "./agent.js"
import type { Parameter } from "./callJson.js"
import { fieldSchema, jsonSchema, parametersOf, parseArg, problemAt } from "./callJson.js"
import { Output } from "./output.js"
import type { CallArgs } from "./runtime.js"
import { Environment, stopOnSignal } from "./runtime.js"

const methods: ReadonlyArray<Operation.Method> = [...ChatService.methods, ...SoPrincipalService.methods]

const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]!
}

/** The name meant, by letters (any case) and then by edit distance. */
const nearest = (name: string, names: ReadonlyArray<string>): string | undefined => {
  const lower = name.toLowerCase()
  const same = names.find((n) => n.toLowerCase() === lower)
  if (same !== undefined) return same
  const [best] = names.map((n) => [n, distance(lower, n.toLowerCase())] as const).sort((x, y) => x[1] - y[1])
  return best !== undefined && best[1] <= Math.max(3, Math.floor(name.length / 3)) ? best[0] : undefined
}

const findMethod = (name: string) => {
  const found = methods.find((m) => m.name === name)
  if (found !== undefined) return Either.right(found)
  const meant = nearest(name, methods.map((m) => m.name))
  return Either.left(
    new InvalidFlag({
      flag: "OPERATION",
      reason: `${JSON.stringify(name)} is not an operation of Chat or SoPrincipal${
        meant === undefined ? "" : `; did you mean ${meant}?`
      } (so-chat call --list lists them)`
    })
  )
}

const describeParameters = (parameters: ReadonlyArray<Parameter>) =>
  parameters.length === 0 ? "none" : parameters.map((p) => `${p.wsdlName} (${p.type})`).join(", ")

/** Reads all of stdin as UTF-8 text. */
const readStdin = Effect.gen(function*() {
  const { stdin } = yield* Environment
  const output = yield* Output
  if (stdin.isTTY === true && output.stderrIsTty) output.err("so-chat: reading the body from stdin; end it with Ctrl-D")
  const bytes = yield* Effect.async<Buffer>((resume) => {
    const chunks: Array<Buffer> = []
    const onData = (chunk: Buffer | string) => chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk)
    const onEnd = () => resume(Effect.succeed(Buffer.concat(chunks)))
    stdin.on("data", onData)
    stdin.once("end", onEnd)
    stdin.resume()
    return Effect.sync(() => {
      stdin.off("data", onData)
      stdin.off("end", onEnd)
      stdin.pause()
    })
  })
  return bytes.toString("utf8")
})

/** The request body the flags describe, as the operation's values. */
const requestFrom = (args: CallArgs, operation: Operation.Operation.Any) =>
  Effect.gen(function*() {
    const parameters = parametersOf(operation.Request)
    const flag = Option.isSome(args.bodyJson) && args.bodyJson.value === "-" ? "--body-json -" : "--body-json"
    const body: Record<string, unknown> = {}
    if (Option.isSome(args.bodyJson)) {
      const text = args.bodyJson.value === "-" ? yield* readStdin : args.bodyJson.value
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (e) {
        return yield* new InvalidFlag({ flag, reason: `not JSON (${(e as Error).message})` })
      }
      if (typeof json !== "object" || json === null || Array.isArray(json)) {
        return yield* new InvalidFlag({
          flag,
          reason: `the body is a JSON object of ${operation.name}'s parameters: ${describeParameters(parameters)}`
        })
      }
      Object.assign(body, json)
    }
    const fromArgs: Record<string, unknown> = {}
    for (const arg of args.arg) {
      const eq = arg.indexOf("=")
      const name = eq < 0 ? arg : arg.slice(0, eq)
      const parameter = parameters.find((p) => p.wsdlName === name || p.name === name)
      if (parameter === undefined) {
        return yield* new InvalidFlag({
          flag: `--arg ${name}`,
          reason: `${operation.name} has no parameter ${JSON.stringify(name)}; it takes ${
            describeParameters(parameters)
          }`
        })
      }
      if (eq < 0) {
        return yield* new InvalidFlag({
          flag: `--arg ${name}`,
          reason: `give a value: --arg ${parameter.wsdlName}=VALUE (${parameter.type})`
        })
      }
      if (parameter.name in fromArgs) {
        return yield* new InvalidFlag({ flag: `--arg ${name}`, reason: "given more than once; give it once" })
      }
      const parsed = parseArg(parameter, arg.slice(eq + 1))
      if ("error" in parsed) {
        return yield* new InvalidFlag({
          flag: `--arg ${parameter.wsdlName}`,
          reason: `expected ${parameter.type}: ${parsed.error}`
        })
      }
      fromArgs[parameter.name] = parsed.value
    }
    const unknown = Object.keys(body).filter((k) => !parameters.some((p) => p.name === k))
    if (unknown.length > 0) {
      return yield* new InvalidFlag({
        flag,
        reason: `${operation.name} has no parameter ${JSON.stringify(unknown[0])}; it takes ${
          describeParameters(parameters)
        } (camelCase in the body)`
      })
    }
    const missing = parameters.filter((p) => !(p.name in body) && !(p.name in fromArgs))
    if (missing.length > 0) {
      return yield* new InvalidFlag({
        flag: `--arg ${missing[0]!.wsdlName}`,
        reason: `${operation.name} needs ${describeParameters(missing)}: give --arg Name=VALUE or --body-json`
      })
    }
    // --body-json's fields the --arg flags do not set, read by their own schemas.
    const request: Record<string, unknown> = {}
    for (const p of parameters) {
      if (p.name in fromArgs) {
        request[p.name] = fromArgs[p.name]
        continue
      }
      const decoded = Schema.decodeUnknownEither(fieldSchema(p), { onExcessProperty: "error" })(body[p.name])
      if (Either.isLeft(decoded)) {
        return yield* new InvalidFlag({ flag, reason: problemAt(p.name, decoded.left) })
      }
      request[p.name] = decoded.right
    }
    const output = yield* Output
    for (const value of Object.values(request)) {
      if (Redacted.isRedacted(value)) output.mask(String(Redacted.value(value)))
    }
    return request
  })

/** The request with its secret fields (a password, an access token) replaced by the dry run's stand-in. */
const masked = (request: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(request).map(([k, v]) => [k, Redacted.isRedacted(v) ? Redacted.make(maskedSecret) : v])
  )

const list = (args: CallArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    const operations = yield* Effect.promise(() => Promise.all(methods.map((m) => m.operation())))
    const rows = operations.map((operation) => ({
      service: operation.service,
      name: operation.name,
      parameters: parametersOf(operation.Request).map((p) => ({ name: p.wsdlName, field: p.name, type: p.type })),
      safeToRetry: operation.safeToRetry
    }))
    if (args.json) {
      for (const row of rows) output.out(JSON.stringify(row))
      return
    }
    const width = Math.max(...rows.map((r) => r.name.length))
    for (const r of rows) {
      const params = r.parameters.map((p) => `${p.name}: ${p.type}`).join(", ")
      output.out(
        `${r.service.padEnd(11)} ${r.name.padEnd(width)}  ${
          r.safeToRetry ? "safe to retry" : "changes state"
        }  (${params})`
      )
    }
  })

/** @internal */
export const call = (args: CallArgs) =>
  Effect.gen(function*() {
    const output = yield* Output
    if (args.list) {
      if (Option.isSome(args.operation)) {
        return yield* new InvalidFlag({ flag: "--list", reason: "lists every operation: give it without one" })
      }
      return yield* list(args)
    }
    if (Option.isNone(args.operation)) {
      return yield* new InvalidFlag({
        flag: "OPERATION",
        reason: "name the operation to call (e.g. so-chat call GetChatSessionEntity --arg ChatSessionEntityId=1); " +
          "so-chat call --list lists them"
      })
    }
    const method = yield* findMethod(args.operation.value)
    const operation = yield* Effect.promise(() => method.operation())
    const request = yield* stopOnSignal(
      requestFrom(args, operation),
      (signal) => new Interrupted({ signal, mayHaveBeenPosted: false })
    )
    const resolved = yield* resolveSettings(args)
    if (args.verbose) { for (const line of Settings.describe(resolved)) output.err(`so-chat: ${line}`) }

    if (args.dryRun) {
      const described = yield* Either.mapLeft(
        describeCall(operation, masked(request), {
          version: resolved.soapVersion.value,
          url: Option.match(resolved.url, {
            onNone: () => null,
            onSome: (u) => NetServerConfig.displayUrl(NetServerConfig.endpointFor({ endpoint: u.value }, operation))
          }),
          ticket: Option.isSome(resolved.ticket),
          appToken: Option.isSome(resolved.appToken)
        }),
        (e) => new InvalidFlag({ flag: "--arg", reason: `${e.path}: ${e.detail}` })
      )
      if (described.url === null) {
        output.err("so-chat: no URL configured, so the request has none; to send it, pass --url or set SO_URL")
      }
      if (args.json) {
        output.out(output.redact(JSON.stringify({ dryRun: true, method: "POST", ...described })))
      } else {
        output.out(`POST ${described.url ?? "(no URL configured)"}`)
        for (const [name, value] of Object.entries(described.headers)) output.out(`${name}: ${value}`)
        output.out("")
        output.out(output.redact(described.envelope))
      }
      if (args.verbose) output.err("so-chat: dry run: nothing was sent")
      return
    }

    const options = yield* Settings.toOptions(resolved)
    yield* requireTicket(resolved)
    const settings = yield* NetServerConfig.make(options).pipe(
      Effect.mapError((e) => new InvalidSetting({ source: "settings", reason: e.message }))
    )
    const response = yield* stopOnSignal(
      Effect.flatMap(ChatAgent.ChatAgent, (a) => a.call(operation, request)).pipe(
        Effect.provide(Agent.layer(settings)),
        args.verbose ? Logger.withMinimumLogLevel(LogLevel.Debug) : (effect) => effect
      ),
      (signal) =>
        new Interrupted({
          signal,
          mayHaveBeenPosted: !operation.safeToRetry,
          ...(operation.safeToRetry ? { readOnly: true } : { operation: operation.name })
        })
    )
    const json = Schema.encodeSync(jsonSchema(operation.Response))(response)
    output.out(output.redact(JSON.stringify(json, null, args.json ? undefined : 2)))
  })
