// Which Gitea the fake plays. A personality is a `/version` answer; the API features follow from
// the Gitea API level it implies (Forgejo's `+gitea-X.Y.Z` part), as on the real servers:
// - GET /pulls/{base}/{head}: from 1.22 (Forgejo too). It has no state filter and no ORDER BY:
//   with several PRs on the same base/head it answers the oldest, closed or not.
// - GET /commits `not`: from 1.20; older servers ignore it and list the whole history.
// - POST /contents `force_push`: from 1.26 (Forgejo: no); older servers ignore the field.
// - PUT /branches/{branch} (move a branch, `old_commit_id` as compare-and-swap): from 1.27.
// Quirks every personality keeps: PATCH /pulls/{index} answers 201, the PR list has no head
// filter, and a token with write access may edit or delete anyone's comment.
import type { FakeGiteaState } from './state.js';

export const PERSONALITIES = {
  'gitea-1.19': '1.19.4',
  'gitea-1.25': '1.25.4',
  'gitea-1.26': '1.26.1',
  'gitea-1.27': '1.27.0',
  forgejo: '11.0.3+gitea-1.22.0',
} as const;

export type PersonalityName = keyof typeof PERSONALITIES;

/** "1.21.11", "1.27.0+dev", "11.0.3+gitea-1.22.0" → the Gitea API level [major, minor, patch]. */
export function giteaVersion(state: FakeGiteaState): [number, number, number] {
  const m = /gitea-(\d+)\.(\d+)\.(\d+)/.exec(state.version) ?? /^v?(\d+)\.(\d+)\.(\d+)/.exec(state.version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

export function atLeast(state: FakeGiteaState, major: number, minor: number): boolean {
  const [a, b] = giteaVersion(state);
  return a > major || (a === major && b >= minor);
}

export function isForgejo(state: FakeGiteaState): boolean {
  return /\+gitea-/.test(state.version);
}

export interface Features {
  pullByBaseHead: boolean;
  commitsNot: boolean;
  contentsForcePush: boolean;
  branchUpdate: boolean;
}

export function features(state: FakeGiteaState): Features {
  return {
    pullByBaseHead: atLeast(state, 1, 22),
    commitsNot: atLeast(state, 1, 20),
    contentsForcePush: !isForgejo(state) && atLeast(state, 1, 26),
    branchUpdate: !isForgejo(state) && atLeast(state, 1, 27),
  };
}
