import { api } from '@shared/api'
import { registerUpload as registerUploadUseCase } from '@shared/usecases/uploads/register-upload'
import { implement } from '../../_lib/runtime/router'

export const registerUpload = implement(api.user.registerUpload, async (input, { deps, caller }) => {
  const upload = await registerUploadUseCase(deps, caller, { fileId: input.fileId }, input.kind)
  return { id: upload._id, kind: upload.kind, contentType: upload.contentType, size: upload.size }
})
