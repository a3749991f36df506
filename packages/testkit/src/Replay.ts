/**
 * Replay: an in-memory `HttpClient` that answers with the documented
 * response, or with exchanges you recorded, so a `ChatAgent` runs its whole
 * encode → HTTP framing → decode path without a socket and without a server
 * that checks anything; or the same answers served over HTTP on loopback
 * (`serve`, `layerServer`).
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { AddChatMessage, SoapVersion } from "@so-chat/core"
import { ChatAgent, NetServerConfig, SoPrincipal } from "@so-chat/transport"
import * as Cause from "effect/Cause"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import * as FakeNetServer from "./FakeNetServer.js"
import * as FakeNetServerHttp from "./FakeNetServerHttp.js"
import * as Fixtures from "./Fixtures.js"

/**
 * A recorded answer: for which action, and what came back.
 *
 * @since 0.1.0
 * @category models
 */
export interface Exchange {
  /** The SOAPAction URI the answer is for, or just the operation's name, e.g. `AddChatMessage`. */
  readonly action: string
  /** Default 200. */
  readonly status?: number | undefined
  /** Default: the content type of the request's SOAP version. */
  readonly contentType?: string | undefined
  readonly body: string | Uint8Array
}

/**
 * @since 0.1.0
 * @category models
 */
export interface Options {
  /**
   * Answers to give, in order, per action. An action with recorded exchanges
   * gets them one after another, and a request past the last is a defect
   * (the test set up too few). An action without any gets its operation's
   * documented response every time (`Fixtures.documented(name, "response")`),
   * any of the 36 operations of both services.
   */
  readonly exchanges?: ReadonlyArray<Exchange> | undefined
}

/**
 * An operation's documented response in the SOAP version asked for: the
 * reference page's envelope as is for SOAP 1.2 (which it uses), with the SOAP
 * 1.1 envelope namespace otherwise (decision 5: the testkit answers in the
 * version it was asked in). The documented responses carry no header blocks,
 * so only the namespace differs.
 *
 * @since 0.1.0
 * @category constructors
 */
export const documentedResponse = (
  version: SoapVersion.SoapVersion,
  operation: Fixtures.OperationName = "AddChatMessage"
): string => {
  const xml = Fixtures.documented(operation, "response")
  return version === "1.2"
    ? xml
    : xml.replace(`"${SoapVersion.envelopeNamespace["1.2"]}"`, `"${SoapVersion.envelopeNamespace["1.1"]}"`)
}

/** The operation a SOAPAction URI names, e.g. `…/Services88/Chat/GetChatSessionEntity`. */
const documentedOperation = (action: string): Fixtures.OperationName | undefined => {
  const prefix = `${AddChatMessage.operation.namespace}/`
  if (!action.startsWith(prefix)) return undefined
  const [service, name, ...rest] = action.slice(prefix.length).split("/")
  const names: ReadonlyArray<string> = service === "Chat"
    ? Fixtures.operations.Chat
    : service === "SoPrincipal"
    ? Fixtures.operations.SoPrincipal
    : []
  return rest.length === 0 && name !== undefined && names.includes(name) ? name as Fixtures.OperationName : undefined
}

const contentTypeParam = (contentType: string, name: string): string | undefined => {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*("([^"]*)"|[^;\\s]*)`, "i").exec(contentType)
  return match ? match[2] ?? match[1] : undefined
}

/** The request's SOAP version and action, from its HTTP framing: the content type and the SOAPAction header. */
const framing = (contentType: string, soapAction: string | undefined) => {
  const version = SoapVersion.fromContentType(contentType) ?? "1.1"
  const action = version === "1.1"
    ? soapAction?.trim().replace(/^"(.*)"$/, "$1")
    : contentTypeParam(contentType, "action")
  return { version, action: action ?? "" }
}

const clientFraming = (request: HttpClientRequest.HttpClientRequest) =>
  framing(
    request.headers["content-type"] ?? (request.body._tag === "Empty" ? undefined : request.body.contentType) ?? "",
    request.headers["soapaction"]
  )

const headerOf = (request: FakeNetServer.HttpRequest, name: string): string | undefined => {
  const value = request.headers[name]
  return typeof value === "string" ? value : value?.join(", ")
}

const matches = (exchange: Exchange, action: string) =>
  exchange.action === action || action.endsWith(`/${exchange.action}`)

interface Answer {
  readonly status: number
  readonly contentType: string
  readonly body: string | Uint8Array
}

/**
 * The answerer shared by the in-memory client and the HTTP server: recorded
 * exchanges in order per action, else the documented response of the
 * operation the SOAPAction names.
 */
const makeAnswer = (options: Options) => {
  const exchanges = options.exchanges ?? []
  // The indices of the exchanges answered so far: a Ref, as calls may run concurrently.
  return Effect.map(
    Ref.make<ReadonlySet<number>>(new Set()),
    (used) => ({ action, version }: ReturnType<typeof framing>): Effect.Effect<Answer> =>
      Effect.gen(function*() {
        const contentType = `${SoapVersion.mediaType[version]}; charset=utf-8`
        const recorded = exchanges.flatMap((e, i) => (matches(e, action) ? [i] : []))
        if (recorded.length > 0) {
          const index = yield* Ref.modify(used, (done): readonly [number | undefined, ReadonlySet<number>] => {
            const i = recorded.find((i) => !done.has(i))
            return [i, i === undefined ? done : new Set(done).add(i)]
          })
          if (index === undefined) {
            return yield* Effect.dieMessage(
              `Replay: all ${recorded.length} recorded exchange(s) for the action ${action} were used; ` +
                `a request more was sent`
            )
          }
          const next = exchanges[index]!
          return { status: next.status ?? 200, contentType: next.contentType ?? contentType, body: next.body }
        }
        const documented = documentedOperation(action)
        if (documented !== undefined) {
          return { status: 200, contentType, body: documentedResponse(version, documented) }
        }
        return yield* Effect.dieMessage(
          `Replay: no answer for the action ${JSON.stringify(action)}; record one in the exchanges option`
        )
      })
  )
}

/**
 * An `HttpClient` that answers from memory: recorded exchanges in order per
 * action, else the documented response of the operation the SOAPAction names
 * (any of the 36, either service, either SOAP version). It reads nothing but
 * the framing, so a request in the documented header layout (header blocks
 * directly inside `<Envelope>`) is answered as one with a `<Header>`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeHttpClient = (options: Options = {}): Effect.Effect<HttpClient.HttpClient> =>
  Effect.map(
    makeAnswer(options),
    (answer) =>
      HttpClient.make((request) =>
        Effect.map(answer(clientFraming(request)), (answer) =>
          HttpClientResponse.fromWeb(
            request,
            new Response(
              typeof answer.body === "string" ? answer.body : new Blob([answer.body as Uint8Array<ArrayBuffer>]),
              { status: answer.status, headers: { "content-type": answer.contentType } }
            )
          ))
      )
  )

/**
 * The replaying `HttpClient` as a layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient = (options: Options = {}): Layer.Layer<HttpClient.HttpClient> =>
  Layer.effect(HttpClient.HttpClient, makeHttpClient(options))

/**
 * A `ChatAgent` on the replaying `HttpClient`, configured with the documented
 * ticket and application token (override with `client`). Without exchanges,
 * every call returns its operation's documented response, whatever was sent:
 * `addChatMessage` the documented message (id 0, session 0, posted
 * 2025-11-26T12:06:56Z).
 *
 * @example
 * import { Replay } from "@so-chat/testkit"
 * import { ChatAgent } from "@so-chat/transport"
 * import { Effect } from "effect"
 *
 * const posted = Effect.flatMap(ChatAgent.ChatAgent, (agent) =>
 *   agent.addChatMessage(1, { type: "ToCustomer", message: "Hello" })
 * ).pipe(Effect.provide(Replay.layer()))
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options & { readonly client?: Partial<NetServerConfig.Options> | undefined } = {}
): Layer.Layer<ChatAgent.ChatAgent, ConfigError.ConfigError> =>
  ChatAgent.layerHttpClient.pipe(
    Layer.provide(
      NetServerConfig.layer({
        url: "http://replay.invalid/Cust12345/",
        ticket: FakeNetServer.defaultTicket,
        applicationToken: FakeNetServer.defaultApplicationToken,
        ...options.client
      })
    ),
    Layer.provide(layerHttpClient(options))
  )

/**
 * Where a replaying server listens, as {@link serve} gives it: the same
 * fields as the HTTP fake's (`url`, `chatUrl`, `port`).
 *
 * @since 0.1.0
 * @category tags
 */
export class ReplayServer extends Context.Tag("@so-chat/testkit/Replay/ReplayServer")<
  ReplayServer,
  FakeNetServerHttp.FakeNetServerHttp
>() {}

/**
 * What {@link serve} and {@link layerServer} accept: the answers, and where
 * to listen (default `127.0.0.1`, an ephemeral port).
 *
 * @since 0.1.0
 * @category models
 */
export interface ServeOptions extends Options {
  readonly host?: string | undefined
  readonly port?: number | undefined
}

/**
 * The replayed answers as an HTTP handler: what {@link serve} serves. A
 * request Replay has no answer for gets a 500 in plain text saying why, as
 * the in-memory client's defect says.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeHandler = (options: Options = {}): Effect.Effect<FakeNetServerHttp.Handler> =>
  Effect.map(makeAnswer(options), (answer) => ({
    basePath: FakeNetServer.defaultBasePath,
    maxRequestBytes: FakeNetServer.defaultMaxRequestBytes,
    handle: (request) =>
      answer(framing(headerOf(request, "content-type") ?? "", headerOf(request, "soapaction"))).pipe(
        Effect.map((answer) => ({
          status: answer.status,
          headers: { "content-type": answer.contentType },
          body: answer.body
        })),
        Effect.catchAllDefect((defect) =>
          Effect.succeed({
            status: 500,
            headers: { "content-type": "text/plain; charset=utf-8" },
            body: Cause.isRuntimeException(defect) ? defect.message : String(defect)
          })
        )
      )
  }))

/**
 * Replay over real HTTP on loopback, until the layer's scope closes: the
 * same answers as the in-memory client, through the HTTP fake's server (so
 * any client, of any stack, can be pointed at `url`).
 *
 * @example
 * import { Replay } from "@so-chat/testkit"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const { chatUrl } = yield* Replay.ReplayServer
 *   // POST any documented request to chatUrl: its documented response comes back
 * }).pipe(Effect.provide(Replay.serve()))
 *
 * @since 0.1.0
 * @category layers
 */
export const serve = (options: ServeOptions = {}): Layer.Layer<ReplayServer, FakeNetServerHttp.ServeError> =>
  Layer.scoped(
    ReplayServer,
    Effect.flatMap(makeHandler(options), (handler) => FakeNetServerHttp.serveHandler(handler, options))
  )

/**
 * A `ChatAgent` and a `SoPrincipal` talking over loopback HTTP to a
 * replaying server, with its address: {@link layer} with a socket between.
 * The agents are `layerNode` (undici) unless `chatAgent`/`soPrincipal`
 * name others.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerServer = (
  options: ServeOptions & {
    readonly client?: Partial<NetServerConfig.Options> | undefined
    readonly chatAgent?: Layer.Layer<ChatAgent.ChatAgent, never, NetServerConfig.NetServerConfig> | undefined
    readonly soPrincipal?: Layer.Layer<SoPrincipal.SoPrincipal, never, NetServerConfig.NetServerConfig> | undefined
  } = {}
): Layer.Layer<
  ChatAgent.ChatAgent | SoPrincipal.SoPrincipal | ReplayServer,
  FakeNetServerHttp.ServeError | ConfigError.ConfigError
> =>
  Layer.merge(options.chatAgent ?? ChatAgent.layerNode, options.soPrincipal ?? SoPrincipal.layerNode).pipe(
    Layer.provide(
      Layer.unwrapEffect(
        Effect.map(ReplayServer, ({ url }) => NetServerConfig.layer(FakeNetServer.clientOptions(url, options.client)))
      )
    ),
    Layer.provideMerge(serve(options))
  )
