/**
 * Helm for the chart checks, built from the Go module proxy (the only place this machine reaches) and
 * cached in .cache/go (git-ignored):
 *   node tools/run.js tools/helm/helm.ts       prints the path of the helm binary, building it if needed
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const HELM_VERSION = 'v3.22.0';
/** The Kubernetes version the chart is rendered and checked for (tools/k8s-validate builds with k8s.io/api v0.37). */
export const KUBE_VERSION = '1.37.0';

const root = join(__dirname, '..', '..');
const goDir = join(root, '.cache', 'go');

const goEnv = () => ({
  ...process.env,
  GOBIN: join(goDir, 'bin'),
  GOMODCACHE: join(goDir, 'mod'),
  GOCACHE: join(goDir, 'build'),
  GOFLAGS: '-mod=mod',
});

export function helmPath(): string {
  const bin = join(goDir, 'bin', 'helm');
  if (existsSync(bin)) return bin;
  console.error(`building helm ${HELM_VERSION} from the Go module proxy into ${goDir} (once)…`);
  execFileSync('go', ['install', `helm.sh/helm/v3/cmd/helm@${HELM_VERSION}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: goEnv(),
  });
  return bin;
}

/** tools/k8s-validate: strict decoding of rendered objects against the typed Kubernetes API. */
export function k8sValidatePath(): string {
  const bin = join(goDir, 'bin', 'k8s-validate');
  if (existsSync(bin)) return bin;
  console.error(`building tools/k8s-validate into ${goDir} (once)…`);
  execFileSync('go', ['build', '-o', bin, '.'], {
    cwd: join(root, 'tools', 'k8s-validate'),
    stdio: ['ignore', 'inherit', 'inherit'],
    env: goEnv(),
  });
  return bin;
}

if (process.argv[1] === __filename) console.log(helmPath());
