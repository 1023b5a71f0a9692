/**
 * Which hours belong to which bilan. Credited hours belong to their contract, hence to its buyer,
 * its company and the territory. Hours set aside belong to the company (and the territory), and to
 * the contract — and its buyer — only when the line was assigned to that contract (a direct line
 * worked outside the contract's dates): pooled hours that found no contract are no buyer's.
 */
import type { ContractInfo, Leaf, ReportBase, Scope, ScopeKind, Share } from "./model";

/** The bilans a command or the pane lists: one per buyer, contract or company, or one per year of the territory. */
export type Grouping = "buyer" | "contract" | "company" | "year";
export const GROUPINGS: readonly Grouping[] = ["buyer", "contract", "company", "year"];

/** Key of the buyer bilan of contracts that name no buyer. */
export const NO_BUYER = "";

/** The territory, as a scope. */
export const TERRITORY: Scope = { kind: "territory", id: null, label: "Territoire" };

/**
 * The scopes of a grouping, in the order of the Marchés table (years are territory bilans).
 *
 * @example
 * scopesOf(base, "buyer") // => [{ kind: "buyer", id: "VILLE-VR", label: "Ville de Valrivière" }, …]
 */
export function scopesOf(base: ReportBase, grouping: Exclude<Grouping, "year">): Scope[] {
  const seen = new Set<string>();
  const scopes: Scope[] = [];
  for (const contract of base.contracts) {
    const id = grouping === "buyer" ? (contract.buyer ?? NO_BUYER) : grouping === "company" ? contract.company : contract.id;
    if (seen.has(id)) continue;
    seen.add(id);
    scopes.push(scopeFor(base, grouping, id));
  }
  if (grouping === "company") {
    // Companies with hours but no contract still have a bilan (all their hours are set aside).
    for (const line of base.lines) {
      if (seen.has(line.company)) continue;
      seen.add(line.company);
      scopes.push(scopeFor(base, "company", line.company));
    }
  }
  return scopes;
}

/**
 * A scope by kind and id, with its French label (names from Acheteurs and Entreprises when known).
 *
 * @example
 * scopeFor(base, "buyer", "VILLE-VR") // => { kind: "buyer", id: "VILLE-VR", label: "Ville de Valrivière" }
 */
export function scopeFor(base: ReportBase, kind: Exclude<ScopeKind, "territory">, id: string): Scope {
  if (kind === "buyer") return { kind, id, label: id === NO_BUYER ? "Acheteur non renseigné" : (base.names.buyers.get(id) ?? id) };
  if (kind === "company") return { kind, id, label: base.names.companies.get(id) ?? id };
  const contract = base.contractById.get(id);
  return { kind, id, label: contract?.label ? `${id} — ${contract.label}` : id };
}

/**
 * The contracts a scope reports on.
 *
 * @example
 * contractsOf(base, { kind: "buyer", id: "VILLE-VR", label: "…" }).map((contract) => contract.id) // => ["M1", "M4"]
 */
export function contractsOf(base: ReportBase, scope: Scope): ContractInfo[] {
  return base.contracts.filter((contract) => scopeIdOf(base, scope.kind, contract.id, contract.company) === (scope.id ?? TERRITORY_KEY));
}

const TERRITORY_KEY = "*";

/**
 * The id of the scope of kind `kind` that hours belong to, or null (pooled hours set aside belong to no contract or buyer).
 *
 * @example
 * scopeIdOf(base, "buyer", "M1", "BTP-RIVIERE") // => "VILLE-VR"
 */
export function scopeIdOf(base: ReportBase, kind: ScopeKind, contractId: string | null, company: string): string | null {
  if (kind === "territory") return TERRITORY_KEY;
  if (kind === "company") return company;
  if (contractId === null) return null;
  if (kind === "contract") return contractId;
  const contract = base.contractById.get(contractId);
  return contract ? (contract.buyer ?? NO_BUYER) : null;
}

/** The shares and leaves of one scope. */
export interface Bucket {
  shares: Share[];
  leaves: Leaf[];
}

/**
 * Sorts every share and leaf into the scopes of one kind, in one pass (a territory has millions of shares).
 *
 * @example
 * bucketsOf(base, "buyer").get("VILLE-VR") // => { shares: […], leaves: […] }
 */
export function bucketsOf(base: ReportBase, kind: ScopeKind): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  const bucket = (id: string) => {
    let found = buckets.get(id);
    if (!found) buckets.set(id, (found = { shares: [], leaves: [] }));
    return found;
  };
  for (const share of base.shares) {
    const line = base.lines[share.line];
    if (!line) continue;
    const id = scopeIdOf(base, kind, share.market ?? line.market ?? null, line.company);
    if (id !== null) bucket(id).shares.push(share);
  }
  for (const leaf of base.leaves) {
    const id = scopeIdOf(base, kind, leaf.market ?? leaf.lineMarket, leaf.company);
    if (id !== null) bucket(id).leaves.push(leaf);
  }
  return buckets;
}

/**
 * The bucket of a scope among buckets of its kind (empty when it has no hours).
 *
 * @example
 * bucketOf(bucketsOf(base, "territory"), TERRITORY) // => every share and leaf
 */
export function bucketOf(buckets: ReadonlyMap<string, Bucket>, scope: Scope): Bucket {
  return buckets.get(scope.id ?? TERRITORY_KEY) ?? { shares: [], leaves: [] };
}
