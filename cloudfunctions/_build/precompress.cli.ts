import { resolve } from 'node:path'
import { precompress } from './precompress'

// `tsx cloudfunctions/_build/precompress.cli.ts [dir]`: run after `taro build --type h5`.
const dir = resolve(process.argv[2] ?? 'dist/h5')
const files = precompress(dir)
const sum = (k: 'bytes' | 'gzip' | 'brotli') => Math.round(files.reduce((n, f) => n + f[k], 0) / 1024)
console.log(`precompressed ${files.length} files in ${dir}: ${sum('bytes')} KB → gzip ${sum('gzip')} KB, br ${sum('brotli')} KB`)
