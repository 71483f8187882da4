// policyfacts command line: `main(argv, io)` is callable from tests; the process entry is below.
import { fileURLToPath } from 'node:url';
import { EXIT, processIO, UsageError, type IO } from './io.js';
import { StoreError } from '../store/db.js';

// Commands load lazily: a query should not pay for loading the extractors.
const COMMANDS: Record<string, (argv: string[], io: IO) => Promise<number>> = {
  ingest: async (argv, io) => (await import('./ingest.js')).runIngest(argv, io),
  eval: async (argv, io) => (await import('./eval.js')).runEval(argv, io),
  diff: async (argv, io) => (await import('./diff.js')).runDiff(argv, io),
  query: async (argv, io) => (await import('./query.js')).runQuery(argv, io),
  report: async (argv, io) => (await import('./report.js')).runReport(argv, io),
};

const HELP = `Usage: policyfacts <command> [options]   (npm run <command> -- [options])

Commands:
  ingest    read the corpus and store its facts in SQLite (see: npm run ingest -- --help)
  eval      precision, recall and F1 against gold annotations (see: npm run eval -- --help)
  diff      facts added, removed and changed against a git ref's snapshot (see: npm run diff -- --help)
  query     answer questions: people, countries, commitments, timeline, document, explain, search, sql (see: npm run query -- --help)
  report    static review site of the facts on the text (see: npm run report -- --help)`;

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
