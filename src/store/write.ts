// Writing documents' facts: one transaction replaces whatever the documents had.
import type { DB } from './db.js';
import type { DocumentFacts, EntityRef, Diagnostic } from '../types.js';
import { factKeys } from '../pipeline/fact-keys.js';
import { countryByCode } from '../extract/country/index.js';

export interface StoredState {
  sha256: string;
  extractorVersion: string;
}

/** Prepared statements, made once per database connection. */
export class FactWriter {
  private readonly entityIds = new Map<string, number>();
  /** The best name this connection has given each person or organization (see betterName). */
  private readonly entityNames = new Map<string, string>();
  private readonly stmt;
  private readonly batchTx;

  constructor(private readonly db: DB) {
    this.batchTx = db.transaction((batch: DocumentFacts[], extractorVersion: string, runId: number | null) => {
      for (const facts of batch) this.writeUnsafe(facts, extractorVersion, runId);
    });
    this.stmt = {
      state: db.prepare('SELECT sha256, extractor_version AS extractorVersion FROM documents WHERE doc_key = ?'),
      hashes: db.prepare('SELECT doc_key, sha256 FROM documents WHERE extractor_version = ?'),
      deleteDoc: db.prepare('DELETE FROM documents WHERE doc_key = ?'),
      // Positional parameters throughout: binding from arrays is cheaper than from named objects.
      insertDoc: db.prepare(`INSERT INTO documents (doc_key, path, line, sha256, extractor_version, text, date, date_source, title, url, source, licence, run_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertSentence: db.prepare('INSERT INTO sentences (document_id, idx, start, "end", boilerplate) VALUES (?, ?, ?, ?, ?)'),
      findEntity: db.prepare('SELECT id FROM entities WHERE kind = ? AND key = ?'),
      insertEntity: db.prepare('INSERT INTO entities (kind, key, name, code, alpha3, acronym) VALUES (?, ?, ?, ?, ?, ?)'),
      // An entity shows its fullest name, whatever order documents are stored in: the longest,
      // ties to the smallest. Decided in SQL, so writers on other connections cannot undo it.
      betterName: db.prepare(
        'UPDATE entities SET name = @name WHERE id = @id AND (length(name) < length(@name) OR (length(name) = length(@name) AND name > @name))',
      ),
      insertMention: db.prepare(`INSERT INTO mentions (fact_key, document_id, entity_id, start, "end", text, sentence_idx, rule, form, metonymy, role, role_country, person_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // One row per entity and document, counted by the writer (migration 004).
      countMentions: db.prepare(`INSERT INTO entity_documents (entity_id, document_id, mentions, as_government) VALUES (?, ?, ?, ?)
        ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = mentions + excluded.mentions, as_government = as_government + excluded.as_government`),
      insertRole: db.prepare('INSERT OR REPLACE INTO person_roles (document_id, entity_id, role, country, person_key) VALUES (?, ?, ?, ?, ?)'),
      insertDate: db.prepare(`INSERT INTO dates (fact_key, document_id, start, "end", text, sentence_idx, type, value, mod, anchor, inferred, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertCommitment: db.prepare(`INSERT INTO commitments (fact_key, document_id, start, "end", text, sentence_idx, sentence, actor_kind, actor_key, actor_name,
          action, polarity, modality, recipient_key, recipient_name, deadline_date_id, deadline_value, deadline_mod, deadline_text, confidence, cues, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertParty: db.prepare('INSERT INTO commitment_parties (commitment_id, role, entity_id, ord, person_key) VALUES (?, ?, ?, ?, ?)'),
      insertProblem: db.prepare('INSERT INTO run_problems (run_id, path, line, message) VALUES (?, ?, ?, ?)'),
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
    };
  }

  storedState(docKey: string): StoredState | undefined {
    return this.stmt.state.get(docKey) as StoredState | undefined;
  }

  /**
   * The content hash of every document stored with this extractor version, in one query: the
   * unchanged-document check is then a map lookup (about 150 bytes a document).
   */
  storedHashes(extractorVersion: string): Map<string, string> {
    const hashes = new Map<string, string>();
    for (const [key, sha256] of this.stmt.hashes.raw().iterate(extractorVersion) as Iterable<[string, string]>) hashes.set(key, sha256);
    return hashes;
  }

  /** Replace the document's rows with these facts, all or nothing. */
  write(facts: DocumentFacts, extractorVersion: string, runId: number | null): void {
    void this.writeBatch([facts], extractorVersion, runId);
  }

  /**
   * Several documents in one transaction: fewer commits on big corpora. BEGIN IMMEDIATE: the write
   * lock is taken up front, so that writers on other connections (the extraction workers) queue on
   * the busy timeout instead of failing on a lock upgrade. Returns the milliseconds spent waiting
   * for that lock.
   */
  writeBatch(batch: DocumentFacts[], extractorVersion: string, runId: number | null): number {
    if (this.db.inTransaction) {
      // Inside a caller's transaction: a savepoint, and no lock to wait for.
      this.batchTx(batch, extractorVersion, runId);
      return 0;
    }
    const t = performance.now();
    this.stmt.begin.run();
    const waited = performance.now() - t;
    try {
      for (const facts of batch) this.writeUnsafe(facts, extractorVersion, runId);
      this.stmt.commit.run();
    } catch (e) {
      if (this.db.inTransaction) this.stmt.rollback.run();
      // Entities created in the rolled-back transaction are gone: forget their cached ids.
      this.entityIds.clear();
      this.entityNames.clear();
      throw e;
    }
    return waited;
  }

  deleteDocument(docKey: string): void {
    this.stmt.deleteDoc.run(docKey);
  }

  recordProblem(runId: number, d: Diagnostic): void {
    this.stmt.insertProblem.run(runId, d.path, d.line, d.message);
  }

  private writeUnsafe(facts: DocumentFacts, extractorVersion: string, runId: number | null): void {
    const { doc } = facts;
    const keys = factKeys(facts);
    this.stmt.deleteDoc.run(doc.id);
    const documentId = Number(
      this.stmt.insertDoc.run(
        doc.id, doc.path, doc.line, doc.sha256, extractorVersion, doc.text, doc.date, doc.dateSource, doc.title,
        doc.meta.url ?? null, doc.meta.source ?? null, doc.meta.licence ?? null, runId,
      ).lastInsertRowid,
    );
    for (const s of facts.sentences) this.stmt.insertSentence.run(documentId, s.index, s.start, s.end, s.boilerplate ? 1 : 0);

    // Mentions and government readings per entity in this document: [entity id, mentions, as_government].
    const counts = new Map<number, [number, number]>();
    const count = (entityId: number, metonymy: boolean): void => {
      const c = counts.get(entityId);
      if (c) {
        c[0]++;
        if (metonymy) c[1]++;
      } else counts.set(entityId, [1, metonymy ? 1 : 0]);
    };
    facts.people.forEach((person, i) => {
      const entityId = this.entity({ kind: 'person', key: person.key, name: person.name });
      if (person.role || person.country) this.stmt.insertRole.run(documentId, entityId, person.role, person.country, person.key);
      person.mentions.forEach((m, j) => {
        // fact_key, document_id, entity_id, start, end, text, sentence_idx, rule, form, metonymy, role, role_country
        this.stmt.insertMention.run(keys.people[i][j], documentId, entityId, m.start, m.end, m.text, m.sentence, m.rule, null, 0, m.role, m.roleCountry, person.key);
        count(entityId, false);
      });
    });
    facts.countries.forEach((m, i) => {
      const entityId = this.entity({ kind: 'country', key: m.code, name: m.code });
      this.stmt.insertMention.run(keys.countries[i], documentId, entityId, m.start, m.end, m.text, m.sentence, m.rule, m.form, m.metonymy ? 1 : 0, null, null, null);
      count(entityId, !!m.metonymy);
    });
    facts.organizations.forEach((m, i) => {
      const entityId = this.entity({ kind: 'organization', key: organizationKey(m.name), name: m.name }, m.acronym);
      this.stmt.insertMention.run(keys.organizations[i], documentId, entityId, m.start, m.end, m.text, m.sentence, m.rule, null, 0, null, m.country, null);
      count(entityId, false);
    });
    for (const [entityId, [mentions, asGovernment]] of counts) this.stmt.countMentions.run(entityId, documentId, mentions, asGovernment);
    const dateIds = new Map<string, number>();
    facts.dates.forEach((d, i) => {
      const id = Number(
        // fact_key, document_id, start, end, text, sentence_idx, type, value, mod, anchor, inferred, rule
        this.stmt.insertDate.run(
          keys.dates[i], documentId, d.start, d.end, d.text, d.sentence, d.type, d.value, d.mod, d.anchor, d.inferred.length ? d.inferred.join(',') : null, d.rule,
        ).lastInsertRowid,
      );
      dateIds.set(`${d.start}:${d.end}`, id);
    });
    facts.commitments.forEach((c, i) => {
      const commitmentId = Number(
        this.stmt.insertCommitment.run(
          keys.commitments[i], documentId, c.start, c.end, c.text, c.sentence,
          c.sentenceText, c.actor?.kind ?? null, c.actor?.key ?? null, c.actor?.name ?? null,
          c.action, c.polarity, c.modality,
          c.recipient?.key ?? null, c.recipient?.name ?? null,
          c.deadline ? (dateIds.get(`${c.deadline.start}:${c.deadline.end}`) ?? null) : null,
          c.deadline?.value ?? null, c.deadline?.mod ?? null, c.deadline?.text ?? null,
          c.confidence, c.cues.join(','), c.rule,
        ).lastInsertRowid,
      );
      if (c.actor) {
        const parties = c.actor.members?.length ? c.actor.members : [c.actor];
        parties.forEach((p, ord) => {
          if (p.kind !== 'group') this.stmt.insertParty.run(commitmentId, 'actor', this.entityFromRef(p), ord, personKeyOf(p));
        });
      }
      if (c.speaker) this.stmt.insertParty.run(commitmentId, 'speaker', this.entityFromRef(c.speaker), 0, personKeyOf(c.speaker));
      if (c.recipient) {
        const parties = c.recipient.members?.length ? c.recipient.members : [c.recipient];
        parties.forEach((p, ord) => {
          if (p.kind !== 'group') this.stmt.insertParty.run(commitmentId, 'recipient', this.entityFromRef(p), ord, personKeyOf(p));
        });
      }
    });
  }

  private entityFromRef(ref: EntityRef): number {
    if (ref.kind === 'country') return this.entity({ kind: 'country', key: ref.key, name: ref.key });
    if (ref.kind === 'organization') return this.entity({ kind: 'organization', key: organizationKey(ref.name), name: ref.name });
    return this.entity({ kind: 'person', key: ref.key, name: ref.name });
  }

  /** Give the entity this name if it is fuller than the one stored (the stored row decides). */
  private offerName(cacheKey: string, id: number, name: string): void {
    const known = this.entityNames.get(cacheKey);
    if (known !== undefined && !(known.length < name.length || (known.length === name.length && known > name))) return;
    this.stmt.betterName.run({ id, name });
    this.entityNames.set(cacheKey, name);
  }

  /** The id of an entity, created on first sight. Country names come from the ISO data. */
  private entity(e: { kind: 'person' | 'country' | 'organization'; key: string; name: string }, acronym: string | null = null): number {
    const cacheKey = `${e.kind}\u0000${e.key}`;
    const cached = this.entityIds.get(cacheKey);
    if (cached !== undefined) {
      if (e.kind !== 'country') this.offerName(cacheKey, cached, e.name);
      return cached;
    }
    let row = this.stmt.findEntity.get(e.kind, e.key) as { id: number } | undefined;
    if (row && e.kind !== 'country') this.offerName(cacheKey, row.id, e.name);
    if (!row) {
      let name = e.name;
      let code: string | null = null;
      let alpha3: string | null = null;
      if (e.kind === 'country') {
        const info = countryByCode(e.key);
        name = info?.name ?? e.key;
        code = e.key;
        alpha3 = info?.alpha3 ?? null;
      }
      const id = Number(this.stmt.insertEntity.run(e.kind, e.key, name, code, alpha3, acronym).lastInsertRowid);
      row = { id };
      if (e.kind !== 'country') this.entityNames.set(cacheKey, name);
    }
    this.entityIds.set(cacheKey, row.id);
    return row.id;
  }
}

/** A commitment party's person key as extracted (for the fold pass, ../store/fold.ts), or null. */
function personKeyOf(ref: EntityRef): string | null {
  return ref.kind === 'person' ? ref.key : null;
}

/** Organizations are one entity per canonical name, case-insensitively. */
export function organizationKey(name: string): string {
  return name.toLowerCase();
}
