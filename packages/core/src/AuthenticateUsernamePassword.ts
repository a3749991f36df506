/**
 * SoPrincipal's `AuthenticateUsernamePassword`: log in, get a ticket. The
 * operation is generated from the WSDL (`generated/operations/SoPrincipal.ts`);
 * this module gives it its public names.
 *
 * @since 0.1.0
 */
import * as Generated from "./generated/operations/SoPrincipal.js"
import type * as Operation from "./Operation.js"

/**
 * The request body. The password is `Redacted`; it is unwrapped only where
 * the envelope is written.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Generated.AuthenticateUsernamePasswordRequest

/**
 * @since 0.1.0
 * @category models
 */
export type Request = Generated.AuthenticateUsernamePasswordRequest

/**
 * The response body (`AuthenticateResponse`), as the WSDL has it: who logged
 * in (`response`), the `credentials` with the ticket (`Redacted`), and
 * whether authentication succeeded. (Before 0.2.0 the ticket was lifted to
 * a `ticket` field; see decision 22.)
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Generated.AuthenticateUsernamePasswordResponse

/**
 * @since 0.1.0
 * @category models
 */
export type Response = Generated.AuthenticateUsernamePasswordResponse

/**
 * `AuthenticateUsernamePassword` on `Remote/Services88/SoPrincipal.svc`; the
 * response element is `AuthenticateResponse`, as in the WSDL. Sends only the
 * `ApplicationToken` header block.
 *
 * @since 0.1.0
 * @category operations
 */
export const operation: Operation.Operation<Request, Response> = Generated.AuthenticateUsernamePassword
