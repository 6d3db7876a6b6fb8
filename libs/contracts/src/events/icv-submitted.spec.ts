import { createEnvelope, parseEnvelope } from '../envelope';
import { IcvSubmitted, IcvSubmittedV1 } from './icv-submitted';

/** Days ahead of the clock, as `YYYY-MM-DD`: no date here passes with time. */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const SOONER = daysAhead(30);
const LATER = daysAhead(200);

const meta = { subject: 'icv-1', partyId: 'politie', actor: 'ao@politie', correlationId: 'corr-1' };
const common = {
  icvId: '5b3a3a8e-1f0e-4c4e-9d7c-0a3c1c2b9e11',
  party: 'politie',
  year: new Date().getUTCFullYear(),
  version: 1,
  statement: 'IN_CONTROL_MET_UITZONDERINGEN' as const,
  scope: 'ORGANISATIE_EN_MEDEGEBRUIKERS' as const,
  exceptionCount: 1,
  signedBy: 'ao@politie',
  compliance: { percentImplemented: 90, byFacility: [] },
  replacesVersion: null,
};

describe('icv.submitted, in two schema versions', () => {
  it('is written as version 2: exceptions by measure, the proposal and the missing reports', () => {
    const data = {
      ...common,
      exceptions: [
        {
          measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
          explanation: 'HSM besteld',
          plannedDate: LATER,
          legacy: null,
        },
      ],
      proposal: {
        statement: 'NIET_IN_CONTROL' as const,
        applicable: 10,
        implemented: 7,
        partly: 1,
        notImplemented: 1,
        notApplicable: 0,
        unassessed: 1,
        percentImplemented: 70,
      },
      missingReports: [{ party: 'handhaving-amsterdam', explanation: 'Geen activiteiten dit jaar' }],
    };
    const env = createEnvelope(IcvSubmitted, meta, data);
    expect(env.schemaVersion).toBe(2);
    expect(parseEnvelope(IcvSubmitted, JSON.parse(JSON.stringify(env))).data).toEqual(data);
  });

  it('still accepts version 1 and upgrades it: free-text exceptions kept, no proposal', () => {
    const v1 = createEnvelope(IcvSubmittedV1, meta, {
      ...common,
      exceptions: [
        { subject: 'Sleutelbeheer', description: 'Handmatig', improvement: 'HSM', dueDate: SOONER },
      ],
    });
    expect(v1.schemaVersion).toBe(1);
    const parsed = parseEnvelope(IcvSubmitted, JSON.parse(JSON.stringify(v1)));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.data).toEqual({
      ...common,
      exceptions: [
        {
          measures: [],
          explanation: 'Sleutelbeheer: Handmatig (verbetermaatregel: HSM)',
          plannedDate: SOONER,
          legacy: { subject: 'Sleutelbeheer', description: 'Handmatig', improvement: 'HSM' },
        },
      ],
      proposal: null,
      missingReports: [],
    });
  });

  it('refuses a version it does not know, and an invalid version 1 payload', () => {
    const v1 = createEnvelope(IcvSubmittedV1, meta, { ...common, exceptions: [] });
    expect(() => parseEnvelope(IcvSubmitted, { ...v1, schemaVersion: 3 })).toThrow(
      /not the supported 2 or 1/,
    );
    expect(() => parseEnvelope(IcvSubmitted, { ...v1, data: { ...v1.data, party: '' } })).toThrow(/invalid/);
  });
});
