/**
 * @so-chat/core: pure codecs for the SuperOffice NetServer Services88 Chat
 * SOAP API.
 *
 * @since 0.1.0
 */

/**
 * The `AddChatMessage` operation: post a message into a chat session.
 *
 * @since 0.1.0
 */
export * as AddChatMessage from "./AddChatMessage.js"

/**
 * SoPrincipal's `AuthenticateUsernamePassword`: log in, get a ticket.
 *
 * @since 0.1.0
 */
export * as AuthenticateUsernamePassword from "./AuthenticateUsernamePassword.js"

/**
 * `ChatMessage`: one message in a SuperOffice chat session.
 *
 * @since 0.1.0
 */
export * as ChatMessage from "./ChatMessage.js"

/**
 * `ChatMessageSpecialType`: what a `Special` chat message means.
 *
 * @since 0.1.0
 */
export * as ChatMessageSpecialType from "./ChatMessageSpecialType.js"

/**
 * `ChatMessageType`: which way a chat message goes.
 *
 * @since 0.1.0
 */
export * as ChatMessageType from "./ChatMessageType.js"

/**
 * The ways encoding or decoding a SOAP message can fail.
 *
 * @since 0.1.0
 */
export * as CodecError from "./CodecError.js"

/**
 * SOAP envelopes: encode requests, decode responses (and the server's side).
 *
 * @since 0.1.0
 */
export * as Envelope from "./Envelope.js"

/**
 * The `GetChatMessages` operation: the messages of a session after a given id.
 *
 * @since 0.1.0
 */
export * as GetChatMessages from "./GetChatMessages.js"

/**
 * The JSON shape of the contracts' values: what `so-chat call` prints and
 * reads, and what the testkit's seed files hold.
 *
 * @since 0.2.0
 */
export * as JsonForm from "./JsonForm.js"

/**
 * NetServer's own report that a call failed.
 *
 * @since 0.1.0
 */
export * as NetServerException from "./NetServerException.js"

/**
 * The SOAP header blocks NetServer reads and writes.
 *
 * @since 0.1.0
 */
export * as NetServerHeaders from "./NetServerHeaders.js"

/**
 * A SOAP operation of a NetServer service.
 *
 * @since 0.1.0
 */
export * as Operation from "./Operation.js"

/**
 * SOAP faults of both versions as one typed value.
 *
 * @since 0.1.0
 */
export * as SoapFault from "./SoapFault.js"

/**
 * Who a ticket belongs to: `SoPrincipalCarrier` and its enums.
 *
 * @since 0.1.0
 */
export * as SoPrincipal from "./SoPrincipal.js"

/**
 * The two SOAP versions.
 *
 * @since 0.1.0
 */
export * as SoapVersion from "./SoapVersion.js"

/**
 * Schemas for the XML Schema simple types of the contract.
 *
 * @since 0.1.0
 */
export * as Xsd from "./Xsd.js"
