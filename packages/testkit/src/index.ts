/**
 * @so-chat/testkit: documented fixtures, in-memory layers and a fake
 * NetServer for testing code that uses so-chat.
 *
 * @since 0.1.0
 */

/**
 * A fake NetServer, in memory: stateful, checking what a real one checks.
 *
 * @since 0.1.0
 */
export * as FakeNetServer from "./FakeNetServer.js"

/**
 * The documented example envelopes, loadable by name.
 *
 * @since 0.1.0
 */
export * as Fixtures from "./Fixtures.js"

/**
 * How a fake NetServer is set up: users, installation, limits and their
 * defaults (also under `FakeNetServer`).
 *
 * @since 0.2.0
 */
export * as FakeNetServerOptions from "./FakeNetServerOptions.js"

/**
 * What a fake NetServer receives and answers, as it records each request
 * (also under `FakeNetServer`).
 *
 * @since 0.2.0
 */
export * as ReceivedRequest from "./ReceivedRequest.js"

/**
 * The fake NetServer over real HTTP on loopback.
 *
 * @since 0.1.0
 */
export * as FakeNetServerHttp from "./FakeNetServerHttp.js"

/**
 * The installation a fake NetServer keeps: the seed (in code or a JSON seed
 * file), the default one, and what a test reads back.
 *
 * @since 0.1.0
 */
export * as Installation from "./Installation.js"

export {
  /**
   * Starts a fake NetServer on loopback for tests outside Effect:
   * `const server = await startFakeNetServer(); server.url; await server.close()`.
   *
   * @since 0.1.0
   * @category constructors
   */
  start as startFakeNetServer
} from "./FakeNetServerHttp.js"

/**
 * Replay: a `ChatAgent` on an in-memory `HttpClient` answering with the
 * documented response or recorded exchanges.
 *
 * @since 0.1.0
 */
export * as Replay from "./Replay.js"
