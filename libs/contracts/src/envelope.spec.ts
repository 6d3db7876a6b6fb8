import { createEnvelope, EventValidationError, parseEnvelope } from './envelope';
import { FacilityBbnRaised } from './events/risk-facility-bbn-raised';

const data = {
  facilityCode: 'GMS',
  previousBbn: 2,
  newBbn: 3,
  supplementaryAnalysisRequired: true as const,
  reviewDue: `${new Date().getUTCFullYear() + 1}-11-01`,
};
const meta = { subject: 'GMS', partyId: 'lms', actor: 'lms-operator@lms', correlationId: 'corr-1' };

describe('event envelope', () => {
  it('carries CloudEvents attributes, the topic of its context and the correlation id', () => {
    const env = createEnvelope(FacilityBbnRaised, meta, data);
    expect(env).toEqual(
      expect.objectContaining({
        specversion: '1.0',
        type: 'risk.facility.bbn-raised',
        source: 'mkib/risk',
        subject: 'GMS',
        correlationId: 'corr-1',
        schemaVersion: 1,
      }),
    );
    expect(FacilityBbnRaised.topic).toBe('mkib.risk.events.v1');
  });

  it('round-trips through JSON and is validated on the consuming side', () => {
    const env = createEnvelope(FacilityBbnRaised, meta, data);
    expect(parseEnvelope(FacilityBbnRaised, JSON.parse(JSON.stringify(env))).data).toEqual(data);
  });

  it('refuses an invalid payload before anything is written', () => {
    expect(() => createEnvelope(FacilityBbnRaised, meta, { ...data, newBbn: 7 })).toThrow(
      EventValidationError,
    );
  });

  it('refuses a message that is not an envelope, of another type or of another schema version', () => {
    const env = createEnvelope(FacilityBbnRaised, meta, data);
    expect(() => parseEnvelope(FacilityBbnRaised, { hello: 'world' })).toThrow(/not an MKIB event envelope/);
    expect(() => parseEnvelope(FacilityBbnRaised, { ...env, type: 'risk.other' })).toThrow(
      /expected risk.facility.bbn-raised/,
    );
    expect(() => parseEnvelope(FacilityBbnRaised, { ...env, schemaVersion: 2 })).toThrow(/schema version 2/);
    expect(() => parseEnvelope(FacilityBbnRaised, { ...env, data: { ...data, facilityCode: '' } })).toThrow(
      /invalid/,
    );
  });
});
