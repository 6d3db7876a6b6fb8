/**
 * `npm run soak`: realistic mixed traffic through the gateway, reads and writes of several roles and
 * parties, at a set concurrency for a set time. It fails on any HTTP 5xx, any INTERNAL_SERVER_ERROR and any
 * connection error, so a reset between the gateway and a subgraph cannot go unseen.
 *   npm run soak -- --minutes 10                 a fresh platform, 10 minutes, concurrency 32
 *   npm run soak -- --seconds 60 --concurrency 16
 *   npm run soak -- --url http://localhost:8080   an already running platform (MKIB_DEMO_PASSWORD, default demo)
 * The platform it starts runs with the gateway's retry of reads switched off (MKIB_GATEWAY_RETRY=off), so
 * a retry cannot hide a reset connection, and with the per-account rate limit raised.
 * Prints `requests N, 5xx N, internal errors N, p50 X ms, p95 Y ms` and a breakdown per operation.
 */
import { parse, print } from 'graphql';
import type { DocumentNode } from 'graphql';
import { PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';
import {
  AgendaDocument,
  AssessmentDocument,
  AssessMeasuresDocument,
  AuditedPartiesDocument,
  AuditTrailDocument,
  BbnProfileDocument,
  ClassifyFacilityDocument,
  CoUserReportsDocument,
  CycleChoiceDocument,
  CycleDocument,
  FacilitiesDocument,
  FrameworksDocument,
  IcvDocument,
  InstructionsDocument,
  PartyFrameworksDocument,
  RecordFindingDocument,
  RemindersDocument,
  RequirementsDocument,
  StartIcvDocument,
} from '../../libs/web/data-access/src/gql/graphql';

interface Options {
  seconds: number;
  concurrency: number;
  url: string | null;
  /** The longest a person reads a page before the next (ms); 0: no pauses. */
  thinkMs: number;
  /** Waves: seconds of full concurrency between lulls of 4 to 8 s without traffic; 0: none. */
  waveSeconds: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { seconds: 60, concurrency: 32, url: null, thinkMs: 2000, waveSeconds: 15 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--minutes') options.seconds = Number(value()) * 60;
    else if (flag === '--seconds') options.seconds = Number(value());
    else if (flag === '--concurrency') options.concurrency = Number(value());
    else if (flag === '--url') options.url = value().replace(/\/$/, '');
    else if (flag === '--think-ms') options.thinkMs = Number(value());
    else if (flag === '--wave-seconds') options.waveSeconds = Number(value());
    else throw new Error(`unknown option ${argv[i]} (--minutes N, --seconds N, --concurrency N, --url URL)`);
  }
  if (!(options.seconds > 0) || !(options.concurrency >= 1))
    throw new Error('--minutes/--seconds and --concurrency must be positive numbers');
  return options;
}

interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One operation of the mix: who sends it, how often, and which refusals are its right answer. */
interface Operation {
  name: string;
  weight: number;
  account: string;
  document: DocumentNode;
  variables?: () => Record<string, unknown>;
  /** Codes that are this operation's correct answer under repetition (counted, not failed). */
  expected?: string[];
}

interface Tally {
  requests: number;
  ok: number;
  refused: Record<string, number>;
  unexpected: Record<string, number>;
  fiveXx: number;
  internal: number;
  connection: number;
  ms: number[];
}

const newTally = (): Tally => ({
  requests: 0,
  ok: 0,
  refused: {},
  unexpected: {},
  fiveXx: 0,
  internal: 0,
  connection: 0,
  ms: [],
});

/** Risk management documents (issue 16): the web's feature library brings its own typed ones. */
const RISK_REGISTER = parse(`query SoakRiskRegister { riskRegister { party { code } acceptanceLevel
  analyses { id number state risks { id residual { level } facility { name } } consultation { respondBy } }
  heatMap { likelihood impact inherent residual } } }`);
const RISK_TASKS = parse(
  `query SoakRiskTasks { riskConsultationTasks(openOnly: true) { analysis { number } party { code } respondBy overdue } }`,
);
const RISK_OVERVIEW = parse(`query SoakRiskOverview { riskOverview { openSupplementary openConsultations
  aggregates { party { code } facilityCode residual { level count } } late { number } } }`);
const THREATS = parse(`query SoakThreats { threats { code name category } }`);
const DRAFT_RISK_ANALYSIS = parse(
  `mutation SoakDraftRiskAnalysis($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id number } }`,
);

const PARTIES = ['politie', 'ambulance', 'brandweer', 'kmar'];
const ACCOUNTS = [
  ...PARTIES.map((p) => `security-officer@${p}`),
  'accountable-official@politie',
  'viewer@brandweer',
  'viewer@defensie',
  'lms-operator@lms',
  'security-officer@lms',
  'board-secretary@smb',
  'smb-member@smb',
  'bmb-member@bmb',
  'auditor@jenv',
  'medegebruiker@rode-kruis',
];

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)];
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

async function main() {
  const options = parseOptions(process.argv.slice(2));
  let platform: PlatformProcess | null = null;
  let baseUrl = options.url;
  if (!baseUrl) {
    process.stderr.write('soak: starting a platform …\n');
    platform = await startPlatformProcess({
      // A retry would hide exactly the resets the soak is looking for.
      MKIB_GATEWAY_RETRY: 'off',
      // 32 workers on a handful of accounts exceed the 600 a minute an account may send.
      MKIB_RATE_LIMIT_PER_MINUTE: '1000000',
    });
    baseUrl = platform.baseUrl;
  }
  const graphqlUrl = `${baseUrl}/graphql`;
  const stop = async () => {
    if (platform) await platform.stop();
  };

  try {
    const tokens: Record<string, string> = {};
    for (const username of ACCOUNTS)
      tokens[username] = (
        await signIn({ baseUrl, username, password: process.env.MKIB_DEMO_PASSWORD ?? 'demo' })
      ).accessToken;

    const send = async (account: string, document: DocumentNode, variables?: Record<string, unknown>) => {
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[account]}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const text = await res.text();
      let body: GraphQLBody = {};
      try {
        body = JSON.parse(text) as GraphQLBody;
      } catch {
        body = { errors: [{ message: text.slice(0, 200) }] };
      }
      return { status: res.status, body };
    };

    // The far year of the writes: inside the window ICV operations accept (two back, one ahead), and
    // never the year a person works on now.
    const now = new Date();
    const year = now.getUTCFullYear();
    const farYear = year + 1;
    const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

    // Setup: the measures each party assesses, the facilities the beheerder classifies, an ICV per party.
    const measures: Record<string, { frameworkCode: string; identifier: string }[]> = {};
    for (const party of PARTIES) {
      const account = `security-officer@${party}`;
      await send(account, StartIcvDocument, { y: farYear }); // CONFLICT when it exists already: fine
      const r = await send(account, AssessmentDocument, { y: farYear });
      measures[party] = (r.body.data?.assessment?.entries ?? []).map(
        (e: { frameworkCode: string; identifier: string }) => ({
          frameworkCode: e.frameworkCode,
          identifier: e.identifier,
        }),
      );
      if (!measures[party].length)
        throw new Error(`no measures to assess for ${party}: ${JSON.stringify(r.body.errors ?? r.body)}`);
    }
    const facilities = (
      (await send('lms-operator@lms', FacilitiesDocument)).body.data?.facilities ?? []
    ).filter((f: { bbn: number | null; biv: unknown }) => f.bbn && f.biv) as {
      code: string;
      bbn: number;
      biv: Record<string, string>;
    }[];

    const STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET', 'NIET_VAN_TOEPASSING'];
    const security = (party: string) => `security-officer@${party}`;
    const operations: Operation[] = [
      // Reads: what people open most.
      ...PARTIES.map((p) => ({
        name: 'assessment',
        weight: 3,
        account: security(p),
        document: AssessmentDocument,
        variables: () => ({ y: pick([year, farYear]) }),
      })),
      ...ACCOUNTS.map((a) => ({ name: 'facilities', weight: 1, account: a, document: FacilitiesDocument })),
      ...ACCOUNTS.map((a) => ({ name: 'cycleChoice', weight: 1, account: a, document: CycleChoiceDocument })),
      {
        name: 'requirements',
        weight: 4,
        account: pick(ACCOUNTS),
        document: RequirementsDocument,
        variables: () => ({ code: 'BIO2', search: pick([null, 'toegang', 'log', 'back-up']), offset: 0 }),
      },
      { name: 'frameworks', weight: 2, account: 'lms-operator@lms', document: FrameworksDocument },
      ...PARTIES.map((p) => ({
        name: 'partyFrameworks',
        weight: 1,
        account: security(p),
        document: PartyFrameworksDocument,
      })),
      ...PARTIES.map((p) => ({
        name: 'icv',
        weight: 2,
        account: security(p),
        document: IcvDocument,
        variables: () => ({ y: farYear }),
      })),
      {
        name: 'icv',
        weight: 1,
        account: 'accountable-official@politie',
        document: IcvDocument,
        variables: () => ({ y: farYear }),
      },
      ...['board-secretary@smb', 'smb-member@smb', 'bmb-member@bmb', 'security-officer@ambulance'].map(
        (a) => ({
          name: 'cycle',
          weight: 1,
          account: a,
          document: CycleDocument,
          variables: () => ({ y: year }),
          // No cycle opened for the year on a fresh platform.
          expected: ['NOT_FOUND'],
        }),
      ),
      ...['board-secretary@smb', 'smb-member@smb', 'bmb-member@bmb', 'auditor@jenv'].map((a) => ({
        name: 'agenda',
        weight: 1,
        account: a,
        document: AgendaDocument,
        variables: () => ({ y: year }),
      })),
      ...['lms-operator@lms', 'security-officer@politie', 'board-secretary@smb'].map((a) => ({
        name: 'reminders',
        weight: 1,
        account: a,
        document: RemindersDocument,
        variables: () => ({ y: year }),
      })),
      ...['security-officer@kmar', 'smb-member@smb'].map((a) => ({
        name: 'instructions',
        weight: 1,
        account: a,
        document: InstructionsDocument,
      })),
      ...['auditor@jenv', 'lms-operator@lms', 'security-officer@brandweer'].map((a) => ({
        name: 'auditTrail',
        weight: 2,
        account: a,
        document: AuditTrailDocument,
        variables: () => ({
          policy: { limit: 20 },
          risk: { limit: 20 },
          icv: { limit: 20 },
          governance: { limit: 20 },
        }),
      })),
      ...['security-officer@ambulance', 'medegebruiker@rode-kruis'].map((a) => ({
        name: 'coUserReports',
        weight: 1,
        account: a,
        document: CoUserReportsDocument,
        variables: () => ({ y: farYear }),
      })),
      { name: 'bbnProfile', weight: 1, account: 'viewer@defensie', document: BbnProfileDocument },
      { name: 'parties', weight: 1, account: 'auditor@jenv', document: AuditedPartiesDocument },
      // Risk management (issue 16): each party's register, the LMS's consultation tasks, the boards' overview,
      // and new analyses of a party's own use (drafts accumulate, as they would in use).
      ...PARTIES.map((p) => ({
        name: 'riskRegister',
        weight: 2,
        account: security(p),
        document: RISK_REGISTER,
      })),
      { name: 'riskTasks', weight: 1, account: 'lms-operator@lms', document: RISK_TASKS },
      { name: 'riskOverview', weight: 1, account: 'smb-member@smb', document: RISK_OVERVIEW },
      { name: 'threats', weight: 1, account: 'viewer@brandweer', document: THREATS },
      ...PARTIES.map((p) => ({
        name: 'draftRiskAnalysis',
        weight: 1,
        account: security(p),
        document: DRAFT_RISK_ANALYSIS,
        variables: () => ({
          i: {
            title: 'Eigen gebruik GMS (soak)',
            description: 'Een analyse uit de soaktest.',
            scope: 'EIGEN_GEBRUIK',
            facilityCodes: ['GMS'],
          },
        }),
      })),
      // Writes, safe to repeat: a self-assessment and findings on each party's own ICV in the far year.
      ...PARTIES.map((p) => ({
        name: 'assessMeasures',
        weight: 3,
        account: security(p),
        document: AssessMeasuresDocument,
        variables: () => {
          const m = pick(measures[p]);
          const status = pick(STATUSES);
          return {
            i: {
              year: farYear,
              entries: [
                {
                  ...m,
                  status,
                  justification: status === 'NIET_VAN_TOEPASSING' ? 'Soak: niet van toepassing.' : null,
                },
              ],
            },
          };
        },
      })),
      ...PARTIES.map((p) => ({
        name: 'recordFinding',
        weight: 1,
        account: security(p),
        document: RecordFindingDocument,
        variables: () => ({
          i: {
            year: farYear,
            ...pick(measures[p]),
            description: 'Soak: bevinding.',
            action: 'Soak: maatregel.',
            owner: 'Soak',
            dueDate: day(60),
          },
        }),
      })),
      // The beheerder classifies a facility again as it is: a last-writer edit that changes nothing else.
      ...(facilities.length
        ? [
            {
              name: 'classifyFacility',
              weight: 1,
              account: 'lms-operator@lms',
              document: ClassifyFacilityDocument,
              variables: () => {
                const f = pick(facilities);
                const { beschikbaarheid, integriteit, vertrouwelijkheid } = f.biv;
                return {
                  input: {
                    facilityCode: f.code,
                    biv: { beschikbaarheid, integriteit, vertrouwelijkheid },
                    bbn: f.bbn,
                    rationale: 'Soak: ongewijzigd.',
                    reviewDue: day(365),
                  },
                };
              },
            },
          ]
        : []),
    ];
    const totalWeight = operations.reduce((s, o) => s + o.weight, 0);
    const choose = () => {
      let r = Math.random() * totalWeight;
      for (const o of operations) if ((r -= o.weight) < 0) return o;
      return operations[operations.length - 1];
    };

    const total = newTally();
    const byOperation = new Map<string, Tally>();
    const firstFailures: string[] = [];
    const record = (t: Tally, f: (t: Tally) => void) => {
      f(t);
      f(total);
    };
    const deadline = Date.now() + options.seconds * 1000;
    process.stderr.write(
      `soak: ${options.concurrency} workers, ${options.seconds} s, ${operations.length} operations of ${ACCOUNTS.length} accounts against ${graphqlUrl}\n`,
    );
    // Each worker is a person: a page of a few requests, then a pause to read it. And the load comes in
    // waves, as in an office: busy spells at full concurrency, then lulls of 4 to 8 s in which nobody
    // sends anything (everyone reads). In a lull the connections between the gateway and the subgraphs
    // lie idle, and then they are all reused at once: exactly where a reset happens when a subgraph
    // closes idle connections before the gateway does.
    let lullUntil = 0;
    const lulls =
      options.waveSeconds > 0
        ? setInterval(
            () => (lullUntil = Date.now() + 4000 + Math.random() * 4000),
            options.waveSeconds * 1000,
          )
        : null;
    const worker = async () => {
      let left = 0;
      while (Date.now() < deadline) {
        if (Date.now() < lullUntil) {
          await new Promise((r) => setTimeout(r, Math.min(lullUntil, deadline) - Date.now()));
          continue;
        }
        if (left-- <= 0) {
          left = 1 + Math.floor(Math.random() * 6);
          if (options.thinkMs > 0) {
            const pause = Math.min(Math.random() * options.thinkMs, deadline - Date.now());
            await new Promise((r) => setTimeout(r, Math.max(0, pause)));
            if (Date.now() >= deadline) break;
          }
        }
        const op = choose();
        const t = byOperation.get(op.name) ?? newTally();
        byOperation.set(op.name, t);
        const started = performance.now();
        try {
          const { status, body } = await send(op.account, op.document, op.variables?.());
          const ms = performance.now() - started;
          const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
          record(t, (x) => {
            x.requests++;
            x.ms.push(ms);
          });
          if (status >= 500) {
            record(t, (x) => x.fiveXx++);
            if (firstFailures.length < 10)
              firstFailures.push(`${op.name}: HTTP ${status} ${JSON.stringify(body.errors)}`);
          }
          if (codes.some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NO_CODE')) {
            record(t, (x) => x.internal++);
            if (firstFailures.length < 10) firstFailures.push(`${op.name}: ${JSON.stringify(body.errors)}`);
          } else if (!codes.length && status < 400) {
            record(t, (x) => x.ok++);
          } else if (status < 500) {
            for (const code of new Set(codes)) {
              const bucket = op.expected?.includes(code) ? 'refused' : 'unexpected';
              record(t, (x) => (x[bucket][code] = (x[bucket][code] ?? 0) + 1));
              if (bucket === 'unexpected' && firstFailures.length < 10)
                firstFailures.push(`${op.name} (${op.account}): ${JSON.stringify(body.errors)}`);
            }
          }
        } catch (err) {
          record(t, (x) => {
            x.requests++;
            x.connection++;
          });
          const cause = (err as { cause?: { code?: string; message?: string } }).cause;
          if (firstFailures.length < 10)
            firstFailures.push(`${op.name}: ${String(err)} ${cause?.code ?? cause?.message ?? ''}`);
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    if (lulls) clearInterval(lulls);
    const elapsed = (Date.now() - started) / 1000;

    const rows = [...byOperation].sort(([a], [b]) => a.localeCompare(b));
    process.stdout.write(
      `\n${'operation'.padEnd(18)} ${'requests'.padStart(8)} ${'ok'.padStart(7)} ${'p50'.padStart(6)} ${'p95'.padStart(6)}  refusals\n`,
    );
    for (const [name, t] of rows) {
      const sorted = [...t.ms].sort((a, b) => a - b);
      const refusals = Object.entries({ ...t.refused })
        .map(([c, n]) => `${c} ${n}`)
        .concat(Object.entries(t.unexpected).map(([c, n]) => `unexpected ${c} ${n}`))
        .join(', ');
      process.stdout.write(
        `${name.padEnd(18)} ${String(t.requests).padStart(8)} ${String(t.ok).padStart(7)} ${Math.round(percentile(sorted, 50)).toString().padStart(6)} ${Math.round(percentile(sorted, 95)).toString().padStart(6)}  ${refusals}\n`,
      );
    }
    const sorted = total.ms.sort((a, b) => a - b);
    const expectedRefusals = Object.values(total.refused).reduce((s, n) => s + n, 0);
    const unexpected = Object.values(total.unexpected).reduce((s, n) => s + n, 0);
    process.stdout.write(
      `\n${(total.requests / elapsed).toFixed(1)} requests/s over ${elapsed.toFixed(0)} s at concurrency ${options.concurrency}; ` +
        `expected refusals ${expectedRefusals}, unexpected refusals ${unexpected}, connection errors ${total.connection}\n`,
    );
    if (firstFailures.length) {
      process.stdout.write(`first failures:\n  ${firstFailures.join('\n  ')}\n`);
      // What the platform logged about them: the cause behind an INTERNAL_SERVER_ERROR's reference.
      const references = firstFailures.flatMap((f) =>
        [...f.matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]),
      );
      const logged = (platform?.output() ?? '')
        .split('\n')
        .filter((line) => references.some((r) => line.includes(r)))
        .map((line) => line.slice(0, 600));
      if (logged.length) process.stdout.write(`the platform logged:\n  ${logged.join('\n  ')}\n`);
    }
    process.stdout.write(
      `requests ${total.requests}, 5xx ${total.fiveXx}, internal errors ${total.internal}, p50 ${Math.round(percentile(sorted, 50))} ms, p95 ${Math.round(percentile(sorted, 95))} ms\n`,
    );
    const failed = total.fiveXx + total.internal + total.connection + unexpected > 0 || total.requests === 0;
    await stop();
    process.exit(failed ? 1 : 0);
  } catch (err) {
    await stop();
    throw err;
  }
}

main().catch((err) => {
  process.stderr.write(`soak failed: ${err instanceof Error ? err.stack : err}\n`);
  process.exit(1);
});
