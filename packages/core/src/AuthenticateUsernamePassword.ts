/**
 * SoPrincipal's `AuthenticateUsernamePassword`: log in, get a ticket.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as b from "./internal/binding.js"
import { soPrincipalCarrier } from "./internal/contracts.js"
import * as Operation from "./Operation.js"
import { SoPrincipalCarrier } from "./SoPrincipal.js"
import * as Xsd from "./Xsd.js"

/**
 * The request body. The password is `Redacted`; it is unwrapped only where
 * the envelope is written.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  userName: Schema.NullOr(Xsd.XmlString),
  password: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString))
})

/**
 * @since 0.1.0
 * @category models
 */
export type Request = Schema.Schema.Type<typeof Request>

/**
 * The response body (`AuthenticateResponse`): who logged in, the ticket, and
 * whether authentication succeeded. The ticket is `Redacted`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  response: Schema.NullOr(SoPrincipalCarrier),
  ticket: Schema.NullOr(Schema.RedactedFromSelf(Xsd.XmlString)),
  authenticationSucceeded: Schema.Boolean
})

/**
 * @since 0.1.0
 * @category models
 */
export type Response = Schema.Schema.Type<typeof Response>

const credentials = b.complex(
  () => [["ticket", "Ticket", b.nillable(b.redactedString)]],
  (props: { readonly ticket: Response["ticket"] }) => props
)

/**
 * `AuthenticateUsernamePassword` on `Remote/Services88/SoPrincipal.svc`; the
 * response element is `AuthenticateResponse`, as in the WSDL.
 *
 * @since 0.1.0
 * @category operations
 */
export const operation: Operation.Operation<Request, Response> = Operation.make({
  service: "SoPrincipal",
  name: "AuthenticateUsernamePassword",
  responseElement: "AuthenticateResponse",
  requestHeaders: ["ApplicationToken"],
  Request,
  Response,
  request: b.complex(() => [
    ["userName", "UserName", b.nillable(b.string)],
    ["password", "Password", b.nillable(b.redactedString)]
  ], (props): Request => props),
  response: b.complex(() => [
    ["response", "Response", b.nillable(soPrincipalCarrier)],
    ["credentials", "Credentials", b.nillable(credentials)],
    ["authenticationSucceeded", "AuthenticationSucceeded", b.boolean]
  ], (props): Response => ({
    response: props.response,
    ticket: props.credentials?.ticket ?? null,
    authenticationSucceeded: props.authenticationSucceeded
  }), (value) => ({
    response: value.response,
    credentials: value.ticket === null ? null : { ticket: value.ticket },
    authenticationSucceeded: value.authenticationSucceeded
  }))
})
