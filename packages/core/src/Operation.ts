/**
 * A SOAP operation of a NetServer service, described once so that encoding,
 * decoding, HTTP framing and the fake server share its names and URIs.
 *
 * @since 0.1.0
 */
import type * as Schema from "effect/Schema"
import type { Codec, Tag } from "./internal/binding.js"
import { SERVICES88, tag } from "./internal/binding.js"

/**
 * @since 0.1.0
 * @category type ids
 */
export const TypeId: unique symbol = Symbol.for("@so-chat/core/Operation")

/**
 * @since 0.1.0
 * @category type ids
 */
export type TypeId = typeof TypeId

/**
 * An operation: where it lives, what it is called on the wire, and the
 * schemas of its request and response bodies.
 *
 * @since 0.1.0
 * @category models
 */
export interface Operation<Request, Response> {
  /** How bodies are written and read; not part of the public API. */
  readonly [TypeId]: {
    readonly request: Codec<Request>
    readonly response: Codec<Response>
    /** The body elements' tags, declaring the Services88 namespace as the default one. */
    readonly requestTag: Tag
    readonly responseTag: Tag
  }
  /** The service, e.g. `Chat`. */
  readonly service: string
  /** The operation, e.g. `AddChatMessage`. */
  readonly name: string
  /** The namespace of the body elements and header blocks. */
  readonly namespace: string
  /** The SOAPAction URI (SOAP 1.1 header, SOAP 1.2 `action` parameter). */
  readonly soapAction: string
  /** The request body element, e.g. `AddChatMessage`. */
  readonly requestElement: string
  /** The response body element, e.g. `AddChatMessageResponse`. */
  readonly responseElement: string
  /** The endpoint path under an installation's base URL, e.g. `Remote/Services88/Chat.svc`. */
  readonly endpointPath: string
  /** The request body's schema. */
  readonly Request: Schema.Schema<Request, any>
  /** The response body's schema. */
  readonly Response: Schema.Schema<Response, any>
  /**
   * Whether the operation only reads (`Get*`, `*ForUser`,
   * `IsWithinOpeningHours`, `CreateDefault*`), so that sending it again after
   * an unknown outcome (a timeout, a lost connection) cannot change anything
   * twice. An operation that changes state is `false`: it is retried only
   * when it provably was not sent.
   *
   * @since 0.2.0
   */
  readonly safeToRetry: boolean
  /**
   * The header blocks the request declares, as the WSDL's binding lists them
   * for the operation's input (`soap:header` parts): every Chat operation
   * takes `ApplicationToken`, `Credentials` and `TimeZone`, every SoPrincipal
   * operation only `ApplicationToken`. `Envelope.encodeRequest` writes only
   * these, whatever else it is given.
   *
   * @since 0.2.0
   */
  readonly requestHeaders: ReadonlyArray<RequestHeader>
}

/**
 * A header block a request can carry: the application token, the
 * `Credentials` block with the ticket, the `TimeZone` block.
 *
 * @since 0.2.0
 * @category models
 */
export type RequestHeader = "ApplicationToken" | "Credentials" | "TimeZone"

/**
 * Every request header block, in the order NetServer's WSDLs list them: what
 * {@link make} declares when it is not told otherwise.
 *
 * @since 0.2.0
 * @category constants
 */
export const allRequestHeaders: ReadonlyArray<RequestHeader> = ["ApplicationToken", "Credentials", "TimeZone"]

/**
 * @since 0.1.0
 */
export declare namespace Operation {
  /**
   * @since 0.1.0
   */
  export type Any = Operation<any, any>
  /**
   * @since 0.1.0
   */
  export type Request<O> = O extends Operation<infer R, any> ? R : never
  /**
   * @since 0.1.0
   */
  export type Response<O> = O extends Operation<any, infer R> ? R : never
}

/**
 * Describes a Services88 operation. The SOAPAction and element names follow
 * the WSDL's conventions: `{namespace}/{service}/{name}`, `{name}`,
 * `{name}Response` unless `responseElement` says otherwise.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <Request, Response>(options: {
  readonly service: string
  readonly name: string
  readonly Request: Schema.Schema<Request, any>
  readonly Response: Schema.Schema<Response, any>
  readonly request: Codec<Request>
  readonly response: Codec<Response>
  /** When the WSDL names the response element otherwise (SoPrincipal's `AuthenticateResponse`). */
  readonly responseElement?: string
  /** Whether it only reads (see {@link Operation.safeToRetry}); default `false`. */
  readonly safeToRetry?: boolean
  /** The header blocks the request declares (see {@link Operation.requestHeaders}); default all three. */
  readonly requestHeaders?: ReadonlyArray<RequestHeader>
}): Operation<Request, Response> => {
  const responseElement = options.responseElement ?? `${options.name}Response`
  const xmlns = ` xmlns="${SERVICES88}"`
  return {
    [TypeId]: {
      request: options.request,
      response: options.response,
      requestTag: tag(options.name, xmlns),
      responseTag: tag(responseElement, xmlns)
    },
    service: options.service,
    name: options.name,
    namespace: SERVICES88,
    soapAction: `${SERVICES88}/${options.service}/${options.name}`,
    requestElement: options.name,
    responseElement,
    endpointPath: `Remote/Services88/${options.service}.svc`,
    Request: options.Request,
    Response: options.Response,
    safeToRetry: options.safeToRetry ?? false,
    requestHeaders: options.requestHeaders ?? allRequestHeaders
  }
}

/**
 * An operation as a method of a service client, as SuperOffice's own agents
 * (`IChatAgent`, `ISoPrincipalAgent`) have it: the method's name (the
 * operation's, camelCase), the request fields in the WSDL's order as its
 * parameters, and what it returns: the response body's only field, nothing
 * for an empty body, or the whole body when it has several fields.
 *
 * `operation` loads the operation's module on first use: a program that
 * calls one operation loads only the contracts that one uses.
 *
 * @since 0.2.0
 * @category models
 */
export interface Method {
  readonly method: string
  /** The service, e.g. `Chat`. */
  readonly service: string
  /** The operation, e.g. `GetChatSessionEntity`. */
  readonly name: string
  /** As the operation's {@link Operation.safeToRetry}. */
  readonly safeToRetry: boolean
  readonly parameters: ReadonlyArray<string>
  readonly result: { readonly _tag: "Field"; readonly field: string } | { readonly _tag: "Void" } | {
    readonly _tag: "Body"
  }
  readonly operation: () => Promise<Operation.Any>
}
