// Secrets never reach output: the SSH key (every line), the token and credentials found in URLs
// are masked for the runner (`::add-mask::`, consumed by the runner, never shown) and redacted
// from everything driftgate writes itself (job log, summary, PR comment, report file).

const ARMOR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(?::([^\s/@]*))?@/gi;

/** The values to mask: whole secrets and each line of multi-line ones (PEM armor lines excluded). */
export function secretValues(secrets: Array<string | undefined>): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    const trimmed = s.trim();
    if (trimmed.length >= 4) out.add(trimmed);
    for (const line of s.split(/\r?\n/)) {
      const t = line.trim();
      if (t.length >= 4 && !ARMOR.test(t)) out.add(t);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** user:password pairs (and bare tokens as user) found in URLs of a text */
export function urlCredentials(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(URL_CREDENTIALS)) {
    if (m[3]) found.add(m[3]);
    else if (m[2] && m[2].length >= 8) found.add(m[2]); // https://<token>@host
  }
  return [...found].filter((v) => v.length >= 3);
}

/** Replaces every known secret and every URL credential with `***`. */
export function redact(text: string, secrets: string[]): string {
  let out = text.replace(URL_CREDENTIALS, (_all, scheme: string) => `${scheme}***@`);
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}
