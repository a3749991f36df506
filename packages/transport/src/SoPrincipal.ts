/**
 * `SoPrincipal`: every operation of `SoPrincipal.svc` as a method (the four
 * logins and `GetSystemInfo`), and `authenticate`: log in with a user name
 * and password, and get a ticket and who it belongs to.
 *
 * (Not to be confused with `@so-chat/core`'s `SoPrincipal` module, which
 * holds the `SoPrincipalCarrier` model this service returns.)
 *
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import type { Operation, SoPrincipal as CoreSoPrincipal } from "@so-chat/core"
import { AuthenticateUsernamePassword, CodecError } from "@so-chat/core"
import * as SoPrincipalService from "@so-chat/core/generated/services/SoPrincipal"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type { ChatAgentError } from "./ChatAgentError.js"
import { LoginFailed, UndecodableResponse } from "./ChatAgentError.js"
import { makeCall, Refusal } from "./internal/call.js"
import type { Invoke } from "./internal/methods.js"
import { makeMethods } from "./internal/methods.js"
import { nodeHttpClient } from "./internal/nodeHttpClient.js"
import { displayUrl, endpointFor, NetServerConfig } from "./NetServerConfig.js"
import * as NodeSoapTransport from "./NodeSoapTransport.js"
import * as SoapTransport from "./SoapTransport.js"

export {
  /**
   * The user name or password is wrong (the same class as
   * `ChatAgentError.LoginFailed`).
   *
   * @since 0.1.0
   * @category errors
   */
  LoginFailed
} from "./ChatAgentError.js"

/**
 * A successful login: the ticket to send as `Credentials/Ticket` (always
 * `Redacted`) and the principal's identity fields (associate, names, ids).
 *
 * @since 0.1.0
 * @category models
 */
export interface Authenticated {
  readonly ticket: Redacted.Redacted<string>
  readonly principal: CoreSoPrincipal.SoPrincipalCarrier
}

/**
 * The SoPrincipal service: `authenticate` calls
 * `AuthenticateUsernamePassword` on `…/Remote/Services88/SoPrincipal.svc`
 * (next to the configured `Chat.svc`), with the application token and no
 * ticket.
 *
 * @example
 * import { NetServerConfig, SoPrincipal } from "@so-chat/transport"
 * import { Effect, Layer, Redacted } from "effect"
 *
 * const login = Effect.gen(function*() {
 *   const principal = yield* SoPrincipal.SoPrincipal
 *   const { principal: who } = yield* principal.authenticate("ada", Redacted.make("lovelace"))
 *   yield* Effect.log(`logged in as ${who.fullName}`)
 * }).pipe(Effect.provide(SoPrincipal.layerNode.pipe(Layer.provide(NetServerConfig.layerConfig()))))
 *
 * @since 0.1.0
 * @category tags
 */
export class SoPrincipal extends Context.Tag("@so-chat/transport/SoPrincipal")<SoPrincipal, Service>() {}

/**
 * What the service offers: one method per `SoPrincipal.svc` operation (the
 * generated `SoPrincipalService.Methods`: `authenticateUsernamePassword`,
 * `authenticateWithAccessToken`, `getSystemInfo`, …, each giving the WSDL's
 * response), `authenticate` (a login checked and flattened to a ticket and a
 * principal) and `call` for any operation given as a value. None sends a
 * ticket; the secrets a request carries are kept out of every error.
 *
 * @since 0.2.0
 * @category models
 */
export interface Service extends SoPrincipalService.Methods<ChatAgentError> {
  /**
   * Logs in. Fails with `LoginFailed` when NetServer says the user name or
   * password is wrong; with a `ChatAgentError` when the call itself fails.
   * The password is sent once, in the envelope, and shown nowhere.
   */
  readonly authenticate: (
    userName: string,
    password: Redacted.Redacted<string>
  ) => Effect.Effect<Authenticated, LoginFailed | ChatAgentError>
  /** Calls any operation with its request body, with no ticket, and gives its response body. */
  readonly call: <Req, Res>(
    operation: Operation.Operation<Req, Res>,
    request: Req
  ) => Effect.Effect<Res, ChatAgentError>
}

/** The secrets in a request body (a password, an access token, generic authentication data). */
const secretsIn = (value: unknown, found: Array<Redacted.Redacted<string>> = []): Array<Redacted.Redacted<string>> => {
  if (Redacted.isRedacted(value)) {
    if (typeof Redacted.value(value) === "string") found.push(value as Redacted.Redacted<string>)
  } else if (Array.isArray(value)) {
    for (const item of value) secretsIn(item, found)
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) secretsIn(item, found)
  }
  return found
}

/**
 * Builds the service from the configuration and a transport.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<SoPrincipal["Type"], never, NetServerConfig | SoapTransport.SoapTransport> = Effect
  .gen(function*() {
    const settings = yield* NetServerConfig
    const call = makeCall(settings, yield* SoapTransport.SoapTransport)
    const operation = AuthenticateUsernamePassword.operation
    const url = displayUrl(endpointFor(settings, operation))
    // No SoPrincipal operation takes a ticket: a login makes one.
    const invoke: Invoke = (op, request) => {
      const secrets = secretsIn(request)
      return call(op, request, (body) => body, undefined, { ticket: null, secrets })
    }
    return SoPrincipal.of({
      ...makeMethods<SoPrincipalService.Methods<ChatAgentError>>(SoPrincipalService.methods, invoke),
      call: invoke as Service["call"],
      authenticate: (userName, password) =>
        call(
          operation,
          { userName, password },
          // Decided inside the call, so that its span ends with the login's outcome.
          (body): Authenticated | Refusal => {
            if (!body.authenticationSucceeded) return new Refusal(new LoginFailed({ userName, url }))
            const ticket = body.credentials?.ticket ?? null
            if (ticket === null || body.response === null || Redacted.value(ticket) === "") {
              return new Refusal(
                new UndecodableResponse({
                  operation: { name: operation.name, safeToRetry: operation.safeToRetry },
                  reason: "MissingResult",
                  url,
                  status: 200,
                  contentType: null,
                  detail: `AuthenticationSucceeded is true but the answer holds no ${
                    ticket === null || Redacted.value(ticket) === "" ? "ticket" : "principal"
                  }`,
                  excerpt: ""
                })
              )
            }
            return { ticket, principal: body.response }
          },
          undefined,
          { ticket: null, secrets: [password] }
        ).pipe(
          Effect.catchTag("UnencodableValue", (e) =>
            // The only value that can fail to encode is the user name or the
            // password; say which without showing it.
            Effect.fail(
              new CodecError.UnencodableValue({
                path: e.path,
                detail: e.path.endsWith("/Password")
                  ? "the password holds a character XML cannot carry"
                  : e.detail
              })
            ))
        )
    })
  })

/**
 * The service on whatever `SoapTransport` is provided.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<SoPrincipal, never, NetServerConfig | SoapTransport.SoapTransport> = Layer.effect(
  SoPrincipal,
  make
)

/**
 * The service on the `HttpClient` the application provides.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerHttpClient: Layer.Layer<SoPrincipal, never, NetServerConfig | HttpClient.HttpClient> = Layer
  .provide(layer, SoapTransport.layerHttpClient)

/**
 * The service on Node's throughput transport (`NodeSoapTransport`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNode: Layer.Layer<SoPrincipal, never, NetServerConfig> = Layer.provide(
  layer,
  NodeSoapTransport.layer
)

/**
 * The service on `@effect/platform-node`'s undici `HttpClient`.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerNodeHttpClient: Layer.Layer<SoPrincipal, never, NetServerConfig> = Layer.provide(
  layerHttpClient,
  nodeHttpClient("SoPrincipal.layerNodeHttpClient")
)

/**
 * The service on `fetch` (`FetchHttpClient`).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerFetch: Layer.Layer<SoPrincipal, never, NetServerConfig> = Layer.provide(
  layerHttpClient,
  FetchHttpClient.layer
)
