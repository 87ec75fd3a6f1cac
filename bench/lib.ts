import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** One line of the benchmark table. */
export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** The side-by-side reference's value in the same unit, when there is one. */
  reference?: { name: string; value: number };
  /** ORCA ÷ reference, oriented so that > 1 means ORCA is faster (time: ref/orca, rate: orca/ref). */
  ratio?: number;
  peakMemoryMb?: number;
  note?: string;
}

export interface BenchContext {
  scale: number;
  dataDir: string;
  record(figure: Figure): void;
  log(message: string): void;
}

/** Wall time of `fn` in seconds, with the peak resident memory of this process while it ran. */
export async function measure<T>(
  fn: () => Promise<T> | T,
): Promise<{ seconds: number; peakMemoryMb: number; result: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const start = process.hrtime.bigint();
  try {
    const result = await fn();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { seconds, peakMemoryMb: peak / 1048576, result };
  } finally {
    clearInterval(timer);
  }
}

export const hasR = (() => {
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Runs an R script with arguments under GNU time; the script prints `seconds=<compute time>` for the
 * part that corresponds to ORCA's measured work. Returns that time and R's peak memory.
 */
export function runR(
  script: string,
  args: string[],
): { seconds: number; peakMemoryMb: number; stdout: string } {
  const out = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', 'Rscript', '--vanilla', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`R failed: ${out.stderr.slice(-2000)}`);
  const seconds = Number(/seconds=([\d.]+)/.exec(out.stdout)?.[1] ?? Number.NaN);
  const kb = Number(/maxrss_kb=(\d+)/.exec(out.stderr)?.[1] ?? 0);
  return { seconds, peakMemoryMb: kb / 1024, stdout: out.stdout };
}

export function ensureDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** `1m` → 1 000 000, `100k` → 100 000. */
export function parseScale(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(raw.trim());
  if (!m) throw new Error(`--scale must look like 100k, 1m, 5m or 10m, got ${raw}`);
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1);
  return Math.round(n);
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.figure,
    f.value >= 100 ? f.value.toFixed(0) : f.value.toPrecision(3),
    f.unit,
    f.reference
      ? `${f.reference.name}: ${f.reference.value >= 100 ? f.reference.value.toFixed(0) : f.reference.value.toPrecision(3)}`
      : '',
    f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
    f.peakMemoryMb === undefined ? '' : `${f.peakMemoryMb.toFixed(0)} MB`,
    f.note ?? '',
  ]);
  const header = ['figure', 'value', 'unit', 'reference', 'ratio (>1 = ORCA faster)', 'peak memory', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
