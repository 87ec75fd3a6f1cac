import type { SeedData } from '@orca/server';

export interface DemoSize {
  cases: number;
  seed: number;
}

export function demoSeedData(_size: DemoSize = { cases: 100_000, seed: 2026 }): SeedData {
  throw new Error('the demo generator is not wired yet');
}

export async function writeDemoFiles(
  _dir: string,
  _size: DemoSize,
  _progress: (stage: string, done: number, total: number) => void,
): Promise<Record<string, number>> {
  throw new Error('the demo generator is not wired yet');
}
