import { benchBatch } from './load/batch'
const n = Number(process.argv[2] ?? 10000)
benchBatch('/tmp/mb/b10k', n).then((r) => console.log(JSON.stringify(r.steps), r.totalMs, r.paid, r.messages, JSON.stringify(r.resumed)))
