import { adminFunction } from '../../admin/function'
import { agreementFunction } from '../../agreement/function'
import { applicationFunction } from '../../application/function'
import { appraisalFunction } from '../../appraisal/function'
import { inspectionFunction } from '../../inspection/function'
import { ledgerFunction } from '../../ledger/function'
import { hazardFunction } from '../../hazard/function'
import { benefitsFunction } from '../../benefits/function'
import { fundsFunction } from '../../funds/function'
import { paymentFunction } from '../../payment/function'
import { profileFunction } from '../../profile/function'
import { publicityFunction } from '../../publicity/function'
import { reviewFunction } from '../../review/function'
import { userFunction } from '../../user/function'
import { worksFunction } from '../../works/function'
import type { CloudFunction } from './router'

/** Every deployable function, for the local server and the API docs; each CloudBase bundle imports only its own. */
export const FUNCTIONS: readonly CloudFunction[] = [
  userFunction,
  applicationFunction,
  reviewFunction,
  publicityFunction,
  paymentFunction,
  adminFunction,
  appraisalFunction,
  agreementFunction,
  inspectionFunction,
  ledgerFunction,
  hazardFunction,
  profileFunction,
  benefitsFunction,
  worksFunction,
  fundsFunction,
]
