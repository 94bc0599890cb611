// One fake Gitea playing a personality, one repository in it, and driftgate's client for it:
// the set-up most Gitea tests start from.
import { createGiteaHttp, type GiteaHttp } from '../../../src/gitea/http.js';
import type { PersonalityName } from './personality.js';
import { startFakeGitea, type FakeGitea } from './server.js';
import { addRepo, type FakeRepo } from './state.js';

export interface FakeWorld {
  fake: FakeGitea;
  http: GiteaHttp;
  repo: FakeRepo;
}

export async function startFakeWorld(personality: PersonalityName, files: Record<string, string> = {}, full = 'ops/spine'): Promise<FakeWorld> {
  const fake = await startFakeGitea({ personality });
  const [owner, name] = full.split('/') as [string, string];
  const repo = addRepo(fake.state, owner, name, files);
  return { fake, repo, http: createGiteaHttp({ serverUrl: fake.url, token: fake.token, retries: 0 }) };
}
