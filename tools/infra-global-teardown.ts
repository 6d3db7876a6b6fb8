export default async function teardown() {
  const infra = (globalThis as any).__MKIB_INFRA__;
  await infra?.kc.stop();
  await infra?.kafka.destroy();
}
