// policyfacts command line: `main(argv, io)` is callable from tests; the process entry is below.
import { fileURLToPath } from 'node:url';
import { runIngest } from './ingest.js';
import { runEval } from './eval.js';
import { runDiff } from './diff.js';
import { EXIT, processIO, UsageError, type IO } from './io.js';
import { StoreError } from '../store/db.js';

const COMMANDS: Record<string, (argv: string[], io: IO) => Promise<number>> = {
  ingest: runIngest,
  eval: runEval,
  diff: runDiff,
};

const HELP = `Usage: policyfacts <command> [options]   (npm run <command> -- [options])

Commands:
  ingest    read the corpus and store its facts in SQLite (see: npm run ingest -- --help)
  eval      precision, recall and F1 against gold annotations (see: npm run eval -- --help)
  diff      facts added, removed and changed against a git ref's snapshot (see: npm run diff -- --help)`;

export async function main(argv: string[], io: IO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    io.stdout(`${HELP}\n`);
    return command ? EXIT.ok : EXIT.usage;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`error: unknown command "${command}"\n${HELP}\n`);
    return EXIT.usage;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`error: ${(e as Error).message}\n`);
      return EXIT.usage;
    }
    if (e instanceof StoreError || (e as { code?: string }).code?.startsWith('SQLITE_')) {
      io.stderr(`error: ${(e as Error).message}\n`);
      return EXIT.fatal;
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`fatal: ${(e as Error).stack ?? e}\n`);
      process.exitCode = EXIT.fatal;
    },
  );
}
