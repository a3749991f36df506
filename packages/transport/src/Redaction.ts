/**
 * How so-chat keeps secrets (tickets, application tokens, passwords) out of
 * what it shows: the one mask string, and the scrubber every error passes
 * through, for applications that show text of their own from a server.
 *
 * A server may send back what it received: in a SOAP fault, in NetServer's
 * `ExceptionInfo`, in an HTML or plain-text error page, as it was sent or
 * encoded again, any number of times, in any mix of XML/HTML character
 * references, CDATA sections, URL encoding and JSON/JavaScript escapes. The
 * scrubber decodes the text round by round, in every combination of those
 * encodings, and removes from the original every span that decodes to a
 * secret (or to a decoded form of one) in any of the views. What it returns
 * is checked once more; a text that cannot be searched (one whose decodings
 * multiply beyond a limit) is withheld whole.
 *
 * @since 0.1.0
 */
import type * as Redacted from "effect/Redacted"
import * as RedactedValue from "effect/Redacted"
import type { ChatAgentError } from "./ChatAgentError.js"
import { makeScrub, MASK, scrubError } from "./internal/scrub.js"

/**
 * What a secret is shown as, in the library's errors, logs and spans and in
 * the `so-chat` command's output: `<redacted>`, as Effect prints a
 * `Redacted` value.
 *
 * @since 0.1.0
 * @category constants
 */
export const mask: "<redacted>" = MASK as "<redacted>"

/**
 * Replaces every secret in a text, in any form a reader could turn back into
 * it, by {@link mask}.
 *
 * @since 0.1.0
 * @category models
 */
export type Redactor = (text: string) => string

const plain = (secrets: Iterable<string | Redacted.Redacted<string>>): Array<string> =>
  [...secrets].map((s) => (typeof s === "string" ? s : RedactedValue.value(s)))

/**
 * A redactor for these secrets.
 *
 * @example
 * import { Redaction } from "@so-chat/transport"
 * import { Redacted } from "effect"
 *
 * const redact = Redaction.make([Redacted.make("a<b\"c-long")])
 * redact("<Password>a&amp;lt;b&quot;c-long</Password>") // "<Password><redacted></Password>"
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (secrets: Iterable<string | Redacted.Redacted<string>>): Redactor => makeScrub(plain(secrets))

/**
 * The error with every text in it that came from a server or the network
 * redacted (a fault's reason, an excerpt of a page, an exception's fields);
 * the library's own words are left as they are. Every error `ChatAgent` and
 * `SoPrincipal` fail with has been through this with the secrets of the
 * call; this is for a second pass with secrets the call did not know.
 *
 * @since 0.1.0
 * @category redaction
 */
export const redactError = <E extends ChatAgentError>(
  error: E,
  secrets: Iterable<string | Redacted.Redacted<string>>
): E => {
  const list = plain(secrets)
  return list.length === 0 ? error : scrubError(error, makeScrub(list))
}
