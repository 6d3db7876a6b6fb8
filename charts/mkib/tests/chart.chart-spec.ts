import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { helmPath, k8sValidatePath, KUBE_VERSION } from '../../../tools/helm/helm';

/** The chart rendered by the real helm, checked for what operations teams rely on. */
const CHART = join(__dirname, '..');
const REQUIRED = [
  '--set',
  'database.existingSecret=mkib-db-app',
  '--set',
  'oidc.issuer=https://sso.example/realms/meldkamer',
];
type K8sObject = { kind: string; metadata: { name: string; labels?: Record<string, string> }; spec?: any };

const renderText = (...args: string[]) =>
  execFileSync(helmPath(), ['template', 'mkib', CHART, '--kube-version', KUBE_VERSION, ...args], {
    encoding: 'utf8',
  });
const render = (...args: string[]): K8sObject[] =>
  parseAllDocuments(renderText(...args))
    .map((d) => d.toJS() as K8sObject)
    .filter(Boolean);
const renderError = (...args: string[]) => {
  const r = spawnSync(helmPath(), ['template', 'mkib', CHART, '--kube-version', KUBE_VERSION, ...args], {
    encoding: 'utf8',
  });
  expect(r.status).not.toBe(0);
  return r.stderr;
};
const modes = {
  allInOne: () => render(...REQUIRED),
  distributed: () => render('-f', join(CHART, 'ci/production-values.yaml')),
};
const podSpecs = (objects: K8sObject[]) =>
  objects
    .filter((o) => ['Deployment', 'Job'].includes(o.kind))
    .map((o) => ({
      name: `${o.kind}/${o.metadata.name}`,
      spec: o.spec.template.spec,
      labels: o.spec.template.metadata.labels,
    }));

describe('the Helm chart', () => {
  it('renders one application Deployment in all-in-one mode and one per component in distributed mode', () => {
    const deployments = (objects: K8sObject[]) =>
      objects.filter((o) => o.kind === 'Deployment').map((o) => o.metadata.name);
    expect(deployments(modes.allInOne())).toEqual(['mkib-platform']);
    expect(deployments(modes.distributed()).sort()).toEqual(
      ['mkib-gateway', 'mkib-governance', 'mkib-icv', 'mkib-policy', 'mkib-risk', 'mkib-web'].sort(),
    );
  });

  it.each(Object.entries(modes))('%s: no container runs as root or with privileges', (_mode, renderMode) => {
    for (const { name, spec } of podSpecs(renderMode())) {
      expect({ name, pod: spec.securityContext }).toEqual({
        name,
        pod: expect.objectContaining({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }),
      });
      expect(spec.securityContext.runAsUser).toBeGreaterThan(0);
      expect(spec.automountServiceAccountToken).toBe(false);
      for (const c of spec.containers)
        expect({ name, container: c.securityContext }).toEqual({
          name,
          container: expect.objectContaining({
            runAsNonRoot: true,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
          }),
        });
    }
  });

  it.each(Object.entries(modes))(
    '%s: every Deployment has its startup, readiness and liveness probe, and resources',
    (_mode, renderMode) => {
      for (const o of renderMode().filter((x) => x.kind === 'Deployment'))
        for (const c of o.spec.template.spec.containers) {
          for (const [probe, path] of [
            ['startupProbe', '/health/startup'],
            ['readinessProbe', '/health/ready'],
            ['livenessProbe', '/health/live'],
          ])
            expect({ deployment: o.metadata.name, probe, path: c[probe]?.httpGet?.path }).toEqual({
              deployment: o.metadata.name,
              probe,
              path,
            });
          expect(c.resources.requests).toEqual(
            expect.objectContaining({ cpu: expect.anything(), memory: expect.anything() }),
          );
          expect(c.resources.limits).toEqual(expect.objectContaining({ memory: expect.anything() }));
        }
    },
  );

  it.each(Object.entries(modes))(
    '%s: every Deployment waits in preStop and has a grace period longer than the wait plus the drain',
    (_mode, renderMode) => {
      const objects = renderMode();
      const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.endsWith('-config')) as
        | (K8sObject & { data: Record<string, string> })
        | undefined;
      const drainSeconds = Number(config!.data.MKIB_SHUTDOWN_TIMEOUT_MS) / 1000;
      expect(drainSeconds).toBeGreaterThan(0);
      for (const o of objects.filter((x) => x.kind === 'Deployment')) {
        const pod = o.spec.template.spec;
        for (const c of pod.containers) {
          const preStop = c.lifecycle?.preStop?.sleep?.seconds;
          expect({ deployment: o.metadata.name, preStop: preStop > 0 }).toEqual({
            deployment: o.metadata.name,
            preStop: true,
          });
          expect({
            deployment: o.metadata.name,
            graceCoversDrain: pod.terminationGracePeriodSeconds > preStop + drainSeconds,
          }).toEqual({ deployment: o.metadata.name, graceCoversDrain: true });
        }
      }
    },
  );

  it('refuses a grace period that does not cover the preStop wait and the drain', () => {
    expect(renderError(...REQUIRED, '--set', 'shutdown.terminationGracePeriodSeconds=20')).toMatch(
      /terminationGracePeriodSeconds must exceed/,
    );
  });

  it.each(Object.entries(modes))(
    '%s: every pod is selected by a NetworkPolicy that denies by default',
    (_mode, renderMode) => {
      const objects = renderMode();
      const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
      const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
        Object.entries(selector).every(([k, v]) => labels[k] === v);
      const denyAll = policies.find((p) => p.metadata.name.endsWith('default-deny'))!;
      expect(denyAll.spec).toEqual({ podSelector: expect.anything(), policyTypes: ['Ingress', 'Egress'] });
      for (const { name, labels } of podSpecs(objects)) {
        expect({ name, denied: selects(denyAll.spec.podSelector.matchLabels, labels) }).toEqual({
          name,
          denied: true,
        });
        const own = policies.filter(
          (p) =>
            p !== denyAll &&
            p.spec.podSelector.matchLabels['app.kubernetes.io/component'] ===
              labels['app.kubernetes.io/component'],
        );
        expect({ name, ownPolicies: own.length }).toEqual({ name, ownPolicies: 1 });
      }
    },
  );

  it('lets only the gateway reach the subgraphs, and the subgraphs reach the database and Kafka', () => {
    const policies = modes.distributed().filter((o) => o.kind === 'NetworkPolicy');
    const of = (component: string) =>
      policies.find((p) => p.spec.podSelector.matchLabels['app.kubernetes.io/component'] === component)!;
    expect(of('risk').spec.ingress).toEqual([
      {
        from: [
          {
            podSelector: {
              matchLabels: expect.objectContaining({ 'app.kubernetes.io/component': 'gateway' }),
            },
          },
        ],
        ports: [{ port: 4000, protocol: 'TCP' }],
      },
    ]);
    const riskEgressPorts = of('risk').spec.egress.flatMap((e: { ports: { port: number }[] }) =>
      e.ports.map((p) => p.port),
    );
    expect(riskEgressPorts).toEqual(expect.arrayContaining([5432, 9092, 8443]));
    // The web front end talks to nothing.
    expect(of('web').spec.egress ?? []).toEqual([]);
  });

  it('runs the migrations as a pre-install/pre-upgrade hook before the pods', () => {
    const job = modes.distributed().find((o) => o.kind === 'Job')!;
    expect(
      (job.metadata as unknown as { annotations: Record<string, string> }).annotations['helm.sh/hook'],
    ).toBe('pre-install,pre-upgrade');
    expect(job.spec.template.spec.containers[0].args).toEqual([
      'tools/run.js',
      'apps/platform/src/migrate-main.ts',
    ]);
  });

  it('takes the database URL only from the referenced Secret', () => {
    const text = renderText('-f', join(CHART, 'ci/production-values.yaml'));
    expect(text).not.toMatch(/postgres(ql)?:\/\//);
    const deployment = modes
      .distributed()
      .find((o) => o.metadata.name === 'mkib-risk' && o.kind === 'Deployment')!;
    expect(deployment.spec.template.spec.containers[0].env).toContainEqual({
      name: 'MKIB_DATABASE_URL',
      valueFrom: { secretKeyRef: { name: 'mkib-db-app', key: 'uri' } },
    });
  });

  it('refuses an invalid mode and a missing database secret with a clear message', () => {
    expect(renderError(...REQUIRED, '--set', 'mode=cluster')).toMatch(
      /at '\/mode': value must be one of 'allInOne', 'distributed'/,
    );
    expect(renderError('--set', 'oidc.issuer=https://sso.example/realms/meldkamer')).toMatch(
      /database.existingSecret is required: the name of a Secret that holds the PostgreSQL connection URL/,
    );
    expect(renderError(...REQUIRED, '--set', 'mode=distributed')).toMatch(
      /kafka.brokers is required in distributed mode/,
    );
    expect(renderError(...REQUIRED, '--set', 'replicas=0')).toMatch(/replicas/);
  });

  it('renders byte-identical output for the same values', () => {
    const args = ['-f', join(CHART, 'ci/production-values.yaml')];
    expect(renderText(...args)).toBe(renderText(...args));
  });

  it('validates rendered objects strictly against the Kubernetes API: a misspelt field is refused', () => {
    const ok = spawnSync(k8sValidatePath(), [], { input: renderText(...REQUIRED), encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const broken = renderText(...REQUIRED).replace('containerPort:', 'containerPorts:');
    const refused = spawnSync(k8sValidatePath(), [], { input: broken, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(
      /unknown field "spec.template.spec.containers\[0\].ports\[0\].containerPorts"/,
    );
  });
});
