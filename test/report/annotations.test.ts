import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/gates/types.js';
import { escapeData, escapeProperty, renderAnnotation } from '../../src/report/annotations.js';

const finding: Finding = {
  gate: 'caddy-proto',
  severity: 'error',
  fingerprint: 'abc',
  message: 'route "a,b" uses 100%\nof http: fix it',
  subject: { kind: 'route', id: 'a' },
  locations: [
    { file: 'ops/staged/caddy-auth/Caddyfile', line: 12, column: 3, pointer: '' },
    { file: 'docs/governance/DOMAIN_ROUTING_REGISTRY.yaml', line: 40, column: 5, pointer: '/routes/0' },
  ],
  direction: 'inconsistent',
};

describe('annotations', () => {
  it('escapes data and properties per the workflow-command rules', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('x:y,z%')).toBe('x%3Ay%2Cz%25');
  });
  it('renders one line with file, line, col and title, naming other places', () => {
    expect(renderAnnotation(finding)).toBe(
      '::error file=ops/staged/caddy-auth/Caddyfile,line=12,col=3,title=driftgate [caddy-proto]::route "a,b" uses 100%25%0Aof http: fix it (also: docs/governance/DOMAIN_ROUTING_REGISTRY.yaml:40)',
    );
  });
  it('maps severities and handles findings without a location', () => {
    expect(renderAnnotation({ ...finding, severity: 'warning', locations: [] })).toMatch(/^::warning title=driftgate \[caddy-proto\]::/);
    expect(renderAnnotation({ ...finding, severity: 'notice' })).toMatch(/^::notice file=/);
  });
});
