import { isChunkLoadError } from '../../client/services/chunk-error'

describe('isChunkLoadError', () => {
  it('knows the failed downloads of webpack and of the browser', () => {
    const js = Object.assign(new Error('Loading chunk 211 failed.\n(error: http://x/js/211.ade46b84.js)'), {
      name: 'ChunkLoadError',
    })
    const css = Object.assign(new Error('Loading CSS chunk 211 failed.\n(/css/211.03192af4.css)'), {
      code: 'CSS_CHUNK_LOAD_FAILED',
    })
    expect(isChunkLoadError(js)).toBe(true)
    expect(isChunkLoadError(css)).toBe(true)
    expect(isChunkLoadError(new Error('Loading chunk vendors-node_modules_zod failed.'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/a.js'))).toBe(true)
  })

  it('leaves every other error to whoever shows it', () => {
    expect(isChunkLoadError(new Error('网络不通'))).toBe(false)
    expect(isChunkLoadError(new TypeError('Failed to fetch'))).toBe(false)
    expect(isChunkLoadError('Loading chunk 1 failed.')).toBe(false)
    expect(isChunkLoadError(null)).toBe(false)
    expect(isChunkLoadError(undefined)).toBe(false)
  })
})
