import { z } from 'zod';
import { defineEvent } from '../envelope';

/** A consulted hoofdgebruiker responded to a risk consultation (SK-4.2): its task is done. */
export const RiskConsultationResponded = defineEvent({
  type: 'risk.consultation.responded',
  context: 'risk',
  schemaVersion: 1,
  schema: z.object({
    analysisId: z.string().uuid(),
    responseId: z.string().uuid(),
    party: z.string().min(1),
    position: z.enum(['AKKOORD', 'AKKOORD_MET_OPMERKINGEN', 'NIET_AKKOORD']),
    respondedAt: z.string(),
  }),
});
export type RiskConsultationRespondedData = z.infer<typeof RiskConsultationResponded.schema>;
