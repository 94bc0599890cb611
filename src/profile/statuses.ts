// The status vocabularies a run uses: the built-in ones of the config's profile. One place to
// resolve them, so a later config key (a team's own vocabulary) changes this function only.
import type { ResolvedConfig } from '../config/types.js';
import { SPINE_STATUSES } from './status-vocabulary.js';
import type { StatusVocabularies } from './status-vocabulary.js';

export interface Statuses {
  vocabularies: StatusVocabularies;
  /** the registry status an entry without `status` has */
  serviceDefault: string;
}

export function resolveStatuses(config: Pick<ResolvedConfig, 'profile'>): Statuses {
  switch (config.profile) {
    case 'spine':
      return SPINE_STATUSES;
  }
}
