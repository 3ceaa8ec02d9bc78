import { removeOrphanUploads } from '../uploads/remove-orphan-uploads'
import { inPages, JOB_PAGE, type Job } from './job'

/** Photos of forms never sent (an upload no record claimed within a day) leave the storage. */
export const removeOrphanUploadsJob: Job = {
  name: 'remove-orphan-uploads',
  schedule: '0 15 * * * * *',
  summary: '删除一天内未用于任何申请的上传文件',
  async run(ctx) {
    let removed = 0
    const pages = await inPages(ctx, async () => {
      const pass = await removeOrphanUploads(ctx.deps, ctx.deps.files, { limit: JOB_PAGE })
      removed += pass.removed
      return pass.removed
    })
    return { removed, pages }
  },
}
