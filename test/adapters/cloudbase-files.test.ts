import { createCloudbaseFileStore } from '../../cloudfunctions/_lib/adapters/cloudbase/cloudbase-files'
import type { CloudbaseStorageApp } from '../../cloudfunctions/_lib/adapters/cloudbase/sdk-shapes'

/** A fake storage app that records calls and keeps uploads in memory, answering as the SDK does. */
function fakeStorage() {
  const calls: Array<{ method: string; args: any }> = []
  const stored = new Map<string, Buffer>()
  const app: CloudbaseStorageApp = {
    async uploadFile(args) {
      calls.push({ method: 'uploadFile', args })
      const fileID = `cloud://anju-test.616e-anju-test-1300000000/${args.cloudPath}`
      stored.set(fileID, args.fileContent)
      return { fileID }
    },
    async getTempFileURL(args) {
      calls.push({ method: 'getTempFileURL', args })
      return {
        fileList: args.fileList.map(({ fileID }) =>
          stored.has(fileID)
            ? { code: 'SUCCESS', fileID, tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}` }
            : { code: 'STORAGE_FILE_NONEXIST', fileID, tempFileURL: '' },
        ),
      }
    },
    async downloadFile(args) {
      calls.push({ method: 'downloadFile', args })
      const content = stored.get(args.fileID)
      if (!content) throw Object.assign(new Error('file not exist'), { code: 'STORAGE_FILE_NONEXIST' })
      return { fileContent: content, message: '文件下载完成' }
    },
    async deleteFile(args) {
      calls.push({ method: 'deleteFile', args })
      return {
        fileList: args.fileList.map((fileID) =>
          stored.delete(fileID) ? { code: 'SUCCESS', fileID } : { code: 'STORAGE_FILE_NONEXIST', fileID },
        ),
      }
    },
  }
  return { app, calls }
}

describe('CloudBase file store (fake app)', () => {
  it('uploads under folder/<id>-<safe name> as a Buffer and returns the fileID', async () => {
    const { app, calls } = fakeStorage()
    const files = createCloudbaseFileStore(app)
    const id = await files.put({
      name: '危房 照片.JPG',
      contentType: 'image/jpeg',
      bytes: new Uint8Array([1, 2, 3]),
      folder: 'houses/h1',
    })
    expect(calls[0].method).toBe('uploadFile')
    expect(calls[0].args.cloudPath).toMatch(/^houses\/h1\/[0-9A-Za-z]{20}-file\.jpg$/)
    expect(Buffer.isBuffer(calls[0].args.fileContent)).toBe(true)
    expect(id).toBe(`cloud://anju-test.616e-anju-test-1300000000/${calls[0].args.cloudPath}`)
  })

  it('downloads bytes with the content type of the extension, and null for an unknown file', async () => {
    const { app } = fakeStorage()
    const files = createCloudbaseFileStore(app)
    const id = await files.put({ name: 'a.png', contentType: 'image/png', bytes: new Uint8Array([9, 8]), folder: 'f' })
    expect(await files.get(id)).toEqual({ bytes: new Uint8Array([9, 8]), contentType: 'image/png' })
    expect(await files.get('cloud://anju-test/f/none.png')).toBeNull()
  })

  it('returns a temporary URL with the configured lifetime, and throws when CloudBase has none', async () => {
    const { app, calls } = fakeStorage()
    const files = createCloudbaseFileStore(app, { urlMaxAgeSeconds: 600 })
    const id = await files.put({ name: 'a.png', contentType: 'image/png', bytes: new Uint8Array([1]), folder: 'f' })
    expect(await files.url(id)).toBe(`https://tmp.example/${encodeURIComponent(id)}`)
    expect(calls.find((c) => c.method === 'getTempFileURL')!.args).toEqual({ fileList: [{ fileID: id, maxAge: 600 }] })
    await expect(files.url('cloud://anju-test/f/none.png')).rejects.toThrow(/STORAGE_FILE_NONEXIST/)
  })

  it('deletes a file with deleteFile({ fileList }), and takes a file already gone as deleted', async () => {
    const { app, calls } = fakeStorage()
    const files = createCloudbaseFileStore(app)
    const id = await files.put({ name: 'a.png', contentType: 'image/png', bytes: new Uint8Array([1]), folder: 'f' })
    await files.remove(id)
    expect(calls.find((c) => c.method === 'deleteFile')!.args).toEqual({ fileList: [id] })
    expect(await files.get(id)).toBeNull()
    await expect(files.remove(id)).resolves.toBeUndefined()
  })

  it('throws when CloudBase refuses to delete', async () => {
    const { app } = fakeStorage()
    app.deleteFile = async ({ fileList }) => ({
      fileList: fileList.map((fileID) => ({ code: 'STORAGE_EXCEED_AUTHORITY', fileID })),
    })
    await expect(createCloudbaseFileStore(app).remove('cloud://anju-test/f/a.png')).rejects.toThrow(/STORAGE_EXCEED_AUTHORITY/)
    app.deleteFile = async () => ({ code: 'PERMISSION_DENIED', message: 'no' })
    await expect(createCloudbaseFileStore(app).remove('cloud://anju-test/f/a.png')).rejects.toThrow(/PERMISSION_DENIED/)
  })

  it('refuses folders that are not plain segments', async () => {
    const { app, calls } = fakeStorage()
    await expect(
      createCloudbaseFileStore(app).put({ name: 'a.png', contentType: 'image/png', bytes: new Uint8Array([1]), folder: '../x' }),
    ).rejects.toThrow(/invalid folder/)
    expect(calls).toEqual([])
  })
})
