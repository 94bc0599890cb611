// The SSH identity: `--identity FILE` or DRIFTGATE_SSH_KEY (the key text itself, or a path). Never logged.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ssh2 from 'ssh2';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';

const { utils } = ssh2;

function looksLikeKey(text: string): boolean {
  return /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text);
}

/** Reads a key file; `shown` is how the message names it (never the variable's value: it may be key text). */
function readKey(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read SSH identity ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, EXIT_ERROR);
  }
}

/**
 * Resolves the private key text: the flag wins over the environment. Checks that ssh2 can use it
 * (an encrypted or malformed key is a UserError, exit 2; the message never contains the key).
 */
export function resolveIdentity(flag: string | undefined, env: Record<string, string | undefined>, cwd: string): string | undefined {
  let text: string | undefined;
  let source: string;
  if (flag) {
    text = readKey(resolve(cwd, flag), `file ${flag}`);
    source = flag;
  } else {
    const value = env.DRIFTGATE_SSH_KEY;
    if (!value || !value.trim()) return undefined;
    source = 'DRIFTGATE_SSH_KEY';
    text = looksLikeKey(value)
      ? value.replace(/\\n/g, '\n')
      : readKey(resolve(cwd, value.trim()), 'from DRIFTGATE_SSH_KEY (neither a private key "-----BEGIN … PRIVATE KEY-----" nor the path of a readable file)');
  }
  if (!text.endsWith('\n')) text += '\n';
  const parsed = utils.parseKey(text);
  if (parsed instanceof Error) {
    const why = /passphrase/i.test(parsed.message) ? 'it is encrypted (driftgate needs an unencrypted deploy key, or an ssh-agent)' : 'it is not a private key ssh2 understands';
    throw new UserError(`cannot use the SSH identity from ${source}: ${why}`, EXIT_ERROR);
  }
  // a public key parses too, but could never sign: every login would fail, so say so once, now
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key && !key.isPrivateKey()) {
    const hint = source.endsWith('.pub') ? ` (use ${source.slice(0, -4)}, without .pub)` : '';
    throw new UserError(`cannot use the SSH identity from ${source}: it is a public key; pass the private key${hint}`, EXIT_ERROR);
  }
  return text;
}
