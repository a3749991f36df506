/**
 * Reading an HTTP request as IIS and WCF read it: its headers, path, query
 * and origin, and its content type's media type and parameters.
 *
 * @internal
 */
import type { HttpRequest } from "../FakeNetServer.js"

export interface Parsed {
  /** Lower-cased media type, e.g. `text/xml`. */
  readonly media: string
  /** Lower-cased parameter names; values unquoted. */
  readonly params: Readonly<Record<string, string>>
}

export const parseContentType = (value: string): Parsed => {
  const [media, ...rest] = value.split(";")
  const params: Record<string, string> = {}
  for (const param of rest) {
    const eq = param.indexOf("=")
    if (eq === -1) continue
    params[param.slice(0, eq).trim().toLowerCase()] = unquote(param.slice(eq + 1).trim())
  }
  return { media: media!.trim().toLowerCase(), params }
}

export const unquote = (s: string): string =>
  s.length >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.slice(1, -1) : s

export const header = (request: HttpRequest, name: string): string | undefined => {
  const value = request.headers[name]
  return typeof value === "string" ? value : value === undefined ? undefined : value.join(", ")
}

export const pathOf = (url: string): string => {
  try {
    return new URL(url, "http://netserver.invalid").pathname
  } catch {
    return url
  }
}

const queryOf = (url: string): URLSearchParams => {
  try {
    return new URL(url, "http://netserver.invalid").searchParams
  } catch {
    return new URLSearchParams()
  }
}

/** The origin the request was sent to: the absolute URL's, else the Host header's. */
export const originOf = (request: HttpRequest): string => {
  if (/^https?:\/\//i.test(request.url)) {
    try {
      return new URL(request.url).origin
    } catch {
      // not a URL after all: fall through to the Host header
    }
  }
  const host = header(request, "host")
  return `http://${host !== undefined && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? host : "localhost"}`
}

/** `?wsdl` and `?singleWsdl`, as WCF's metadata endpoint answers them (any case). */
export const wantsWsdl = (request: HttpRequest): boolean => {
  if (request.method.toUpperCase() !== "GET") return false
  for (const key of queryOf(request.url).keys()) {
    const k = key.toLowerCase()
    if (k === "wsdl" || k === "singlewsdl") return true
  }
  return false
}

export const plainHeaders = (request: HttpRequest): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name in request.headers) {
    const value = header(request, name)
    if (value !== undefined) out[name.toLowerCase()] = value
  }
  return out
}
