import { inflateRawSync } from 'node:zlib'
import { crc32 } from '@shared/usecases/ledger/xlsx'

/**
 * Reads a zip the way a spreadsheet program does: from the end-of-directory record through the central
 * directory to each local entry, checking sizes and CRCs. Independent of the writer's layout assumptions.
 */
export function unzip(buf: Buffer): Map<string, string> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('no end of central directory')
  const count = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  const out = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`)
    const method = buf.readUInt16LE(at + 10)
    const crc = buf.readUInt32LE(at + 16)
    const packed = buf.readUInt32LE(at + 20)
    const size = buf.readUInt32LE(at + 24)
    const nameLen = buf.readUInt16LE(at + 28)
    const extraLen = buf.readUInt16LE(at + 30)
    const commentLen = buf.readUInt16LE(at + 32)
    const local = buf.readUInt32LE(at + 42)
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8')
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`)
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const raw = buf.subarray(start, start + packed)
    const data = method === 8 ? inflateRawSync(raw) : raw
    if (data.length !== size || crc32(data) !== crc) throw new Error(`corrupt entry ${name}`)
    out.set(name, data.toString('utf8'))
    at += 46 + nameLen + extraLen + commentLen
  }
  return out
}

/** The cells of sheet 1 as rows of text, from inline strings and numbers. */
export function sheetRows(files: Map<string, string>): string[][] {
  const xml = files.get('xl/worksheets/sheet1.xml')
  if (!xml) throw new Error('no sheet1')
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
  return [...xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map(([, , cells]) => {
    const row: string[] = []
    for (const [, ref, body] of cells!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/g)) {
      const col = [...ref!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      const text = /<t[^>]*>(.*?)<\/t>/.exec(body!)?.[1] ?? /<v>(.*?)<\/v>/.exec(body!)?.[1] ?? ''
      row[col] = decode(text)
    }
    return Array.from(row, (c) => c ?? '')
  })
}
