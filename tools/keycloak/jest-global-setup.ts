import { freePort } from '../../libs/testing/src/platform-process';
import { startKeycloak } from './keycloak';

/** Starts one real Keycloak for the infrastructure tests; its redirect URIs name the platform's port. */
export default async function setup() {
  const kcPort = await freePort();
  const platformPort = await freePort();
  const publicUrl = `http://127.0.0.1:${platformPort}`;
  const kc = await startKeycloak({ port: kcPort, publicUrl });
  (globalThis as any).__MKIB_KEYCLOAK__ = kc;
  process.env.MKIB_KEYCLOAK_ISSUER = kc.issuer;
  process.env.MKIB_INFRA_PLATFORM_PORT = String(platformPort);
}
