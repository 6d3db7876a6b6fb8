export default async function teardown() {
  await (globalThis as any).__MKIB_KEYCLOAK__?.stop();
}
