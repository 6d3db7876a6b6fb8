/**
 * Writes k8s/keycloak/realm-import.yaml (a KeycloakRealmImport for the Keycloak operator) from the realm
 * as code, k8s/keycloak/realm-meldkamer.json: one source, no hand-copied realm.
 *   npm run keycloak:realm-import
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const root = join(__dirname, '..', '..');
export const REALM_IMPORT_FILE = join(root, 'k8s', 'keycloak', 'realm-import.yaml');

export function realmImportYaml(): string {
  const realm = JSON.parse(readFileSync(join(root, 'k8s', 'keycloak', 'realm-meldkamer.json'), 'utf8'));
  const resource = {
    apiVersion: 'k8s.keycloak.org/v2alpha1',
    kind: 'KeycloakRealmImport',
    metadata: { name: 'meldkamer' },
    spec: {
      keycloakCRName: 'mkib-sso',
      // ${MKIB_PUBLIC_URL} in the realm (redirect URIs, web origins) comes from this Secret at import.
      placeholders: { MKIB_PUBLIC_URL: { secret: { name: 'mkib-public-url', key: 'url' } } },
      realm,
    },
  };
  return (
    '# Generated from realm-meldkamer.json by `npm run keycloak:realm-import`; do not edit by hand.\n' +
    stringify(resource, { lineWidth: 0 })
  );
}

if (process.argv[1] === __filename) {
  writeFileSync(REALM_IMPORT_FILE, realmImportYaml());
  console.log(`written ${REALM_IMPORT_FILE}`);
}
