import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { CycleResolver } from './cycle/cycle.resolver';
import { CycleService } from './cycle/cycle.service';
import { consumeCoUserReport } from './cycle/co-user-report.consumer';
import { consumeIcvSubmitted } from './cycle/icv-submitted.consumer';
import { MeldkamerEntity } from './meldkamer/meldkamer.entity';
import { MeldkamerResolver } from './meldkamer/meldkamer.resolver';
import { GovernanceInitial1764374400000 } from './migrations/1764374400000-governance-initial';
import { GovernanceCycle1764633600000 } from './migrations/1764633600000-governance-cycle';
import { GovernanceAgendaExceptions1764720000000 } from './migrations/1764720000000-governance-agenda-exceptions';
import { GovernanceReminders1764806400000 } from './migrations/1764806400000-governance-reminders';
import { PartyEntity } from './party/party.entity';
import { PartyResolver } from './party/party.resolver';
import { consumeBbnRaised } from './smb-signal/bbn-raised.consumer';
import { SmbSignalEntity } from './smb-signal/smb-signal.entity';
import { SmbSignalResolver } from './smb-signal/smb-signal.resolver';

/** The governance context: parties and boards, meldkamers, the SMB's monitoring feed, the yearly cycle. */
export const governanceService: ServiceDefinition = {
  name: 'governance',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [PartyEntity, MeldkamerEntity, SmbSignalEntity],
  migrations: [
    GovernanceInitial1764374400000,
    GovernanceCycle1764633600000,
    GovernanceAgendaExceptions1764720000000,
    GovernanceReminders1764806400000,
  ],
  providers: [PartyResolver, MeldkamerResolver, SmbSignalResolver, CycleService, CycleResolver],
  async subscribe(context) {
    await consumeBbnRaised(context);
    await consumeIcvSubmitted(context);
    await consumeCoUserReport(context);
  },
};
