/**
 * Services88 operations: log in and read the installation's system info. Holds
 * `AuthenticateUsernamePassword`, `AuthenticateImplicit`, `AuthenticateGeneric`,
 * `AuthenticateWithAccessToken`, `GetSystemInfo`.
 *
 * @since 0.2.0
 */
// Generated, do not edit: run `pnpm generate` in packages/core (scripts/generate) to regenerate
// from wsdl/Services88-Chat.wsdl and wsdl/Services88-SoPrincipal.wsdl.
import * as Schema from "effect/Schema"
import * as b from "../../internal/binding.js"
import * as Operation from "../../Operation.js"
import * as Xsd from "../../Xsd.js"
import * as NetServerHeadersBinding from "../internal/NetServerHeaders.js"
import * as SoPrincipalBinding from "../internal/SoPrincipal.js"
import * as SystemInfoBinding from "../internal/SystemInfo.js"
import * as NetServerHeaders from "../NetServerHeaders.js"
import * as SoPrincipal from "../SoPrincipal.js"
import * as SystemInfo from "../SystemInfo.js"

/**
 * The request body of `AuthenticateUsernamePassword` (element `AuthenticateUsernamePassword`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateUsernamePasswordRequest = Schema.Struct({
  /** `UserName` (xs:string, nillable). */
  userName: Schema.NullOr(Xsd.XmlString),
  /** `Password` (xs:string, a secret: Redacted, nillable). */
  password: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))
})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateUsernamePasswordRequest = Schema.Schema.Type<typeof AuthenticateUsernamePasswordRequest>

/**
 * The response body of `AuthenticateUsernamePassword` (element `AuthenticateResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateUsernamePasswordResponse = Schema.Struct({
  /** `Response` (`SoPrincipalCarrier`, nillable). */
  response: Schema.NullOr(SoPrincipal.SoPrincipalCarrier),
  /** `Credentials` (`SoCredentials`, nillable). */
  credentials: Schema.NullOr(NetServerHeaders.SoCredentials),
  /** `AuthenticationSucceeded` (xs:boolean). */
  authenticationSucceeded: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateUsernamePasswordResponse = Schema.Schema.Type<typeof AuthenticateUsernamePasswordResponse>

/**
 * `AuthenticateUsernamePassword` on `Remote/Services88/SoPrincipal.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateUsernamePassword`.
 * Header blocks in (the only ones sent): ApplicationToken; out: ExceptionInfo, ExtraInfo, Succeeded,
 * TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const AuthenticateUsernamePassword: Operation.Operation<
  AuthenticateUsernamePasswordRequest,
  AuthenticateUsernamePasswordResponse
> = Operation.make({
  service: "SoPrincipal",
  name: "AuthenticateUsernamePassword",
  responseElement: "AuthenticateResponse",
  Request: AuthenticateUsernamePasswordRequest,
  Response: AuthenticateUsernamePasswordResponse,
  requestHeaders: ["ApplicationToken"],
  request: b.complex(() => [
    ["userName", "UserName", b.nillable(b.string)],
    ["password", "Password", b.nillable(b.redactedString)]
  ], (props): AuthenticateUsernamePasswordRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(SoPrincipalBinding.soPrincipalCarrier)],
    ["credentials", "Credentials", b.nillable(NetServerHeadersBinding.soCredentials)],
    ["authenticationSucceeded", "AuthenticationSucceeded", b.boolean]
  ], (props): AuthenticateUsernamePasswordResponse => props)
})

/**
 * The request body of `AuthenticateImplicit` (element `AuthenticateImplicit`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateImplicitRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateImplicitRequest = Schema.Schema.Type<typeof AuthenticateImplicitRequest>

/**
 * The response body of `AuthenticateImplicit` (element `AuthenticateResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateImplicitResponse = Schema.Struct({
  /** `Response` (`SoPrincipalCarrier`, nillable). */
  response: Schema.NullOr(SoPrincipal.SoPrincipalCarrier),
  /** `Credentials` (`SoCredentials`, nillable). */
  credentials: Schema.NullOr(NetServerHeaders.SoCredentials),
  /** `AuthenticationSucceeded` (xs:boolean). */
  authenticationSucceeded: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateImplicitResponse = Schema.Schema.Type<typeof AuthenticateImplicitResponse>

/**
 * `AuthenticateImplicit` on `Remote/Services88/SoPrincipal.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateImplicit`. Header
 * blocks in (the only ones sent): ApplicationToken; out: ExceptionInfo, ExtraInfo, Succeeded,
 * TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const AuthenticateImplicit: Operation.Operation<AuthenticateImplicitRequest, AuthenticateImplicitResponse> =
  Operation.make({
    service: "SoPrincipal",
    name: "AuthenticateImplicit",
    responseElement: "AuthenticateResponse",
    Request: AuthenticateImplicitRequest,
    Response: AuthenticateImplicitResponse,
    requestHeaders: ["ApplicationToken"],
    request: b.complex(() => [], (props): AuthenticateImplicitRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(SoPrincipalBinding.soPrincipalCarrier)],
      ["credentials", "Credentials", b.nillable(NetServerHeadersBinding.soCredentials)],
      ["authenticationSucceeded", "AuthenticationSucceeded", b.boolean]
    ], (props): AuthenticateImplicitResponse => props)
  })

/**
 * The request body of `AuthenticateGeneric` (element `AuthenticateGeneric`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateGenericRequest = Schema.Struct({
  /** `AuthenticationData` (`AuthenticationGenericData`, nillable). */
  authenticationData: Schema.NullOr(SoPrincipal.AuthenticationGenericData)
})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateGenericRequest = Schema.Schema.Type<typeof AuthenticateGenericRequest>

/**
 * The response body of `AuthenticateGeneric` (element `AuthenticateResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateGenericResponse = Schema.Struct({
  /** `Response` (`SoPrincipalCarrier`, nillable). */
  response: Schema.NullOr(SoPrincipal.SoPrincipalCarrier),
  /** `Credentials` (`SoCredentials`, nillable). */
  credentials: Schema.NullOr(NetServerHeaders.SoCredentials),
  /** `AuthenticationSucceeded` (xs:boolean). */
  authenticationSucceeded: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateGenericResponse = Schema.Schema.Type<typeof AuthenticateGenericResponse>

/**
 * `AuthenticateGeneric` on `Remote/Services88/SoPrincipal.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateGeneric`. Header
 * blocks in (the only ones sent): ApplicationToken; out: ExceptionInfo, ExtraInfo, Succeeded,
 * TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const AuthenticateGeneric: Operation.Operation<AuthenticateGenericRequest, AuthenticateGenericResponse> =
  Operation.make({
    service: "SoPrincipal",
    name: "AuthenticateGeneric",
    responseElement: "AuthenticateResponse",
    Request: AuthenticateGenericRequest,
    Response: AuthenticateGenericResponse,
    requestHeaders: ["ApplicationToken"],
    request: b.complex(() => [
      ["authenticationData", "AuthenticationData", b.nillable(SoPrincipalBinding.authenticationGenericData)]
    ], (props): AuthenticateGenericRequest => props),
    response: b.complex(() => [
      ["response", "Response", b.nillable(SoPrincipalBinding.soPrincipalCarrier)],
      ["credentials", "Credentials", b.nillable(NetServerHeadersBinding.soCredentials)],
      ["authenticationSucceeded", "AuthenticationSucceeded", b.boolean]
    ], (props): AuthenticateGenericResponse => props)
  })

/**
 * The request body of `AuthenticateWithAccessToken` (element `AuthenticateWithAccessToken`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateWithAccessTokenRequest = Schema.Struct({
  /** `AccessToken` (xs:string, a secret: Redacted, nillable). */
  accessToken: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))
})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateWithAccessTokenRequest = Schema.Schema.Type<typeof AuthenticateWithAccessTokenRequest>

/**
 * The response body of `AuthenticateWithAccessToken` (element `AuthenticateResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const AuthenticateWithAccessTokenResponse = Schema.Struct({
  /** `Response` (`SoPrincipalCarrier`, nillable). */
  response: Schema.NullOr(SoPrincipal.SoPrincipalCarrier),
  /** `Credentials` (`SoCredentials`, nillable). */
  credentials: Schema.NullOr(NetServerHeaders.SoCredentials),
  /** `AuthenticationSucceeded` (xs:boolean). */
  authenticationSucceeded: Schema.Boolean
})

/**
 * @since 0.2.0
 * @category models
 */
export type AuthenticateWithAccessTokenResponse = Schema.Schema.Type<typeof AuthenticateWithAccessTokenResponse>

/**
 * `AuthenticateWithAccessToken` on `Remote/Services88/SoPrincipal.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateWithAccessToken`.
 * Header blocks in (the only ones sent): ApplicationToken; out: ExceptionInfo, ExtraInfo, Succeeded,
 * TimeZone. Changes state: retried only when it provably was not sent.
 *
 * @since 0.2.0
 * @category operations
 */
export const AuthenticateWithAccessToken: Operation.Operation<
  AuthenticateWithAccessTokenRequest,
  AuthenticateWithAccessTokenResponse
> = Operation.make({
  service: "SoPrincipal",
  name: "AuthenticateWithAccessToken",
  responseElement: "AuthenticateResponse",
  Request: AuthenticateWithAccessTokenRequest,
  Response: AuthenticateWithAccessTokenResponse,
  requestHeaders: ["ApplicationToken"],
  request: b.complex(() => [
    ["accessToken", "AccessToken", b.nillable(b.redactedString)]
  ], (props): AuthenticateWithAccessTokenRequest => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(SoPrincipalBinding.soPrincipalCarrier)],
    ["credentials", "Credentials", b.nillable(NetServerHeadersBinding.soCredentials)],
    ["authenticationSucceeded", "AuthenticationSucceeded", b.boolean]
  ], (props): AuthenticateWithAccessTokenResponse => props)
})

/**
 * The request body of `GetSystemInfo` (element `GetSystemInfo`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetSystemInfoRequest = Schema.Struct({})

/**
 * @since 0.2.0
 * @category models
 */
export type GetSystemInfoRequest = Schema.Schema.Type<typeof GetSystemInfoRequest>

/**
 * The response body of `GetSystemInfo` (element `GetSystemInfoResponse`).
 *
 * @since 0.2.0
 * @category schemas
 */
export const GetSystemInfoResponse = Schema.Struct({
  /** `SystemInfo` (`SoSystemInfoCarrier`, nillable). */
  systemInfo: Schema.NullOr(SystemInfo.SoSystemInfoCarrier)
})

/**
 * @since 0.2.0
 * @category models
 */
export type GetSystemInfoResponse = Schema.Schema.Type<typeof GetSystemInfoResponse>

/**
 * `GetSystemInfo` on `Remote/Services88/SoPrincipal.svc`, SOAPAction
 * `http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/GetSystemInfo`. Header blocks in
 * (the only ones sent): ApplicationToken; out: ExceptionInfo, ExtraInfo, Succeeded, TimeZone. Safe to
 * retry after an unknown outcome: it only reads.
 *
 * @since 0.2.0
 * @category operations
 */
export const GetSystemInfo: Operation.Operation<GetSystemInfoRequest, GetSystemInfoResponse> = Operation.make({
  service: "SoPrincipal",
  name: "GetSystemInfo",
  Request: GetSystemInfoRequest,
  Response: GetSystemInfoResponse,
  safeToRetry: true,
  requestHeaders: ["ApplicationToken"],
  request: b.complex(() => [], (props): GetSystemInfoRequest => props),
  response: b.complex(() => [
    ["systemInfo", "SystemInfo", b.nillable(SystemInfoBinding.soSystemInfoCarrier)]
  ], (props): GetSystemInfoResponse => props)
})
