/**
 * Dutch texts of the server's shared message keys (libs/domain/shared/src/fields.ts), same
 * parameters. The web shows these for `extensions.i18n` of an error; English users read the server's
 * own text. tools/i18n/server-messages.spec.ts fails on a key without a Dutch text here.
 */
export const sharedNl: Record<string, string> = {
  'input.invalid': 'De invoer bevat {{count}} fout(en).',
  'field.invalid': 'Deze waarde is niet geldig.',
  'field.required': 'Vul dit veld in.',
  'field.textMin': 'Schrijf minstens {{min}} tekens.',
  'field.textMax': 'Gebruik hoogstens {{max}} tekens.',
  'field.date': 'Vul een datum in (JJJJ-MM-DD).',
  'field.dateYears': 'Vul een datum in de jaren {{from}} tot en met {{to}} in.',
  'field.oneOf': 'Kies een van: {{options}}.',
  'field.between': 'Kies een waarde van {{min}} tot en met {{max}}.',
  'field.notNegative': 'Gebruik 0 of meer.',
  'field.dateAfter': 'Moet na {{other}} ({{date}}) liggen.',
  'field.unstorable':
    'Bevat een teken dat niet kan worden opgeslagen ({{character}} op positie {{position}}).',
  'field.controlCharacter':
    'Mag geen stuur- of schrijfrichtingsteken bevatten ({{character}} op positie {{position}}).',
  'field.dateOrTimestamp': 'Vul een datum (JJJJ-MM-DD) of tijdstip (JJJJ-MM-DDTUU:MM:SSZ) in.',
  'audit.truncated':
    'De keten eindigt bij regel {{seq}}, maar haar kop was al bij regel {{anchoredSeq}} verankerd: er zijn regels weggehaald.',
  'audit.anchorMismatch': 'Regel {{seq}} komt niet overeen met de verankerde kop van de keten.',
  'record.notVisible': 'Er is geen {{what}} van {{party}} die u mag inzien.',
  'idempotency.keyInvalid': 'Moet {{min}} tot {{max}} zichtbare ASCII-tekens zonder spaties bevatten.',
  'idempotency.keyReused':
    'Deze handeling is al met andere gegevens verstuurd. Laad de pagina opnieuw en probeer het nog eens.',
  'auth.noToken': 'Meld u eerst aan.',
  'auth.badHeader': 'Het verzoek heeft geen geldig toegangsbewijs. Meld u opnieuw aan.',
  'auth.expired': 'Uw sessie is verlopen. Meld u opnieuw aan.',
  'auth.wrongAudience': 'Uw toegangsbewijs is niet voor dit platform. Meld u opnieuw aan.',
  'auth.invalidToken': 'Uw toegangsbewijs is niet geldig. Meld u opnieuw aan.',
  'auth.noParty': 'Uw account is niet aan een partij gekoppeld. Vraag de beheerder dit te doen.',
  'auth.forbidden': 'Dit mag u met uw rol niet doen.',
  'service.unavailable': 'De dienst is tijdelijk niet beschikbaar. Probeer het zo opnieuw.',
};
