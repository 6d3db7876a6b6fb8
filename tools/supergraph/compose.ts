/**
 * Composes the supergraph from the committed subgraph SDL with Apollo's composition library.
 *   --write  writes apps/gateway/supergraph.graphql
 *   --check  fails when the committed supergraph is stale or the subgraphs do not compose
 */
import { composeServices } from '@apollo/composition';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';

const root = join(__dirname, '..', '..');
export const SUPERGRAPH_FILE = join(root, 'apps/gateway/supergraph.graphql');

export function composeSupergraph(): { supergraphSdl?: string; errors: string[] } {
  const { subgraphs, sharedSchemaFiles } = JSON.parse(
    readFileSync(join(root, 'apps/gateway/subgraphs.json'), 'utf8'),
  ) as {
    sharedSchemaFiles: string[];
    subgraphs: { name: string; schemaFile: string; url: string }[];
  };
  // Each subgraph serves its own SDL plus the shared files (see SHARED_SCHEMA_FILE in the service host).
  const shared = sharedSchemaFiles.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      url: s.url,
      typeDefs: parse(`${readFileSync(join(root, s.schemaFile), 'utf8')}\n${shared}`),
    })),
  );
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: result.supergraphSdl, errors: [] };
}

if (process.argv[1] === __filename) {
  const mode = process.argv[2];
  const { supergraphSdl, errors } = composeSupergraph();
  if (errors.length || !supergraphSdl) {
    console.error(`The subgraphs do not compose:\n- ${errors.join('\n- ')}`);
    process.exit(1);
  }
  if (mode === '--write') {
    writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
    console.log(`supergraph written to ${SUPERGRAPH_FILE}`);
  } else {
    const committed = existsSync(SUPERGRAPH_FILE) ? readFileSync(SUPERGRAPH_FILE, 'utf8') : '';
    if (committed !== supergraphSdl) {
      console.error(
        'apps/gateway/supergraph.graphql is stale: run `npm run supergraph` and commit the result.',
      );
      process.exit(1);
    }
    console.log('supergraph is up to date and composes');
  }
}
