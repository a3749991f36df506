/**
 * The `SoPrincipal` service (`Remote/Services88/SoPrincipal.svc`) as methods, one per operation in the
 * WSDL's order, as SuperOffice's own agents have them.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import type * as Effect from "effect/Effect"
import type * as Operation from "../../Operation.js"
import type * as SoPrincipal from "../operations/SoPrincipal.js"

/**
 * The methods of `SoPrincipal`, each failing with `E` (the client's error).
 *
 * @since 0.2.0
 * @category models
 */
export interface Methods<E> {
  /**
   * `GetSystemInfo` on `Remote/Services88/SoPrincipal.svc`. Safe to retry after an unknown outcome: it
   * only reads.
   */
  readonly getSystemInfo: () => Effect.Effect<SoPrincipal.GetSystemInfoResponse["systemInfo"], E>
  /**
   * `AuthenticateImplicit` on `Remote/Services88/SoPrincipal.svc`. Changes state: retried only when it
   * provably was not sent.
   */
  readonly authenticateImplicit: () => Effect.Effect<SoPrincipal.AuthenticateImplicitResponse, E>
  /**
   * `AuthenticateUsernamePassword` on `Remote/Services88/SoPrincipal.svc`. Changes state: retried only
   * when it provably was not sent.
   *
   * @param userName - `UserName`
   * @param password - `Password`
   */
  readonly authenticateUsernamePassword: (
    userName: SoPrincipal.AuthenticateUsernamePasswordRequest["userName"],
    password: SoPrincipal.AuthenticateUsernamePasswordRequest["password"]
  ) => Effect.Effect<SoPrincipal.AuthenticateUsernamePasswordResponse, E>
  /**
   * `AuthenticateGeneric` on `Remote/Services88/SoPrincipal.svc`. Changes state: retried only when it
   * provably was not sent.
   *
   * @param authenticationData - `AuthenticationData`
   */
  readonly authenticateGeneric: (
    authenticationData: SoPrincipal.AuthenticateGenericRequest["authenticationData"]
  ) => Effect.Effect<SoPrincipal.AuthenticateGenericResponse, E>
  /**
   * `AuthenticateWithAccessToken` on `Remote/Services88/SoPrincipal.svc`. Changes state: retried only
   * when it provably was not sent.
   *
   * @param accessToken - `AccessToken`
   */
  readonly authenticateWithAccessToken: (
    accessToken: SoPrincipal.AuthenticateWithAccessTokenRequest["accessToken"]
  ) => Effect.Effect<SoPrincipal.AuthenticateWithAccessTokenResponse, E>
}

/**
 * The table the methods are made from, in the WSDL's order. Each row loads its operation's module when
 * first asked.
 *
 * @since 0.2.0
 * @category constants
 */
export const methods: ReadonlyArray<Operation.Method> = [
  {
    method: "getSystemInfo",
    service: "SoPrincipal",
    name: "GetSystemInfo",
    safeToRetry: true,
    parameters: [],
    result: { _tag: "Field", field: "systemInfo" },
    operation: () => import("../operations/SoPrincipal.js").then((m) => m.GetSystemInfo)
  },
  {
    method: "authenticateImplicit",
    service: "SoPrincipal",
    name: "AuthenticateImplicit",
    safeToRetry: false,
    parameters: [],
    result: { _tag: "Body" },
    operation: () => import("../operations/SoPrincipal.js").then((m) => m.AuthenticateImplicit)
  },
  {
    method: "authenticateUsernamePassword",
    service: "SoPrincipal",
    name: "AuthenticateUsernamePassword",
    safeToRetry: false,
    parameters: ["userName", "password"],
    result: { _tag: "Body" },
    operation: () => import("../operations/SoPrincipal.js").then((m) => m.AuthenticateUsernamePassword)
  },
  {
    method: "authenticateGeneric",
    service: "SoPrincipal",
    name: "AuthenticateGeneric",
    safeToRetry: false,
    parameters: ["authenticationData"],
    result: { _tag: "Body" },
    operation: () => import("../operations/SoPrincipal.js").then((m) => m.AuthenticateGeneric)
  },
  {
    method: "authenticateWithAccessToken",
    service: "SoPrincipal",
    name: "AuthenticateWithAccessToken",
    safeToRetry: false,
    parameters: ["accessToken"],
    result: { _tag: "Body" },
    operation: () => import("../operations/SoPrincipal.js").then((m) => m.AuthenticateWithAccessToken)
  }
]
