import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type {
  PolicyChangeLine,
  PolicyContent,
  PolicyContentChange,
  PolicyRequirements,
} from '@mkib/domain-policy';
import type { FieldProblem } from '@mkib/domain-shared';
import type { Transaction } from '@mkib/server-messaging';

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
}

/**
 * The versions of the information-security policy (SK-2.2). FOUNDATION STUB (wt-base): the signatures are
 * the contract between the policy-document part (P1, implements) and the change procedure (P2, calls).
 */
@Injectable()
export class PolicyVersionService {
  /** The version in force. */
  inForce(manager?: EntityManager): Promise<PolicyVersionView> {
    void manager;
    throw new Error('not implemented');
  }

  /** A version; NOT_FOUND `policy.version.notFound` when there is none. */
  version(version: number, manager?: EntityManager): Promise<PolicyVersionView> {
    void version;
    void manager;
    throw new Error('not implemented');
  }

  /** Checks the text edits of a proposal against the version in force; problems under `field` (e.g. `input.change`). */
  checkChange(
    change: PolicyContentChange,
    manager: EntityManager,
    field = 'input.change',
  ): Promise<FieldProblem[]> {
    void change;
    void manager;
    void field;
    throw new Error('not implemented');
  }

  /** What the text edits would change in the version in force. */
  preview(change: PolicyContentChange, manager?: EntityManager): Promise<PolicyChangeLine[]> {
    void change;
    void manager;
    throw new Error('not implemented');
  }

  /** The lines between two versions. */
  diff(from: number, to: number, manager?: EntityManager): Promise<PolicyChangeLine[]> {
    void from;
    void to;
    void manager;
    throw new Error('not implemented');
  }

  /**
   * Inside the adoption's transaction, AFTER the carried changes were applied: publishes version N+1 (the
   * version in force plus `change`, with the requirements in force now), audits `policy.version.adopted`
   * and emits PolicyVersionAdopted. Locks so two adoptions never publish the same number.
   */
  adopt(
    tx: Transaction,
    input: AdoptInput,
  ): Promise<{ version: number; previousVersion: number; changeCount: number }> {
    void tx;
    void input;
    throw new Error('not implemented');
  }
}
