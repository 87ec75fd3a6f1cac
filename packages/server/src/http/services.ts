import type { Config } from '../config';
import type { Sealer } from '../crypto/sealing';
import type { Database } from '../db/database';

/** What the app is built from: the database, the sealer and the settings. */
export interface AppServices {
  database: Database;
  sealer: Sealer;
  config: Config;
}
