import { PARTIES } from './parties';
import {
  coUserProblems,
  CoUserInputData,
  endCoUserProblems,
  isActiveCoUser,
  kindOfCategory,
  representationProblems,
  workspacePartyOf,
} from './party-register';
import { remoteOfParty } from './reminders';

const kinds = new Map(PARTIES.map((p) => [p.code, p.kind]));
const kindOf = (code: string) => kinds.get(code);
const day = (offset: number) =>
  new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const base: CoUserInputData = {
  code: 'kustwacht',
  name: 'Kustwacht Nederland',
  category: 'MEDEGEBRUIKER',
  responsibleHoofdgebruiker: 'politie',
  admittedOn: day(0),
  facilities: ['GMS'],
};
const fields = (input: Partial<CoUserInputData>) =>
  coUserProblems({ ...base, ...input }, kindOf).map((p) => p.field);

describe('the co-user register (SK-5.4)', () => {
  it('takes a medegebruiker under a hoofdgebruiker', () => {
    expect(fields({})).toEqual([]);
  });

  it('fixes the code: lower-case letters, digits and hyphens, and never a fixed party', () => {
    expect(fields({ code: 'K' })).toEqual(['input.code']);
    expect(fields({ code: 'a'.repeat(41) })).toEqual(['input.code']);
    expect(fields({ code: 'kust wacht' })).toEqual(['input.code']);
    expect(fields({ code: 'politie' })).toEqual(['input.code']);
    expect(fields({ code: 'rode-kruis' })).toEqual([]);
  });

  it('a medegebruiker or temporary user needs a hoofdgebruiker; a bijzondere gebruiker none', () => {
    expect(fields({ responsibleHoofdgebruiker: null })).toEqual(['input.responsibleHoofdgebruiker']);
    expect(fields({ responsibleHoofdgebruiker: 'lms' })).toEqual(['input.responsibleHoofdgebruiker']);
    expect(fields({ responsibleHoofdgebruiker: 'rode-kruis' })).toEqual(['input.responsibleHoofdgebruiker']);
    expect(
      fields({
        category: 'BIJZONDERE_GEBRUIKER',
        reportingArrangement: 'Jaarlijks verslag aan de LMS',
        reportDue: day(30),
      }),
    ).toEqual(['input.responsibleHoofdgebruiker']);
    expect(
      fields({
        category: 'BIJZONDERE_GEBRUIKER',
        responsibleHoofdgebruiker: null,
        reportingArrangement: 'Jaarlijks verslag aan de LMS',
        reportDue: day(30),
      }),
    ).toEqual([]);
  });

  it('a temporary user needs an end date, never before the admission', () => {
    expect(fields({ category: 'TIJDELIJK' })).toEqual(['input.endsOn']);
    expect(fields({ category: 'TIJDELIJK', endsOn: day(-1) })).toEqual(['input.endsOn']);
    expect(fields({ category: 'TIJDELIJK', endsOn: day(0) })).toEqual([]);
  });

  it('a bijzondere gebruiker needs its reporting arrangement and due date; others have none', () => {
    expect(fields({ category: 'BIJZONDERE_GEBRUIKER', responsibleHoofdgebruiker: null })).toEqual([
      'input.reportingArrangement',
      'input.reportDue',
    ]);
    expect(fields({ reportDue: day(3) })).toEqual(['input.reportingArrangement']);
  });

  it('the facilities are known shared facility codes, at least one', () => {
    expect(fields({ facilities: [] })).toEqual(['input.facilities']);
    expect(fields({ facilities: ['XYZ'] })).toEqual(['input.facilities']);
    expect(fields({ facilities: ['GMS', 'GMS'] })).toEqual(['input.facilities']);
    expect(fields({ facilities: ['GMS', 'OIS'] })).toEqual([]);
  });

  it('a name, a category and real dates', () => {
    expect(fields({ name: ' ', category: 'X', admittedOn: 'gisteren' })).toEqual([
      'input.name',
      'input.category',
      'input.admittedOn',
    ]);
  });

  it('ends an admission on or after its start; active between both', () => {
    expect(endCoUserProblems(day(5), day(4)).map((p) => p.field)).toEqual(['endsOn']);
    expect(endCoUserProblems(day(5), day(5))).toEqual([]);
    expect(isActiveCoUser({ admittedOn: day(0), endsOn: null }, day(1))).toBe(true);
    expect(isActiveCoUser({ admittedOn: day(0), endsOn: day(1) }, day(1))).toBe(true);
    expect(isActiveCoUser({ admittedOn: day(0), endsOn: day(1) }, day(2))).toBe(false);
    expect(isActiveCoUser({ admittedOn: day(3), endsOn: null }, day(2))).toBe(false);
  });

  it('stores a temporary user as a medegebruiker', () => {
    expect(kindOfCategory('TIJDELIJK')).toBe('MEDEGEBRUIKER');
    expect(kindOfCategory('BIJZONDERE_GEBRUIKER')).toBe('BIJZONDERE_GEBRUIKER');
  });

  it('representatives are names, at most twenty per board', () => {
    expect(representationProblems({ smb: ['A. de Vries'], bmb: [] })).toEqual([]);
    expect(
      representationProblems({ smb: [' '], bmb: Array(21).fill('B. Jansen') }).map((p) => p.field),
    ).toEqual(['input.smb.0', 'input.bmb']);
  });
});

describe("a co-user's workspace follows the register", () => {
  it("a medegebruiker works in its hoofdgebruiker's, a bijzondere gebruiker in the LMS's", () => {
    expect(
      workspacePartyOf({ code: 'kustwacht', kind: 'MEDEGEBRUIKER', responsibleHoofdgebruiker: 'kmar' }),
    ).toBe('kmar');
    expect(workspacePartyOf({ code: 'nza', kind: 'BIJZONDERE_GEBRUIKER' })).toBe('lms');
    expect(workspacePartyOf({ code: 'politie', kind: 'HOOFDGEBRUIKER' })).toBe('politie');
    expect(
      remoteOfParty({ code: 'kustwacht', kind: 'MEDEGEBRUIKER', responsibleHoofdgebruiker: 'kmar' }),
    ).toBe('web-kmar');
    expect(remoteOfParty({ code: 'nza', kind: 'BIJZONDERE_GEBRUIKER' })).toBe('web-admin');
    expect(
      remoteOfParty({ code: 'rode-kruis', kind: 'MEDEGEBRUIKER', responsibleHoofdgebruiker: 'ambulance' }),
    ).toBe('web-ambulance');
    expect(remoteOfParty({ code: 'smb' })).toBe('web-boards');
  });
});
