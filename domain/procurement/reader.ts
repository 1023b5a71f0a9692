/**
 * Reading a DECP file as a stream, in bounded memory: the national consolidated file (over a
 * gigabyte) is fed chunk by chunk, each record is parsed alone by @streamparser/json, checked only
 * if it belongs to the territory (its buyer's SIRET, or its place of execution), then dropped or
 * kept. Bad records are counted and the first 200 kept with their reasons; reading never stops on one.
 *
 * Both format 2.0 shapes are read:
 * - `{"marches": {"marche": [...], "contrat-concession": [...]}}` (the schema's shape, a buyer's extract);
 * - `{"marches": [...]}`, one flat list mixing markets and concessions (the consolidated file);
 * and a bare list `[...]` of records.
 *
 * Pure: no file API here; the CLI feeds bytes from a file stream, the panel from a `File`.
 */
import { Tokenizer, TokenParser, TokenType, type ParsedTokenInfo } from "@streamparser/json";
import { DomainError } from "../errors";
import { notDecp, notJson } from "./errors";
import { rawScope, readRecord, type DecpContract, type RejectedRecord } from "./record";

/** Which records to keep: a buyer's SIRET, or a place code (a département matches its postal and commune codes). */
export interface DecpFilter {
  buyers?: readonly string[];
  places?: readonly string[];
}

export interface DecpReadResult {
  shape: "nested" | "flat" | "list";
  contracts: DecpContract[];
  /** Records met in the file. */
  read: number;
  /** Records outside the filter (not checked). */
  skipped: number;
  /** Records of the territory that break a rule. */
  rejectedCount: number;
  /** The first `MAX_REJECTED_SHOWN` of them. */
  rejected: RejectedRecord[];
  /** Same buyer and id seen again (the copy with the most amendments is kept). */
  duplicates: number;
  filter: { buyers: string[]; places: string[] };
}

export const MAX_REJECTED_SHOWN = 200;

/** Tokens held while the shape is not known yet (the first key of a normal file decides at once). */
const MAX_PENDING_TOKENS = 100_000;

/**
 * A streaming reader: `write` chunks of the file in order, then `end`.
 *
 * @example
 * const reader = new DecpReader({ buyers: ["21750001630066"] }, "« decp.json »");
 * for await (const chunk of stream) reader.write(chunk);
 * reader.end() // => { shape: "nested", contracts: [{ id: "TEST2022", … }], read: 4, skipped: 3, rejectedCount: 0, … }
 * @throws DomainError procurement.file.json (not JSON, or cut short), procurement.file.shape (no DECP records)
 */
export class DecpReader {
  private readonly tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024 });
  private parser: TokenParser | null = null;
  private shape: DecpReadResult["shape"] | null = null;
  private pending: ParsedTokenInfo[] = [];
  private depth = 0;
  private lastKey: string | null = null;
  private expectKey = false;
  private failure: Error | null = null;
  private readonly kept = new Map<string, DecpContract>();
  private readonly counts = new Map<string, number>();
  private readonly result: Omit<DecpReadResult, "contracts" | "shape">;
  private readonly buyers: Set<string>;
  private readonly places: string[];

  constructor(
    filter: DecpFilter = {},
    private readonly source = "le fichier",
  ) {
    this.buyers = new Set(filter.buyers ?? []);
    this.places = [...(filter.places ?? [])];
    this.result = {
      read: 0,
      skipped: 0,
      rejectedCount: 0,
      rejected: [],
      duplicates: 0,
      filter: { buyers: [...this.buyers], places: this.places },
    };
    this.tokenizer.onToken = (token) => this.onToken(token);
    this.tokenizer.onError = (error) => void (this.failure ??= error);
  }

  /** Feeds the next chunk (bytes in UTF-8, or text). */
  write(chunk: Uint8Array | string): void {
    this.throwFailure();
    this.tokenizer.write(chunk);
    this.throwFailure();
  }

  private throwFailure(ending = false): void {
    if (this.failure instanceof DomainError) throw this.failure;
    if (this.failure) throw notJson(this.source, ending ? "document incomplet : la fin du fichier manque" : syntaxDetail(this.failure));
  }

  /** Ends the file and returns what was kept. */
  end(): DecpReadResult {
    if (!this.tokenizer.isEnded) this.tokenizer.end();
    this.throwFailure(true);
    if (!this.parser || !this.shape)
      throw this.depth > 0 || this.pending.length === 0 ? notJson(this.source, "document incomplet") : notDecp(this.source);
    if (!this.parser.isEnded) throw notJson(this.source, "document incomplet : la fin du fichier manque");
    return { shape: this.shape, contracts: [...this.kept.values()], ...this.result };
  }

  private onToken(token: ParsedTokenInfo): void {
    if (this.parser) {
      this.parser.write(token);
      return;
    }
    this.pending.push(token);
    const decided = this.decide(token);
    if (decided) this.start(decided);
    else if (this.pending.length > MAX_PENDING_TOKENS || (this.depth === 0 && this.pending.length > 1)) {
      this.failure ??= notDecp(this.source);
    }
  }

  /** Watches the first tokens for `[` at the root, or the value of the root's `marches` key. */
  private decide(info: ParsedTokenInfo): DecpReadResult["shape"] | null {
    const { token, value } = info;
    if (this.pending.length === 1 && token === TokenType.LEFT_BRACKET) return "list";
    if (this.depth === 1 && this.lastKey === "marches" && !this.expectKey) {
      if (token === TokenType.LEFT_BRACKET) return "flat";
      if (token === TokenType.LEFT_BRACE) return "nested";
    }
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      this.depth += 1;
      this.expectKey = token === TokenType.LEFT_BRACE;
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      this.depth -= 1;
    } else if (this.depth === 1) {
      if (token === TokenType.STRING && this.expectKey) this.lastKey = String(value);
      if (token === TokenType.COLON) this.expectKey = false;
      if (token === TokenType.COMMA) this.expectKey = true;
    }
    return null;
  }

  private start(shape: DecpReadResult["shape"]): void {
    this.shape = shape;
    const paths =
      shape === "list" ? ["$.*"] : shape === "flat" ? ["$.marches.*"] : ["$.marches.marche.*", "$.marches.contrat-concession.*"];
    const parser = new TokenParser({ paths, keepStack: false });
    parser.onValue = ({ value, stack }) => {
      const list = shape === "nested" ? String(stack[2]?.key) : shape === "flat" ? "marches" : "liste";
      this.take(value, list);
    };
    parser.onError = (error) => void (this.failure ??= error);
    this.parser = parser;
    const pending = this.pending;
    this.pending = [];
    for (const token of pending) parser.write(token);
  }

  private take(raw: unknown, list: string): void {
    const index = this.counts.get(list) ?? 0;
    this.counts.set(list, index + 1);
    this.result.read += 1;
    if (!this.inScope(raw)) {
      this.result.skipped += 1;
      return;
    }
    const read = readRecord(raw, list, index);
    if ("rejected" in read) {
      this.result.rejectedCount += 1;
      if (this.result.rejected.length < MAX_REJECTED_SHOWN) this.result.rejected.push(read.rejected);
      return;
    }
    const contract = read.contract;
    const key = `${contract.kind}|${contract.buyer}|${contract.id}`;
    const seen = this.kept.get(key);
    if (seen) {
      this.result.duplicates += 1;
      if (contract.amendments.length <= seen.amendments.length) return;
    }
    this.kept.set(key, contract);
  }

  private inScope(raw: unknown): boolean {
    if (this.buyers.size === 0 && this.places.length === 0) return true;
    const { buyer, place } = rawScope(raw);
    if (buyer !== null && this.buyers.has(buyer)) return true;
    return place !== null && this.places.some((wanted) => place === wanted || place.startsWith(wanted));
  }
}

/** The parser's messages are English: keep only where it stopped. */
function syntaxDetail(error: Error): string {
  const position = /position "?(\d+)/.exec(error.message)?.[1];
  return position ? `caractère inattendu à la position ${position} du fichier` : "syntaxe JSON invalide";
}

/**
 * Reads a whole file held in memory (tests, small extracts); large files go through `DecpReader`.
 *
 * @example
 * readDecp(JSON.stringify(officialExample)).contracts.length // => 4
 */
export function readDecp(text: string | Uint8Array, filter: DecpFilter = {}, source?: string): DecpReadResult {
  const reader = new DecpReader(filter, source);
  reader.write(text);
  return reader.end();
}
