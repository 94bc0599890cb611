// Checks of the `history:` settings that a JSON Schema cannot express: a damping rule's window fits
// the runs the state keeps, and a finding can be seen in at most all runs of the window.
import type { DampingRule, HistorySettings } from './types.js';

export interface SettingProblem {
  /** JSON pointer into the config file */
  pointer: string;
  message: string;
}

/** The rule of one damping key, merged over `default` (what a gate under that key is judged by). */
export function fullRule(settings: HistorySettings, key: string): DampingRule {
  return { ...settings.damping.default, ...(settings.damping[key] ?? {}) };
}

export function historyProblems(settings: HistorySettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(settings.damping)) {
    const rule = fullRule(settings, key);
    const at = `/history/damping/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (rule.seen > rule.of) problems.push({ pointer: at, message: `history.damping.${key}: seen (${rule.seen}) cannot exceed of (${rule.of})` });
    if (rule.of > settings.keepRuns) {
      problems.push({ pointer: at, message: `history.damping.${key}: of (${rule.of}) exceeds history.keep_runs (${settings.keepRuns}); the state would not hold the window` });
    }
    if (rule.fixRuns > settings.keepRuns) {
      problems.push({ pointer: at, message: `history.damping.${key}: fix_runs (${rule.fixRuns}) exceeds history.keep_runs (${settings.keepRuns})` });
    }
  }
  return problems;
}
