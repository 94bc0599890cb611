import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../src/bindings/types.js';
import { startLab } from '../../src/lab/start-lab.js';
import type { Lab } from '../../src/lab/start-lab.js';
import { mapHttpUrl } from '../../src/probes/connect-map.js';
import { LAB_NOW, exampleModel } from './lab-fixture.js';

let model: Model;
let lab: Lab;

function declared(id: string): string {
  const ep = model.endpoints.find((e) => e.id === id);
  if (!ep) throw new Error(`no endpoint ${id}`);
  return ep.url;
}

async function get(id: string, path?: string): Promise<Response> {
  let url = declared(id);
  if (path) url = new URL(path, url).toString();
  const mapped = mapHttpUrl(lab.connectMap, url);
  if (!mapped) throw new Error(`connect map does not cover ${url}`);
  expect(new URL(mapped).hostname).toBe('127.0.0.1');
  return fetch(mapped, { redirect: 'manual' });
}

beforeAll(async () => {
  model = await exampleModel();
  lab = await startLab({
    model,
    now: LAB_NOW,
    scenario: {
      version: 1,
      endpoints: {
        jellyfin: { status: 503 },
        radarr: { refuse: true },
        sabnzbd: { latencyMs: 150 },
        gitea: { status: 301, location: 'https://git.example.net/' },
      },
    },
  });
});

afterAll(async () => {
  await lab?.close();
});

describe('lab HTTP endpoints', () => {
  it('answers the first expected status by default, with a Location on redirects', async () => {
    expect((await get('n8n')).status).toBe(200);
    expect((await get('authentik')).status).toBe(204);
    const pihole = await get('pihole');
    expect(pihole.status).toBe(302);
    expect(pihole.headers.get('location')).toBe('/login');
  });

  it('serves a declared URL with an explicit default port (http://host:80/) through both spellings of the origin', async () => {
    expect(declared('caddy')).toBe('http://100.64.0.11:80/');
    const origin = lab.world.origins.find((o) => o.routes.has('/') && o.origin === 'http://100.64.0.11');
    expect(origin?.aliases).toEqual(['http://100.64.0.11:80']);
    expect(lab.connectMap.http['http://100.64.0.11']).toBe(lab.connectMap.http['http://100.64.0.11:80']);
    expect((await get('caddy')).status).toBe(200);
  });

  it('applies the scenario: status, Location, latency; unknown paths are 404', async () => {
    expect((await get('jellyfin')).status).toBe(503);
    const gitea = await get('gitea');
    expect(gitea.status).toBe(301);
    expect(gitea.headers.get('location')).toBe('https://git.example.net/');
    const slow = await get('sabnzbd');
    expect(slow.status).toBe(200);
    expect(await slow.text()).toBe('sabnzbd 200\n');
    expect((await get('jellyfin', '/web/index.html')).status).toBe(404);
  });

  it('refuses connections for a refused endpoint (its whole origin maps to a closed port)', async () => {
    await expect(get('radarr')).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    // sonarr lives on the same host but another port: unaffected
    expect((await get('sonarr')).status).toBe(200);
  });
});
