/**
 * What a file is, judged by its first bytes only: the declared content type and the file name are the sender's
 * word and prove nothing. Photos are JPEG, PNG, WebP and HEIC/HEIF (what phones take); PDF counts only where a
 * document is asked for.
 */

export type FileKind = 'photo' | 'document'
export type Sniffed = { kind: FileKind; contentType: string }

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b)

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to))

/** ISO base media `ftyp` major brands of still HEIF images (HEVC-coded: heic…, any codec: mif1/msf1). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs'])
const HEIF_BRANDS = new Set(['mif1', 'msf1'])

export function sniffFile(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'photo', contentType: 'image/jpeg' }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'photo', contentType: 'image/png' }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return { kind: 'photo', contentType: 'image/webp' }
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12)
    if (HEIC_BRANDS.has(brand)) return { kind: 'photo', contentType: 'image/heic' }
    if (HEIF_BRANDS.has(brand)) return { kind: 'photo', contentType: 'image/heif' }
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'document', contentType: 'application/pdf' } // %PDF-
  return null
}

/** Where a document is asked for, a photo of the paper will do as well as a PDF; where a photo is, only a photo. */
export function accepts(wanted: FileKind, sniffed: Sniffed): boolean {
  return wanted === 'document' || sniffed.kind === 'photo'
}
