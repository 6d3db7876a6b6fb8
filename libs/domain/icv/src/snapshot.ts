import {
  AssessmentProgress,
  assessmentProgress,
  MeasureStatus,
  proposeStatement,
  Statement,
} from './assessment';

/**
 * A submitted year stays true (issue 12, "frozen means frozen"): submitting an ICV freezes its
 * assessment in a snapshot that copies what it showed. The catalogue keeps no history (an import
 * overwrites or deletes requirement rows), so a snapshot holds the measures' identifiers, titles and
 * texts as they were, with the profile and framework versions they came from, the statuses, the
 * evidence references, the compliance figures and the proposed and chosen statement.
 */

/** A measure as the assessment knows it: from the applicability the policy context published. */
export interface DescribedMeasure {
  frameworkCode: string;
  identifier: string;
  facilities: string[];
  title: string | null;
  text: string | null;
  frameworkVersion: string | null;
}

export interface MeasureEntry {
  status: MeasureStatus;
  justification: string | null;
  assessedBy: string;
  /** ISO timestamp. */
  assessedAt: string;
}

export interface EvidenceReference {
  id: string;
  frameworkCode: string;
  identifier: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface SnapshotMeasure extends DescribedMeasure {
  status: MeasureStatus | null;
  justification: string | null;
  assessedBy: string | null;
  assessedAt: string | null;
  evidence: EvidenceReference[];
}

/** What `proposeStatement` gives. */
export type ProposedStatement = ReturnType<typeof proposeStatement>;

export interface AssessmentFigures {
  progress: AssessmentProgress;
  byFacility: { facilityCode: string; progress: AssessmentProgress }[];
  proposedStatement: ProposedStatement;
  measures: SnapshotMeasure[];
}

const refKeyOf = (r: { frameworkCode: string; identifier: string }) => `${r.frameworkCode}:${r.identifier}`;

/**
 * The assessment over the measures that apply: each measure with its status and evidence, the
 * progress overall and per facility, and the statement it suggests. What the open year shows, and
 * what a snapshot freezes.
 */
export function assessAgainst(
  measures: DescribedMeasure[],
  entries: Map<string, MeasureEntry>,
  evidence: EvidenceReference[] = [],
): AssessmentFigures {
  const keys = measures.map(refKeyOf);
  const statuses = new Map([...entries].map(([k, e]) => [k, e.status]));
  const progress = assessmentProgress(keys, statuses);
  const facilities = [...new Set(measures.flatMap((m) => m.facilities))].sort();
  return {
    progress,
    byFacility: facilities.map((facilityCode) => ({
      facilityCode,
      progress: assessmentProgress(
        measures.filter((m) => m.facilities.includes(facilityCode)).map(refKeyOf),
        statuses,
      ),
    })),
    proposedStatement: proposeStatement(progress),
    measures: measures.map((m) => {
      const e = entries.get(refKeyOf(m));
      return {
        frameworkCode: m.frameworkCode,
        identifier: m.identifier,
        facilities: [...m.facilities],
        title: m.title,
        text: m.text,
        frameworkVersion: m.frameworkVersion,
        status: e?.status ?? null,
        justification: e?.justification ?? null,
        assessedBy: e?.assessedBy ?? null,
        assessedAt: e?.assessedAt ?? null,
        evidence: evidence.filter((f) => refKeyOf(f) === refKeyOf(m)),
      };
    }),
  };
}

/** How a snapshot came to be: at submission, or from the data at the upgrade for an ICV submitted before. */
export type SnapshotOrigin = 'SUBMISSION' | 'MIGRATION';

export interface AssessmentSnapshot extends AssessmentFigures {
  icvId: string;
  version: number;
  party: string;
  year: number;
  /** ISO timestamp. */
  takenAt: string;
  origin: SnapshotOrigin;
  /** The BBN profile version the applicable measures came from (null if never received). */
  profileVersion: number | null;
  /** The statement the organisation chose. */
  statement: Statement | null;
}

/** Freezes the assessment of a submitted ICV version, as of `now`. */
export function freezeAssessment(input: {
  icv: { id: string; version: number; party: string; year: number; statement: Statement | null };
  profileVersion: number | null;
  measures: DescribedMeasure[];
  entries: Map<string, MeasureEntry>;
  evidence: EvidenceReference[];
  now: Date;
  origin?: SnapshotOrigin;
}): AssessmentSnapshot {
  return {
    icvId: input.icv.id,
    version: input.icv.version,
    party: input.icv.party,
    year: input.icv.year,
    takenAt: input.now.toISOString(),
    origin: input.origin ?? 'SUBMISSION',
    profileVersion: input.profileVersion,
    statement: input.icv.statement,
    ...assessAgainst(input.measures, input.entries, input.evidence),
  };
}

/**
 * Findings live on (issue 12): a finding belongs to the party's improvement work, not to a frozen
 * year. The findings an assessment of `year` shows: those recorded for that year, and those of
 * earlier years still open, marked with the year they were carried over from.
 */
export function findingsForYear<F extends { year: number; status: string }>(
  findings: F[],
  year: number,
): (F & { carriedOverFrom: number | null })[] {
  return [
    ...findings
      .filter((f) => f.year < year && f.status === 'OPEN')
      .map((f) => ({ ...f, carriedOverFrom: f.year })),
    ...findings.filter((f) => f.year === year).map((f) => ({ ...f, carriedOverFrom: null })),
  ];
}
