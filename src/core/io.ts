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
