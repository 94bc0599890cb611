// The status vocabularies a run uses: the built-in ones of the profile, with the config's
// `profile.statuses` over them (a new status is one config line mapping it to a meaning).
import type { ResolvedConfig } from '../config/types.js';
import { resolveProfile } from './profile.js';
import type { StatusVocabularies } from './status-vocabulary.js';

export interface Statuses {
  vocabularies: StatusVocabularies;
  /** the registry status an entry without `status` has */
  serviceDefault: string;
}

export function resolveStatuses(config: Pick<ResolvedConfig, 'profile' | 'profileSettings'>): Statuses {
  return resolveProfile(config).statuses;
}
