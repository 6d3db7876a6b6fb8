import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * The LMS opened the consultation of the hoofdgebruikers on its risk analysis of a shared facility
 * (SK-4.2): each consulted party has a task to respond before `respondBy` (governance: reminders).
 */
export const RiskConsultationRequested = defineEvent({
  type: 'risk.consultation.requested',
  context: 'risk',
  schemaVersion: 1,
  schema: z.object({
    analysisId: z.string().uuid(),
    number: z.string().min(1),
    version: z.number().int().min(1),
    title: z.string().min(1),
    facilityCode: z.string().min(1),
    /** The consulted hoofdgebruikers: the facility's usedBy when the round opened. */
    parties: z.array(z.string().min(1)).min(1),
    respondBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    openedAt: z.string(),
  }),
});
export type RiskConsultationRequestedData = z.infer<typeof RiskConsultationRequested.schema>;
