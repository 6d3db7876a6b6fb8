import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { PartyRegisterPublished, PartyRegisterPublishedData } from '@mkib/contracts';
import {
  CoUserCategory,
  coUserProblems,
  CoUserInputData,
  endCoUserProblems,
  governance as m,
  isActiveCoUser,
  isCoUserKind,
  kindOfCategory,
  PartyKind,
  reportsTo,
  representationProblems,
} from '@mkib/domain-governance';
import { badUserInput, Clock, FACILITY_CODES } from '@mkib/domain-shared';
import { partyScope, Principal } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { BoardRepresentationEntity, PartyEntity } from './party.entity';

/** The parties represented on the boards: the hoofdgebruikers, the LMS and the ministry. */
const REPRESENTED_KINDS: PartyKind[] = ['HOOFDGEBRUIKER', 'BEHEERDER', 'MINISTERIE'];

export interface RegisterView {
  hoofdgebruikers: PartyEntity[];
  coUsers: PartyEntity[];
  representatives: BoardRepresentationEntity[];
}

/** A co-user's registration as the register shows it (before/after of its audit entries too). */
export const registrationOf = (p: PartyEntity) => ({
  code: p.code,
  name: p.name,
  category: p.category,
  responsibleHoofdgebruiker: p.responsibleHoofdgebruiker,
  admittedOn: p.admittedOn,
  endsOn: p.endsOn,
  facilities: p.facilities,
  reportingArrangement: p.reportingArrangement,
  reportDue: p.reportDue,
});

const notCoUser = (code: string) => m.notFound('governance.register.notCoUser', { code });

/**
 * A co-user the built-in issuer accepts as `medegebruiker@<code>`: every co-user in the register whose
 * admission has not ended (SK-5.4). Read by the composition root through governance's data source.
 */
export interface RegisteredCoUser {
  code: string;
  name: string;
  responsibleParty: string | null;
}

/** The co-users of the register whose admission is active on `today`, for sign-in (the dev issuer). */
export async function registeredCoUsers(dataSource: DataSource, today: string): Promise<RegisteredCoUser[]> {
  const rows = await dataSource.getRepository(PartyEntity).find({
    where: { kind: In(['MEDEGEBRUIKER', 'BIJZONDERE_GEBRUIKER']) },
    order: { code: 'ASC' },
  });
  return rows
    .filter((p) => p.admittedOn && isActiveCoUser({ admittedOn: p.admittedOn, endsOn: p.endsOn }, today))
    .map((p) => ({ code: p.code, name: p.name, responsibleParty: p.responsibleHoofdgebruiker }));
}

/**
 * The registers the LMS keeps (SK-5.4): co-users with their admission and the shared facilities they use,
 * and who represents which party on the boards. Every change is audited and publishes the whole register
 * (`governance.party-register.published`) in the same unit of work.
 */
@Injectable()
export class PartyRegisterService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The LMS, the boards and JenV read it all; a hoofdgebruiker its own co-users; a co-user its own entry. */
  async read(principal: Principal): Promise<RegisterView> {
    const scope = partyScope(principal, 'party-register.read');
    const parties = this.dataSource.getRepository(PartyEntity);
    const hoofdgebruikers = await parties.find({ where: { kind: 'HOOFDGEBRUIKER' }, order: { code: 'ASC' } });
    const coUsers = await parties.find({
      where: scope.all
        ? { kind: In(['MEDEGEBRUIKER', 'BIJZONDERE_GEBRUIKER']) }
        : scope.includeMedegebruikers
          ? [
              { responsibleHoofdgebruiker: scope.party },
              { code: scope.party, kind: In(['MEDEGEBRUIKER', 'BIJZONDERE_GEBRUIKER']) },
            ]
          : { code: scope.party, kind: In(['MEDEGEBRUIKER', 'BIJZONDERE_GEBRUIKER']) },
      order: { code: 'ASC' },
    });
    const representatives = await this.dataSource
      .getRepository(BoardRepresentationEntity)
      .find({ where: scope.all ? {} : { party: scope.party }, order: { party: 'ASC' } });
    return { hoofdgebruikers, coUsers, representatives };
  }

  /** Admits a co-user, or changes its entry (its code is fixed). */
  save(acting: ActingContext, input: CoUserInputData): Promise<PartyEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const repo = tx.manager.getRepository(PartyEntity);
      const code = String(input.code ?? '');
      // The fixed parties never change, so their kinds can be read before anything is locked.
      const referenced = await repo.findBy({
        code: In([code, input.responsibleHoofdgebruiker ?? code].filter(Boolean)),
      });
      const kinds = new Map(referenced.map((p) => [p.code, p.kind]));
      const problems = coUserProblems(input, (c) => kinds.get(c), FACILITY_CODES);
      if (problems.length) throw badUserInput(problems);

      const category = input.category as CoUserCategory;
      const bijzonder = category === 'BIJZONDERE_GEBRUIKER';
      const row = {
        name: input.name.trim(),
        kind: kindOfCategory(category),
        responsibleHoofdgebruiker: bijzonder ? null : input.responsibleHoofdgebruiker!.trim(),
        category,
        admittedOn: input.admittedOn,
        endsOn: input.endsOn || null,
        facilities: [...input.facilities],
        reportingArrangement: bijzonder ? input.reportingArrangement!.trim() : null,
        reportDue: bijzonder ? input.reportDue! : null,
      };
      // Once only: of concurrent admissions of one code the first inserts, the others change it.
      const inserted: { code: string }[] = await tx.manager.query(
        `INSERT INTO governance.party (code, name, kind, responsible_hoofdgebruiker, category, admitted_on,
           ends_on, facilities, reporting_arrangement, report_due)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (code) DO NOTHING RETURNING code`,
        [
          code,
          row.name,
          row.kind,
          row.responsibleHoofdgebruiker,
          row.category,
          row.admittedOn,
          row.endsOn,
          row.facilities,
          row.reportingArrangement,
          row.reportDue,
        ],
      );
      let saved: PartyEntity;
      if (inserted.length) {
        saved = Object.assign(new PartyEntity(), { code, ...row });
        await tx.audit('party-register.co-user-admitted', code, { after: registrationOf(saved) });
      } else {
        const existing = await repo.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
        if (!existing || !isCoUserKind(existing.kind))
          throw badUserInput([m.problem('input.code', 'governance.register.codeTaken', { code })]);
        const before = registrationOf(existing);
        await repo.update({ code }, row);
        saved = Object.assign(existing, row);
        await tx.audit('party-register.co-user-changed', code, { before, after: registrationOf(saved) });
      }
      await this.publish(tx);
      return saved;
    });
  }

  /** Ends a co-user's admission on `endsOn` (the last day it may work and sign in). */
  end(acting: ActingContext, code: string, endsOn: string): Promise<PartyEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const repo = tx.manager.getRepository(PartyEntity);
      const existing = await repo.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!existing || !isCoUserKind(existing.kind) || !existing.admittedOn) throw notCoUser(code);
      const problems = endCoUserProblems(existing.admittedOn, endsOn);
      if (problems.length) throw badUserInput(problems);
      if (existing.endsOn && existing.endsOn < this.clock.today())
        throw m.conflict('governance.register.endedAlready');
      const before = registrationOf(existing);
      await repo.update({ code }, { endsOn });
      existing.endsOn = endsOn;
      await tx.audit('party-register.co-user-ended', code, { before, after: registrationOf(existing) });
      await this.publish(tx);
      return existing;
    });
  }

  /** Records who represents a party on the SMB and the BMB (replacing what was recorded). */
  represent(
    acting: ActingContext,
    input: { party: string; smb: string[]; bmb: string[] },
  ): Promise<BoardRepresentationEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const party = await tx.manager.getRepository(PartyEntity).findOneBy({ code: input.party });
      if (!party) throw m.notFound('governance.party.notFound', { code: input.party });
      const problems = REPRESENTED_KINDS.includes(party.kind)
        ? representationProblems(input)
        : [m.problem('input.party', 'governance.register.representedParty')];
      if (problems.length) throw badUserInput(problems);
      const repo = tx.manager.getRepository(BoardRepresentationEntity);
      // Lock the party's row: concurrent changes of one party's representatives take turns.
      await tx.manager
        .getRepository(PartyEntity)
        .findOne({ where: { code: party.code }, lock: { mode: 'pessimistic_write' } });
      const existing = await repo.findOneBy({ party: party.code });
      const row = Object.assign(new BoardRepresentationEntity(), {
        party: party.code,
        smb: input.smb.map((n) => n.trim()),
        bmb: input.bmb.map((n) => n.trim()),
        changedBy: acting.actor,
        changedAt: this.clock.now(),
      });
      await repo.save(row);
      await tx.audit('party-register.representation-set', party.code, {
        before: existing ? { smb: existing.smb, bmb: existing.bmb } : null,
        after: { smb: row.smb, bmb: row.bmb },
      });
      await this.publish(tx);
      return row;
    });
  }

  /** Publishes the whole register (it is small) in the change's unit of work. */
  private async publish(tx: Transaction): Promise<void> {
    await tx.emit(PartyRegisterPublished, 'party-register', await registerEvent(tx.manager));
  }
}

/** The register as `governance.party-register.published` carries it. */
export async function registerEvent(manager: EntityManager): Promise<PartyRegisterPublishedData> {
  const parties = await manager.getRepository(PartyEntity).find({ order: { code: 'ASC' } });
  const representatives = await manager
    .getRepository(BoardRepresentationEntity)
    .find({ order: { party: 'ASC' } });
  return {
    parties: parties.map((p) => ({
      code: p.code,
      kind: p.kind,
      reportsTo: reportsTo({
        code: p.code,
        name: p.name,
        kind: p.kind,
        responsibleHoofdgebruiker: p.responsibleHoofdgebruiker ?? undefined,
      }),
      name: p.name,
      category: p.category,
      admittedOn: p.admittedOn,
      endsOn: p.endsOn,
      facilities: p.facilities,
      reportingArrangement: p.reportingArrangement,
      reportDue: p.reportDue,
    })),
    representatives: representatives.map((r) => ({ party: r.party, smb: r.smb, bmb: r.bmb })),
  };
}
