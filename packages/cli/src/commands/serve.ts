import { loadConfig, startServer } from '@orca/server';
import type { Command } from 'commander';
import { demoSeedData } from '../demo-data';
import { stagedProgress } from '../progress';

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('serve the API and the web app (loads the demo province into an empty embedded database)')
    .option('--no-demo', 'do not load the demo province')
    .action(async (opts: { demo: boolean }) => {
      const config = loadConfig();
      if (!opts.demo) config.loadDemo = false;
      const started = Date.now();
      const progress = stagedProgress();
      const { url, database, seeded } = await startServer(config, {
        demo: () => demoSeedData(),
        onProgress: progress.update,
        log: (m) => {
          progress.stop();
          console.log(m);
        },
      });
      progress.stop();
      console.log(
        `\nORCA is running at ${url}  (database: ${database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}; started in ${((Date.now() - started) / 1000).toFixed(1)} s${seeded ? ', demo loaded' : ''})`,
      );
      console.log(`API documentation: ${url}/api/docs`);
      if (config.loadDemo) {
        console.log('\nDemo accounts (password: orca-demo-2026):');
        console.log('  admin       administrator (Jiangxi province)');
        console.log('  analyst     provincial cancer centre analyst');
        console.log('  registry    county registry staff');
        console.log('  reporter    hospital reporter');
        console.log('  screening   screening staff');
        console.log('  qc          quality-control staff');
        console.log('  official    read-only health-commission official');
        console.log('  auditor     security auditor');
      }
    });
}
