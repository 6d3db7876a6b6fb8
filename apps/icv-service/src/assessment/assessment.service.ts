import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  assessAgainst,
  SnapshotMeasure,
  AssessmentSnapshot,
  assessmentProgress,
  findingsForYear,
  freezeAssessment,
  MeasureEntry,
  checkAssessmentEntries,
  checkEvidence,
  normaliseFilename,
  checkFinding,
  checkFindingProgress,
  icvMessage as m,
  MeasureStatus,
  proposeStatement,
  Statement,
} from '@mkib/domain-icv';
import { FindingChanged, FindingChangedData } from '@mkib/contracts';
import { badUserInput, Clock, toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { inflatePart } from '@mkib/server-documents';
import { Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import type { FieldProblem } from '@mkib/domain-shared';
import { IcvRepository } from '../icv/icv.repository';
import { ApplicableMeasureRepository } from '../read-models/applicable-measure.repository';
import { AssessmentSnapshotRepository, IcvVersionKey } from '../snapshot/assessment-snapshot.repository';
import { AssessmentEntryEntity } from './assessment-entry.entity';
import { AssessMeasuresInput, EvidenceInput, FindingInput, FindingProgressInput } from './assessment.input';
import { AssessmentRepository, PartyYear } from './assessment.repository';
import { EvidenceEntity } from './evidence.entity';
import { FindingEntity } from './finding.entity';

const UUID = /^[0-9a-f-]{36}$/i;
const key = (r: { frameworkCode: string; identifier: string }) => `${r.frameworkCode}:${r.identifier}`;

/** The GraphQL shapes, kept apart from the entities. */
export const toFinding = (r: FindingEntity) => ({
  id: r.id,
  frameworkCode: r.frameworkCode,
  identifier: r.identifier,
  description: r.description,
  action: r.action,
  owner: r.owner,
  dueDate: toIsoDay(r.dueDate),
  status: r.status,
  createdBy: r.createdBy,
  closedBy: r.closedBy,
  closedAt: toIsoTimestamp(r.closedAt),
  /** The year an open finding was carried over from; null in its own year. */
  carriedOverFrom: null as number | null,
  riskTreatmentId: r.riskTreatmentId ?? null,
});
export type FindingView = ReturnType<typeof toFinding>;

/** What `icv.finding.changed` tells of a finding as it now stands. */
export const findingChangedData = (r: FindingEntity, changedAt: Date): FindingChangedData => ({
  findingId: r.id,
  party: r.party,
  year: r.year,
  frameworkCode: r.frameworkCode,
  identifier: r.identifier,
  description: r.description,
  action: r.action,
  owner: r.owner,
  dueDate: toIsoDay(r.dueDate),
  status: r.status,
  riskTreatmentId: r.riskTreatmentId ?? null,
  changedAt: changedAt.toISOString(),
});

/** Announces a finding's change in the unit of work that made it (risk keeps them for the POA&M). */
export const emitFindingChanged = (tx: Transaction, finding: FindingEntity) =>
  tx.emit(FindingChanged, finding.id, findingChangedData(finding, tx.clock.now()));
export const toEvidence = (r: EvidenceEntity) => ({
  id: r.id,
  frameworkCode: r.frameworkCode,
  identifier: r.identifier,
  filename: r.filename,
  contentType: r.contentType,
  sizeBytes: r.sizeBytes,
  sha256: r.sha256,
  uploadedBy: r.uploadedBy,
  uploadedAt: toIsoTimestamp(r.uploadedAt)!,
});
export type EvidenceView = ReturnType<typeof toEvidence>;

const entryMap = (entries: AssessmentEntryEntity[]) =>
  new Map<string, MeasureEntry>(
    entries.map((e) => [
      key(e),
      {
        status: e.status,
        justification: e.justification,
        assessedBy: e.assessedBy,
        assessedAt: toIsoTimestamp(e.assessedAt)!,
      },
    ]),
  );

/**
 * One measure of an assessment; `frozenEvidence` holds a snapshot's evidence references (an open
 * year's evidence is loaded per request instead).
 */
const entryView = (
  party: string,
  year: number,
  m: SnapshotMeasure,
  frozenEvidence: EvidenceView[] | null,
) => ({
  party,
  year,
  frameworkCode: m.frameworkCode,
  identifier: m.identifier,
  requirement: { __typename: 'Requirement', frameworkCode: m.frameworkCode, identifier: m.identifier },
  facilities: m.facilities,
  title: m.title,
  text: m.text,
  frameworkVersion: m.frameworkVersion,
  status: m.status,
  justification: m.justification,
  assessedBy: m.assessedBy,
  assessedAt: m.assessedAt,
  frozenEvidence,
});

/** The assessment a submitted year reads: its snapshot. */
export const assessmentOfSnapshot = (s: AssessmentSnapshot) => ({
  party: s.party,
  year: s.year,
  frozen: true,
  progress: s.progress,
  proposedStatement: s.proposedStatement,
  byFacility: s.byFacility,
  entries: s.measures.map((m) => entryView(s.party, s.year, m, m.evidence)),
});

/** The GraphQL shape of a snapshot (`Icv.snapshot`). */
export const toSnapshotView = (s: AssessmentSnapshot) => ({
  ...assessmentOfSnapshot(s),
  icvId: s.icvId,
  version: s.version,
  takenAt: s.takenAt,
  origin: s.origin,
  profileVersion: s.profileVersion,
  statement: s.statement,
});

/**
 * A party's self-assessment for a year over the measures that apply to it (SK-4.1, SK-4.5, SK-5.1,
 * SK-5.3). Frozen once that year's ICV is submitted; a correction of the ICV opens it again.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** Own party, or any party for the auditor; another party's assessment is as unknown as a missing one. */
  readableParty(principal: Principal, party: string | null): string {
    return readablePartyOrNotFound(principal, 'assessment.read', party, (wanted) =>
      m.notFound('icv.assessment.notVisible', { party: wanted }),
    );
  }

  /** Whether the year's ICV is submitted; `lock` holds it so until the caller's transaction ends. */
  private async frozen(party: string, year: number, manager: EntityManager, lock = false): Promise<boolean> {
    return (await new IcvRepository(manager).current(party, year, lock && 'share'))?.state === 'INGEDIEND';
  }

  /**
   * A party's assessment of a year. Open: in three queries, whatever the number of measures (the
   * applicable measures, the entries, the ICV's state). Submitted: read from the snapshot taken at
   * submission, whatever changed in the catalogue, profiles or facilities since. Findings are live
   * (they live on after submission) and per-request batches (findingsOf); so is the evidence of an
   * open year (evidenceOf).
   */
  async assessment(party: string, year: number, manager: EntityManager = this.dataSource.manager) {
    const icv = await new IcvRepository(manager).current(party, year);
    if (icv?.state === 'INGEDIEND') {
      const [snapshot] = await new AssessmentSnapshotRepository(manager).ofVersions([icv]);
      if (snapshot) return assessmentOfSnapshot(snapshot);
    }
    const applicable = await new ApplicableMeasureRepository(manager).ofParty(party);
    const entries = await new AssessmentRepository(manager).entriesOf([{ party, year }]);
    const figures = assessAgainst(applicable, entryMap(entries));
    return {
      party,
      year,
      frozen: icv?.state === 'INGEDIEND',
      progress: figures.progress,
      proposedStatement: figures.proposedStatement,
      byFacility: figures.byFacility,
      entries: figures.measures.map((m) => entryView(party, year, m, null)),
    };
  }

  /**
   * Freezes the assessment of a submitted ICV version (inside the submission's unit of work): the
   * measures as published to the icv context, with titles, texts and versions, the statuses and
   * evidence references, the figures and both statements.
   */
  async freeze(
    icv: { id: string; version: number; party: string; year: number; statement: Statement | null },
    manager: EntityManager,
  ): Promise<AssessmentSnapshot> {
    const measures = new ApplicableMeasureRepository(manager);
    const assessments = new AssessmentRepository(manager);
    const snapshot = freezeAssessment({
      icv,
      profileVersion: await measures.profileVersionOf(icv.party),
      measures: await measures.ofParty(icv.party),
      entries: entryMap(await assessments.entriesOf([icv])),
      evidence: (await assessments.evidenceOf([icv])).map(toEvidence),
      now: this.clock.now(),
    });
    await new AssessmentSnapshotRepository(manager).insert(snapshot);
    return snapshot;
  }

  /** The snapshots of these ICV versions, in their order (null where none): one query. */
  async snapshotsOf(keys: readonly IcvVersionKey[]): Promise<(AssessmentSnapshot | null)[]> {
    const rows = await new AssessmentSnapshotRepository(this.dataSource.manager).ofVersions(keys);
    return keys.map((k) => rows.find((r) => r.icvId === k.id && r.version === k.version) ?? null);
  }

  /**
   * The findings each assessment (party and year) shows, oldest first: those of that year, and those of
   * earlier years still open, carried over (findings live on). One query for them all.
   */
  async findingsOf(keys: readonly PartyYear[]): Promise<FindingView[][]> {
    const rows = await new AssessmentRepository(this.dataSource.manager).findingsUpTo(keys);
    return keys.map((k) =>
      findingsForYear(
        rows.filter((r) => r.party === k.party),
        k.year,
      ).map((f) => ({ ...toFinding(f), carriedOverFrom: f.carriedOverFrom })),
    );
  }

  /** The evidence files of each assessment (party and year), oldest first: one query for them all. */
  async evidenceOf(keys: readonly PartyYear[]): Promise<EvidenceView[][]> {
    const rows = await new AssessmentRepository(this.dataSource.manager).evidenceOf(keys);
    return keys.map((k) => rows.filter((r) => r.party === k.party && r.year === k.year).map(toEvidence));
  }

  /** The statement each assessment (party and year) suggests: two queries for them all. */
  async proposedStatements(keys: readonly PartyYear[]): Promise<(Statement | null)[]> {
    const manager = this.dataSource.manager;
    const applicable = await new ApplicableMeasureRepository(manager).ofParties(keys.map((k) => k.party));
    const entries = await new AssessmentRepository(manager).entriesOf(keys);
    return keys.map(({ party, year }) => {
      const statuses = new Map(
        entries.filter((e) => e.party === party && e.year === year).map((e) => [key(e), e.status]),
      );
      const measures = applicable.filter((a) => a.party === party).map(key);
      return proposeStatement(assessmentProgress(measures, statuses));
    });
  }

  /** The compliance figures the boards see with a submitted ICV. */
  async compliance(party: string, year: number, manager: EntityManager) {
    const a = await this.assessment(party, year, manager);
    return {
      percentImplemented: a.progress.percentImplemented,
      byFacility: a.byFacility.map((f) => ({
        facilityCode: f.facilityCode,
        percentImplemented: f.progress.percentImplemented,
      })),
    };
  }

  /** What the assessment proposes, with its figures (an unassessed measure counts as not implemented). */
  async proposal(party: string, year: number, manager: EntityManager) {
    const { progress, proposedStatement } = await this.assessment(party, year, manager);
    return {
      statement: proposedStatement,
      applicable: progress.applicable,
      implemented: progress.implemented,
      partly: progress.partly,
      notImplemented: progress.notImplemented,
      notApplicable: progress.notApplicable,
      unassessed: progress.applicable - progress.assessed,
      percentImplemented: progress.percentImplemented,
    };
  }

  /** Runs a change on the caller's own assessment, refused once the year's ICV is submitted. */
  private change<R>(
    acting: ActingContext,
    principal: Principal,
    year: number,
    refs: { frameworkCode: string; identifier: string }[],
    field: (i: number) => string,
    work: (
      assessments: AssessmentRepository,
      audit: (action: string, subject: string, details: Record<string, unknown>) => Promise<void>,
      tx: Transaction,
    ) => Promise<R>,
  ) {
    return this.unitOfWork.run(acting, async (tx) => {
      const party = principal.party;
      // The ICV stays as it is until this change commits: a submission at once waits, then freezes it.
      if (await this.frozen(party, year, tx.manager, true))
        throw m.conflict('icv.assessment.frozen', { party, year });
      const applicable = new Set((await new ApplicableMeasureRepository(tx.manager).ofParty(party)).map(key));
      const problems = refs.flatMap((r, i) =>
        applicable.has(key(r))
          ? []
          : [
              m.problem(field(i), 'icv.assessment.notApplicable', {
                frameworkCode: r.frameworkCode,
                identifier: r.identifier,
                party,
              }),
            ],
      );
      if (problems.length) throw badUserInput(problems);
      return work(new AssessmentRepository(tx.manager), tx.audit, tx);
    });
  }

  async assess(acting: ActingContext, principal: Principal, input: AssessMeasuresInput) {
    const problems = checkAssessmentEntries(input.entries);
    if (problems.length) throw badUserInput(problems);
    await this.change(
      acting,
      principal,
      input.year,
      input.entries,
      (i) => `input.entries[${i}]`,
      async (assessments, audit) => {
        const now = this.clock.now();
        await assessments.saveEntries(
          input.entries.map((e) => ({
            party: principal.party,
            year: input.year,
            frameworkCode: e.frameworkCode,
            identifier: e.identifier,
            status: e.status as MeasureStatus,
            justification: e.justification?.trim() || null,
            assessedBy: acting.actor,
            assessedAt: now,
          })),
        );
        await audit('assessment.recorded', `${principal.party}/${input.year}`, {
          entries: input.entries.map((e) => ({
            ref: `${e.frameworkCode}:${e.identifier}`,
            status: e.status,
          })),
        });
      },
    );
    return this.assessment(principal.party, input.year);
  }

  recordFinding(acting: ActingContext, principal: Principal, input: FindingInput) {
    const problems = checkFinding(input);
    if (problems.length) throw badUserInput(problems);
    return this.change(
      acting,
      principal,
      input.year,
      [input],
      () => 'input',
      async (assessments, audit, tx) => {
        const finding: FindingEntity = {
          id: randomUUID(),
          party: principal.party,
          year: input.year,
          frameworkCode: input.frameworkCode,
          identifier: input.identifier,
          description: input.description.trim(),
          action: input.action.trim(),
          owner: input.owner.trim(),
          dueDate: input.dueDate,
          status: 'OPEN',
          createdBy: acting.actor,
          createdAt: this.clock.now(),
          closedBy: null,
          closedAt: null,
          riskTreatmentId: null,
        };
        await assessments.saveFinding(finding);
        await emitFindingChanged(tx, finding);
        await audit('finding.recorded', finding.id, {
          ref: `${input.frameworkCode}:${input.identifier}`,
          dueDate: input.dueDate,
        });
        return toFinding(finding);
      },
    );
  }

  /**
   * Changes a finding of the caller's own party under a row lock, audited; findings live on, so also
   * after the year's ICV is submitted (the snapshot keeps what was submitted). Refused once closed.
   */
  private async onOpenFinding(
    acting: ActingContext,
    principal: Principal,
    id: string,
    action: string,
    work: (finding: FindingEntity) => Record<string, unknown>,
    problems: () => FieldProblem[] = () => [],
  ) {
    if (!UUID.test(id)) throw badUserInput([m.problem('id', 'icv.finding.badId')]);
    const row = await new AssessmentRepository(this.dataSource.manager).finding(id);
    const notFound = () => m.notFound('icv.finding.notFound', { id });
    if (!row) throw notFound();
    readablePartyOrNotFound(principal, 'assessment.change', row.party, notFound);
    // The input is checked only for the party whose finding it is: another party learns nothing.
    const inputProblems = problems();
    if (inputProblems.length) throw badUserInput(inputProblems);
    return this.unitOfWork.run(acting, async (tx) => {
      const assessments = new AssessmentRepository(tx.manager);
      const finding = (await assessments.finding(id, true))!;
      if (finding.status === 'AFGEROND') throw m.conflict('icv.finding.closedAlready');
      const details = work(finding);
      await assessments.saveFinding(finding);
      await emitFindingChanged(tx, finding);
      await tx.audit(action, id, {
        party: finding.party,
        year: finding.year,
        ref: `${finding.frameworkCode}:${finding.identifier}`,
        afterSubmission: await this.frozen(finding.party, finding.year, tx.manager),
        ...details,
      });
      return toFinding(finding);
    });
  }

  /** Records progress on an open finding: its improvement action, owner and due date as they stand. */
  progressFinding(acting: ActingContext, principal: Principal, id: string, input: FindingProgressInput) {
    return this.onOpenFinding(
      acting,
      principal,
      id,
      'finding.progressed',
      (finding) => {
        const next = { action: input.action.trim(), owner: input.owner.trim(), dueDate: input.dueDate };
        const before = { action: finding.action, owner: finding.owner, dueDate: toIsoDay(finding.dueDate) };
        Object.assign(finding, next);
        return { before, after: next };
      },
      () => checkFindingProgress(input),
    );
  }

  /** Closes a finding: its improvement action is done. */
  closeFinding(acting: ActingContext, principal: Principal, id: string) {
    return this.onOpenFinding(acting, principal, id, 'finding.closed', (finding) => {
      finding.status = 'AFGEROND';
      finding.closedBy = acting.actor;
      finding.closedAt = this.clock.now();
      return {};
    });
  }

  uploadEvidence(acting: ActingContext, principal: Principal, input: EvidenceInput) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64))
      throw badUserInput([m.problem('input.contentBase64', 'icv.evidence.notBase64')]);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const problems = checkEvidence(
      { filename: input.filename, contentType: input.contentType, bytes },
      { inflate: inflatePart },
    );
    if (problems.length) throw badUserInput(problems);
    // Stored, audited and offered for download under its normalised name (issue 13, §5).
    const filename = normaliseFilename(input.filename);
    return this.change(
      acting,
      principal,
      input.year,
      [input],
      () => 'input',
      async (assessments, audit) => {
        const evidence: EvidenceEntity = {
          id: randomUUID(),
          party: principal.party,
          year: input.year,
          frameworkCode: input.frameworkCode,
          identifier: input.identifier,
          filename,
          contentType: input.contentType,
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          content: bytes,
          uploadedBy: acting.actor,
          uploadedAt: this.clock.now(),
        };
        await assessments.insertEvidence(evidence);
        await audit('evidence.uploaded', evidence.id, {
          ref: `${input.frameworkCode}:${input.identifier}`,
          filename: evidence.filename,
          sizeBytes: bytes.length,
          sha256: evidence.sha256,
        });
        return toEvidence(evidence);
      },
    );
  }

  async evidenceContent(principal: Principal, id: string) {
    if (!UUID.test(id)) throw badUserInput([m.problem('id', 'icv.evidence.badId')]);
    const row = await new AssessmentRepository(this.dataSource.manager).evidenceWithContent(id);
    const notFound = () => m.notFound('icv.evidence.notFound', { id });
    if (!row) throw notFound();
    readablePartyOrNotFound(principal, 'assessment.read', row.party, notFound);
    const content = Buffer.from(row.content!);
    return {
      ...toEvidence(row),
      contentBase64: content.toString('base64'),
      // Verified on every read: what is served is what was stored.
      intact: createHash('sha256').update(content).digest('hex') === row.sha256,
    };
  }
}

export type AssessmentView = Awaited<ReturnType<AssessmentService['assessment']>>;
export type SnapshotView = ReturnType<typeof toSnapshotView>;
export type AssessmentEntryView = AssessmentView['entries'][number];
