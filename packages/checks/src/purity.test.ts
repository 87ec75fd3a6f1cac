import { describePurity } from '../../../test-support/purity';

describePurity(import.meta.url);
