import { hazardApi } from '@shared/api/hazard.api'
import { identityOf } from '@shared/usecases/hazard/report'
import { registerUpload } from '@shared/usecases/uploads/register-upload'
import { implement } from '../../_lib/runtime/router'

export const registerPhoto = implement(hazardApi.registerPhoto, async (input, { deps, caller }) => {
  const upload = await registerUpload(deps, { openid: identityOf(caller) }, { fileId: input.fileId }, 'photo')
  return { id: upload._id }
})
