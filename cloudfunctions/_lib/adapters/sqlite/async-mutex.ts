/**
 * A first-come-first-served lock for async work on one SQLite connection.
 * better-sqlite3 is synchronous, but a store transaction spans awaits; while one is open, every other
 * operation on the connection must wait, or it would read uncommitted data or write into the transaction.
 * The lock is handed straight to the next waiter on release, so `locked` is true whenever anyone waits.
 */
export class AsyncMutex {
  private held = false
  private readonly waiters: Array<() => void> = []

  get locked(): boolean {
    return this.held
  }

  async acquire(): Promise<void> {
    if (!this.held) {
      this.held = true
      return
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve))
  }

  release(): void {
    const next = this.waiters.shift()
    if (next) next()
    else this.held = false
  }
}
