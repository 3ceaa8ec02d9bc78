import { accepts, sniffFile } from '@shared/domain/file-kind'
import { DAILY_UPLOAD_QUOTA, overQuota } from '@shared/domain/upload-rules'

const hex = (h: string) => Uint8Array.from(Buffer.from(h.replace(/\s/g, ''), 'hex'))
const text = (t: string) => new TextEncoder().encode(t)

/** The first bytes of real files as cameras, phones and office software write them. */
const REAL = {
  jpegJfif: hex('ffd8ffe0 0010 4a464946 0001 0101 0048 0048 0000'),
  jpegExif: hex('ffd8ffe1 1c45 45786966 0000 4d4d 002a'),
  png: hex('89504e47 0d0a1a0a 0000000d 49484452 00000780 00000438 0806'),
  webp: hex('52494646 a4f20000 57454250 5650 3820'),
  heicIphone: hex('00000018 66747970 68656963 00000000 6d696631 68656963'),
  heifGeneric: hex('0000001c 66747970 6d696631 00000000 6d696631 61766966'),
  pdf: text('%PDF-1.7\n%\u00e2\u00e3'),
}

describe('sniffFile', () => {
  it.each([
    ['jpegJfif', 'photo', 'image/jpeg'],
    ['jpegExif', 'photo', 'image/jpeg'],
    ['png', 'photo', 'image/png'],
    ['webp', 'photo', 'image/webp'],
    ['heicIphone', 'photo', 'image/heic'],
    ['heifGeneric', 'photo', 'image/heif'],
    ['pdf', 'document', 'application/pdf'],
  ] as const)('knows %s by its first bytes', (name, kind, contentType) => {
    expect(sniffFile(REAL[name])).toEqual({ kind, contentType })
  })

  it.each([
    ['empty', new Uint8Array()],
    ['html posing as a photo', text('<html><script>alert(1)</script>')],
    ['svg', text('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['gif', text('GIF89a\u0001\u0000')],
    ['a RIFF that is audio', hex('52494646 a4f20000 57415645 666d7420')],
    ['an mp4 video', hex('00000018 66747970 69736f6d 00000200')],
    ['a cut-off PNG signature', hex('89504e47 0d0a')],
    ['a zip (docx)', hex('504b0304 14000600')],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffFile(bytes)).toBeNull()
  })

  it('takes a PDF only where a document is asked for, and a photo anywhere', () => {
    expect(accepts('photo', sniffFile(REAL.pdf)!)).toBe(false)
    expect(accepts('document', sniffFile(REAL.pdf)!)).toBe(true)
    expect(accepts('photo', sniffFile(REAL.png)!)).toBe(true)
    expect(accepts('document', sniffFile(REAL.jpegExif)!)).toBe(true)
  })
})

describe('the daily upload quota', () => {
  it('lets the last file in and refuses the next, by count and by bytes, in plain Chinese', () => {
    expect(overQuota({ files: DAILY_UPLOAD_QUOTA.files - 1, bytes: 0 }, 1)).toBeNull()
    expect(overQuota({ files: DAILY_UPLOAD_QUOTA.files, bytes: 0 }, 1)).toMatch(/已达上限/)
    expect(overQuota({ files: 1, bytes: DAILY_UPLOAD_QUOTA.bytes - 10 }, 10)).toBeNull()
    expect(overQuota({ files: 1, bytes: DAILY_UPLOAD_QUOTA.bytes - 10 }, 11)).toMatch(/超过100MB/)
  })
})
