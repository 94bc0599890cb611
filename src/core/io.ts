// Everything a command touches of the outside world, injected so tests run commands in-process.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** true when stdout is a terminal (colour, progress line) */
  isTty: boolean;
  /** the run's clock */
  now: () => Date;
}

export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY) && !process.env.CI,
    now: () => new Date(),
  };
}

/**
 * Whether to colour terminal output: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR
 * (any value but "0" or "false") turns it on, else colour on a TTY (https://no-color.org).
 */
export function useColor(io: Pick<Io, 'env' | 'isTty'>): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return io.isTty;
}
