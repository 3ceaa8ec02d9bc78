import { AgreementConfirmation } from '../../schemas/agreement'
import { defineCollection } from '../collection'

export const agreements = defineCollection({
  name: 'agreements',
  summary:
    'Confirmations of the tripartite agreement (三方协议): one per party and text, with who, when and the hash of the text confirmed.',
  schema: AgreementConfirmation,
  indexes: [{ fields: ['caseId', 'seq'] }],
  audited: true,
})
