import { parseCron } from '@shared/usecases/jobs/cron'
import { JOBS, jobNamed } from '@shared/usecases/jobs/registry'

describe('the job registry', () => {
  it('names each job once, with a name CloudBase takes as a trigger name and a schedule it reads', () => {
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length)
    for (const job of JOBS) {
      expect(job.name).toMatch(/^[a-z][a-z0-9-]{0,59}$/)
      expect(() => parseCron(job.schedule)).not.toThrow()
      expect(jobNamed(job.name)).toBe(job)
    }
    expect(jobNamed('nothing-here')).toBeUndefined()
  })
})
