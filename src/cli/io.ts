// The CLI's connection to the world, injectable so tests run commands in-process.
export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: draw a progress bar instead of log lines. */
  stderrIsTTY: boolean;
  stdoutIsTTY: boolean;
  cwd: string;
}

export function processIO(): IO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
}

/** A usage error: printed in one line, exit code 2. */
export class UsageError extends Error {}

/** Exit codes, documented in README. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, fatal: 3 } as const;
