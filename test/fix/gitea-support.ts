// Shared set-up of the fix PR tests against the fake Gitea: the registry text, plans made from
// stale findings, the fake per personality, and "a person pushes" to a branch.
import { defaultConfig } from '../../src/config/defaults.js';
import { fixBranchName } from '../../src/fix/fix-branch.js';
import { planFixes, type TopicPlan } from '../../src/fix/plan-fixes.js';
import type { FixPrOptions } from '../../src/fix/pr.js';
import { fileAt, pushCommit, reachable } from '../support/fake-gitea/git.js';
import type { PersonalityName } from '../support/fake-gitea/personality.js';
import type { FakeAuthor, FakeCommit } from '../support/fake-gitea/state.js';
import { startFakeWorld, type FakeWorld } from '../support/fake-gitea/world.js';
import { REGISTRY, staleFinding } from './support.js';

export const REGISTRY_TEXT = [
  '# Service registry',
  'services:',
  '  alpha:',
  '    host: h1',
  '    status: stopped  # crashed 2026-02-10',
  '    notes: >',
  '      folded notes',
  '      stay as they are',
  '',
  '  beta:',
  '    host: h1',
  "    status: 'stopped'",
  '',
].join('\n');

export const repoRef = { owner: 'infra', repo: 'spine' };
export const opts: FixPrOptions = { base: 'main', labels: ['driftgate'], maxOpenPrs: 5 };
export const BRANCH = fixBranchName('main', 'registry-status');
export const ALICE: FakeAuthor = { id: 7, login: 'alice', name: 'Alice', email: 'alice@example.com' };
export const MALLORY = { id: 9, login: 'mallory' };

/** The registry-status topic planned from stale findings of these services. */
export function plan(ids: string[], text = REGISTRY_TEXT): TopicPlan {
  const p = planFixes(ids.map((id) => staleFinding(id)), defaultConfig(), (f) => (f === REGISTRY ? text : undefined));
  return p.topics[0] as TopicPlan;
}

export type GiteaWorld = FakeWorld;

export function startWorld(personality: PersonalityName): Promise<GiteaWorld> {
  return startFakeWorld(personality, { [REGISTRY]: REGISTRY_TEXT, 'README.md': '# spine\n' }, 'infra/spine');
}

/** Alice pushes one commit to `branch` (by default a line appended to the registry). */
export function alicePushes(w: GiteaWorld, files?: Record<string, string>, branch = BRANCH): FakeCommit {
  const current = fileAt(w.repo, branch, REGISTRY) ?? fileAt(w.repo, 'main', REGISTRY) ?? '';
  return pushCommit(w.fake.state, w.repo, branch, { files: files ?? { [REGISTRY]: `${current}# reviewed by alice\n` }, author: ALICE, message: 'reviewed' });
}

/** Is the commit still on the branch (nothing lost)? */
export function onBranch(w: GiteaWorld, sha: string, branch = BRANCH): boolean {
  return reachable(w.repo, w.repo.branches.get(branch)).has(sha);
}

export const writes = (w: GiteaWorld, since = 0) => w.fake.requests.slice(since).filter((r) => r.method !== 'GET');
