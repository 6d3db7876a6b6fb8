import { z } from 'zod';
import { defineEvent } from '../envelope';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const measure = z.object({ frameworkCode: z.string().min(1), identifier: z.string().min(1) });

/**
 * A risk analysis became final (SK-4.2, SK-4.3, SK-5.2). Consumers:
 * - policy: a supplementary analysis (kind AANVULLEND) proposes the facility's supplementary measures
 *   (the measures of its MITIGEREN treatments) as a change proposal with trigger RISK_ANALYSIS; an
 *   analysis of the beheerder becomes a linkable trigger;
 * - governance: signals the SMB (with the note when finalised past the deadline);
 * - icv: the MITIGEREN treatments become findings of the owner party (improvement work).
 */
export const RiskAnalysisFinalised = defineEvent({
  type: 'risk.analysis.finalised',
  context: 'risk',
  schemaVersion: 1,
  schema: z.object({
    analysisId: z.string().uuid(),
    number: z.string().min(1),
    version: z.number().int().min(1),
    /** The version this one supersedes (its treatments are replaced by these). */
    supersedesAnalysisId: z.string().uuid().nullable(),
    title: z.string().min(1),
    kind: z.enum(['REGULIER', 'AANVULLEND']),
    scope: z.enum(['GEDEELDE_VOORZIENING', 'EIGEN_GEBRUIK']),
    ownerParty: z.string().min(1),
    facilityCodes: z.array(z.string().min(1)).min(1),
    dueDate: day.nullable(),
    finalisedAt: z.string(),
    /** True when finalised after dueDate or after respondBy without every response. */
    late: z.boolean(),
    pastDeadlineNote: z.string().nullable(),
    /** Consulted parties that never responded. */
    missingResponses: z.array(z.string()),
    /** Per level (LAAG, MIDDEN, HOOG, ZEER_HOOG) the number of risks by residual level. */
    residualCounts: z.record(z.string(), z.number().int().min(0)),
    /** The supplementary measures per facility: the union of the MITIGEREN treatments' measures. */
    supplementaryMeasures: z.array(z.object({ facilityCode: z.string().min(1), measures: z.array(measure) })),
    treatments: z.array(
      z.object({
        treatmentId: z.string().uuid(),
        riskId: z.string().uuid(),
        riskTitle: z.string(),
        facilityCode: z.string().min(1),
        kind: z.enum(['MITIGEREN', 'ACCEPTEREN', 'OVERDRAGEN', 'VERMIJDEN']),
        description: z.string(),
        measures: z.array(measure),
        owner: z.string(),
        dueDate: day,
        residualLevel: z.enum(['LAAG', 'MIDDEN', 'HOOG', 'ZEER_HOOG']),
      }),
    ),
  }),
});
export type RiskAnalysisFinalisedData = z.infer<typeof RiskAnalysisFinalised.schema>;
