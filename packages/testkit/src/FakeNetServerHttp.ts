/**
 * The fake NetServer served over real HTTP on loopback, for clients of any
 * stack or language.
 *
 * @since 0.1.0
 */
import type { ChatMessage } from "@so-chat/core"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Runtime from "effect/Runtime"
import * as Schema from "effect/Schema"
import * as Scope from "effect/Scope"
import * as http from "node:http"
import type * as net from "node:net"
import * as FakeNetServer from "./FakeNetServer.js"
import type * as Installation from "./Installation.js"

/**
 * A running HTTP fake: where it listens.
 *
 * @since 0.1.0
 * @category models
 */
export interface FakeNetServerHttp {
  /** The installation's base URL, e.g. `http://127.0.0.1:40123/Cust12345/`: give it to the client as its URL. */
  readonly url: URL
  /** The Chat service's endpoint, `…/Remote/Services88/Chat.svc`. */
  readonly chatUrl: URL
  readonly port: number
}

/**
 * @since 0.1.0
 * @category tags
 */
export const FakeNetServerHttp: Context.Tag<FakeNetServerHttp, FakeNetServerHttp> = Context.GenericTag<
  FakeNetServerHttp
>("@so-chat/testkit/FakeNetServerHttp")

/**
 * The HTTP server could not listen.
 *
 * @since 0.1.0
 * @category errors
 */
export class ServeError extends Schema.TaggedError<ServeError>("@so-chat/testkit/ServeError")("ServeError", {
  host: Schema.String,
  cause: Schema.Defect
}) {
  override get message(): string {
    return `The fake NetServer could not listen on ${this.host}: ${String((this.cause as any)?.message ?? this.cause)}`
  }
}

/**
 * What {@link layer} and {@link start} accept: the fake's options and where
 * to listen.
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends FakeNetServer.Options {
  /** Default `127.0.0.1`. */
  readonly host?: string | undefined
  /** Default 0: an ephemeral port the system chooses (what tests want). */
  readonly port?: number | undefined
}

/**
 * What {@link serveHandler} serves: anything that answers an HTTP request
 * the way the fake does (the fake itself, or Replay's documented answers).
 *
 * @since 0.1.0
 * @category models
 */
export interface Handler {
  /** Answers one request; a failure or defect is answered 500. */
  readonly handle: (
    request: FakeNetServer.HttpRequest
  ) => Effect.Effect<Omit<FakeNetServer.HttpResponse, "body"> & { readonly body: string | Uint8Array }>
  /** The largest request body read, in bytes. */
  readonly maxRequestBytes: number
  /** The installation's path, e.g. `/Cust12345/`: the served `url` ends with it. */
  readonly basePath: string
}

const EMPTY = new Uint8Array(0)

const concat = (chunks: ReadonlyArray<Buffer>, size: number): Uint8Array =>
  chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)

/**
 * The request listener: reads the body up to the fake's limit and one chunk
 * past it, never more, then lets the fake answer.
 */
const listener = (fake: Handler, runtime: Runtime.Runtime<never>) => {
  const run = Runtime.runCallback(runtime)
  const limit = fake.maxRequestBytes
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const answer = (body: Uint8Array, unread: boolean) =>
      run(fake.handle({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body }), {
        onExit: (exit) => {
          if (res.destroyed) return
          const response = Exit.isSuccess(exit)
            ? exit.value
            : { status: 500, headers: { "content-type": "text/plain" }, body: "the fake NetServer failed" }
          const headers: http.OutgoingHttpHeaders = {
            ...response.headers,
            "content-length": Buffer.byteLength(response.body)
          }
          // Past the limit the rest of the body is never read: say so, and let
          // Node close the connection once the answer is out, discarding what
          // still arrives meanwhile rather than keeping it.
          if (unread) {
            headers["connection"] = "close"
            req.resume()
          }
          res.writeHead(response.status, headers)
          res.end(response.body)
        }
      })
    const declared = Number(req.headers["content-length"])
    if (declared > limit) return answer(EMPTY, true)
    const chunks: Array<Buffer> = []
    let size = 0
    const onData = (chunk: Buffer) => {
      chunks.push(chunk)
      size += chunk.length
      if (size > limit) {
        req.off("data", onData).off("end", onEnd)
        req.pause()
        answer(concat(chunks, size), true)
      }
    }
    const onEnd = () => answer(size === 0 ? EMPTY : concat(chunks, size), false)
    // A client that goes away mid-body is its own business, not a crash here.
    req.on("data", onData).on("end", onEnd).on("error", () => {})
  }
}

const listen = (server: http.Server, host: string, port: number): Effect.Effect<number, ServeError> =>
  Effect.async<number, ServeError>((resume) => {
    const onError = (cause: unknown) => resume(Effect.fail(new ServeError({ host, cause })))
    server.once("error", onError)
    // A deep accept queue: load tests open thousands of connections at once.
    server.listen({ host, port, backlog: 4096 }, () => {
      server.off("error", onError)
      resume(Effect.succeed((server.address() as net.AddressInfo).port))
    })
  })

const close = (server: http.Server): Effect.Effect<void> =>
  Effect.async<void>((resume) => {
    server.close(() => resume(Effect.void))
    server.closeAllConnections()
  })

/**
 * Serves the fake NetServer in the context on `port` (default: an ephemeral
 * one) of `host` (default `127.0.0.1`) until the layer's scope closes. Requests are
 * answered by the fake with the fiber context this layer was built in, so a
 * `TestClock` there sets WhenPosted.
 *
 * @since 0.1.0
 * @category layers
 */
export const serve = (
  options: { readonly host?: string | undefined; readonly port?: number | undefined } = {}
): Layer.Layer<FakeNetServerHttp, ServeError, FakeNetServer.FakeNetServer> =>
  Layer.scoped(FakeNetServerHttp, Effect.flatMap(FakeNetServer.FakeNetServer, (fake) => serveHandler(fake, options)))

/**
 * Serves any {@link Handler} as {@link serve} serves the fake, until the
 * scope closes: the same server, limits and keep-alive.
 *
 * @since 0.1.0
 * @category constructors
 */
export const serveHandler = (
  fake: Handler,
  options: { readonly host?: string | undefined; readonly port?: number | undefined } = {}
): Effect.Effect<FakeNetServerHttp, ServeError, Scope.Scope> =>
  Effect.gen(function*() {
    const host = options.host ?? "127.0.0.1"
    const runtime = yield* Effect.runtime<never>()
    // Idle connections are kept as long as IIS keeps them, longer than any
    // client's keep-alive: a client, not the server, should close an idle one.
    const server = http.createServer({ keepAliveTimeout: 120_000, requestTimeout: 60_000, noDelay: true })
    server.on("request", listener(fake, runtime))
    // Expect: 100-continue with a declared body past the limit is refused
    // before the client sends it.
    server.on("checkContinue", (req, res) => {
      if (Number(req.headers["content-length"]) > fake.maxRequestBytes) server.emit("request", req, res)
      else {
        res.writeContinue()
        server.emit("request", req, res)
      }
    })
    const port = yield* Effect.acquireRelease(listen(server, host, options.port ?? 0), () => close(server))
    const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`
    const url = new URL(fake.basePath, origin)
    return { url, chatUrl: new URL("Remote/Services88/Chat.svc", url), port }
  })

/**
 * A fresh fake NetServer served over HTTP on loopback until the scope closes.
 *
 * @example
 * import { FakeNetServerHttp } from "@so-chat/testkit"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function*() {
 *   const { url } = yield* FakeNetServerHttp.FakeNetServerHttp
 *   // point any SOAP client at url
 * }).pipe(Effect.provide(FakeNetServerHttp.layer()), Effect.scoped)
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<FakeNetServerHttp | FakeNetServer.FakeNetServer, FakeNetServer.InvalidOptions | ServeError> =>
  serve(options).pipe(Layer.provideMerge(FakeNetServer.layer(options)))

/**
 * The client configuration for the HTTP fake in the context: its URL, the
 * documented ticket and application token, SOAP 1.1, with `client` laid
 * over it.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  client: Partial<NetServerConfig.Options> = {}
): Layer.Layer<NetServerConfig.NetServerConfig, ConfigError.ConfigError, FakeNetServerHttp> =>
  Layer.unwrapEffect(
    Effect.map(FakeNetServerHttp, ({ url }) => NetServerConfig.layer(FakeNetServer.clientOptions(url, client)))
  )

/**
 * A `ChatAgent` talking over loopback HTTP to a fresh fake NetServer, with
 * the fake and its address. The agent is `ChatAgent.layerNode` unless
 * `agent` names another (`ChatAgent.layerFetch`, or your own on
 * `ChatAgent.layerHttpClient`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerChatAgent = (
  options: Options & {
    readonly client?: Partial<NetServerConfig.Options> | undefined
    readonly agent?: Layer.Layer<ChatAgent.ChatAgent, never, NetServerConfig.NetServerConfig> | undefined
  } = {}
): Layer.Layer<
  ChatAgent.ChatAgent | FakeNetServerHttp | FakeNetServer.FakeNetServer,
  FakeNetServer.InvalidOptions | ServeError | ConfigError.ConfigError
> =>
  (options.agent ?? ChatAgent.layerNode).pipe(
    Layer.provide(layerConfig(options.client)),
    Layer.provideMerge(layer(options))
  )

/**
 * A fake NetServer started by {@link start}, for tests outside Effect.
 *
 * @since 0.1.0
 * @category models
 */
export interface Running {
  /** The installation's base URL, e.g. `http://127.0.0.1:40123/Cust12345/`. */
  readonly url: string
  /** The Chat endpoint, `…/Remote/Services88/Chat.svc`. */
  readonly chatUrl: string
  readonly port: number
  /** The requests received, oldest first. */
  readonly requests: () => Promise<ReadonlyArray<FakeNetServer.ReceivedRequest>>
  /** The messages posted to a chat session, oldest first. */
  readonly messages: (chatSessionId: number) => Promise<ReadonlyArray<ChatMessage.ChatMessage>>
  /** Every chat session, with its transitions and messages (see `FakeNetServer.sessions`). */
  readonly sessions: () => Promise<ReadonlyArray<Installation.SessionRecord>>
  /** The fake itself, for everything else it can tell. */
  readonly fake: FakeNetServer.FakeNetServer
  /** Forgets requests and messages; ids keep counting. */
  readonly clear: () => Promise<void>
  /** Stops listening and closes every connection. */
  readonly close: () => Promise<void>
}

/**
 * Starts a fake NetServer on loopback, for tests that do not use Effect (or
 * drive it from another language). Close it when done.
 *
 * @example
 * import { FakeNetServerHttp } from "@so-chat/testkit"
 *
 * const server = await FakeNetServerHttp.start({ chatSessionIds: [7] })
 * try {
 *   // POST SOAP to server.chatUrl
 * } finally {
 *   await server.close()
 * }
 *
 * @since 0.1.0
 * @category constructors
 */
export const start = async (options: Options = {}): Promise<Running> => {
  const scope = Effect.runSync(Scope.make())
  const exit = await Effect.runPromiseExit(Layer.buildWithScope(layer(options), scope))
  if (Exit.isFailure(exit)) {
    await Effect.runPromise(Scope.close(scope, exit))
    return Effect.runPromise(Effect.failCause(exit.cause))
  }
  const served = Context.get(exit.value, FakeNetServerHttp)
  const fake = Context.get(exit.value, FakeNetServer.FakeNetServer)
  return {
    url: served.url.href,
    chatUrl: served.chatUrl.href,
    port: served.port,
    requests: () => Effect.runPromise(fake.requests),
    messages: (chatSessionId) => Effect.runPromise(fake.messages(chatSessionId)),
    sessions: () => Effect.runPromise(fake.sessions),
    fake,
    clear: () => Effect.runPromise(fake.clear),
    close: () => Effect.runPromise(Scope.close(scope, Exit.void))
  }
}

/**
 * Another `ChatAgent` over loopback HTTP to the HTTP fake in the context,
 * configured by `client` (typically another user's ticket), so several
 * users work on one installation. `ChatAgent.layerNode` unless `agent`
 * names another.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerChatAgentFor = (
  client: Partial<NetServerConfig.Options>,
  agent: Layer.Layer<ChatAgent.ChatAgent, never, NetServerConfig.NetServerConfig> = ChatAgent.layerNode
): Layer.Layer<ChatAgent.ChatAgent, ConfigError.ConfigError, FakeNetServerHttp> =>
  agent.pipe(Layer.provide(layerConfig(client)))
