/**
 * `npm run chart:check`: helm lint --strict and helm template of the chart in both modes, with the
 * default values (plus the two required ones) and with the production-like values files in
 * charts/mkib/ci, for Kubernetes KUBE_VERSION; every rendered object validated by tools/k8s-validate;
 * then the chart tests (jest project `chart`).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { helmPath, k8sValidatePath, KUBE_VERSION } from './helm';

const root = join(__dirname, '..', '..');
const chart = join(root, 'charts', 'mkib');
const helm = helmPath();
const validate = k8sValidatePath();
const required = [
  '--set',
  'database.existingSecret=mkib-db-app',
  '--set',
  'oidc.issuer=https://sso.example/realms/meldkamer',
];
const cases: [string, string[]][] = [
  ['all-in-one, default values', required],
  [
    'distributed, default values',
    [...required, '--set', 'mode=distributed', '--set', 'kafka.brokers=kafka:9092'],
  ],
  ['all-in-one, ci/allinone-values.yaml', ['-f', join(chart, 'ci/allinone-values.yaml')]],
  ['distributed, ci/production-values.yaml', ['-f', join(chart, 'ci/production-values.yaml')]],
];
for (const [name, args] of cases) {
  execFileSync(helm, ['lint', '--strict', chart, '--kube-version', KUBE_VERSION, ...args], { stdio: 'pipe' });
  const out = execFileSync(helm, ['template', 'mkib', chart, '--kube-version', KUBE_VERSION, ...args], {
    encoding: 'utf8',
  });
  // Every rendered object decoded strictly against the typed Kubernetes API (exits non-zero on any error).
  const verdict = execFileSync(validate, [], { input: out, encoding: 'utf8' }).trim();
  console.log(`helm lint --strict, template and validation: ${name}: ${verdict}`);
}
execFileSync('npx', ['jest', '--selectProjects', 'chart'], { stdio: 'inherit', cwd: root });
