/**
 * Drafting the clause: the facilitator's choices + the pack's templates → the CCAP article, the
 * mention for the rules of the consultation (RC) and, when chosen, the award-criterion text.
 *
 * Nothing is generated while a required field is empty or a free-text field reserves jobs to
 * residents of a territory: every problem is reported at once, by field, in French. So the text a
 * buyer receives has no placeholder left and nothing to delete.
 */
import { ValidationFailed, type DomainError } from "../errors";
import { basisUnknown, codeUnknown, criterionUnused, durationTooLong, missingValue } from "./errors";
import { formatNumberFr } from "../text";
import { criterionConfirmed, unconfirmedCriterionText, type EligibilityRules } from "../eligibility";
import type { ClauseInput } from "./input";
import { clausePublics, publicCriterionErrors } from "./publics";
import { findLocalPreference, localPreferenceErrors } from "./local-preference";
import type { ClauseTemplate, DraftingRules, LegalBasis } from "./rules";
import { clauseVariables, type ClauseValues } from "./values";
import { fillPlaceholders, placeholdersOf, type ClauseFlag, type Variable } from "./variables";

export type ClauseBlock = { kind: "paragraph"; text: string } | { kind: "bullets"; items: string[] };

export interface ClauseSection {
  code: string;
  /** Numbered title (« 9.3 Publics éligibles », or « 3. Publics éligibles » without an article number). */
  title: string;
  blocks: ClauseBlock[];
}

export interface ClausePart {
  document: ClauseTemplate["document"];
  title: string;
  sections: ClauseSection[];
}

export interface DraftedClause {
  /** `citation`: how the text cites the basis (what the .docx properties repeat). */
  basis: { code: string; article: string; label: string; citation: string; confirmed: boolean };
  contract: { reference?: string; label?: string };
  hours?: number;
  parts: ClausePart[];
  /** Rules used that the pack marks « à confirmer » (basis, templates, publics…), in French. */
  unconfirmed: string[];
  rulePack: string;
  options: Omit<ClauseInput, "contract" | "facilitator" | "scope" | "publicsNote" | "articleNumber">;
}

/**
 * Drafts the clause, or throws `ValidationFailed` listing every field to fix.
 *
 * @example
 * draftClause({ basis: "execution-condition", contract: { reference: "M1" }, hours: 600, scope: "travaux de l'école",
 *   facilitator: { name: "PLIE de Valrivière", email: "clauses@plie.example" }, publics: ["deld"], pooling: true,
 *   reporting: "monthly", penalties: true, penaltyPerHour: 50 }, rules, "national@2026.11.1", eligibilityRules)
 * // => { parts: [{ document: "ccap", title: "Clause sociale d'insertion", sections: [...] }, { document: "rc", … }], … }
 */
export function draftClause(input: ClauseInput, rules: DraftingRules, rulePack: string, eligibility: EligibilityRules): DraftedClause {
  const basis = primaryBasis(rules, input.basis);
  const errors = [
    ...codeErrors(input, rules),
    ...durationErrors(input, basis),
    ...publicCriterionErrors(rules, eligibility, input.publics),
  ];
  errors.push(...localPreferenceErrors(rules, findLocalPreference(rules, freeText(input))));
  const values = clauseVariables(input, rules, basis, eligibility);
  const flags = clauseFlags(input, rules, basis);
  const templates = rules.templates.filter((template) => applies(template, basis.code, flags));
  errors.push(...missingErrors(templates, values));
  if (input.awardCriterion && !templates.some((template) => template.when?.includes("criterion"))) {
    errors.push(criterionUnused(basis.label));
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
  const { contract, facilitator: _f, scope: _s, publicsNote: _p, articleNumber, ...options } = input;
  return {
    basis: { code: basis.code, article: basis.article, label: basis.label, citation: basis.citation, confirmed: basis.confirmed },
    contract: { ...(contract.reference ? { reference: contract.reference } : {}), ...(contract.label ? { label: contract.label } : {}) },
    ...(input.hours !== undefined ? { hours: input.hours } : {}),
    parts: buildParts(rules, templates, values, articleNumber),
    unconfirmed: unconfirmedRules(rules, basis, templates, input, eligibility),
    rulePack,
    options,
  };
}

/**
 * The pack's primary bases, for the wizard's choice.
 *
 * @example
 * primaryBases(rules).map((basis) => basis.code) // => ["execution-condition", "mandatory-condition", "reserved-ea-esat", …]
 */
export function primaryBases(rules: DraftingRules): LegalBasis[] {
  return rules.legalBases.filter((basis) => basis.use === "primary");
}

/**
 * Every variable the templates of a basis may use, whatever the options: what the wizard asks for.
 *
 * @example
 * variablesForBasis(rules, "reserved-siae").has("hours") // => false
 * variablesForBasis(rules, "execution-condition").has("scope") // => true
 */
export function variablesForBasis(rules: DraftingRules, basis: string): Set<Variable> {
  return new Set(rules.templates.filter((template) => template.bases.includes(basis)).flatMap(variablesOf));
}

function primaryBasis(rules: DraftingRules, code: string): LegalBasis {
  const found = primaryBases(rules).find((basis) => basis.code === code);
  if (found) return found;
  const known = primaryBases(rules)
    .map((basis) => `« ${basis.code} » (${basis.article})`)
    .join(", ");
  throw new ValidationFailed([basisUnknown(code, known)]);
}

function codeErrors(input: ClauseInput, rules: DraftingRules): DomainError[] {
  const check = (codes: readonly string[], known: readonly { code: string }[], field: string, what: string) =>
    codes.flatMap((code, index) =>
      known.some((entry) => entry.code === code)
        ? []
        : [codeUnknown(what, code, known.map((entry) => entry.code).join(", "), `${field}[${index}]`)],
    );
  return [...check(input.publics, rules.publics, "publics", "public"), ...check(input.modes ?? [], rules.modes, "modes", "moyen")];
}

function durationErrors(input: ClauseInput, basis: LegalBasis): DomainError[] {
  if (basis.maxYears === undefined || input.durationYears === undefined || input.durationYears <= basis.maxYears) return [];
  return [durationTooLong(basis.article, formatNumberFr(basis.maxYears), formatNumberFr(input.durationYears))];
}

/** The fields the facilitator types freely, where the « préférence locale » guard looks. */
function freeText(input: ClauseInput): Record<string, string | undefined> {
  return { scope: input.scope, publicsNote: input.publicsNote, "contract.label": input.contract.label };
}

function clauseFlags(input: ClauseInput, rules: DraftingRules, basis: LegalBasis): Set<ClauseFlag> {
  const flags = new Set<ClauseFlag>();
  if (input.pooling) flags.add("pooling");
  if (input.penalties) flags.add("penalties");
  if (input.awardCriterion) flags.add("criterion");
  if (input.modes && rules.modes.some((mode) => !input.modes?.includes(mode.code))) flags.add("modes-excluded");
  if (input.publicsNote) flags.add("priority-publics");
  if (basis.code === "mandatory-condition") flags.add("mandatory");
  return flags;
}

function applies(template: ClauseTemplate, basis: string, flags: ReadonlySet<ClauseFlag>): boolean {
  return (
    template.bases.includes(basis) &&
    (template.when ?? []).every((flag) => flags.has(flag)) &&
    !(template.unless ?? []).some((flag) => flags.has(flag))
  );
}

function variablesOf(template: ClauseTemplate): Variable[] {
  const names = [template.title, ...template.paragraphs].flatMap((paragraph) =>
    typeof paragraph === "string" ? (placeholdersOf(paragraph) as Variable[]) : [paragraph.list],
  );
  return [...new Set(names)];
}

function missingErrors(templates: readonly ClauseTemplate[], values: ClauseValues): DomainError[] {
  const missing = new Set(templates.flatMap(variablesOf).filter((name) => isEmpty(values, name)));
  return [...missing].map((name) => missingValue(name));
}

function isEmpty(values: ClauseValues, name: Variable): boolean {
  const value =
    name in values.lists ? values.lists[name as keyof ClauseValues["lists"]] : values.scalars[name as keyof ClauseValues["scalars"]];
  return Array.isArray(value) ? value.length === 0 : !value;
}

function buildParts(
  rules: DraftingRules,
  templates: readonly ClauseTemplate[],
  values: ClauseValues,
  articleNumber?: string,
): ClausePart[] {
  const documents = (["ccap", "rc", "criterion"] as const).filter((document) =>
    templates.some((template) => template.document === document),
  );
  return documents.map((document) => {
    const own = templates.filter((template) => template.document === document);
    const numbered = document === "ccap";
    const title = numbered && articleNumber ? `Article ${articleNumber} – ${rules.documents.ccap}` : rules.documents[document];
    const sections = own.map((template, index) => ({
      code: template.code,
      title: `${numbered ? (articleNumber ? `${articleNumber}.${index + 1} ` : `${index + 1}. `) : ""}${fillPlaceholders(template.title, values.scalars)}`,
      blocks: template.paragraphs.map((paragraph): ClauseBlock =>
        typeof paragraph === "string"
          ? { kind: "paragraph", text: fillPlaceholders(paragraph, values.scalars) }
          : { kind: "bullets", items: punctuateList(values.lists[paragraph.list]) },
      ),
    }));
    return { document, title, sections };
  });
}

/** List items end with « ; » and the last with « . », as in a legal text. */
function punctuateList(items: readonly string[]): string[] {
  return items.map((item, index) => `${item.replace(/[\s;.,]+$/u, "")}${index === items.length - 1 ? "." : " ;"}`);
}

function unconfirmedRules(
  rules: DraftingRules,
  basis: LegalBasis,
  templates: readonly ClauseTemplate[],
  input: ClauseInput,
  eligibility: EligibilityRules,
): string[] {
  const out: string[] = [];
  if (!basis.confirmed) out.push(`base juridique : ${basis.label} (${basis.note ?? basis.source})`);
  const criterion = rules.legalBases.find((candidate) => candidate.code === "award-criterion");
  if (input.awardCriterion && criterion && !criterion.confirmed)
    out.push(`critère d'attribution : ${criterion.article} (${criterion.note ?? criterion.source})`);
  const ownWording = templates.filter((template) => !template.confirmed);
  if (ownWording.length > 0) {
    const titles = [...new Set(ownWording.map((template) => `« ${template.title} »`))].join(", ");
    out.push(`rédaction type des sections ${titles} : à faire valider par le service juridique de l'acheteur`);
  }
  const publics = clausePublics(rules, eligibility);
  for (const code of input.publics) {
    const found = publics.find((candidate) => candidate.code === code);
    if (!found || found.confirmed) continue;
    const own = rules.publics.find((candidate) => candidate.code === code);
    const criteria = found.criteria.filter((criterion) => !criterionConfirmed(criterion, eligibility));
    const why = [
      ...(own && !own.confirmed ? [own.source] : []),
      ...criteria.map((criterion) => unconfirmedCriterionText(criterion, eligibility)),
    ];
    out.push(`public : ${found.label} (${why.join(" ; ")})`);
  }
  return out;
}
