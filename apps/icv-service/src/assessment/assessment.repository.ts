import { EntityManager, LessThanOrEqual, Repository } from 'typeorm';
import { AssessmentEntryEntity } from './assessment-entry.entity';
import { EvidenceEntity } from './evidence.entity';
import { FindingEntity } from './finding.entity';

export interface PartyYear {
  party: string;
  year: number;
}
const byPartyYear = (keys: readonly PartyYear[]) => keys.map(({ party, year }) => ({ party, year }));

/** The self-assessment aggregate of a party and year: its entries, findings and evidence files. */
export class AssessmentRepository {
  private readonly entries: Repository<AssessmentEntryEntity>;
  private readonly findings: Repository<FindingEntity>;
  private readonly evidence: Repository<EvidenceEntity>;

  constructor(manager: EntityManager) {
    this.entries = manager.getRepository(AssessmentEntryEntity);
    this.findings = manager.getRepository(FindingEntity);
    this.evidence = manager.getRepository(EvidenceEntity);
  }

  entriesOf(keys: readonly PartyYear[]): Promise<AssessmentEntryEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.entries.find({ where: byPartyYear(keys) });
  }

  /**
   * Records the statuses (one statement); a measure given twice keeps the last status. Rows are written
   * in key order, so two saves of the same measures in another order wait for each other, never deadlock.
   */
  async saveEntries(entries: AssessmentEntryEntity[]): Promise<void> {
    const last = new Map(entries.map((e) => [`${e.frameworkCode}\u0000${e.identifier}`, e]));
    const ordered = [...last].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
    await this.entries.upsert(ordered, ['party', 'year', 'frameworkCode', 'identifier']);
  }

  findingsOf(keys: readonly PartyYear[]): Promise<FindingEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.findings.find({ where: byPartyYear(keys), order: { createdAt: 'ASC' } });
  }

  /**
   * The findings of these parties up to each one's latest year asked (earlier years' open findings
   * carry over), oldest first: one query.
   */
  findingsUpTo(keys: readonly PartyYear[]): Promise<FindingEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    const latest = new Map<string, number>();
    for (const k of keys) latest.set(k.party, Math.max(k.year, latest.get(k.party) ?? k.year));
    return this.findings.find({
      where: [...latest].map(([party, year]) => ({ party, year: LessThanOrEqual(year) })),
      order: { createdAt: 'ASC' },
    });
  }

  finding(id: string, lock = false): Promise<FindingEntity | null> {
    return this.findings.findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  saveFinding(finding: FindingEntity): Promise<FindingEntity> {
    return this.findings.save(finding);
  }

  /** The evidence files without their content. */
  evidenceOf(keys: readonly PartyYear[]): Promise<EvidenceEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.evidence.find({ where: byPartyYear(keys), order: { uploadedAt: 'ASC' } });
  }

  /** One evidence file with its content. */
  evidenceWithContent(id: string): Promise<EvidenceEntity | null> {
    return this.evidence.createQueryBuilder('e').addSelect('e.content').where('e.id = :id', { id }).getOne();
  }

  async insertEvidence(evidence: EvidenceEntity): Promise<void> {
    await this.evidence.insert(evidence);
  }
}
