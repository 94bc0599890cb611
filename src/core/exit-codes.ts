// Exit codes are a contract (PRODUCT.md section 3).
export const EXIT_OK = 0;
export const EXIT_DRIFT = 1;
export const EXIT_ERROR = 2;
export const EXIT_INCONCLUSIVE = 3;

export type ExitCode = typeof EXIT_OK | typeof EXIT_DRIFT | typeof EXIT_ERROR | typeof EXIT_INCONCLUSIVE;
