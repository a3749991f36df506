/**
 * Where UTF-8 bytes go wrong: the first byte of a malformed sequence and its
 * line and column, for the reader's `InvalidEncoding` failure.
 *
 * @internal
 */

/**
 * Finds the offset of the first byte that does not belong to a well-formed
 * UTF-8 sequence (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).
 */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = b === 0xe0 ? 0xa0 : 0x80
      if (b === 0xed) max = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = b === 0xf0 ? 0x90 : 0x80
      if (b === 0xf4) max = 0x8f
    } else {
      return i
    }
    if (i + need >= n) return i
    const second = bytes[i + 1]!
    if (second < min || second > max) return i
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!
      if (c < 0x80 || c > 0xbf) return i
    }
    i += need + 1
  }
  return -1
}

/** The line and column (from 1) of a byte offset, for a failure's position. */
export const positionOf = (bytes: Uint8Array, offset: number): { line: number; column: number } => {
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, offset))
  const lines = prefix.split("\n")
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 }
}
