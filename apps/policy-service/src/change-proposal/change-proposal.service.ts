import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { PolicyChangeProposed } from '@mkib/contracts';
import {
  applyFailure,
  assertBaseInForce,
  awaitsDecision,
  assertCanOpenConsultation,
  assertCanRespond,
  assertCanSubmit,
  assertCanUpdate,
  assertCanWithdraw,
  assertNoOtherCarrying,
  assertRequestOpen,
  awaitingResponse,
  baseOutdatedFailure,
  carriesRequirementChanges,
  checkChangeRequest,
  checkJaaraanschrijving,
  checkNotEmpty,
  checkRespondBy,
  checkResponse,
  checkText,
  checkTitle,
  checkTrigger,
  checkTriggerRequest,
  ChangeRequestState,
  decisionLabel,
  editsText,
  isUuid,
  mergeRevision,
  partyName,
  policy,
  POLICY_HOOFDGEBRUIKERS,
  ProposalState,
  ProposalStepName,
  refKey,
  RequirementRef,
  riskAnalysisTriggerLabel,
  SupplementaryAnalysisFacts,
  supplementaryProposal,
  textPart,
} from '@mkib/domain-policy';
import { badUserInput, Clock, FieldProblem, isDomainError } from '@mkib/domain-shared';
import { PartyScope } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { ImportReport } from '../catalogue/catalogue.input';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import { CatalogueService } from '../catalogue/catalogue.service';
import { EvaluationRefEntity } from '../evaluation/evaluation-ref.entity';
import { RiskAnalysisEntity } from '../risk-analysis/risk-analysis.entity';
import { PolicyVersionService } from '../policy-document/policy-version.service';
import { ProfileService } from '../profile/profile.service';
import {
  BoardDecisionEntity,
  ChangeProposalEntity,
  ChangeRequestEntity,
  ConsultationResponseEntity,
  JaaraanschrijvingEntity,
  ProposalStepEntity,
} from './change-proposal.entities';
import {
  ChangeTriggerInput,
  ConsultationResponseInput,
  DraftChangeProposalInput,
  importInput,
  PolicyChangeInputValue,
  RecordJaaraanschrijvingInput,
  RequestPolicyChangeInput,
  UpdateChangeProposalInput,
} from './change-proposal.input';

/** The beheerder: only its final risk analyses trigger a change of the policy. */
const BEHEERDER = 'lms';

/** What a checked change carries besides its problems: the dry-run reports of its framework imports. */
interface CheckedChange {
  problems: FieldProblem[];
  importReports: ImportReport[];
}

/** A DomainError (FORBIDDEN/CONFLICT of an import's owner check) as a problem of the carried part. */
const asProblem = (field: string, e: unknown): FieldProblem[] => {
  if (!isDomainError(e)) throw e;
  if (e.problems.length) return e.problems.map((p) => ({ ...p, field: p.field.replace(/^input/, field) }));
  return [{ field, message: e.message, key: e.key, params: e.params }];
};

/**
 * The change procedure of the information-security policy (SK-3.1, SK-4.4): the LMS drafts a proposal
 * on a trigger, consults the hoofdgebruikers, submits it to the boards; the BMB's decision (consumed from
 * governance) adopts or rejects it. Every mutation is one unit of work with a row lock on its proposal.
 */
@Injectable()
export class ChangeProposalService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly versions: PolicyVersionService,
    private readonly profiles: ProfileService,
    private readonly catalogue: CatalogueService,
  ) {}

  private get manager() {
    return this.dataSource.manager;
  }

  // ---- Reading ----

  proposals(state: ProposalState | null): Promise<ChangeProposalEntity[]> {
    return this.manager
      .getRepository(ChangeProposalEntity)
      .find({ where: state ? { state } : {}, order: { number: 'DESC' } });
  }

  async proposal(id: string): Promise<ChangeProposalEntity> {
    const found = isUuid(id)
      ? await this.manager.getRepository(ChangeProposalEntity).findOneBy({ id })
      : null;
    if (!found) throw policy.notFound('policy.proposal.notFound', { id });
    return found;
  }

  proposalsByIds(ids: readonly string[]): Promise<ChangeProposalEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.manager.getRepository(ChangeProposalEntity).findBy({ id: In(valid) });
  }

  /** The proposals final risk analyses drafted (a supplementary one's measures), by analysis id, in one query. */
  async proposalIdsOfAnalyses(ids: readonly string[]): Promise<{ id: string; proposalId: string | null }[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.manager.getRepository(RiskAnalysisEntity).find({
      select: { id: true, proposalId: true },
      where: { id: In(valid) },
    });
  }

  responsesOf(ids: readonly string[]): Promise<ConsultationResponseEntity[]> {
    return this.manager
      .getRepository(ConsultationResponseEntity)
      .find({ where: { proposalId: In([...ids]) }, order: { party: 'ASC' } });
  }

  stepsOf(ids: readonly string[]): Promise<ProposalStepEntity[]> {
    return this.manager
      .getRepository(ProposalStepEntity)
      .find({ where: { proposalId: In([...ids]) }, order: { seq: 'ASC' } });
  }

  requestsByIds(ids: readonly string[]): Promise<ChangeRequestEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.manager.getRepository(ChangeRequestEntity).findBy({ id: In(valid) });
  }

  jaaraanschrijvingenByIds(ids: readonly string[]): Promise<JaaraanschrijvingEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.manager.getRepository(JaaraanschrijvingEntity).findBy({ id: In(valid) });
  }

  /** Change requests the caller may read: its own party's, or all. */
  requests(scope: PartyScope, state: ChangeRequestState | null): Promise<ChangeRequestEntity[]> {
    return this.manager.getRepository(ChangeRequestEntity).find({
      where: { ...(state ? { state } : {}), ...(scope.all ? {} : { party: scope.party }) },
      order: { requestedAt: 'DESC' },
    });
  }

  jaaraanschrijvingen(): Promise<JaaraanschrijvingEntity[]> {
    return this.manager
      .getRepository(JaaraanschrijvingEntity)
      .find({ order: { date: 'DESC', recordedAt: 'DESC' } });
  }

  // ---- Jaaraanschrijving and change requests ----

  async recordJaaraanschrijving(acting: ActingContext, input: RecordJaaraanschrijvingInput) {
    const problems = checkJaaraanschrijving(input, this.clock.now());
    if (problems.length) throw badUserInput(problems);
    const reference = input.reference.trim();
    return this.unitOfWork
      .run(acting, async (tx) => {
        const rows = tx.manager.getRepository(JaaraanschrijvingEntity);
        if (await rows.existsBy({ reference }))
          throw policy.conflict('policy.jaaraanschrijving.referenceTaken', { reference });
        const row: JaaraanschrijvingEntity = {
          id: randomUUID(),
          year: Number(input.date.slice(0, 4)),
          date: input.date,
          reference,
          text: input.text.trim(),
          recordedBy: acting.actor,
          recordedAt: this.clock.now(),
        };
        await rows.insert(row);
        await tx.audit('jaaraanschrijving.recorded', row.id, {
          year: row.year,
          date: row.date,
          reference,
        });
        return row;
      })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === '23505')
          throw policy.conflict('policy.jaaraanschrijving.referenceTaken', { reference });
        throw e;
      });
  }

  async requestChange(acting: ActingContext, input: RequestPolicyChangeInput) {
    const problems = checkChangeRequest(input);
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const row: ChangeRequestEntity = {
        id: randomUUID(),
        party: acting.party ?? 'unknown',
        subject: input.subject.trim(),
        motivation: input.motivation.trim(),
        state: 'OPEN',
        requestedBy: acting.actor,
        requestedAt: this.clock.now(),
        proposalId: null,
        declinedBy: null,
        declinedAt: null,
        declineReasons: null,
      };
      await tx.manager.getRepository(ChangeRequestEntity).insert(row);
      await tx.audit('change-request.requested', row.id, { party: row.party, subject: row.subject });
      return row;
    });
  }

  private async lockedRequest(manager: EntityManager, id: string) {
    const found = isUuid(id)
      ? await manager
          .getRepository(ChangeRequestEntity)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!found) throw policy.notFound('policy.request.notFound', { id });
    return found;
  }

  declineRequest(acting: ActingContext, id: string, reasons: string) {
    return this.unitOfWork.run(acting, async (tx) => {
      const request = await this.lockedRequest(tx.manager, id);
      const problems = checkText('reasons', reasons);
      if (problems.length) throw badUserInput(problems);
      assertRequestOpen(request.state);
      Object.assign(request, {
        state: 'DECLINED',
        declinedBy: acting.actor,
        declinedAt: this.clock.now(),
        declineReasons: reasons.trim(),
      });
      await tx.manager.getRepository(ChangeRequestEntity).save(request);
      await tx.audit('change-request.declined', request.id, {
        party: request.party,
        reasons: reasons.trim(),
      });
      return request;
    });
  }

  // ---- Checks of a proposal ----

  /**
   * The trigger's record and label. A linked record that does not exist is a problem
   * (`triggerRecordUnknown`); a request must still be open (it is locked: the draft takes it up).
   */
  private async resolveTrigger(
    manager: EntityManager,
    trigger: ChangeTriggerInput,
  ): Promise<{ label: string; request: ChangeRequestEntity | null; problems: FieldProblem[] }> {
    const problems = checkTrigger(trigger);
    const reference = trigger.reference?.trim() || null;
    if (problems.length) return { label: '', request: null, problems };
    const recordId = trigger.recordId!;
    const unknown = () => ({
      label: '',
      request: null,
      problems: [
        policy.problem('input.trigger.recordId', 'policy.proposal.triggerRecordUnknown', {
          kind: trigger.kind,
          recordId,
        }),
      ],
    });
    switch (trigger.kind) {
      case 'JAARAANSCHRIJVING': {
        const j = await manager.getRepository(JaaraanschrijvingEntity).findOneBy({ id: recordId });
        if (!j) return unknown();
        return { label: `Jaaraanschrijving ${j.year} (kenmerk ${j.reference})`, request: null, problems };
      }
      case 'HOOFDGEBRUIKER_REQUEST': {
        const r = await manager
          .getRepository(ChangeRequestEntity)
          .findOne({ where: { id: recordId }, lock: { mode: 'pessimistic_write' } });
        if (!r) return unknown();
        return {
          // The subject only: the motivation stays with those who may read the request.
          label: `Verzoek van ${partyName(r.party)}: ${r.subject}`,
          request: r,
          problems: checkTriggerRequest(r.state),
        };
      }
      case 'ICV_OUTCOME': {
        const d = await manager
          .getRepository(BoardDecisionEntity)
          .findOneBy({ agendaItemId: recordId, kind: 'ICV' });
        if (!d) return unknown();
        return {
          label: `Besluit BMB over de ICV ${d.year} van ${partyName(d.party)}: ${decisionLabel(d.decision)}`,
          request: null,
          problems,
        };
      }
      case 'BMB_INSTRUCTION': {
        const d = await manager.getRepository(BoardDecisionEntity).findOneBy({ instructionId: recordId });
        if (!d) return unknown();
        return {
          label: `Aanwijzing aan ${partyName(d.party)}: ${d.instructionDescription ?? d.title}`,
          request: null,
          problems,
        };
      }
      case 'RISK_ANALYSIS': {
        // Only a final analysis of the beheerder: a party's own analysis is as unknown as a missing one.
        const a = await manager.getRepository(RiskAnalysisEntity).findOneBy({ id: recordId });
        if (!a || a.ownerParty !== BEHEERDER)
          return {
            label: '',
            request: null,
            problems: [
              policy.problem('input.trigger.recordId', 'policy.proposal.triggerRiskAnalysisUnknown', {
                recordId,
              }),
            ],
          };
        return { label: riskAnalysisTriggerLabel(a), request: null, problems };
      }
      case 'EVALUATION': {
        // An evaluation audit recorded in governance (SK-6), or a reference text for one from before.
        if (!trigger.recordId) return { label: `Evaluatie: ${reference}`, request: null, problems };
        const e = await manager.getRepository(EvaluationRefEntity).findOneBy({ id: recordId });
        if (!e) return unknown();
        return { label: `Evaluatie: ${e.title}`, request: null, problems };
      }
    }
  }

  /**
   * Checks a change as a whole: not empty, its text edits against the version in force, each carried
   * framework import by a dry run, the carried profile and supplementary measures as their own mutations
   * check them (a measure may be one of a framework the same change imports).
   */
  async checkChange(
    change: PolicyChangeInputValue,
    manager: EntityManager,
    prefix = 'input.change',
  ): Promise<CheckedChange> {
    const problems: FieldProblem[] = checkNotEmpty(change, prefix);
    if (problems.length) return { problems, importReports: [] };
    if (editsText(change))
      problems.push(...(await this.versions.checkChange(textPart(change), manager, prefix)));

    const importReports: ImportReport[] = [];
    // What the carried imports leave in the common catalogue: their requirements' kinds, null for removed.
    const imported = new Map<string, string | null>();
    for (const [i, raw] of (change.frameworkImports ?? []).entries()) {
      const field = `${prefix}.frameworkImports[${i}]`;
      const input = importInput(raw, true);
      try {
        const { report, plan } = await this.catalogue.planImport(manager, null, input, false);
        importReports.push(report);
        for (const p of report.problems)
          problems.push({
            field: p.path ? `${field}.${p.path}` : field,
            message: p.message,
            key: p.key,
            params: p.params,
          });
        for (const id of plan.changes.removed) imported.set(`${input.code}:${id}`, null);
        for (const r of [...plan.changes.added, ...plan.changes.updated])
          imported.set(`${input.code}:${r.identifier}`, r.kind);
      } catch (e) {
        problems.push(...asProblem(field, e));
        importReports.push({
          dryRun: true,
          imported: false,
          frameworkCode: input.code,
          format: input.format,
          mode: input.mode,
          rowsRead: 0,
          rowsAccepted: 0,
          rowsRejected: 0,
          added: 0,
          updated: 0,
          removed: 0,
          problems: [],
        });
      }
    }
    const extraKind = (ref: RequirementRef) => {
      const key = refKey(ref);
      return imported.has(key) ? imported.get(key)! : undefined;
    };
    if (change.bbnProfile)
      problems.push(
        ...(await this.profiles.checkPublish(change.bbnProfile, manager, `${prefix}.bbnProfile`, extraKind)),
      );
    for (const [i, s] of (change.supplementaryMeasures ?? []).entries())
      problems.push(
        ...(await this.profiles.checkSupplementary(
          s,
          manager,
          `${prefix}.supplementaryMeasures[${i}]`,
          extraKind,
        )),
      );
    return { problems, importReports };
  }

  private async lockedProposal(manager: EntityManager, id: string) {
    const found = isUuid(id)
      ? await manager
          .getRepository(ChangeProposalEntity)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!found) throw policy.notFound('policy.proposal.notFound', { id });
    return found;
  }

  private async step(
    tx: Transaction,
    proposalId: string,
    step: ProposalStepName,
    actor: string,
    party: string | null,
    note: string | null = null,
  ) {
    await tx.manager.getRepository(ProposalStepEntity).insert({
      proposalId,
      at: this.clock.now(),
      actor,
      party,
      step,
      note,
    });
  }

  // ---- The proposal's life ----

  draft(acting: ActingContext, input: DraftChangeProposalInput): Promise<ChangeProposalEntity> {
    return this.unitOfWork.run(acting, (tx) => this.draftIn(tx, acting, input));
  }

  /**
   * A final supplementary risk analysis (SK-4.3) drafts, once, the change proposal of its measures as the
   * facility's supplementary measures, in the unit of work that received it, on behalf of whoever
   * finalised it (the LMS). Measures unknown to the catalogue are left out and named in the rationale.
   * Null when no measure is left to propose.
   */
  async draftFromSupplementaryAnalysis(
    tx: Transaction,
    acting: ActingContext,
    analysis: SupplementaryAnalysisFacts & { analysisId: string },
    warn: (msg: string, details: Record<string, unknown>) => void,
  ): Promise<{ proposal: ChangeProposalEntity | null; leftOut: string[] }> {
    const refs = analysis.supplementaryMeasures.flatMap((s) => s.measures);
    const catalogue = new CatalogueRepository(tx.manager);
    await catalogue.holdFrameworks(refs.map((r) => r.frameworkCode));
    const kinds = new Map(
      (await catalogue.commonRequirements(refs)).map((r) => [refKey(r), r.kind as string]),
    );
    const made = supplementaryProposal(analysis, (ref) => kinds.get(refKey(ref)) ?? null);
    if (made.leftOut.length)
      warn('supplementary measures left out of the proposal: not measures of the catalogue', {
        analysisId: analysis.analysisId,
        number: analysis.number,
        leftOut: made.leftOut,
      });
    if (!made.supplementaryMeasures.length) return { proposal: null, leftOut: made.leftOut };
    const proposal = await this.draftIn(tx, acting, {
      title: made.title,
      rationale: made.rationale,
      trigger: { kind: 'RISK_ANALYSIS', recordId: analysis.analysisId },
      change: { supplementaryMeasures: made.supplementaryMeasures },
    } as DraftChangeProposalInput);
    return { proposal, leftOut: made.leftOut };
  }

  private async draftIn(
    tx: Transaction,
    acting: ActingContext,
    input: DraftChangeProposalInput,
  ): Promise<ChangeProposalEntity> {
    const problems = [
      ...checkTitle('input.title', input.title),
      ...checkText('input.rationale', input.rationale),
    ];
    const trigger = await this.resolveTrigger(tx.manager, input.trigger);
    problems.push(...trigger.problems);
    const checked = await this.checkChange(input.change, tx.manager);
    problems.push(...checked.problems);
    if (problems.length) throw badUserInput(problems);

    // Numbers are handed out one at a time.
    await tx.manager.query(`LOCK TABLE policy.change_proposal IN SHARE ROW EXCLUSIVE MODE`);
    const [{ last }] = await tx.manager.query(
      `SELECT coalesce(max(number), 0)::int AS last FROM policy.change_proposal`,
    );
    const base = await this.versions.inForce(tx.manager);
    const row: ChangeProposalEntity = {
      id: randomUUID(),
      number: Number(last) + 1,
      title: input.title.trim(),
      rationale: input.rationale.trim(),
      state: 'DRAFT',
      triggerKind: input.trigger.kind,
      triggerRecordId: input.trigger.recordId ?? null,
      triggerReference: input.trigger.reference?.trim() || null,
      triggerLabel: trigger.label,
      change: input.change,
      importReports: checked.importReports,
      carriesRequirementChanges: carriesRequirementChanges(input.change),
      baseVersion: base.version,
      respondBy: null,
      draftedBy: acting.actor,
      draftedAt: this.clock.now(),
      submittedBy: null,
      submittedAt: null,
      decidedAt: null,
      agendaItemId: null,
      adoptedVersion: null,
      withdrawReason: null,
      adoptionFailure: null,
    };
    await tx.manager.getRepository(ChangeProposalEntity).insert(row);
    await this.step(tx, row.id, 'DRAFTED', acting.actor, acting.party, trigger.label);
    await tx.audit('policy-proposal.drafted', row.id, {
      number: row.number,
      title: row.title,
      trigger: { kind: row.triggerKind, recordId: row.triggerRecordId, reference: row.triggerReference },
      baseVersion: row.baseVersion,
      carriesRequirementChanges: row.carriesRequirementChanges,
    });
    if (trigger.request) {
      trigger.request.state = 'TAKEN_UP';
      trigger.request.proposalId = row.id;
      await tx.manager.getRepository(ChangeRequestEntity).save(trigger.request);
      await tx.audit('change-request.taken-up', trigger.request.id, {
        party: trigger.request.party,
        proposalId: row.id,
        number: row.number,
      });
    }
    return row;
  }

  update(acting: ActingContext, input: UpdateChangeProposalInput): Promise<ChangeProposalEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const proposal = await this.lockedProposal(tx.manager, input.id);
      // A carried part left out stays as drafted; the text edits are replaced as given.
      const change = mergeRevision(proposal.change, input.change);
      const problems = [
        ...checkTitle('input.title', input.title),
        ...checkText('input.rationale', input.rationale),
      ];
      const checked = await this.checkChange(change, tx.manager);
      problems.push(...checked.problems);
      if (problems.length) throw badUserInput(problems);
      assertCanUpdate(proposal.state, proposal.number);
      // Checked against the version in force: the revision is based on it.
      const base = await this.versions.inForce(tx.manager);
      const previousBase = proposal.baseVersion;
      Object.assign(proposal, {
        title: input.title.trim(),
        rationale: input.rationale.trim(),
        change,
        importReports: checked.importReports,
        carriesRequirementChanges: carriesRequirementChanges(change),
        baseVersion: base.version,
      });
      await tx.manager.getRepository(ChangeProposalEntity).save(proposal);
      // In consultation the hoofdgebruikers responded to another text: they are asked again.
      let cleared: string[] = [];
      if (proposal.state === 'CONSULTATION') {
        const responses = tx.manager.getRepository(ConsultationResponseEntity);
        cleared = (await responses.findBy({ proposalId: proposal.id })).map((r) => r.party);
        await responses.delete({ proposalId: proposal.id });
      }
      const note =
        proposal.state === 'CONSULTATION'
          ? 'herzien tijdens de consultatie: de hoofdgebruikers wordt opnieuw om een reactie gevraagd'
          : null;
      await this.step(tx, proposal.id, 'UPDATED', acting.actor, acting.party, note);
      await tx.audit('policy-proposal.updated', proposal.id, {
        number: proposal.number,
        title: proposal.title,
        state: proposal.state,
        previousBaseVersion: previousBase,
        baseVersion: proposal.baseVersion,
        carriesRequirementChanges: proposal.carriesRequirementChanges,
        ...(proposal.state === 'CONSULTATION' ? { responsesCleared: cleared } : {}),
      });
      return proposal;
    });
  }

  openConsultation(acting: ActingContext, id: string, respondBy: string): Promise<ChangeProposalEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const proposal = await this.lockedProposal(tx.manager, id);
      const problems = checkRespondBy('respondBy', respondBy, this.clock.now());
      if (problems.length) throw badUserInput(problems);
      assertCanOpenConsultation(proposal.state, proposal.number);
      Object.assign(proposal, { state: 'CONSULTATION', respondBy });
      await tx.manager.getRepository(ChangeProposalEntity).save(proposal);
      await this.step(tx, proposal.id, 'CONSULTATION_OPENED', acting.actor, acting.party, respondBy);
      await tx.audit('policy-proposal.consultation-opened', proposal.id, {
        number: proposal.number,
        respondBy,
        consulted: [...POLICY_HOOFDGEBRUIKERS],
      });
      return proposal;
    });
  }

  respond(acting: ActingContext, input: ConsultationResponseInput): Promise<ChangeProposalEntity> {
    // The authorisation admits the hoofdgebruikers' security officers only; this keeps the rule here too.
    const party = acting.party ?? '';
    if (!(POLICY_HOOFDGEBRUIKERS as readonly string[]).includes(party))
      return Promise.reject(policy.forbidden('policy.proposal.notHoofdgebruiker'));
    return this.unitOfWork.run(acting, async (tx) => {
      const proposal = await this.lockedProposal(tx.manager, input.proposalId);
      const problems = checkResponse(input.position, input.reasons);
      if (problems.length) throw badUserInput(problems);
      assertCanRespond(proposal.state, proposal.number);
      await tx.manager.getRepository(ConsultationResponseEntity).upsert(
        {
          proposalId: proposal.id,
          party,
          position: input.position,
          reasons: input.reasons.trim(),
          respondedBy: acting.actor,
          respondedAt: this.clock.now(),
        },
        ['proposalId', 'party'],
      );
      await this.step(tx, proposal.id, 'RESPONDED', acting.actor, party, input.position);
      await tx.audit('policy-proposal.responded', proposal.id, {
        number: proposal.number,
        party,
        position: input.position,
      });
      return proposal;
    });
  }

  submit(acting: ActingContext, id: string): Promise<ChangeProposalEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const proposal = await this.lockedProposal(tx.manager, id);
      // A proposal past its consultation is refused as such, before its content is checked again (an
      // adopted one's imports would no longer plan against the catalogue they changed).
      if (proposal.state !== 'CONSULTATION') assertCanSubmit(proposal, [], this.clock.now());
      // Drafted on an older version, it would undo what was adopted since: the LMS revises it first.
      assertBaseInForce(proposal, (await this.versions.inForce(tx.manager)).version);
      // What goes to the boards must still hold against the policy and catalogue as they are now.
      const checked = await this.checkChange(proposal.change, tx.manager, 'change');
      if (checked.problems.length) throw badUserInput(checked.problems);
      const responses = await tx.manager
        .getRepository(ConsultationResponseEntity)
        .findBy({ proposalId: proposal.id });
      const responded = responses.map((r) => r.party);
      assertCanSubmit(proposal, responded, this.clock.now());
      if (proposal.carriesRequirementChanges) {
        // One proposal with requirement changes before the boards at a time: submissions queue here.
        await tx.manager.query(`LOCK TABLE policy.change_proposal IN SHARE ROW EXCLUSIVE MODE`);
        const other = await tx.manager
          .getRepository(ChangeProposalEntity)
          .findOneBy({ state: 'SUBMITTED', carriesRequirementChanges: true });
        assertNoOtherCarrying(true, other);
      }
      const now = this.clock.now();
      Object.assign(proposal, {
        state: 'SUBMITTED',
        submittedBy: acting.actor,
        submittedAt: now,
        importReports: checked.importReports,
      });
      await tx.manager.getRepository(ChangeProposalEntity).save(proposal);
      const awaiting = awaitingResponse(responded);
      await this.step(tx, proposal.id, 'SUBMITTED', acting.actor, acting.party);
      await tx.audit('policy-proposal.submitted', proposal.id, {
        number: proposal.number,
        awaitingResponse: awaiting,
        carriesRequirementChanges: proposal.carriesRequirementChanges,
      });
      await tx.emit(PolicyChangeProposed, proposal.id, {
        proposalId: proposal.id,
        number: proposal.number,
        title: proposal.title,
        summary: summaryOf(proposal),
        triggerKind: proposal.triggerKind,
        baseVersion: proposal.baseVersion,
        carriesRequirementChanges: proposal.carriesRequirementChanges,
        awaitingResponse: awaiting,
        submittedAt: now.toISOString(),
      });
      return proposal;
    });
  }

  withdraw(acting: ActingContext, id: string, reason: string): Promise<ChangeProposalEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const proposal = await this.lockedProposal(tx.manager, id);
      const problems = checkText('reason', reason);
      if (problems.length) throw badUserInput(problems);
      assertCanWithdraw(proposal.state, proposal.number);
      // A request it took up is open again: the LMS takes it up in another proposal or declines it.
      const requests = tx.manager.getRepository(ChangeRequestEntity);
      const taken = await requests.find({
        where: { proposalId: proposal.id, state: 'TAKEN_UP' },
        lock: { mode: 'pessimistic_write' },
      });
      Object.assign(proposal, { state: 'WITHDRAWN', withdrawReason: reason.trim() });
      await tx.manager.getRepository(ChangeProposalEntity).save(proposal);
      const reopened = taken.map((r) => ` (verzoek weer open: ${r.subject})`).join('');
      await this.step(tx, proposal.id, 'WITHDRAWN', acting.actor, acting.party, reason.trim() + reopened);
      await tx.audit('policy-proposal.withdrawn', proposal.id, {
        number: proposal.number,
        reason: reason.trim(),
        reopenedRequests: taken.map((r) => r.id),
      });
      for (const request of taken) {
        Object.assign(request, { state: 'OPEN', proposalId: null });
        await requests.save(request);
        await tx.audit('change-request.reopened', request.id, {
          party: request.party,
          proposalId: proposal.id,
          number: proposal.number,
        });
      }
      return proposal;
    });
  }

  // ---- The BMB's decision (consumed from governance) ----

  /**
   * Applies a decision inside the consumer's transaction: adoption applies the carried changes (each as
   * its own mutation did, with its audit entry and events), then publishes the next policy version;
   * rejection only closes the proposal. A proposal not SUBMITTED (a redelivery, or one decided) is left.
   */
  async decide(
    tx: Transaction,
    decision: {
      agendaItemId: string;
      subjectId: string;
      decision: 'AANVAARD' | 'AANVAARD_MET_AANWIJZING' | 'NIET_AANVAARD';
      decisionText: string;
      decidedBy: string;
      decidedAt: string;
    },
    log: (msg: string, details: object) => void,
  ): Promise<'ADOPTED' | 'REJECTED' | 'IGNORED' | 'ADOPTION_FAILED'> {
    const proposal = isUuid(decision.subjectId)
      ? await tx.manager
          .getRepository(ChangeProposalEntity)
          .findOne({ where: { id: decision.subjectId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!proposal || !awaitsDecision(proposal.state)) {
      log('decision on a policy change proposal that is not before the boards: ignored', {
        proposalId: decision.subjectId,
        state: proposal?.state ?? null,
      });
      await tx.audit('policy-proposal.decision-ignored', decision.subjectId, {
        agendaItemId: decision.agendaItemId,
        decision: decision.decision,
        state: proposal?.state ?? null,
      });
      return 'IGNORED';
    }
    const actor = decision.decidedBy;
    const decidedAt = new Date(decision.decidedAt);
    const repository = tx.manager.getRepository(ChangeProposalEntity);
    if (decision.decision === 'NIET_AANVAARD') {
      Object.assign(proposal, { state: 'REJECTED', decidedAt, agendaItemId: decision.agendaItemId });
      await repository.save(proposal);
      await this.step(tx, proposal.id, 'REJECTED', actor, 'bmb', decision.decisionText || null);
      await tx.audit('policy-proposal.rejected', proposal.id, {
        number: proposal.number,
        agendaItemId: decision.agendaItemId,
        decisionText: decision.decisionText,
      });
      return 'REJECTED';
    }

    const failed = async (reason: string, details: object) => {
      Object.assign(proposal, {
        state: 'ADOPTION_FAILED',
        decidedAt,
        agendaItemId: decision.agendaItemId,
        adoptionFailure: reason,
      });
      await repository.save(proposal);
      await this.step(tx, proposal.id, 'ADOPTION_FAILED', actor, 'bmb', reason);
      await tx.audit('policy-proposal.adoption-failed', proposal.id, {
        number: proposal.number,
        agendaItemId: decision.agendaItemId,
        reason,
        ...details,
      });
      log('adopted policy change proposal could not be applied', { proposalId: proposal.id, reason });
      return 'ADOPTION_FAILED' as const;
    };
    // The boards adopted a text on the proposal's base: another version in force since, it no longer fits.
    // Locked as adopt() locks it, so no other adoption comes in between the check and the publication.
    await tx.manager.query(`LOCK TABLE policy.policy_version IN SHARE ROW EXCLUSIVE MODE`);
    const inForce = (await this.versions.inForce(tx.manager)).version;
    if (inForce !== proposal.baseVersion)
      return failed(baseOutdatedFailure(proposal.baseVersion, inForce), {
        baseVersion: proposal.baseVersion,
        versionInForce: inForce,
      });

    // Applied inside a savepoint: a refused change (a DomainError) rolls back all it wrote (rows, audit
    // entries, outbox events; the audit chain's head is read from the table) and the proposal is marked
    // ADOPTION_FAILED, so the event is handled rather than retried for ever.
    const change = proposal.change;
    await tx.manager.query('SAVEPOINT policy_adoption');
    let adopted: Awaited<ReturnType<PolicyVersionService['adopt']>>;
    try {
      for (const input of change.frameworkImports ?? [])
        await this.catalogue.importIn(tx, actor, null, importInput(input, false));
      if (change.bbnProfile) await this.profiles.publishIn(tx, actor, 'bmb', change.bbnProfile);
      for (const input of change.supplementaryMeasures ?? [])
        await this.profiles.setSupplementaryIn(tx, actor, input);
      adopted = await this.versions.adopt(tx, {
        proposalId: proposal.id,
        agendaItemId: decision.agendaItemId,
        title: proposal.title,
        summary: proposal.rationale,
        change: textPart(change),
        carriesRequirementChanges: proposal.carriesRequirementChanges,
        /** Who recorded the decision: the document part records it as the version's adopter. */
        adoptedBy: actor,
      });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      await tx.manager.query('ROLLBACK TO SAVEPOINT policy_adoption');
      return failed(applyFailure(e.problems, e.message), { key: e.key, problems: e.problems });
    }
    await tx.manager.query('RELEASE SAVEPOINT policy_adoption');
    Object.assign(proposal, {
      state: 'ADOPTED',
      decidedAt,
      agendaItemId: decision.agendaItemId,
      adoptedVersion: adopted.version,
    });
    await repository.save(proposal);
    await this.step(tx, proposal.id, 'ADOPTED', actor, 'bmb', `versie ${adopted.version}`);
    await tx.audit('policy-proposal.adopted', proposal.id, {
      number: proposal.number,
      agendaItemId: decision.agendaItemId,
      version: adopted.version,
      previousVersion: adopted.previousVersion,
    });
    return 'ADOPTED';
  }
}

/** The proposal in one paragraph for the agenda: its rationale and what it carries. */
function summaryOf(p: ChangeProposalEntity): string {
  const carried = [
    p.change.bbnProfile ? 'een nieuw BBN-profiel' : null,
    p.change.frameworkImports?.length
      ? `import van ${p.change.frameworkImports.map((f) => f.code).join(', ')}`
      : null,
    p.change.supplementaryMeasures?.length
      ? `aanvullende maatregelen voor ${p.change.supplementaryMeasures.map((s) => s.facilityCode).join(', ')}`
      : null,
  ].filter((c): c is string => c !== null);
  const text = p.rationale.length > 600 ? `${p.rationale.slice(0, 597)}...` : p.rationale;
  return carried.length ? `${text} Brengt mee: ${carried.join('; ')}.` : text;
}
