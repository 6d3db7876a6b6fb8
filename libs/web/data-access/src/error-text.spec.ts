import i18next from 'i18next';
import { resources, serverMessagesNl } from '@mkib/web-i18n';
import { describeError } from './error-text';
import { GraphQLRequestError, requestErrorOf } from './errors';

/** What a refused `openCycle` with two bad fields looks like on the wire (libs/server/graphql errors.ts). */
const badInput = requestErrorOf({
  message: 'The input has 2 problem(s).',
  extensions: {
    code: 'BAD_USER_INPUT',
    problems: [
      { field: 'input.medegebruikerRapportages', message: 'must be a date (YYYY-MM-DD)' },
      { field: 'input.remark', message: 'is required' },
    ],
    i18n: {
      key: 'input.invalid',
      params: { count: 2 },
      problems: [
        { field: 'input.medegebruikerRapportages', key: 'field.date', params: {} },
        { field: 'input.remark', key: 'field.required', params: {} },
      ],
    },
  },
});

async function instance(language: 'nl' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { nl: { ...resources.nl, server: serverMessagesNl }, en: resources.en },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('errors in the user language', () => {
  it('in Dutch: the texts of the keys, a field problem next to its field, the rest without a path', async () => {
    const text = describeError(await instance('nl'), badInput, ['medegebruikerRapportages']);
    expect(text.fields).toEqual({ medegebruikerRapportages: 'Vul een datum in (JJJJ-MM-DD).' });
    expect(text.message).toBe('De invoer bevat 2 fout(en).\nVul dit veld in.');
  });

  it('in English: the server text', async () => {
    const text = describeError(await instance('en'), badInput, ['remark']);
    expect(text.fields).toEqual({ remark: 'is required' });
    expect(text.message).toBe('The input has 2 problem(s).\nmust be a date (YYYY-MM-DD)');
  });

  it('a service that is down: "temporarily unavailable, try again" in Dutch, with or without the key', async () => {
    const i18n = await instance('nl');
    const keyed = requestErrorOf({
      message: 'The service is temporarily unavailable. Try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE', i18n: { key: 'service.unavailable', params: {} } },
    });
    const expected = 'De dienst is tijdelijk niet beschikbaar. Probeer het zo opnieuw.';
    expect(describeError(i18n, keyed).message).toBe(expected);
    expect(describeError(i18n, new GraphQLRequestError('HTTP 503', 'SERVICE_UNAVAILABLE')).message).toBe(
      expected,
    );
    expect(
      describeError(await instance('en'), new GraphQLRequestError('HTTP 503', 'SERVICE_UNAVAILABLE')).message,
    ).toBe('The service is temporarily unavailable. Try again in a moment.');
  });

  it.each(['FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'BAD_USER_INPUT', 'NETWORK_ERROR', 'X'])(
    'in Dutch without a key (%s): a Dutch text of the code, no code, no English',
    async (code) => {
      const i18n = await instance('nl');
      const { message } = describeError(i18n, new GraphQLRequestError('Something in English.', code));
      expect(message).not.toContain(code);
      expect(message).not.toContain('English');
      expect(message).toBe(i18n.t(`errors.codes.${code === 'X' ? 'INTERNAL_SERVER_ERROR' : code}`));
    },
  );

  it('in Dutch with a key the web does not know: the text of the code', async () => {
    const error = requestErrorOf({
      message: 'No such thing.',
      extensions: { code: 'NOT_FOUND', i18n: { key: 'unknown.key', params: {} } },
    });
    expect(describeError(await instance('nl'), error).message).toBe(
      'Dit bestaat niet, of u mag het niet inzien.',
    );
  });

  it('fills in the parameters of a key', async () => {
    const error = requestErrorOf({
      message: 'x',
      extensions: { code: 'BAD_USER_INPUT', i18n: { key: 'field.textMax', params: { max: 200 } } },
    });
    expect(describeError(await instance('nl'), error).message).toBe('Gebruik hoogstens 200 tekens.');
  });
});

describe('an unexpected failure (a reset connection behind the gateway, say)', () => {
  const failure = requestErrorOf({
    message: 'An unexpected error occurred (reference 0b5c6a8e).',
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference: '0b5c6a8e' },
  });

  it('reads the generic text with its reference in Dutch, never the English', async () => {
    const { message } = describeError(await instance('nl'), failure);
    expect(message).toBe(
      'Er ging onverwacht iets mis. Probeer het opnieuw.\nReferentie voor de beheerder: 0b5c6a8e',
    );
  });

  it('reads the generic text with its reference in English too', async () => {
    const { message } = describeError(await instance('en'), failure);
    expect(message).toBe(
      'Something unexpected went wrong. Please try again.\nReference for the administrator: 0b5c6a8e',
    );
  });
});
