// The part of `autocannon` (no bundled types, no @types package installed) the benchmark uses.
declare module 'autocannon' {
  function autocannon(
    options: autocannon.Options & { skipAggregateResult: true }
  ): Promise<autocannon.RawResult>;
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  namespace autocannon {
    interface RawRequest {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
    }
    interface RequestSpec extends RawRequest {
      setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
      onResponse?: (
        status: number,
        body: string,
        context: Record<string, unknown>,
        headers: Record<string, string>
      ) => void;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      pipelining?: number;
      method?: string;
      headers?: Record<string, string>;
      requests?: RequestSpec[];
      /** Resolve with a RawResult, to be merged later with aggregateResult. */
      skipAggregateResult?: boolean;
    }
    /** One run's counters and encoded histograms (with skipAggregateResult). */
    interface RawResult {
      duration: number;
      totalCompletedRequests: number;
      totalRequests: number;
      totalBytes: number;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
    }
    interface Result {
      duration: number;
      latency: Histogram;
      requests: Histogram & { sent: number };
      throughput: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
    function aggregateResult(
      results: RawResult[],
      options: { url: string; connections?: number }
    ): Result;
  }
  export = autocannon;
}
