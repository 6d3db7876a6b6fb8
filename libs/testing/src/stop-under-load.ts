/**
 * Load while a process stops (SIGTERM): every request either succeeds, is refused (connection refused),
 * or is answered 503 with Retry-After. Anything else (a 500, INTERNAL_SERVER_ERROR, a reset connection
 * after the request was sent) is a failure.
 */
export type StopOutcome = 'ok' | 'refused' | 'unavailable' | 'failed';

export interface StopResult<T = any> {
  outcome: StopOutcome;
  /** What went wrong, for a failure (status, codes or the connection error). */
  detail?: string;
  data?: T;
}

const causeCode = (err: unknown): string => {
  const cause = (err as { cause?: { code?: string; message?: string } } | null)?.cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
};

/** Posts a GraphQL operation and classifies the answer. */
export async function classifiedGraphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  token: string,
): Promise<StopResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    const code = causeCode(err);
    return code === 'ECONNREFUSED'
      ? { outcome: 'refused' }
      : { outcome: 'failed', detail: `connection: ${code}` };
  }
  let body: { data?: T; errors?: { extensions?: { code?: string } }[] } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch (err) {
    return { outcome: 'failed', detail: `HTTP ${res.status}, body unreadable: ${causeCode(err)}` };
  }
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
  if (res.status === 503 && res.headers.get('retry-after') && codes.every((c) => c === 'SERVICE_UNAVAILABLE'))
    return { outcome: 'unavailable' };
  if (res.status === 200 && !codes.length) return { outcome: 'ok', data: body.data };
  return { outcome: 'failed', detail: `HTTP ${res.status} ${codes.join(',')}` };
}

export interface LoadSummary {
  counts: Record<StopOutcome, number>;
  failures: string[];
}

/**
 * Runs `concurrency` workers, each calling `step(worker, i)` in a loop until `until` settles and then
 * until a step is refused or unavailable (the process is gone), or `maxAfterMs` passed.
 */
export async function loadUntil(params: {
  concurrency: number;
  step: (worker: number, i: number) => Promise<StopResult>;
  until: Promise<unknown>;
  maxAfterMs?: number;
}): Promise<LoadSummary> {
  const counts: Record<StopOutcome, number> = { ok: 0, refused: 0, unavailable: 0, failed: 0 };
  const failures: string[] = [];
  let settledAt: number | null = null;
  void params.until.finally(() => (settledAt = Date.now()));
  const worker = async (w: number) => {
    for (let i = 0; ; i++) {
      const r = await params.step(w, i);
      counts[r.outcome]++;
      if (r.outcome === 'failed') failures.push(r.detail ?? 'failed');
      if (settledAt !== null && (r.outcome !== 'ok' || Date.now() - settledAt > (params.maxAfterMs ?? 2000)))
        return;
      // A refused worker waits a little rather than spinning on a closed port.
      if (r.outcome !== 'ok') await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await Promise.all(Array.from({ length: params.concurrency }, (_, w) => worker(w)));
  return { counts, failures };
}
