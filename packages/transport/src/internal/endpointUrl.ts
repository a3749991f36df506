/**
 * Resolving what a person configures (an installation's base URL, or the
 * full `Chat.svc` URL) to the Chat endpoint, with a reason when it cannot be.
 *
 * @internal
 */
import * as Either from "effect/Either"

export const resolveEndpoint = (input: string | URL): Either.Either<URL, string> => {
  const text = String(input)
  const port = /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?(?:\[[^\]]*\]|[^/?#:]*):(\d+)(?:[/?#]|$)/i.exec(text)?.[1]
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    return Either.left(`the port ${port} in ${JSON.stringify(text)} is out of range: a port is 1 to 65535`)
  }
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return Either.left(`${JSON.stringify(text)} is not an absolute URL${suggestion(text)}`)
  }
  if (!text.includes("://") && /^[^/?#:@]+:\d+(?:[/?#]|$)/.test(text)) {
    // `localhost:18080` parses, as the scheme "localhost:"; what was meant is plain.
    return Either.left(`${JSON.stringify(text)} is not an absolute URL${suggestion(text)}`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Either.left(`the URL must be http or https, not ${url.protocol.slice(0, -1)}`)
  }
  if (url.username !== "" || url.password !== "") {
    return Either.left("the URL must not carry a user name or password (give the ticket separately)")
  }
  if (/[?#]/.test(url.href)) {
    return Either.left(
      `the URL must not have a query (?…) or fragment (#…): the Chat endpoint takes none; give the installation's ` +
        `base URL, e.g. ${url.protocol}//${url.host}${url.pathname}`
    )
  }
  if (/\.svc$/i.test(url.pathname)) return Either.right(url)
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`
  return Either.right(new URL("Remote/Services88/Chat.svc", url))
}

const loopback = /^(?:localhost|127(?:\.\d+){3}|\[::1\])(?::\d+)?(?:[/?#]|$)/i

/** `; did you mean http://localhost:18080/?` for a URL written without its scheme, when adding one gives a URL. */
const suggestion = (text: string): string => {
  if (text.includes("://") || text.trim() === "") {
    return " (expected e.g. https://sod.superoffice.com/Cust12345/)"
  }
  // A local server (or one on a port of its own) is most likely plain http; an installation is https.
  const hostPort = /^[^/?#]*:(\d+)(?:[/?#]|$)/.exec(text)
  const scheme = loopback.test(text) || (hostPort !== null && hostPort[1] !== "443") ? "http" : "https"
  try {
    const url = new URL(`${scheme}://${text}`)
    if (!url.pathname.endsWith("/") && !/\.svc$/i.test(url.pathname)) url.pathname = `${url.pathname}/`
    return `: it has no scheme; did you mean ${url.href}?`
  } catch {
    return " (expected e.g. https://sod.superoffice.com/Cust12345/)"
  }
}
