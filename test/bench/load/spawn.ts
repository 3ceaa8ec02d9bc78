import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'

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
