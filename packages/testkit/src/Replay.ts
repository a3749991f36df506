/**
 * Replay: an in-memory `HttpClient` that answers with the documented
 * response, or with exchanges you recorded, so a `ChatAgent` runs its whole
 * encode → HTTP framing → decode path without a socket and without a server
 * that checks anything.
 *
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import { AddChatMessage, SoapVersion } from "@so-chat/core"
import { ChatAgent, NetServerConfig } from "@so-chat/transport"
import type * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import * as FakeNetServer from "./FakeNetServer.js"
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

/** The request's SOAP version and action, from its HTTP framing. */
const framing = (request: HttpClientRequest.HttpClientRequest) => {
  const contentType = request.headers["content-type"] ??
    (request.body._tag === "Empty" ? undefined : request.body.contentType) ?? ""
  const version = SoapVersion.fromContentType(contentType) ?? "1.1"
  const action = version === "1.1"
    ? request.headers["soapaction"]?.trim().replace(/^"(.*)"$/, "$1")
    : contentTypeParam(contentType, "action")
  return { version, action: action ?? "" }
}

const matches = (exchange: Exchange, action: string) =>
  exchange.action === action || action.endsWith(`/${exchange.action}`)

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
export const makeHttpClient = (options: Options = {}): Effect.Effect<HttpClient.HttpClient> => {
  const exchanges = options.exchanges ?? []
  // The indices of the exchanges answered so far: a Ref, as calls may run concurrently.
  return Effect.map(
    Ref.make<ReadonlySet<number>>(new Set()),
    (used) =>
      HttpClient.make((request) =>
        Effect.gen(function*() {
          const { action, version } = framing(request)
          const contentType = `${SoapVersion.mediaType[version]}; charset=utf-8`
          const documented = documentedOperation(action)
          const recorded = exchanges.flatMap((e, i) => (matches(e, action) ? [i] : []))
          let answer: { status: number; contentType: string; body: string | Uint8Array }
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
            answer = { status: next.status ?? 200, contentType: next.contentType ?? contentType, body: next.body }
          } else if (documented !== undefined) {
            answer = { status: 200, contentType, body: documentedResponse(version, documented) }
          } else {
            return yield* Effect.dieMessage(
              `Replay: no answer for the action ${JSON.stringify(action)}; record one in the exchanges option`
            )
          }
          return HttpClientResponse.fromWeb(
            request,
            new Response(
              typeof answer.body === "string" ? answer.body : new Blob([answer.body as Uint8Array<ArrayBuffer>]),
              { status: answer.status, headers: { "content-type": answer.contentType } }
            )
          )
        })
      )
  )
}

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
