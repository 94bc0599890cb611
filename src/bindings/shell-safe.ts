// Values that reach a remote shell (stack paths and names, backup paths and globs, SSH host and
// user) must not contain shell metacharacters. The same pattern is in the binding schemas.

/** Pattern source used by the schemas (`pattern`) and by the loader. */
export const SHELL_SAFE_PATTERN = "^[^;|&$`<>'\"\\s()\\\\]+$";

export const SHELL_SAFE = new RegExp(SHELL_SAFE_PATTERN, 'u');

