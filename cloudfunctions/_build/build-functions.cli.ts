import { buildFunctions } from './build-functions'

buildFunctions()
  .then((results) => {
    for (const r of results) console.log(`functions: ${r.name.padEnd(12)} ${(r.bytes / 1024).toFixed(1)} KB  (${r.ms} ms)`)
  })
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
