/**
 * For tests: territories built so that subtraction works on a naive export. The fixed one is the
 * issue's: buyer B1 has contracts C1 (company X) and C2 (company Y); C1 has 6 women, C2 one, so
 * « B1's women − X's women » gives C2's woman back. The generated ones mix persons shared across
 * contracts, companies working for several buyers, buyers with several companies and one-person
 * contracts, over two half-years (so two overlapping periods differ by a few people).
 */

export interface PersonSpec {
  id: string;
  sex: "F" | "M";
  born: string;
  qpv: boolean;
  /** Contracts and the month worked on each (`yyyy-mm`). */
  work: { contract: string; month: string }[];
  type: string;
  exit?: { date: string; situation: string };
}

export interface ContractSpec {
  id: string;
  buyer: string;
  company: string;
}

const BORN = { young: "2003-03-01", mid: "1985-03-01", senior: "1968-03-01" };

/**
 * The territory JSON every command reads.
 *
 * @example
 * territoryJson(contracts, people).markets[0] // => { id: "C1", buyer: "B1", company: "X", … }
 */
export function territoryJson(contracts: readonly ContractSpec[], people: readonly PersonSpec[]) {
  const companyOf = new Map(contracts.map((contract) => [contract.id, contract.company]));
  return {
    markets: contracts.map((contract) => ({
      ...contract,
      start: "2026-01-01",
      end: "2026-12-31",
      obligation: 1000,
      pooled: false,
    })),
    // Every hour counts (eligibility is not what these territories are about).
    windows: [],
    lines: people.flatMap((person) =>
      person.work.map(({ contract, month }) => ({
        company: companyOf.get(contract) as string,
        market: contract,
        participant: person.id,
        start: `${month}-01`,
        end: `${month}-28`,
        hours: 35,
        mode: "embauche-directe",
        contractType: person.type,
      })),
    ),
    people: people.map((person) => ({
      id: person.id,
      sex: person.sex,
      birthDate: person.born,
      qpv: person.qpv,
      firstClauseEntry: `${person.work[0]?.month ?? "2026-01"}-01`,
      ...(person.exit ? { exit: person.exit } : {}),
    })),
  };
}

/**
 * The issue's territory: B1 = C1 (X) + C2 (Y); 6 women and 4 men on C1, 1 woman and 5 men on C2;
 * buyer B2 has C3 (Y) with 6 men; one woman of C2 arrives in the second half-year.
 *
 * @example
 * issueTerritory().markets.map((market) => market.id) // => ["C1", "C2", "C3"]
 */
export function issueTerritory() {
  const contracts: ContractSpec[] = [
    { id: "C1", buyer: "B1", company: "X" },
    { id: "C2", buyer: "B1", company: "Y" },
    { id: "C3", buyer: "B2", company: "Y" },
  ];
  const person = (id: string, sex: "F" | "M", contract: string, month: string, born = BORN.mid): PersonSpec => ({
    id,
    sex,
    born,
    qpv: sex === "F",
    work: [{ contract, month }],
    type: "CDD",
  });
  const people: PersonSpec[] = [
    ...[1, 2, 3, 4, 5, 6].map((n) => person(`C1-F${n}`, "F", "C1", "2026-03")),
    ...[1, 2, 3, 4].map((n) => person(`C1-M${n}`, "M", "C1", "2026-03", BORN.young)),
    person("C2-F1", "F", "C2", "2026-09", BORN.senior),
    ...[1, 2, 3, 4, 5].map((n) => person(`C2-M${n}`, "M", "C2", "2026-04")),
    ...[1, 2, 3, 4, 5, 6].map((n) => person(`C3-M${n}`, "M", "C3", "2026-05")),
  ];
  return territoryJson(contracts, people);
}

/** A small deterministic generator (mulberry32), so a failing territory can be rebuilt from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One generated person, drawn in a fixed order (exit, sex, age, QPV, contract type) so that a seed
 * rebuilds the same territory; exited about one time in three when `exits`.
 */
function drawnPerson(id: string, work: PersonSpec["work"], next: () => number, exits: boolean): PersonSpec {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const exited = next() < 0.3 && exits;
  const exit = exited ? { date: "2026-10-31", situation: pick(["CDI", "CDD-MOINS-6M", "FORMATION", "CHOMAGE"]) } : undefined;
  return {
    id,
    sex: next() < 0.35 ? "F" : "M",
    born: pick([BORN.young, BORN.mid, BORN.mid, BORN.senior]),
    qpv: next() < 0.4,
    work,
    type: pick(["CDD", "CDI", "interim", "apprentissage"]),
    ...(exit ? { exit } : {}),
  };
}

/**
 * A generated territory for subtraction: 3 buyers, 3 companies, 5 contracts (some company works for
 * two buyers, some buyer has two companies), about 30 people, some on two contracts, one contract
 * with a single person, people arriving in either half-year.
 *
 * @example
 * generatedTerritory(1).markets.length // => 5
 */
export function generatedTerritory(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const contracts: ContractSpec[] = [
    { id: "K1", buyer: "A", company: "X" },
    { id: "K2", buyer: "A", company: "Y" },
    { id: "K3", buyer: "B", company: "X" },
    { id: "K4", buyer: "B", company: "Z" },
    { id: "K5", buyer: "C", company: "Z" },
  ];
  const months = ["2026-02", "2026-05", "2026-08", "2026-11"];
  const people: PersonSpec[] = [];
  const size = 24 + Math.floor(next() * 10);
  for (let n = 0; n < size; n += 1) {
    const first = pick(contracts.slice(0, 4)).id;
    const work = [{ contract: first, month: pick(months) }];
    if (next() < 0.2) work.push({ contract: pick(contracts.slice(0, 4)).id, month: pick(months) });
    people.push(drawnPerson(`P${seed}-${n}`, work, next, true));
  }
  // A one-person contract.
  people.push({ id: `P${seed}-solo`, sex: "F", born: BORN.senior, qpv: true, work: [{ contract: "K5", month: "2026-09" }], type: "CDI" });
  return territoryJson(contracts, people);
}

/**
 * A larger generated territory for subtraction, of `count` contracts: about one buyer and one
 * company per 3 contracts, mixed so that a company works for several buyers and a buyer has
 * several companies; 2 to 9 people per contract, one in five also on a second contract (often of
 * another buyer or company), every tenth contract with a single person, people arriving in either
 * half-year, some exited (unless `exits: false`).
 *
 * @example
 * subtractionTerritory(3, 200).markets.length // => 200
 */
export function subtractionTerritory(seed: number, count: number, options: { exits?: boolean } = {}) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const buyers = Math.max(2, Math.ceil(count / 3));
  const companies = Math.max(2, Math.ceil(count / 3));
  const contracts: ContractSpec[] = Array.from({ length: count }, (_, index) => ({
    id: `K${index + 1}`,
    buyer: `A${(index % buyers) + 1}`,
    company: `E${((index * 7 + Math.floor(index / buyers)) % companies) + 1}`,
  }));
  const months = ["2026-02", "2026-05", "2026-08", "2026-11"];
  const people: PersonSpec[] = [];
  for (const [index, contract] of contracts.entries()) {
    const size = index % 10 === 9 ? 1 : 8 + Math.floor(next() * 18);
    for (let n = 0; n < size; n += 1) {
      const work = [{ contract: contract.id, month: pick(months) }];
      if (size > 1 && next() < 0.2) work.push({ contract: pick(contracts).id, month: pick(months) });
      people.push(drawnPerson(`S${seed}-${contract.id}-${n}`, work, next, options.exits !== false));
    }
  }
  return territoryJson(contracts, people);
}

/**
 * Company X holds contracts K1 to K4 of buyer B, five people each, nobody shared; on each contract
 * one person left for a CDD of less than 6 months. Each contract's « < 5 » transitions and the
 * company's can only be 1 each, whatever else is hidden: no witness exists for them, so the full
 * release cannot be protected (the ladder's second step: outcomes left out).
 *
 * @example
 * transitionsTerritory().contracts.length // => 4
 */
export function transitionsTerritory() {
  const man = (contract: string, n: number, exit: boolean): PersonSpec => ({
    id: `${contract}-${n}`,
    sex: "M",
    born: "1985-03-01",
    qpv: false,
    work: [{ contract, month: "2026-03" }],
    type: "CDD",
    ...(exit ? { exit: { date: "2026-10-31", situation: "CDD-MOINS-6M" } } : {}),
  });
  const contracts = ["K1", "K2", "K3", "K4"];
  return territoryJson(
    contracts.map((id) => ({ id, buyer: "B", company: "X" })),
    contracts.flatMap((contract) => [0, 1, 2, 3, 4].map((n) => man(contract, n, n === 0))),
  );
}
