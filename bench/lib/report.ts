/*
 * The read benchmark's scenarios, the ratios between them, the targets of issue 5, and the
 * plain-text table printed at the end. Pure: numbers in, numbers and text out.
 */

export type ServerName = 'strapi-cache-off' | 'strapi-cache-on' | 'raw';

export interface ScenarioMeasure {
  requestsPerSecond: number;
  serverCpuMsPerRequest?: number;
  latencyMs: { p50: number; p90: number; p99: number };
  serverPeakRssMb: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
}

export interface Ratio {
  name: string;
  of: string;
  over: string;
  /** req/s of `of` ÷ req/s of `over`. */
  value: number | null;
  /**
   * Server CPU per request of `over` ÷ that of `of`: how many more requests `of` serves per
   * CPU second. Other processes on the machine barely move it, unlike req/s.
   */
  cpuValue: number | null;
}

export interface Target {
  name: string;
  value: number | null;
  /** e.g. '≥ 2' */
  wanted: string;
  met: boolean;
}

type Measures = Partial<Record<string, ScenarioMeasure>>;

const RATIOS: { name: string; of: string; over: string }[] = [
  { name: 'by-slug (cache off) ÷ stock slug filter', of: 'by-slug-off', over: 'stock-slug-off' },
  { name: 'by-slug (cache on) ÷ raw by-slug', of: 'by-slug-on', over: 'raw-by-slug' },
  { name: 'list page 1 (cache on) ÷ stock list page 1', of: 'list-p1-on', over: 'list-p1-off' },
  {
    name: 'list random pages (cache on) ÷ stock list random pages',
    of: 'list-random-on',
    over: 'list-random-off',
  },
  { name: 'by-slug (cache off) ÷ raw by-slug', of: 'by-slug-off', over: 'raw-by-slug' },
  { name: 'stock slug filter ÷ raw by-slug', of: 'stock-slug-off', over: 'raw-by-slug' },
  { name: 'stock list page 1 ÷ raw list page 1', of: 'list-p1-off', over: 'raw-list-p1' },
  { name: 'stock list random ÷ raw list random', of: 'list-random-off', over: 'raw-list-random' },
  { name: 'list page 1 (cache on) ÷ raw list page 1', of: 'list-p1-on', over: 'raw-list-p1' },
  {
    name: 'GraphQL articleBySlug ÷ by-slug (cache off)',
    of: 'graphql-by-slug',
    over: 'by-slug-off',
  },
  {
    name: 'stock slug filter (cache on) ÷ (cache off)',
    of: 'stock-slug-on',
    over: 'stock-slug-off',
  },
];

export function computeRatios(measures: Measures): Ratio[] {
  return RATIOS.map(({ name, of, over }) => {
    const a = measures[of]?.requestsPerSecond;
    const b = measures[over]?.requestsPerSecond;
    const cpuOf = measures[of]?.serverCpuMsPerRequest;
    const cpuOver = measures[over]?.serverCpuMsPerRequest;
    return {
      name,
      of,
      over,
      value: a !== undefined && b ? a / b : null,
      cpuValue: cpuOf && cpuOver !== undefined ? cpuOver / cpuOf : null,
    };
  });
}

const ratioValue = (ratios: Ratio[], of: string, over: string) =>
  ratios.find((ratio) => ratio.of === of && ratio.over === over)?.value ?? null;

/** The targets of issue 5, point 9. `serverPeaks`: each Strapi server's peak RSS (VmHWM), MB. */
export function evaluateTargets(
  measures: Measures,
  serverPeaks: Partial<Record<ServerName, number>>
): Target[] {
  const ratios = computeRatios(measures);
  const atLeast = (name: string, value: number | null, wanted: number): Target => ({
    name,
    value,
    wanted: `≥ ${wanted}`,
    met: value !== null && value >= wanted,
  });
  const below = (name: string, value: number | null, limit: number): Target => ({
    name,
    value,
    wanted: `< ${limit}`,
    met: value !== null && value < limit,
  });
  const p99 = (id: string) => measures[id]?.latencyMs.p99 ?? null;
  const strapiPeaks = [serverPeaks['strapi-cache-off'], serverPeaks['strapi-cache-on']].filter(
    (value): value is number => typeof value === 'number'
  );
  return [
    atLeast('by-slug (cache off) ÷ stock', ratioValue(ratios, 'by-slug-off', 'stock-slug-off'), 2),
    atLeast('by-slug (cache on) ÷ raw ceiling', ratioValue(ratios, 'by-slug-on', 'raw-by-slug'), 1),
    atLeast('list page 1 ÷ stock', ratioValue(ratios, 'list-p1-on', 'list-p1-off'), 1.5),
    atLeast(
      'list random pages ÷ stock',
      ratioValue(ratios, 'list-random-on', 'list-random-off'),
      1.5
    ),
    below('by-slug (cache off) p99, ms', p99('by-slug-off'), 100),
    below('by-slug (cache on) p99, ms', p99('by-slug-on'), 100),
    below(
      'Strapi server peak RSS, MB',
      strapiPeaks.length > 0 ? Math.max(...strapiPeaks) : null,
      600
    ),
  ];
}

/** A plain table: first column left-aligned, the others right-aligned. */
export function formatTable(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [
    line(cells[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

export const fixed = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
