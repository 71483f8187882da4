// Writing one document's facts: one transaction that replaces whatever the document had.
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
  private readonly stmt;

  constructor(private readonly db: DB) {
    this.stmt = {
      state: db.prepare('SELECT sha256, extractor_version AS extractorVersion FROM documents WHERE doc_key = ?'),
      deleteDoc: db.prepare('DELETE FROM documents WHERE doc_key = ?'),
      insertDoc: db.prepare(`INSERT INTO documents (doc_key, path, line, sha256, extractor_version, text, date, date_source, title, url, source, licence, run_id)
        VALUES (@doc_key, @path, @line, @sha256, @extractor_version, @text, @date, @date_source, @title, @url, @source, @licence, @run_id)`),
      insertSentence: db.prepare('INSERT INTO sentences (document_id, idx, start, "end", boilerplate) VALUES (?, ?, ?, ?, ?)'),
      findEntity: db.prepare('SELECT id FROM entities WHERE kind = ? AND key = ?'),
      insertEntity: db.prepare('INSERT INTO entities (kind, key, name, code, alpha3, acronym) VALUES (?, ?, ?, ?, ?, ?)'),
      insertMention: db.prepare(`INSERT INTO mentions (fact_key, document_id, entity_id, start, "end", text, sentence_idx, rule, form, metonymy, role, role_country)
        VALUES (@fact_key, @document_id, @entity_id, @start, @end, @text, @sentence_idx, @rule, @form, @metonymy, @role, @role_country)`),
      insertRole: db.prepare('INSERT OR REPLACE INTO person_roles (document_id, entity_id, role, country) VALUES (?, ?, ?, ?)'),
      insertDate: db.prepare(`INSERT INTO dates (fact_key, document_id, start, "end", text, sentence_idx, type, value, mod, anchor, inferred, rule)
        VALUES (@fact_key, @document_id, @start, @end, @text, @sentence_idx, @type, @value, @mod, @anchor, @inferred, @rule)`),
      insertCommitment: db.prepare(`INSERT INTO commitments (fact_key, document_id, start, "end", text, sentence_idx, sentence, actor_kind, actor_key, actor_name,
          action, polarity, modality, recipient_key, recipient_name, deadline_date_id, deadline_value, deadline_mod, deadline_text, confidence, cues, rule)
        VALUES (@fact_key, @document_id, @start, @end, @text, @sentence_idx, @sentence, @actor_kind, @actor_key, @actor_name,
          @action, @polarity, @modality, @recipient_key, @recipient_name, @deadline_date_id, @deadline_value, @deadline_mod, @deadline_text, @confidence, @cues, @rule)`),
      insertParty: db.prepare('INSERT INTO commitment_parties (commitment_id, role, entity_id, ord) VALUES (?, ?, ?, ?)'),
      insertProblem: db.prepare('INSERT INTO run_problems (run_id, path, line, message) VALUES (?, ?, ?, ?)'),
    };
  }

  storedState(docKey: string): StoredState | undefined {
    return this.stmt.state.get(docKey) as StoredState | undefined;
  }

  /** Replace the document's rows with these facts, all or nothing. */
  write(facts: DocumentFacts, extractorVersion: string, runId: number | null): void {
    this.db.transaction(() => this.writeUnsafe(facts, extractorVersion, runId))();
  }

  /** Several documents in one transaction: fewer fsyncs on big corpora. */
  writeBatch(batch: DocumentFacts[], extractorVersion: string, runId: number | null): void {
    this.db.transaction(() => {
      for (const facts of batch) this.writeUnsafe(facts, extractorVersion, runId);
    })();
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
      this.stmt.insertDoc.run({
        doc_key: doc.id,
        path: doc.path,
        line: doc.line,
        sha256: doc.sha256,
        extractor_version: extractorVersion,
        text: doc.text,
        date: doc.date,
        date_source: doc.dateSource,
        title: doc.title,
        url: doc.meta.url ?? null,
        source: doc.meta.source ?? null,
        licence: doc.meta.licence ?? null,
        run_id: runId,
      }).lastInsertRowid,
    );
    for (const s of facts.sentences) this.stmt.insertSentence.run(documentId, s.index, s.start, s.end, s.boilerplate ? 1 : 0);

    facts.people.forEach((person, i) => {
      const entityId = this.entity({ kind: 'person', key: person.key, name: person.name });
      if (person.role || person.country) this.stmt.insertRole.run(documentId, entityId, person.role, person.country);
      person.mentions.forEach((m, j) => {
        this.stmt.insertMention.run({
          fact_key: keys.people[i][j], document_id: documentId, entity_id: entityId, start: m.start, end: m.end, text: m.text,
          sentence_idx: m.sentence, rule: m.rule, form: null, metonymy: 0, role: m.role, role_country: m.roleCountry,
        });
      });
    });
    facts.countries.forEach((m, i) => {
      const entityId = this.entity({ kind: 'country', key: m.code, name: m.code });
      this.stmt.insertMention.run({
        fact_key: keys.countries[i], document_id: documentId, entity_id: entityId, start: m.start, end: m.end, text: m.text,
        sentence_idx: m.sentence, rule: m.rule, form: m.form, metonymy: m.metonymy ? 1 : 0, role: null, role_country: null,
      });
    });
    facts.organizations.forEach((m, i) => {
      const entityId = this.entity({ kind: 'organization', key: organizationKey(m.name), name: m.name }, m.acronym);
      this.stmt.insertMention.run({
        fact_key: keys.organizations[i], document_id: documentId, entity_id: entityId, start: m.start, end: m.end, text: m.text,
        sentence_idx: m.sentence, rule: m.rule, form: null, metonymy: 0, role: null, role_country: m.country,
      });
    });
    const dateIds = new Map<string, number>();
    facts.dates.forEach((d, i) => {
      const id = Number(
        this.stmt.insertDate.run({
          fact_key: keys.dates[i], document_id: documentId, start: d.start, end: d.end, text: d.text, sentence_idx: d.sentence,
          type: d.type, value: d.value, mod: d.mod, anchor: d.anchor, inferred: d.inferred.length ? d.inferred.join(',') : null, rule: d.rule,
        }).lastInsertRowid,
      );
      dateIds.set(`${d.start}:${d.end}`, id);
    });
    facts.commitments.forEach((c, i) => {
      const commitmentId = Number(
        this.stmt.insertCommitment.run({
          fact_key: keys.commitments[i], document_id: documentId, start: c.start, end: c.end, text: c.text, sentence_idx: c.sentence,
          sentence: c.sentenceText, actor_kind: c.actor?.kind ?? null, actor_key: c.actor?.key ?? null, actor_name: c.actor?.name ?? null,
          action: c.action, polarity: c.polarity, modality: c.modality,
          recipient_key: c.recipient?.key ?? null, recipient_name: c.recipient?.name ?? null,
          deadline_date_id: c.deadline ? (dateIds.get(`${c.deadline.start}:${c.deadline.end}`) ?? null) : null,
          deadline_value: c.deadline?.value ?? null, deadline_mod: c.deadline?.mod ?? null, deadline_text: c.deadline?.text ?? null,
          confidence: c.confidence, cues: c.cues.join(','), rule: c.rule,
        }).lastInsertRowid,
      );
      if (c.actor) {
        const parties = c.actor.members?.length ? c.actor.members : [c.actor];
        parties.forEach((p, ord) => {
          if (p.kind !== 'group') this.stmt.insertParty.run(commitmentId, 'actor', this.entityFromRef(p), ord);
        });
      }
      if (c.speaker) this.stmt.insertParty.run(commitmentId, 'speaker', this.entityFromRef(c.speaker), 0);
      if (c.recipient) {
        const parties = c.recipient.members?.length ? c.recipient.members : [c.recipient];
        parties.forEach((p, ord) => {
          if (p.kind !== 'group') this.stmt.insertParty.run(commitmentId, 'recipient', this.entityFromRef(p), ord);
        });
      }
    });
  }

  private entityFromRef(ref: EntityRef): number {
    if (ref.kind === 'country') return this.entity({ kind: 'country', key: ref.key, name: ref.key });
    if (ref.kind === 'organization') return this.entity({ kind: 'organization', key: organizationKey(ref.name), name: ref.name });
    return this.entity({ kind: 'person', key: ref.key, name: ref.name });
  }

  /** The id of an entity, created on first sight. Country names come from the ISO data. */
  private entity(e: { kind: 'person' | 'country' | 'organization'; key: string; name: string }, acronym: string | null = null): number {
    const cacheKey = `${e.kind}\u0000${e.key}`;
    const cached = this.entityIds.get(cacheKey);
    if (cached !== undefined) return cached;
    let row = this.stmt.findEntity.get(e.kind, e.key) as { id: number } | undefined;
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
    }
    this.entityIds.set(cacheKey, row.id);
    return row.id;
  }
}

/** Organizations are one entity per canonical name, case-insensitively. */
export function organizationKey(name: string): string {
  return name.toLowerCase();
}
