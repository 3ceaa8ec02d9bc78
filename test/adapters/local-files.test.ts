import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalFileStore, InvalidFileIdError } from '../../cloudfunctions/_lib/adapters/local/local-files'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('local file store', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'anju-files-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('stores bytes under folder/<id>-<safe name> and gives them back with their content type', async () => {
    const files = createLocalFileStore(join(dir, 'files'))
    const id = await files.put({
      name: '房屋 照片(1).JPG',
      contentType: 'image/jpeg',
      bytes: bytes('photo'),
      folder: 'houses/h1',
    })
    expect(id).toMatch(/^local:houses\/h1\/[0-9A-Za-z]{20}-1\.jpg$/)
    const got = await files.get(id)
    expect(got).not.toBeNull()
    expect(new TextDecoder().decode(got!.bytes)).toBe('photo')
    expect(got!.contentType).toBe('image/jpeg')
    expect(readdirSync(join(dir, 'files', 'houses', 'h1'))).toEqual([id.split('/').pop()])
  })

  it('keeps Latin names readable and two uploads of one name apart', async () => {
    const files = createLocalFileStore(dir)
    const a = await files.put({ name: 'contract-2025.pdf', contentType: 'application/pdf', bytes: bytes('a'), folder: 'docs' })
    const b = await files.put({ name: 'contract-2025.pdf', contentType: 'application/pdf', bytes: bytes('b'), folder: 'docs' })
    expect(a).toMatch(/-contract-2025\.pdf$/)
    expect(a).not.toBe(b)
    expect(new TextDecoder().decode((await files.get(b))!.bytes)).toBe('b')
  })

  it('falls back to the extension for a missing or malformed content type', async () => {
    const files = createLocalFileStore(dir)
    const id = await files.put({ name: 'a.png', contentType: 'text/html\r\nX-Evil: 1', bytes: bytes('x'), folder: 'f' })
    expect((await files.get(id))!.contentType).toBe('image/png')
  })

  it('serves through the local server URL', async () => {
    const files = createLocalFileStore(dir)
    const id = await files.put({ name: 'a.png', contentType: 'image/png', bytes: bytes('x'), folder: 'f' })
    expect(await files.url(id)).toBe(`/api/files/${encodeURIComponent(id)}`)
    expect(decodeURIComponent((await files.url(id)).slice('/api/files/'.length))).toBe(id)
    expect(await files.pathOf(id)).toBe(join(dir, 'f', id.split('/').pop()!))
  })

  it('returns null for a well-formed id that was never stored', async () => {
    const files = createLocalFileStore(dir)
    expect(await files.get('local:f/00000000000000000000-none.png')).toBeNull()
    expect(await files.get('local:never/made.png')).toBeNull()
    expect(await files.pathOf('local:f/none.png')).toBeNull()
  })

  it('rejects ids and folders that try to leave the store folder', async () => {
    writeFileSync(join(dir, 'secret.txt'), 'secret')
    const files = createLocalFileStore(join(dir, 'store'))
    const attacks = [
      'local:../secret.txt',
      'local:f/../../secret.txt',
      'local:f/..',
      'local:/etc/passwd',
      'local:f/.hidden',
      'local:.meta/f/x.json',
      'local:f\\..\\..\\secret.txt',
      'local:f/a%2F..%2Fb',
      'local:secret.txt',
      'cloud://env/f/a.png',
      '',
    ]
    for (const id of attacks) {
      await expect(files.get(id)).rejects.toBeInstanceOf(InvalidFileIdError)
      await expect(files.url(id)).rejects.toBeInstanceOf(InvalidFileIdError)
    }
    for (const folder of ['..', '../x', '/abs', 'a/../b', '.meta', 'a//b', '']) {
      await expect(files.put({ name: 'x.txt', contentType: 'text/plain', bytes: bytes('x'), folder })).rejects.toThrow(
        /invalid folder/,
      )
    }
    expect(existsSync(join(dir, 'store', '..', 'x.txt'))).toBe(false)
  })

  it('removes the bytes and the metadata, and takes a file already gone as removed', async () => {
    const files = createLocalFileStore(dir)
    const id = await files.put({ name: 'a.png', contentType: 'image/png', bytes: bytes('x'), folder: 'f' })
    const keep = await files.put({ name: 'b.png', contentType: 'image/png', bytes: bytes('y'), folder: 'f' })
    await files.remove(id)
    expect(await files.get(id)).toBeNull()
    expect(readdirSync(join(dir, 'f'))).toEqual([keep.split('/').pop()])
    expect(readdirSync(join(dir, '.meta', 'f'))).toEqual([`${keep.split('/').pop()}.json`])
    await expect(files.remove(id)).resolves.toBeUndefined()
    await expect(files.remove('local:f/../../escape.png')).rejects.toBeInstanceOf(InvalidFileIdError)
  })

  it('neutralises path characters in the file name', async () => {
    const files = createLocalFileStore(dir)
    const id = await files.put({ name: '../../etc/passwd', contentType: 'text/plain', bytes: bytes('x'), folder: 'f' })
    expect(id).toMatch(/^local:f\/[0-9A-Za-z]{20}-passwd$/)
    const dotted = await files.put({ name: '.bashrc', contentType: 'text/plain', bytes: bytes('x'), folder: 'f' })
    expect(dotted).toMatch(/^local:f\/[0-9A-Za-z]{20}-bashrc$/)
  })
})
