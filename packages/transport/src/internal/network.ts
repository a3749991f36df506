import { ConnectionFailed, ConnectionLost } from "../ChatAgentError.js"

type Reason = ConnectionFailed["reason"]

// Error codes that can only arise before a single byte of the request reached
// the server: name resolution, TCP connect, TLS handshake.
const notSent: Readonly<Record<string, Reason>> = {
  ENOTFOUND: "DnsFailure",
  EAI_AGAIN: "DnsFailure",
  EAI_FAIL: "DnsFailure",
  EAI_NONAME: "DnsFailure",
  EAI_NODATA: "DnsFailure",
  ECONNREFUSED: "Refused",
  EHOSTUNREACH: "Unreachable",
  ENETUNREACH: "Unreachable",
  EHOSTDOWN: "Unreachable",
  ENETDOWN: "Unreachable",
  EADDRNOTAVAIL: "Unreachable",
  UND_ERR_CONNECT_TIMEOUT: "ConnectTimeout",
  CERT_HAS_EXPIRED: "Tls",
  CERT_NOT_YET_VALID: "Tls",
  DEPTH_ZERO_SELF_SIGNED_CERT: "Tls",
  SELF_SIGNED_CERT_IN_CHAIN: "Tls",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "Tls",
  UNABLE_TO_GET_ISSUER_CERT: "Tls",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "Tls",
  ERR_TLS_CERT_ALTNAME_INVALID: "Tls",
  ERR_TLS_HANDSHAKE_TIMEOUT: "Tls",
  ERR_SSL_WRONG_VERSION_NUMBER: "Tls",
  CERT_REVOKED: "Tls",
  CERT_UNTRUSTED: "Tls",
  CERT_REJECTED: "Tls"
}

interface Found {
  readonly code: string | undefined
  readonly message: string
}

/**
 * Looks through an error and its causes (fetch wraps the socket's error in a
 * `TypeError`, happy eyeballs in an `AggregateError`) for a code that tells
 * what happened.
 */
const inspect = (error: unknown): Found => {
  const seen = new Set<unknown>()
  let first: string | undefined
  const visit = (e: unknown, depth: number): Found | undefined => {
    if (e === null || typeof e !== "object" || seen.has(e) || depth > 6) return undefined
    seen.add(e)
    const code = (e as { code?: unknown }).code
    const message = typeof (e as { message?: unknown }).message === "string" ? (e as { message: string }).message : ""
    if (first === undefined && message !== "") first = message
    if (typeof code === "string" && code !== "") {
      if (code in notSent || /^ERR_SSL_|^ERR_TLS_/.test(code)) return { code, message }
    }
    const errors = (e as { errors?: unknown }).errors
    if (Array.isArray(errors)) {
      for (const inner of errors) {
        const found = visit(inner, depth + 1)
        if (found) return found
      }
    }
    const inner = visit((e as { cause?: unknown }).cause, depth + 1)
    if (inner) return inner
    return typeof code === "string" && code !== "" ? { code, message } : undefined
  }
  return visit(error, 0) ?? { code: undefined, message: first ?? String(error) }
}

const shorten = (s: string): string => (s.length > 200 ? `${s.slice(0, 200)}…` : s)

/**
 * Classifies a network failure: `ConnectionFailed` only when the error proves
 * nothing was sent; anything else (a reset, a close, an error without a code,
 * as browsers give) is `ConnectionLost`, outcome unknown.
 */
export const classify = (
  error: unknown,
  url: string,
  responseStarted: boolean
): ConnectionFailed | ConnectionLost => {
  const found = inspect(error)
  const code = found.code
  const detail = shorten(found.message === "" ? String(code ?? "unknown error") : found.message)
  if (!responseStarted && code !== undefined) {
    const reason = notSent[code] ?? (/^ERR_SSL_|^ERR_TLS_/.test(code) ? "Tls" : undefined)
    if (reason !== undefined) return new ConnectionFailed({ reason, url, detail })
  }
  return new ConnectionLost({
    url,
    responseStarted,
    detail: code !== undefined && !detail.includes(code) ? `${detail} (${code})` : detail
  })
}
