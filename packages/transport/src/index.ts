/**
 * @so-chat/transport: the ChatAgent client for SuperOffice NetServer Chat
 * over swappable HTTP layers.
 *
 * @since 0.1.0
 */

/**
 * `ChatAgent`: post messages into SuperOffice chat sessions, read and follow
 * them.
 *
 * @since 0.1.0
 */
export * as ChatAgent from "./ChatAgent.js"

/**
 * The ways a call to NetServer can fail, and whether the message may have
 * been posted anyway.
 *
 * @since 0.1.0
 */
export * as ChatAgentError from "./ChatAgentError.js"

/**
 * Where NetServer is and how to talk to it.
 *
 * @since 0.1.0
 */
export * as NetServerConfig from "./NetServerConfig.js"

/**
 * The one mask string, and the scrubber that keeps secrets out of errors.
 *
 * @since 0.1.0
 */
export * as Redaction from "./Redaction.js"

/**
 * The throughput transport for Node: undici driven directly.
 *
 * @since 0.1.0
 */
export * as NodeSoapTransport from "./NodeSoapTransport.js"

/**
 * The SOAP-level seam: send an envelope, get status, headers and body back.
 *
 * @since 0.1.0
 */
export * as SoapTransport from "./SoapTransport.js"

/**
 * `SoPrincipal`: log in with a user name and password for a ticket.
 *
 * @since 0.1.0
 */
export * as SoPrincipal from "./SoPrincipal.js"

/**
 * Where `ChatAgent` gets its ticket: the configured one, or one got by
 * logging in.
 *
 * @since 0.1.0
 */
export * as TicketSource from "./TicketSource.js"
