import { findRegion } from '@orca/codes';
import { DEMO_PASSWORD, demoUsers } from '@orca/demo';
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
        const roleNames: Record<string, string> = {
          administrator: 'administrator',
          provincial_analyst: 'provincial cancer-centre analyst',
          registry_staff: 'county registry staff',
          hospital_reporter: 'hospital reporter',
          screening_staff: 'screening staff',
          qc_staff: 'quality-control staff',
          official: 'read-only health-commission official',
          auditor: 'security auditor',
        };
        console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
        for (const u of demoUsers())
          console.log(
            `  ${u.username.padEnd(10)}  ${roleNames[u.role] ?? u.role}, ${u.displayName} (${findRegion(u.regionCode)?.name ?? u.regionCode})`,
          );
      }
    });
}
