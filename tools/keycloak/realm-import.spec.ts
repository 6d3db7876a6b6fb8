import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { REALM_IMPORT_FILE, realmImportYaml } from './realm-import';

describe('the Keycloak operator realm import', () => {
  it('is the realm as code, regenerated (run npm run keycloak:realm-import after changing the realm)', () => {
    expect(readFileSync(REALM_IMPORT_FILE, 'utf8')).toBe(realmImportYaml());
  });

  it('carries the realm meldkamer with its clients and the public-URL placeholder from a Secret', () => {
    const resource = parse(readFileSync(REALM_IMPORT_FILE, 'utf8'));
    expect(resource.kind).toBe('KeycloakRealmImport');
    expect(resource.spec.realm.realm).toBe('meldkamer');
    expect(resource.spec.realm.clients.map((c: { clientId: string }) => c.clientId)).toEqual(
      expect.arrayContaining(['mkib-shell', 'mkib-api']),
    );
    expect(resource.spec.placeholders.MKIB_PUBLIC_URL.secret.name).toBe('mkib-public-url');
    expect(resource.spec.realm.users ?? []).toEqual([]);
  });
});
