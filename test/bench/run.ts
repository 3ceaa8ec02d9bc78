/** `npm run bench`: the county/province-scale benchmarks are the next issue; until then this says so. */
console.log('no benchmarks yet')
