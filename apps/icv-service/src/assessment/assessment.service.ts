import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  assessmentProgress,
  checkAssessmentEntry,
  checkEvidence,
  MAX_TEXT,
  MeasureStatus,
  proposeStatement,
} from '@mkib/domain-icv';
import {
  badUserInput,
  conflict,
  FieldProblem,
  isIsoDate,
  notFound,
  toIsoDay,
  toIsoTimestamp,
} from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';

interface ApplicableRow {
  framework_code: string;
  identifier: string;
  facilities: string[];
}
interface EntryRow {
  framework_code: string;
  identifier: string;
  status: MeasureStatus;
  justification: string | null;
  assessed_by: string;
  assessed_at: Date;
}

const key = (r: { framework_code: string; identifier: string }) => `${r.framework_code}:${r.identifier}`;

export const toFinding = (r: Record<string, any>) => ({
  id: r.id,
  frameworkCode: r.framework_code,
  identifier: r.identifier,
  description: r.description,
  action: r.action,
  owner: r.owner,
  dueDate: toIsoDay(r.due_date),
  status: r.status,
  createdBy: r.created_by,
  closedBy: r.closed_by,
});
export const toEvidence = (r: Record<string, any>) => ({
  id: r.id,
  frameworkCode: r.framework_code,
  identifier: r.identifier,
  filename: r.filename,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedAt: toIsoTimestamp(r.uploaded_at),
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
  ) {}

  /** Own party, or any party for the auditor; another party's assessment is as unknown as a missing one. */
  readableParty(principal: Principal, party: string | null): string {
    const wanted = party ?? principal.party;
    const scope = partyScope(principal, 'assessment.read');
    if (!scope.all && wanted !== scope.party)
      throw notFound(`There is no assessment of ${wanted} that you may see.`);
    return wanted;
  }

  private async frozen(party: string, year: number, m: EntityManager): Promise<boolean> {
    const [row] = await m.query(
      `SELECT state FROM icv.icv WHERE party = $1 AND year = $2 AND state <> 'VERVANGEN'`,
      [party, year],
    );
    return row?.state === 'INGEDIEND';
  }

  async assessment(party: string, year: number, m: EntityManager = this.dataSource.manager) {
    const applicable: ApplicableRow[] = await m.query(
      `SELECT framework_code, identifier, facilities FROM icv.applicable_measure WHERE party = $1 ORDER BY position`,
      [party],
    );
    const entries: EntryRow[] = await m.query(
      `SELECT * FROM icv.assessment_entry WHERE party = $1 AND year = $2`,
      [party, year],
    );
    const findings = (
      await m.query(`SELECT * FROM icv.finding WHERE party = $1 AND year = $2 ORDER BY created_at`, [
        party,
        year,
      ])
    ).map(toFinding);
    const evidence = (
      await m.query(
        `SELECT id, framework_code, identifier, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at
           FROM icv.evidence WHERE party = $1 AND year = $2 ORDER BY uploaded_at`,
        [party, year],
      )
    ).map(toEvidence);
    const byKey = new Map(entries.map((e) => [key(e), e]));
    const statuses = new Map(entries.map((e) => [key(e), e.status]));
    const keys = applicable.map(key);
    const progress = assessmentProgress(keys, statuses);
    const facilities = [...new Set(applicable.flatMap((a) => a.facilities))].sort();
    return {
      party,
      year,
      frozen: await this.frozen(party, year, m),
      progress,
      proposedStatement: proposeStatement(progress),
      byFacility: facilities.map((facilityCode) => ({
        facilityCode,
        progress: assessmentProgress(
          applicable.filter((a) => a.facilities.includes(facilityCode)).map(key),
          statuses,
        ),
      })),
      findings,
      entries: applicable.map((a) => {
        const e = byKey.get(key(a));
        return {
          frameworkCode: a.framework_code,
          identifier: a.identifier,
          requirement: {
            __typename: 'Requirement',
            frameworkCode: a.framework_code,
            identifier: a.identifier,
          },
          facilities: a.facilities,
          status: e?.status ?? null,
          justification: e?.justification ?? null,
          assessedBy: e?.assessed_by ?? null,
          assessedAt: toIsoTimestamp(e?.assessed_at ?? null),
          findings: findings.filter(
            (f: { frameworkCode: string; identifier: string }) =>
              key({ framework_code: f.frameworkCode, identifier: f.identifier }) === key(a),
          ),
          evidence: evidence.filter(
            (f: { frameworkCode: string; identifier: string }) =>
              key({ framework_code: f.frameworkCode, identifier: f.identifier }) === key(a),
          ),
        };
      }),
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
      m: EntityManager,
      audit: (action: string, subject: string, details: Record<string, unknown>) => Promise<void>,
    ) => Promise<R>,
  ) {
    return this.unitOfWork.run(acting, async (tx) => {
      const party = principal.party;
      if (await this.frozen(party, year, tx.manager))
        throw conflict(
          `The ICV of ${party} for ${year} is submitted: its assessment is frozen (a correction opens it again).`,
        );
      const applicable = new Set(
        (
          (await tx.manager.query(
            `SELECT framework_code, identifier FROM icv.applicable_measure WHERE party = $1`,
            [party],
          )) as ApplicableRow[]
        ).map(key),
      );
      const problems: FieldProblem[] = [];
      refs.forEach((r, i) => {
        if (!applicable.has(`${r.frameworkCode}:${r.identifier}`))
          problems.push({
            field: field(i),
            message: `${r.frameworkCode} ${r.identifier} does not apply to ${party}`,
          });
      });
      if (problems.length) throw badUserInput(problems);
      return work(tx.manager, tx.audit);
    });
  }

  async assess(
    acting: ActingContext,
    principal: Principal,
    input: {
      year: number;
      entries: { frameworkCode: string; identifier: string; status: string; justification?: string | null }[];
    },
  ) {
    const problems: FieldProblem[] = [];
    if (input.entries.length === 0)
      problems.push({ field: 'input.entries', message: 'give at least one measure' });
    if (input.entries.length > 1000)
      problems.push({ field: 'input.entries', message: 'at most 1000 measures at once' });
    input.entries.forEach((e, i) => problems.push(...checkAssessmentEntry(e, `input.entries[${i}]`)));
    if (problems.length) throw badUserInput(problems);
    await this.change(
      acting,
      principal,
      input.year,
      input.entries,
      (i) => `input.entries[${i}]`,
      async (m, audit) => {
        const now = new Date();
        for (const e of input.entries)
          await m.query(
            `INSERT INTO icv.assessment_entry (party, year, framework_code, identifier, status, justification, assessed_by, assessed_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
           ON CONFLICT (party, year, framework_code, identifier) DO UPDATE SET status = EXCLUDED.status,
             justification = EXCLUDED.justification, assessed_by = EXCLUDED.assessed_by, assessed_at = EXCLUDED.assessed_at`,
            [
              principal.party,
              input.year,
              e.frameworkCode,
              e.identifier,
              e.status,
              e.justification?.trim() || null,
              acting.actor,
              now,
            ],
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

  recordFinding(
    acting: ActingContext,
    principal: Principal,
    input: {
      year: number;
      frameworkCode: string;
      identifier: string;
      description: string;
      action: string;
      owner: string;
      dueDate: string;
    },
  ) {
    const problems: FieldProblem[] = [];
    for (const f of ['description', 'action', 'owner'] as const) {
      const v = input[f].trim();
      if (!v) problems.push({ field: `input.${f}`, message: 'is required' });
      else if (v.length > MAX_TEXT)
        problems.push({ field: `input.${f}`, message: `must be at most ${MAX_TEXT} characters` });
    }
    if (!isIsoDate(input.dueDate))
      problems.push({ field: 'input.dueDate', message: 'must be a date (YYYY-MM-DD)' });
    if (problems.length) throw badUserInput(problems);
    return this.change(
      acting,
      principal,
      input.year,
      [input],
      () => 'input',
      async (m, audit) => {
        const id = randomUUID();
        await m.query(
          `INSERT INTO icv.finding (id, party, year, framework_code, identifier, description, action, owner, due_date, status, created_by, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'OPEN',$10,now())`,
          [
            id,
            principal.party,
            input.year,
            input.frameworkCode,
            input.identifier,
            input.description.trim(),
            input.action.trim(),
            input.owner.trim(),
            input.dueDate,
            acting.actor,
          ],
        );
        await audit('finding.recorded', id, {
          ref: `${input.frameworkCode}:${input.identifier}`,
          dueDate: input.dueDate,
        });
        const [row] = await m.query(`SELECT * FROM icv.finding WHERE id = $1`, [id]);
        return toFinding(row);
      },
    );
  }

  async closeFinding(acting: ActingContext, principal: Principal, id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw badUserInput([{ field: 'id', message: 'must be a finding id' }]);
    const [row] = await this.dataSource.query(`SELECT * FROM icv.finding WHERE id = $1`, [id]);
    if (!row || row.party !== principal.party) throw notFound(`There is no finding ${id}.`);
    if (row.status === 'AFGEROND') throw conflict('This finding is closed already.');
    return this.change(
      acting,
      principal,
      row.year,
      [],
      () => 'id',
      async (m, audit) => {
        await m.query(
          `UPDATE icv.finding SET status = 'AFGEROND', closed_by = $2, closed_at = now() WHERE id = $1`,
          [id, acting.actor],
        );
        await audit('finding.closed', id, {});
        const [after] = await m.query(`SELECT * FROM icv.finding WHERE id = $1`, [id]);
        return toFinding(after);
      },
    );
  }

  uploadEvidence(
    acting: ActingContext,
    principal: Principal,
    input: {
      year: number;
      frameworkCode: string;
      identifier: string;
      filename: string;
      contentType: string;
      contentBase64: string;
    },
  ) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64))
      throw badUserInput([{ field: 'input.contentBase64', message: 'must be the file in base64' }]);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const problems = checkEvidence({ filename: input.filename, contentType: input.contentType, bytes });
    if (problems.length) throw badUserInput(problems);
    return this.change(
      acting,
      principal,
      input.year,
      [input],
      () => 'input',
      async (m, audit) => {
        const id = randomUUID();
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        await m.query(
          `INSERT INTO icv.evidence (id, party, year, framework_code, identifier, filename, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,now())`,
          [
            id,
            principal.party,
            input.year,
            input.frameworkCode,
            input.identifier,
            input.filename.trim(),
            input.contentType,
            bytes.length,
            sha256,
            bytes,
            acting.actor,
          ],
        );
        await audit('evidence.uploaded', id, {
          ref: `${input.frameworkCode}:${input.identifier}`,
          filename: input.filename.trim(),
          sizeBytes: bytes.length,
          sha256,
        });
        const [row] = await m.query(
          `SELECT id, framework_code, identifier, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at FROM icv.evidence WHERE id = $1`,
          [id],
        );
        return toEvidence(row);
      },
    );
  }

  async evidenceContent(principal: Principal, id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id))
      throw badUserInput([{ field: 'id', message: 'must be an evidence id' }]);
    const [row] = await this.dataSource.query(`SELECT * FROM icv.evidence WHERE id = $1`, [id]);
    const scope = partyScope(principal, 'assessment.read');
    if (!row || (!scope.all && row.party !== scope.party))
      throw notFound(`There is no evidence ${id} that you may see.`);
    const content = Buffer.from(row.content);
    return {
      ...toEvidence(row),
      contentBase64: content.toString('base64'),
      // Verified on every read: what is served is what was stored.
      intact: createHash('sha256').update(content).digest('hex') === row.sha256,
    };
  }
}
