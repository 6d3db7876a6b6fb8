/**
 * A real Apache Kafka broker for CI and the distributed mode on one machine: the broker's jars from Maven
 * Central (mvn, cached in .cache/), a single-node KRaft broker (combined broker + controller) on
 * 127.0.0.1, every internal topic at replication factor 1.
 *
 * Version: Kafka 3.9.1, not 4.x: Kafka 4 removed the old protocol versions that kafkajs 2.2.4 (our
 * client, behind EventTransport) still negotiates for some requests, and 3.9 is the last line that keeps
 * them. It runs on Java 17.
 *
 *   npm run kafka -- [port] [--fresh]    # prints the bootstrap address, keeps running
 *
 * The command line keeps the broker's data (in .cache/kafka-data-<port>, or MKIB_KAFKA_DATA) across
 * restarts; --fresh (or MKIB_FRESH=1) starts from an empty log. The controller listens on port + 1
 * (MKIB_KAFKA_CONTROLLER_PORT to change it).
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { findJavaHome } from '../jvm';

const ROOT = join(__dirname, '..', '..');
const CACHE = process.env.MKIB_CACHE ?? join(ROOT, '.cache');
const LIBS = join(CACHE, 'kafka-3.9.1', 'libs');

export function ensureKafka(): string {
  if (existsSync(LIBS) && readdirSync(LIBS).some((f) => f.startsWith('kafka_2.13-'))) return LIBS;
  mkdirSync(LIBS, { recursive: true });
  execFileSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      join(__dirname, 'pom.xml'),
      `-Dmaven.repo.local=${join(CACHE, 'm2')}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${LIBS}`,
      '-DincludeScope=runtime',
    ],
    { stdio: 'inherit' },
  );
  return LIBS;
}

export interface RunningKafka {
  brokers: string[];
  /** Stops the broker (SIGKILL when `hard`), keeping its data, so `restart` brings the same log back. */
  stop(hard?: boolean): Promise<void>;
  restart(): Promise<void>;
  /** Freezes the broker (SIGSTOP): it keeps its connections but answers nothing, like a hung host. */
  pause(): void;
  /** Lets a paused broker run on (SIGCONT). */
  resume(): void;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

export async function startKafka(params: {
  port: number;
  controllerPort?: number;
  dataDir?: string;
  timeoutMs?: number;
  /** Keep the data of an earlier run in dataDir (default: start from an empty log, as tests want). */
  keepData?: boolean;
}): Promise<RunningKafka> {
  const libs = ensureKafka();
  const dir = params.dataDir ?? join(CACHE, `kafka-data-${params.port}`);
  // The storage is formatted once; a kept log (meta.properties present) is started as it is.
  const formatted = params.keepData === true && existsSync(join(dir, 'log', 'meta.properties'));
  if (!formatted) rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'log'), { recursive: true });
  const controllerPort = params.controllerPort ?? params.port + 1;
  const props = join(dir, 'server.properties');
  writeFileSync(
    props,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=PLAINTEXT://127.0.0.1:${params.port},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${params.port}`,
      'controller.listener.names=CONTROLLER',
      'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      'inter.broker.listener.name=PLAINTEXT',
      `log.dirs=${join(dir, 'log')}`,
      'num.partitions=3',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=3',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=false',
    ].join('\n'),
  );
  const log4j = join(dir, 'log4j.properties');
  writeFileSync(
    log4j,
    [
      'log4j.rootLogger=WARN, stdout',
      'log4j.appender.stdout=org.apache.log4j.ConsoleAppender',
      'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n',
    ].join('\n'),
  );
  const java = join(findJavaHome(17, 'Kafka 3.9'), 'bin', 'java');
  const classpath = `${libs}/*`;
  const jvm = ['-Xmx512m', `-Dlog4j.configuration=file:${log4j}`, '-cp', classpath];
  if (!formatted)
    execFileSync(
      java,
      [
        ...jvm,
        'kafka.tools.StorageTool',
        'format',
        '-t',
        randomUUID().replace(/-/g, '').slice(0, 22),
        '-c',
        props,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );

  let child: ChildProcess | null = null;
  let output = '';
  const brokers = [`127.0.0.1:${params.port}`];
  const launch = async () => {
    child = spawn(java, [...jvm, 'kafka.Kafka', props], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (output = (output + d).slice(-20_000)));
    child.stderr!.on('data', (d) => (output = (output + d).slice(-20_000)));
    const kafka = new Kafka({
      clientId: 'mkib-kafka-tool',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
    const deadline = Date.now() + (params.timeoutMs ?? 120_000);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Kafka exited with ${child.exitCode}:\n${output}`);
      const admin = kafka.admin();
      try {
        await admin.connect();
        await admin.listTopics();
        await admin.disconnect();
        return;
      } catch {
        await admin.disconnect().catch(() => undefined);
      }
      if (Date.now() > deadline) throw new Error(`Kafka did not become ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const stop = async (hard = false) => {
    const c = child as ChildProcess | null;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill(hard ? 'SIGKILL' : 'SIGTERM');
    const timer = setTimeout(() => c.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  await launch();
  return {
    brokers,
    stop,
    pause: () => void (child as ChildProcess | null)?.kill('SIGSTOP'),
    resume: () => void (child as ChildProcess | null)?.kill('SIGCONT'),
    restart: async () => {
      await stop();
      await launch();
    },
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] === __filename) {
  const args = process.argv.slice(3);
  const port = Number(args.find((a) => /^\d+$/.test(a)) ?? 19092);
  const controllerPort = Number(process.env.MKIB_KAFKA_CONTROLLER_PORT ?? port + 1);
  const fresh = args.includes('--fresh') || process.env.MKIB_FRESH === '1';
  const dataDir = process.env.MKIB_KAFKA_DATA ?? join(CACHE, `kafka-data-${port}`);
  startKafka({ port, controllerPort, dataDir, keepData: !fresh })
    .then((k) => {
      console.error(
        `Kafka on ${k.brokers.join(',')} (controller 127.0.0.1:${controllerPort}), ` +
          `data ${fresh ? 'started fresh' : 'kept'} in ${dataDir}; Ctrl-C stops it and keeps the data`,
      );
      console.log(k.brokers.join(','));
      const stop = () => void k.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
