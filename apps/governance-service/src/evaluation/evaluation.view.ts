import { toIsoDay } from '@mkib/domain-shared';
import { EvaluationEntity } from './evaluation.entity';

/** An evaluation as the GraphQL type Evaluation (without the report's bytes). */
export function toEvaluation(e: EvaluationEntity) {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    periodFrom: toIsoDay(e.periodFrom),
    periodTo: toIsoDay(e.periodTo),
    scope: e.scope,
    auditor: e.auditor,
    reason: e.reason,
    state: e.state,
    findings: e.findings.map((f) => ({ id: f.id, text: f.text, followUp: f.followUp, state: f.state })),
    report:
      e.reportFilename && e.reportUploadedAt
        ? {
            filename: e.reportFilename,
            contentType: e.reportContentType ?? 'application/octet-stream',
            size: e.reportSize ?? 0,
            uploadedBy: e.reportUploadedBy ?? '',
            uploadedAt: e.reportUploadedAt.toISOString(),
          }
        : null,
    completedOn: e.completedOn ? toIsoDay(e.completedOn) : null,
    startedBy: e.startedBy,
    startedAt: e.startedAt.toISOString(),
  };
}
export type EvaluationView = ReturnType<typeof toEvaluation>;
