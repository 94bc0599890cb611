import { describe, expect, it } from 'vitest';
import { composeDir, expandHome, homeOf, trimSlash } from '../../src/bindings/remote-path.js';

describe('remote paths', () => {
  it('gives root its own home and everyone else /home/<user>', () => {
    expect(homeOf('root')).toBe('/root');
    expect(homeOf('automation')).toBe('/home/automation');
  });

  it.each([
    ['~/stacks/mcpjungle', '/home/automation/stacks/mcpjungle'],
    ['~', '/home/automation'],
    ['~/stacks/./a/../b/', '/home/automation/stacks/b'],
    ['/opt/stacks/x/', '/opt/stacks/x'],
    ['~user/x', '~user/x'],
  ])('expands %s to %s', (path, expected) => {
    expect(expandHome(path, '/home/automation')).toBe(expected);
  });

  it('takes the compose directory literally and trims trailing slashes', () => {
    expect(composeDir('~/stacks/mint-os/docker-compose.yml')).toBe('~/stacks/mint-os');
    expect(composeDir('/docker-compose.yml')).toBe('/');
    expect(composeDir('docker-compose.yml')).toBe('.');
    expect(trimSlash('/opt/x//')).toBe('/opt/x');
    expect(trimSlash('/')).toBe('/');
  });
});
