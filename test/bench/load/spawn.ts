import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { FastifyInstance } from 'fastify'

export type Running = { url: string; pid: number; stop(): Promise<void> }

const ROOT = resolve(__dirname, '../../..')

/** Starts a server script in its own process (its own core) and waits for the `{"port":N}` line it prints. */
export function startServer(script: string, args: string[], nodeArgs: string[] = []): Promise<Running> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', resolve(__dirname, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 60 s`)), 60_000)
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)))
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer)
      const { port } = JSON.parse(line) as { port: number }
      resolveStart({
        url: `http://127.0.0.1:${port}`,
        pid: child.pid!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    })
  })
}

/**
 * The child's side of `startServer`: listen on a free port, print the `{"port":N}` line, and on SIGTERM
 * close cleanly, so SQLite checkpoints its WAL and --cpu-prof can write its profile.
 */
export async function serveToParent(app: FastifyInstance): Promise<void> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`)
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)))
}
