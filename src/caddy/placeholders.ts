// Caddy's parse-time environment placeholders: `{$VAR}` and `{$VAR:default}`. driftgate keeps them
// as text in the parse; gates that need a value resolve them against an explicit env (never
// process.env), falling back to the written default.

const ENV_PLACEHOLDER = /\{\$([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g;

/** Substitute `{$VAR}`/`{$VAR:default}`; unknown variables without a default stay as written. */
export function expandEnv(text: string, env: Readonly<Record<string, string | undefined>> = {}): string {
  return text.replace(ENV_PLACEHOLDER, (whole, name: string, fallback: string | undefined) => {
    const value = env[name];
    if (value !== undefined) return value;
    return fallback ?? whole;
  });
}

/** True when the text still holds a placeholder (`{$VAR}`, `{env.X}`, `{http.…}`…) after expansion. */
export function hasPlaceholder(text: string): boolean {
  return /\{[^{}\s]+\}/.test(text);
}
