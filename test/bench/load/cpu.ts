import { readFileSync } from 'node:fs'

const TICKS_PER_SECOND = 100 // USER_HZ on Linux (getconf CLK_TCK)

/**
 * CPU seconds a process has used so far (user + system), from /proc. CPU per call is steadier than
 * throughput on a shared 2-core VM, where another tenant can take a core for a second.
 */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
}

/** The most memory the process has held at once (VmHWM), in MiB. */
export function peakRssMiB(pid: number): number {
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return kib ? Number(kib) / 1024 : 0
}
