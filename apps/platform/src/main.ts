import { shutdownTimeoutFromEnvironment } from '@mkib/server-runtime';
import { readPlatformConfig } from './config';
import { startPlatform } from './platform';

async function main() {
  const config = readPlatformConfig();
  const platform = await startPlatform(config);
  const roles = new Map<string, string[]>();
  for (const a of platform.accounts) roles.set(a.party, [...(roles.get(a.party) ?? []), a.username]);
  console.log(
    [
      '',
      `MKIB is running (all-in-one, ${platform.database.embedded ? 'embedded PostgreSQL' : 'external PostgreSQL'}, in-process events)`,
      `  Web:      ${config.publicUrl}/`,
      `  GraphQL:  ${config.publicUrl}/graphql`,
      `  Issuer:   ${platform.issuer}`,
      `  Data:     ${config.dataDir}`,
      ...platform.services.map((s) => `  Subgraph: ${s.name} ${s.url}`),
      '',
      platform.accounts.length
        ? `Demo accounts (password: ${config.demoPassword === 'demo' ? 'demo' : 'as set in MKIB_DEMO_PASSWORD'}):`
        : 'Accounts: from the external issuer.',
      ...[...roles].map(([party, names]) => `  ${party.padEnd(22)} ${names.join(', ')}`),
      '',
      'Press Ctrl-C to stop.',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, stopping MKIB: finishing requests in flight…`);
    // Whatever hangs, the process ends a little after the drain's own limit.
    setTimeout(() => process.exit(1), shutdownTimeoutFromEnvironment() + 15_000).unref();
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('MKIB could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
