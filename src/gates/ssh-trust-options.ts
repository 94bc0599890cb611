// SSH client options that weaken host trust: host-key checking switched off, known hosts thrown
// away, legacy algorithms (SHA-1 RSA/DSA signatures, SHA-1 key exchange, CBC ciphers) switched on.

export interface SshOption {
  /** as written, e.g. "HostKeyAlgorithms" */
  key: string;
  value: string;
}

export interface TrustIssue {
  kind: 'host-key-checking-disabled' | 'host-key-tofu' | 'known-hosts-discarded' | 'legacy-algorithm';
  severity: 'error' | 'warning';
  option: string;
  value: string;
  /** the legacy algorithm, for legacy-algorithm */
  algorithm?: string;
}

/** Shell-like words of an ssh_extra_opts string (single and double quotes honoured). */
function words(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** The `-o Key=Value` / `-oKey=Value` / `-o "Key Value"` options of an ssh command-line fragment. */
export function parseSshOptions(extraOpts: string): SshOption[] {
  const w = words(extraOpts);
  const out: SshOption[] = [];
  for (let i = 0; i < w.length; i++) {
    const word = w[i] as string;
    let spec: string | undefined;
    if (word === '-o') spec = w[++i];
    else if (word.startsWith('-o')) spec = word.slice(2);
    if (spec === undefined) continue;
    const m = /^\s*([A-Za-z]+)\s*(?:=|\s)\s*(.*)$/.exec(spec);
    if (m) out.push({ key: m[1] as string, value: (m[2] as string).trim() });
  }
  return out;
}

const ALGORITHM_KEYS = new Set([
  'hostkeyalgorithms',
  'pubkeyacceptedalgorithms',
  'pubkeyacceptedkeytypes',
  'casignaturealgorithms',
  'hostbasedacceptedalgorithms',
  'hostbasedkeytypes',
  'kexalgorithms',
  'ciphers',
  'macs',
]);

const LEGACY = [
  /^ssh-rsa(-cert-v01@openssh\.com)?$/,
  /^ssh-dss(-cert-v01@openssh\.com)?$/,
  /^diffie-hellman-group(1|14)-sha1$/,
  /^diffie-hellman-group-exchange-sha1$/,
  /^(3des|aes128|aes192|aes256|blowfish|cast128)-cbc$/,
  /^rijndael-cbc@lysator\.liu\.se$/,
  /^arcfour(128|256)?$/,
  /^hmac-md5(-96)?(-etm@openssh\.com)?$/,
  /^hmac-sha1-96(-etm@openssh\.com)?$/,
];

/** What is wrong with one option (key compared case-insensitively, as ssh does). */
export function judgeOption(key: string, rawValue: unknown): TrustIssue[] {
  const k = key.toLowerCase().replace(/_/g, '');
  const value = rawValue === false ? 'no' : rawValue === true ? 'yes' : String(rawValue ?? '').trim();
  const v = value.toLowerCase();
  if (k === 'stricthostkeychecking') {
    // OpenSSH's readconf accepts "false" and "off" as "no"
    if (v === 'no' || v === 'off' || v === 'false') return [{ kind: 'host-key-checking-disabled', severity: 'error', option: key, value }];
    if (v === 'accept-new') return [{ kind: 'host-key-tofu', severity: 'warning', option: key, value }];
    return [];
  }
  if (k === 'userknownhostsfile' || k === 'globalknownhostsfile') {
    const files = v.split(/\s+/).filter(Boolean);
    if (files.length > 0 && files.every((f) => f === '/dev/null' || f === 'none')) {
      return [{ kind: 'known-hosts-discarded', severity: 'error', option: key, value }];
    }
    return [];
  }
  if (ALGORITHM_KEYS.has(k) && !v.startsWith('-')) {
    return v
      .replace(/^[+^]/, '')
      .split(',')
      .map((a) => a.trim())
      .filter((a) => LEGACY.some((re) => re.test(a)))
      .map((algorithm) => ({ kind: 'legacy-algorithm', severity: 'warning', option: key, value, algorithm }));
  }
  return [];
}
