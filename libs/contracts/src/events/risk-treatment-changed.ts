import { z } from 'zod';
import { defineEvent } from '../envelope';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A treatment of a final risk analysis changed status (issue 17): OPEN when its analysis became final,
 * AFGEROND when the owner party reported it done (`completeRiskTreatment`; a MITIGEREN treatment is completed
 * as its icv finding instead), VERVALLEN when a newer version of the analysis superseded it. A treatment
 * carried into a newer version goes on under its new id (same `originId`): its old id gets VERVALLEN, its new
 * id OPEN. The message key is the treatment id, so one treatment's changes arrive in order. Consumers:
 * - governance: RISICOBEHANDELING reminders while OPEN (not for ACCEPTEREN, which has its review date);
 * - icv: the treatments plan lines may link (`risk_treatment_view`, keyed by `originId`).
 */
export const RiskTreatmentChanged = defineEvent({
  type: 'risk.treatment.changed',
  context: 'risk',
  schemaVersion: 1,
  schema: z.object({
    treatmentId: z.string().uuid(),
    /** The treatment's line across the versions of its analysis (a revision copies it). */
    originId: z.string().uuid(),
    analysisId: z.string().uuid(),
    analysisNumber: z.string().min(1),
    analysisVersion: z.number().int().min(1),
    ownerParty: z.string().min(1),
    riskTitle: z.string(),
    facilityCode: z.string().min(1),
    kind: z.enum(['MITIGEREN', 'ACCEPTEREN', 'OVERDRAGEN', 'VERMIJDEN']),
    description: z.string(),
    dueDate: day,
    status: z.enum(['OPEN', 'AFGEROND', 'VERVALLEN']),
    completedBy: z.string().nullable(),
    completedAt: z.string().nullable(),
    changedAt: z.string(),
  }),
});
export type RiskTreatmentChangedData = z.infer<typeof RiskTreatmentChanged.schema>;
