import cliProgress from 'cli-progress';

/** A progress bar on stderr (stdout stays clean for JSON); silent when stderr is not a terminal. */
export function progressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Progress for several stages, one bar each. */
export function stagedProgress() {
  let current: { stage: string; bar: ReturnType<typeof progressBar> } | null = null;
  return {
    update(stage: string, done: number, total: number) {
      if (current?.stage !== stage) {
        current?.bar.stop();
        current = { stage, bar: progressBar(stage.padEnd(8)) };
      }
      current.bar.update(done, total);
    },
    stop() {
      current?.bar.stop();
    },
  };
}
