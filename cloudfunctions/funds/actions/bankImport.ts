import { api } from '@shared/api'
import { importBankResult } from '@shared/usecases/funds/bank-import'
import { implement } from '../../_lib/runtime/router'

export const bankImport = implement(api.funds.bankImport, (input, { deps, caller }) => importBankResult(deps, caller, input))
