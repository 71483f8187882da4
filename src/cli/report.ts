// `policyfacts report`: the static review site (output/report/) from the database and the gold.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, ReportError } from '../report/site/build.js';
import { EXIT, UsageError, type IO } from './io.js';

export const REPORT_HELP = `Usage: npm run report -- [options]

Writes a static review site (no server, nothing fetched at view time): an index of the documents
with fact counts and eval figures, one page per document with every fact highlighted on the text
(details on hover, click, or Tab then Enter), gold spans missed and false predictions marked, and a
commitments timeline per country. Open <out>/index.html in a browser.

Options:
  --db PATH          database (default: output/policyfacts.db)
  --out DIR          site folder (default: output/report); cleared and rewritten on every run
  --gold DIR         gold annotations (default: corpus/gold; skipped when absent)
  --no-gold          do not compare with gold
  --base REF         diff mode: mark facts added, removed and changed since the snapshot
                     (output/facts) committed at this git ref
  --page-size N      documents per index page (default: 100)

Examples:
  npm run report
  npm run report -- --base origin/main`;

export async function runReport(argv: string[], io: IO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      db: { type: 'string', default: 'output/policyfacts.db' },
      out: { type: 'string', default: 'output/report' },
      gold: { type: 'string' },
      'no-gold': { type: 'boolean', default: false },
      base: { type: 'string' },
      'page-size': { type: 'string', default: '100' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${REPORT_HELP}\n`);
    return EXIT.ok;
  }
  const pageSize = Number(values['page-size']);
  if (!/^\d+$/.test(values['page-size']!) || pageSize < 1) throw new UsageError(`Expected \`--page-size\` to be a positive whole number, got \`${JSON.stringify(values['page-size'])}\``);
  if (values.base !== undefined && !values.base.trim()) throw new UsageError('Expected `--base` to name a git ref');
  const resolve = (p: string): string => path.resolve(io.cwd, p);
  if (values.gold !== undefined && !fs.existsSync(resolve(values.gold))) throw new UsageError(`--gold ${values.gold} does not exist`);
  const goldDir = values['no-gold'] ? null : resolve(values.gold ?? 'corpus/gold');
  const started = performance.now();
  let lastShown = 0;
  try {
    const s = await buildReport({
      db: resolve(values.db!),
      out: resolve(values.out!),
      gold: goldDir && fs.existsSync(goldDir) ? goldDir : null,
      base: values.base ?? null,
      pageSize,
      cwd: io.cwd,
      onProgress: (done, total) => {
        if (total >= 2000 && (done - lastShown >= 1000 || done === total)) {
          lastShown = done;
          io.stderr(`report: ${done}/${total} documents\n`);
        }
      },
    });
    const indexFile = path.join(s.out, 'index.html');
    const relative = path.relative(io.cwd, indexFile);
    const index = relative.startsWith('..') || path.isAbsolute(relative) ? indexFile : relative;
    const lines = [
      `report: ${index}`,
      `${s.documents} document page(s), ${s.indexPages} index page(s), ${s.countries} country timeline(s); ${s.goldDocuments} document(s) compared with gold`,
    ];
    if (s.diff) {
      lines.push(`diff against ${s.diff.base}: ${s.diff.facts} fact(s) changed; ${s.diff.changedDocuments} document(s) changed, ${s.diff.addedDocuments} new, ${s.diff.removedDocuments} gone`);
    }
    lines.push(`elapsed: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ReportError) throw new UsageError(e.message);
    throw e;
  }
}
