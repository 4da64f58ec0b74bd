/*
 * One scenario under load: autocannon against a server on 127.0.0.1. A scenario is measured in
 * slices (rounds) interleaved with the other scenarios', so background load on a shared
 * machine falls on all of them alike; the slices are merged afterwards (autocannon's
 * histograms, exact percentiles). While a slice runs, the server's RSS is sampled and its
 * CPU time counted, which gives CPU milliseconds per request: a figure that, unlike req/s,
 * hardly moves when other processes compete for the CPUs.
 *
 * Each request takes the next entry of a precomputed sequence (paths, or GraphQL bodies), so
 * every connection walks the same realistic mix of articles; a scenario's cursor carries on
 * from its warm-up through all its slices.
 */
import autocannon from 'autocannon';
import { readCpuMs, sampleRss } from './children';

export interface RequestSequence {
  method: 'GET' | 'POST';
  /** Entry i of the sequence: a path (GET) or a path and a JSON body (POST). */
  at(i: number): { path: string; body?: string };
  headers?: Record<string, string>;
}

export interface LoadTarget {
  baseUrl: string;
  connections: number;
  serverPid: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** req/s of each slice, in the order they ran: their spread shows how noisy the machine was. */
  sliceRequestsPerSecond: number[];
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  /** Server CPU time (user + system) per completed request, ms. */
  serverCpuMsPerRequest: number;
  /** Responses other than 2xx, connection errors and timeouts: all must be 0 for a valid run. */
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Average response size in bytes. */
  bytesPerResponse: number;
  /** The highest RSS of the server process seen while measuring, MB. */
  serverPeakRssMb: number;
  /** Positions in the request sequence the measured slices used (after the warm-up's). */
  sequence: { from: number; to: number };
}

export class ScenarioLoad {
  private readonly cursor = { next: 0 };
  private readonly slices: autocannon.RawResult[] = [];
  private measuredFrom: number | null = null;
  private cpuMs = 0;
  private peakRssMb = 0;

  constructor(
    private readonly target: LoadTarget,
    private readonly sequence: RequestSequence
  ) {}

  private fire(seconds: number): Promise<autocannon.RawResult> {
    const { sequence, cursor } = this;
    return autocannon({
      url: this.target.baseUrl,
      connections: this.target.connections,
      duration: seconds,
      timeout: 10,
      skipAggregateResult: true,
      requests: [
        {
          method: sequence.method,
          headers: sequence.headers,
          setupRequest: (request) => {
            const entry = sequence.at(cursor.next);
            cursor.next += 1;
            return { ...request, path: entry.path, ...(entry.body ? { body: entry.body } : {}) };
          },
        },
      ],
    });
  }

  /** Requests whose numbers are thrown away (connections, JIT, pools and caches warm up). */
  async warmUp(seconds: number): Promise<void> {
    if (seconds > 0) await this.fire(seconds);
  }

  async measureSlice(seconds: number): Promise<number> {
    this.measuredFrom ??= this.cursor.next;
    const rss = sampleRss(this.target.serverPid);
    const cpuBefore = readCpuMs(this.target.serverPid);
    const slice = await this.fire(seconds);
    this.cpuMs += readCpuMs(this.target.serverPid) - cpuBefore;
    this.peakRssMb = Math.max(this.peakRssMb, rss.stop());
    this.slices.push(slice);
    return slice.totalCompletedRequests / slice.duration;
  }

  result(): LoadResult {
    const merged = autocannon.aggregateResult(this.slices, {
      url: this.target.baseUrl,
      connections: this.target.connections,
    });
    const requests = this.slices.reduce((sum, slice) => sum + slice.totalCompletedRequests, 0);
    const seconds = this.slices.reduce((sum, slice) => sum + slice.duration, 0);
    const bytes = this.slices.reduce((sum, slice) => sum + slice.totalBytes, 0);
    return {
      requests,
      seconds,
      requestsPerSecond: seconds > 0 ? requests / seconds : 0,
      sliceRequestsPerSecond: this.slices.map(
        (slice) => slice.totalCompletedRequests / slice.duration
      ),
      latencyMs: {
        p50: merged.latency.p50,
        p90: merged.latency.p90,
        p99: merged.latency.p99,
        mean: merged.latency.mean,
        max: merged.latency.max,
      },
      serverCpuMsPerRequest: requests > 0 ? this.cpuMs / requests : 0,
      non2xx: merged.non2xx,
      errors: merged.errors,
      timeouts: merged.timeouts,
      bytesPerResponse: requests > 0 ? bytes / requests : 0,
      serverPeakRssMb: this.peakRssMb,
      sequence: { from: this.measuredFrom ?? 0, to: this.cursor.next },
    };
  }
}
