import { z } from 'zod';
import { defineEvent } from '../envelope';

/**
 * The Minister of JenV started, changed or completed an evaluation audit of the regulation (SK-6). Policy
 * keeps it as a record a change proposal can name as its trigger (EVALUATION); the findings' texts stay
 * in governance.
 */
export const EvaluationRecorded = defineEvent({
  type: 'governance.evaluation.recorded',
  context: 'governance',
  schemaVersion: 1,
  schema: z.object({
    evaluationId: z.string().uuid(),
    kind: z.enum(['VIJFJAARLIJKS', 'EXTRA']),
    title: z.string().min(1),
    /** YYYY-MM-DD */
    periodFrom: z.string(),
    periodTo: z.string(),
    state: z.enum(['LOPEND', 'AFGEROND']),
    /** YYYY-MM-DD once completed. */
    completedOn: z.string().nullable(),
    findingCount: z.number().int().min(0),
  }),
});
export type EvaluationRecordedData = z.infer<typeof EvaluationRecorded.schema>;
