import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50: number; p95: number; p99: number; failures: number; responses: number };

/** autocannon reports no p95, so every response time is kept and the percentiles are taken from them. */
export async function measureLoad(url: string, connections: number, duration: number): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration, headers: { accept: "text/html,application/json" } });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    failures: result.errors + result.timeouts + result.non2xx,
    responses: times.length,
  };
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
