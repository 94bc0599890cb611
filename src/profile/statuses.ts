// The status vocabularies a run uses: the built-in ones of the profile, with the config's
// `profile.statuses` over them (a new status is one config line mapping it to a meaning).
import type { ResolvedConfig } from '../config/types.js';
import { resolveProfile } from './profile.js';
import type { Statuses } from './status-vocabulary.js';

export type { Statuses } from './status-vocabulary.js';

export function resolveStatuses(config: Pick<ResolvedConfig, 'profile' | 'profileSettings'>): Statuses {
  return resolveProfile(config).statuses;
}
