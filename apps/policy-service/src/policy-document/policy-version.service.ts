import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PolicyVersionAdopted } from '@mkib/contracts';
import {
  applyContentChange,
  checkContentChange,
  diffPolicy,
  policy,
  refKey,
  RequirementRef,
} from '@mkib/domain-policy';
import type {
  PolicyChangeLine,
  PolicyContent,
  PolicyContentChange,
  PolicyRequirements,
} from '@mkib/domain-policy';
import type { FieldProblem } from '@mkib/domain-shared';
import { FACILITY_CODES } from '@mkib/domain-shared';
import type { DocumentFile } from '@mkib/server-documents';
import type { Transaction } from '@mkib/server-messaging';
import { FacilityStateEntity } from '../applicability/facility-state.entity';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import { FrameworkEntity } from '../catalogue/framework.entity';
import { ProfileService } from '../profile/profile.service';
import { PolicyVersionEntity } from './policy-version.entity';
import { policyVersionPdf } from './policy-version.pdf';
import { PolicyVersionRepository } from './policy-version.repository';

/** A version of the policy as the service hands it around. */
export interface PolicyVersionView {
  version: number;
  inForce: boolean;
  title: string;
  summary: string;
  adoptedAt: string;
  adoptedBy: string;
  /** The adopted change proposal; null for version 1. */
  proposalId: string | null;
  agendaItemId: string | null;
  content: PolicyContent;
  requirements: PolicyRequirements;
}

export interface AdoptInput {
  proposalId: string;
  agendaItemId: string;
  title: string;
  summary: string;
  change: PolicyContentChange;
  carriesRequirementChanges: boolean;
  /** Who recorded the BMB's decision (the decision event's actor); `system:governance` when not given. */
  adoptedBy?: string;
}

/**
 * The versions of the information-security policy (SK-2.2): version 1 is seeded from the regulation; a
 * later one is published only by the adoption of a change proposal (SK-3.1), inside that transaction.
 */
@Injectable()
export class PolicyVersionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
  ) {}

  private versionsIn(manager: EntityManager = this.dataSource.manager) {
    return new PolicyVersionRepository(manager);
  }

  private view(row: PolicyVersionEntity, current: number): PolicyVersionView {
    return {
      version: row.version,
      inForce: row.version === current,
      title: row.title,
      summary: row.summary,
      adoptedAt: row.adoptedAt.toISOString(),
      adoptedBy: row.adoptedBy,
      proposalId: row.proposalId,
      agendaItemId: row.agendaItemId,
      content: row.content,
      requirements: row.requirements,
    };
  }

  /** The version in force. */
  async inForce(manager?: EntityManager): Promise<PolicyVersionView> {
    const row = await this.versionsIn(manager).inForce();
    if (!row) throw policy.notFound('policy.version.notFound', { version: 1, current: 0 });
    return this.view(row, row.version);
  }

  /** A version; NOT_FOUND `policy.version.notFound` when there is none. */
  async version(version: number, manager?: EntityManager): Promise<PolicyVersionView> {
    const versions = this.versionsIn(manager);
    const current = await versions.currentVersion();
    const row = Number.isInteger(version) ? await versions.find(version) : null;
    if (!row) throw policy.notFound('policy.version.notFound', { version, current });
    return this.view(row, current);
  }

  /** Versions by number, for a batch: one query for the rows and one for the number in force. */
  async versionsByNumbers(numbers: readonly number[], manager?: EntityManager): Promise<PolicyVersionView[]> {
    const versions = this.versionsIn(manager);
    const wanted = numbers.filter((n) => Number.isInteger(n));
    const [current, rows] = await Promise.all([versions.currentVersion(), versions.findMany(wanted)]);
    return rows.map((row) => this.view(row, current));
  }

  /** Every version, newest first. */
  async versions(manager?: EntityManager): Promise<PolicyVersionView[]> {
    const rows = await this.versionsIn(manager).all();
    const current = rows[0]?.version ?? 0;
    return rows.map((row) => this.view(row, current));
  }

  /**
   * The kind of a requirement of the common catalogue, or null. Inside a transaction the frameworks the
   * change links stay as they are until it ends (an import of one waits).
   */
  private async commonKinds(refs: RequirementRef[], manager: EntityManager) {
    const catalogue = new CatalogueRepository(manager);
    if (manager.queryRunner?.isTransactionActive)
      await catalogue.holdFrameworks(refs.map((r) => r.frameworkCode));
    const rows = await catalogue.commonRequirements(refs);
    const kinds = new Map(rows.map((r) => [refKey(r), r.kind as string]));
    return (ref: RequirementRef) => kinds.get(refKey(ref)) ?? null;
  }

  /** Checks the text edits of a proposal against the version in force; problems under `field` (e.g. `input.change`). */
  async checkChange(
    change: PolicyContentChange,
    manager: EntityManager,
    field = 'input.change',
  ): Promise<FieldProblem[]> {
    const inForce = await this.inForce(manager);
    const refs = [...(change.setNorms ?? []), ...(change.setRules ?? [])].flatMap((x) => x.measures ?? []);
    const kindOf = await this.commonKinds(refs, manager);
    return checkContentChange(change, inForce.content, kindOf, field);
  }

  /** What the text edits would change in the version in force. */
  async preview(change: PolicyContentChange, manager?: EntityManager): Promise<PolicyChangeLine[]> {
    const inForce = await this.inForce(manager);
    return diffPolicy(inForce, {
      content: applyContentChange(inForce.content, change),
      requirements: inForce.requirements,
    });
  }

  /** The lines between two versions. */
  async diff(from: number, to: number, manager?: EntityManager): Promise<PolicyChangeLine[]> {
    const a = await this.version(from, manager);
    const b = await this.version(to, manager);
    return diffPolicy(a, b);
  }

  /** A version (the one in force when null) as PDF, its measures and the facilities' BBN resolved. */
  async pdf(version: number | null): Promise<DocumentFile> {
    const v = version === null ? await this.inForce() : await this.version(version);
    const refs = [...v.content.norms, ...v.content.rules].flatMap((x) => x.measures);
    const measures = await new CatalogueRepository(this.dataSource.manager).requirementsByRefs(refs);
    const states = await this.dataSource.manager.getRepository(FacilityStateEntity).find();
    const bbn = new Map(states.map((s) => [s.code, s.bbn]));
    return policyVersionPdf(
      v,
      measures,
      FACILITY_CODES.map((code) => ({ code, bbn: bbn.get(code) ?? null })),
    );
  }

  /** The requirements in force now: the BBN profile version and the common catalogue's frameworks. */
  async requirementsNow(manager: EntityManager): Promise<PolicyRequirements> {
    const { version } = await this.profiles.currentProfile(manager);
    const frameworks = await manager.getRepository(FrameworkEntity).find({
      select: { code: true, name: true, version: true },
      where: { ownerParty: IsNull() },
      order: { code: 'ASC' },
    });
    return {
      bbnProfileVersion: version,
      catalogue: frameworks.map((f) => ({ code: f.code, name: f.name, version: f.version })),
    };
  }

  /**
   * Inside the adoption's transaction, AFTER the carried changes were applied: publishes version N+1 (the
   * version in force plus `change`, with the requirements in force now), audits `policy.version.adopted`
   * and emits PolicyVersionAdopted. Locks so two adoptions never publish the same number.
   */
  async adopt(
    tx: Transaction,
    input: AdoptInput,
  ): Promise<{ version: number; previousVersion: number; changeCount: number }> {
    const versions = this.versionsIn(tx.manager);
    const previous = await versions.inForceForPublishing();
    if (!previous) throw policy.notFound('policy.version.notFound', { version: 1, current: 0 });
    const content = applyContentChange(previous.content, input.change);
    const requirements = await this.requirementsNow(tx.manager);
    const lines = diffPolicy(previous, { content, requirements });
    const version = previous.version + 1;
    const adoptedAt = tx.clock.now();
    await versions.insert({
      version,
      title: input.title.trim(),
      summary: input.summary.trim(),
      content,
      requirements,
      adoptedAt,
      adoptedBy: input.adoptedBy ?? 'system:governance',
      proposalId: input.proposalId,
      agendaItemId: input.agendaItemId,
    });
    const subject = `v${version}`;
    await tx.audit('policy.version.adopted', subject, {
      version,
      previousVersion: previous.version,
      proposalId: input.proposalId,
      agendaItemId: input.agendaItemId,
      title: input.title.trim(),
      bbnProfileVersion: requirements.bbnProfileVersion,
      catalogue: requirements.catalogue.map((f) => `${f.code} ${f.version}`),
      changes: lines.map((l) => `${l.part} ${l.key} ${l.change}`),
    });
    await tx.emit(PolicyVersionAdopted, subject, {
      version,
      previousVersion: previous.version,
      proposalId: input.proposalId,
      title: input.title.trim(),
      agendaItemId: input.agendaItemId,
      adoptedAt: adoptedAt.toISOString(),
      bbnProfileVersion: requirements.bbnProfileVersion,
      changeCount: lines.length,
      carriesRequirementChanges: input.carriesRequirementChanges,
    });
    return { version, previousVersion: previous.version, changeCount: lines.length };
  }
}
