// `policyfacts query <question> [argument] [options]`: parse, ask src/store/queries.ts, print with
// src/report/format.ts. No SQL here.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StoreError, type DB } from '../store/db.js';
import {
  DATE_FIELDS,
  MODALITIES,
  POLARITIES,
  QueryError,
  calendarBound,
  commitments,
  countries,
  countryCode,
  documentFacts,
  explain,
  openReadonly,
  people,
  resolveEntity,
  runSql,
  search,
  timeline,
  entityRef,
  type Answer,
  type DateField,
  type Entity,
  type Modality,
  type Polarity,
} from '../store/queries.js';
import { FORMATS, chooseFormat, formatRecord, formatRows, type Format } from '../report/format.js';
import { EXIT, UsageError, type IO } from './io.js';

export const QUERY_HELP = `Usage: npm run query -- <question> [argument] [options]

Answers common questions from the database without SQL. Output is stable: every question has a
total order.

Questions:
  people                 people: role, role country, mentions, documents (most mentioned first)
                           --country NAME   only people whose role is of this country
                           --name TEXT      only names containing TEXT
  countries              countries: mentions, documents, commitments made and received
  commitments            commitments: actor, speaker, action, polarity, modality, recipient, deadline
                           --actor NAME  --recipient NAME
                           --from DATE  --to DATE   deadline or document date in the range
                           --on either|deadline|document   what --from/--to apply to (default: either)
                           --polarity positive|negative
                           --modality firm|intended|possible|proposed|conditional
                           --text TEXT      words in the commitment's clause
  timeline <name>        dated facts about a person, country or organization, in date order:
                         dates stated in sentences that mention it, commitments it is party to
                           --from DATE  --to DATE
  document <id>          every fact of one document, in text order, with its sentence
  explain <fact id>      one fact: span, sentence, value, rule and its reason, cues, confidence
                         (fact ids: <document>#<kind>@<start>-<end>, as listed by document)
  search "<words>"       full-text search over titles and texts (SQLite FTS5), best first: each
                         sentence that matches, with its facts. Plain words are one phrase;
                         FTS5 syntax (AND, OR, NOT, NEAR, "…", prefix*) is passed as written.
                           --from DATE  --to DATE   document date in the range
  sql "<SELECT …>"       one read-only statement; the database is opened read-only, and several
                         statements, ATTACH, pragmas that set and load_extension are refused

Names (--actor, --recipient, --country, timeline): a country by name, code or adjective
(Denmark, DK, DNK, danish), an organization by name or acronym (NATO), a person by full name or
surname (Biden), or exactly as kind:key (person:joseph biden). An ambiguous name lists its
candidates in that form. Dates: YYYY, YYYY-MM or YYYY-MM-DD.

Options:
  --format FMT   table, json, ndjson or csv (default: table on a terminal, json otherwise);
                 table cells are cut at 80 characters, the other formats are complete
  --limit N      at most N rows (default: 100; 0: all); a note on stderr says when more match
  --db PATH      database file (default: output/policyfacts.db)
  --help         this text

Exit codes: 0 answered (also with no rows); 2 bad question, option, date, unknown or ambiguous
name, unknown document or fact, refused or invalid SQL; 3 the database is missing or unusable.

Examples:
  npm run query -- people --limit 5
  npm run query -- people --country US --format csv
  npm run query -- countries --limit 10
  npm run query -- commitments --actor danish
  npm run query -- commitments --recipient Ukraine --from 2024 --polarity positive --format json
  npm run query -- timeline NATO --from 2022
  npm run query -- document seed-denmark-may-allow-us-troops
  npm run query -- explain 'seed-denmark-may-allow-us-troops#commitment@2053-2110'
  npm run query -- search "security guarantee"
  npm run query -- sql "SELECT actor_name, action FROM refusals ORDER BY document, start"`;

type Question = 'people' | 'countries' | 'commitments' | 'timeline' | 'document' | 'explain' | 'search' | 'sql';

/** The argument each question takes (none for the listings) and the options it accepts. */
const QUESTIONS: Record<Question, { argument: string | null; options: string[] }> = {
  people: { argument: null, options: ['country', 'name'] },
  countries: { argument: null, options: [] },
  commitments: { argument: null, options: ['actor', 'recipient', 'from', 'to', 'on', 'polarity', 'modality', 'text'] },
  timeline: { argument: 'a name', options: ['from', 'to'] },
  document: { argument: 'a document id', options: [] },
  explain: { argument: 'a fact id', options: [] },
  search: { argument: 'words to search for', options: ['from', 'to'] },
  sql: { argument: 'a SELECT statement', options: [] },
};

const COMMON = ['format', 'limit', 'db', 'help'];
const DEFAULT_LIMIT = 100;

export async function runQuery(argv: string[], io: IO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        limit: { type: 'string' },
        db: { type: 'string', default: 'output/policyfacts.db' },
        help: { type: 'boolean', default: false },
        actor: { type: 'string' },
        recipient: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        on: { type: 'string' },
        polarity: { type: 'string' },
        modality: { type: 'string' },
        text: { type: 'string' },
        country: { type: 'string' },
        name: { type: 'string' },
      },
    });
  } catch (e) {
    // node's own messages run over several lines; the first says it.
    return fail(io, EXIT.usage, (e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${QUERY_HELP}\n`);
    return EXIT.ok;
  }
  try {
    const [name, ...args] = positionals;
    if (!name) throw new UsageError(`Expected a question (${Object.keys(QUESTIONS).join(', ')}); see --help`);
    if (!(name in QUESTIONS)) throw new UsageError(`Unknown question \`${name}\`; expected one of ${Object.keys(QUESTIONS).join(', ')}`);
    const question = name as Question;
    const spec = QUESTIONS[question];
    if (spec.argument === null && args.length > 0) throw new UsageError(`\`${question}\` takes no argument, got \`${args.join(' ')}\``);
    if (spec.argument !== null && args.length !== 1) {
      throw new UsageError(`\`${question}\` takes one argument (${spec.argument}; quote it if it has spaces), got ${args.length}`);
    }
    for (const option of Object.keys(values)) {
      if (!COMMON.includes(option) && !spec.options.includes(option)) {
        throw new UsageError(`\`--${option}\` does not apply to \`${question}\`${spec.options.length ? `; it takes ${spec.options.map((o) => `--${o}`).join(', ')}` : ''}`);
      }
    }
    const format = chooseFormat(values.format, io.stdoutIsTTY);
    if (!format) throw new UsageError(`Expected \`--format\` to be one of ${FORMATS.join(', ')}, got \`${JSON.stringify(values.format)}\``);
    const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
    if (!/^\d+$/.test(values.limit ?? '0') || !Number.isSafeInteger(limit)) {
      throw new UsageError(`Expected \`--limit\` to be a whole number (0 for all rows), got \`${JSON.stringify(values.limit)}\``);
    }
    const from = dateOption('from', values.from);
    const to = dateOption('to', values.to);
    if (from !== undefined && to !== undefined && `${from}` > `${to}~`) throw new UsageError(`\`--from\` ${from} is after \`--to\` ${to}`);
    const on = oneOf<DateField>('on', values.on, DATE_FIELDS) ?? 'either';
    if (values.on !== undefined && from === undefined && to === undefined) throw new UsageError('`--on` applies to `--from`/`--to`; give one of them');
    const polarity = oneOf<Polarity>('polarity', values.polarity, POLARITIES);
    const modality = oneOf<Modality>('modality', values.modality, MODALITIES);
    if (values.text !== undefined && values.text.trim() === '') throw new UsageError('Expected `--text` to be some words, got an empty string');

    const db = openReadonly(path.resolve(io.cwd, values.db!));
    try {
      const arg = args[0];
      if (question === 'explain') {
        io.stdout(formatRecord(await explain(db, arg), format));
        return EXIT.ok;
      }
      let answer: Answer;
      switch (question) {
        case 'people': {
          let country: string | undefined;
          if (values.country !== undefined) {
            const code = await countryCode(values.country);
            if (!code) throw new QueryError(`Unknown country \`${values.country}\`: give a name, code or adjective (Denmark, DK, danish)`);
            country = code;
          }
          answer = people(db, { country, name: values.name, limit });
          break;
        }
        case 'countries':
          answer = countries(db, { limit });
          break;
        case 'commitments':
          answer = commitments(db, {
            actor: values.actor !== undefined ? await resolve(io, db, '--actor', values.actor) : undefined,
            recipient: values.recipient !== undefined ? await resolve(io, db, '--recipient', values.recipient) : undefined,
            from,
            to,
            on,
            polarity,
            modality,
            text: values.text,
            limit,
          });
          break;
        case 'timeline':
          answer = timeline(db, await resolve(io, db, 'timeline', arg), { from, to, limit });
          break;
        case 'document':
          answer = documentFacts(db, arg, { limit });
          break;
        case 'search':
          answer = search(db, arg, { from, to, limit });
          break;
        case 'sql':
          answer = runSql(db, arg, limit);
          break;
      }
      print(io, answer, format, limit);
      return EXIT.ok;
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof QueryError) return fail(io, EXIT.usage, e.message, e.details);
    if (e instanceof UsageError) return fail(io, EXIT.usage, e.message);
    if (e instanceof StoreError || (e as { code?: string }).code?.startsWith('SQLITE_')) return fail(io, EXIT.fatal, (e as Error).message);
    throw e;
  }
}

/** The entity a name designates; a note on stderr says which when it is not spelled as its name. */
async function resolve(io: IO, db: DB, what: string, name: string): Promise<Entity> {
  const entity = await resolveEntity(db, name);
  if (entity.name.toLowerCase() !== name.trim().toLowerCase() && entityRef(entity) !== name.trim()) {
    io.stderr(`note: ${what} ${name} is ${entityRef(entity)} (${entity.name})\n`);
  }
  return entity;
}

function print(io: IO, answer: Answer, format: Format, limit: number): void {
  io.stdout(formatRows(answer.columns, answer.rows, format));
  if (answer.more) io.stderr(`note: showing the first ${limit === 1 ? 'row' : `${limit} rows`}; more match (--limit N, or --limit 0 for all)\n`);
}

function fail(io: IO, code: number, message: string, details: string[] = []): number {
  io.stderr(`error: ${message}\n${details.map((d) => `  ${d}\n`).join('')}`);
  return code;
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const bound = calendarBound(value);
  if (!bound) throw new UsageError(`Expected \`--${name}\` to be a date YYYY, YYYY-MM or YYYY-MM-DD, got \`${JSON.stringify(value)}\``);
  return bound;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`Expected \`--${name}\` to be one of ${allowed.join(', ')}, got \`${JSON.stringify(value)}\``);
  return value as T;
}

