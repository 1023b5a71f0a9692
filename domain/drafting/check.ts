/**
 * Is a social or employment condition mandatory in this contract? (loi Climat et Résilience
 * n° 2021-1104, art. 35: consultations launched from 22 August 2026, estimated value at or above
 * the EU threshold, defence and security contracts out of scope, concessions in scope.)
 *
 * Decision order: defence → launch before the entry into force → value below the threshold →
 * mandatory, unless the buyer records an exemption the pack lists for that kind of contract.
 * « Atteint » counts: a value exactly at the threshold is in scope.
 */
import { dayFromIso, isoFromDay, type Day } from "../dates";
import { exemptionUnknown } from "./errors";
import { formatNumberFr, frenchDate } from "../text";
import type { CheckInput } from "./input";
import type { DraftingRules, Exemption, ThresholdCategory } from "./rules";
import { euThreshold, hasThresholdOn, thresholdCategory, type ThresholdFacts } from "./thresholds";

export interface SocialConditionCheck {
  required: boolean;
  /** The EU threshold applied (€ excl. VAT), or null for a launch date the pack has no threshold for (before the obligation). */
  threshold: number | null;
  thresholdPeriod: string | null;
  /** The reason, in one French sentence. */
  reason: string;
  /** `supplies-services-other`, `works-concessions`… */
  thresholdCategory: string;
  /** The article that carries the obligation (or the optional condition, for a market), as the pack numbers it. */
  legalBasis: string | null;
  /** The recorded exemption, when the buyer invoked one that applies. */
  exemption?: { code: string; label: string; reason: string; confirmed: boolean };
  /** False when a rule used is marked « à confirmer » in the pack (the article named in `legalBasis` included). */
  confirmed: boolean;
  /** The rules used that the pack marks « à confirmer », in French. */
  unconfirmed: string[];
  rulePack: string;
  options: {
    launchDate: string;
    inForceFrom: string;
    defence: boolean;
    concession: boolean;
    value: number;
    lots?: { id?: string; label?: string; value: number }[];
  };
}

/** A day as JJ/MM/AAAA (the text module's `frenchDate`, on a `Day`). */
function dayInFrench(day: Day): string {
  return frenchDate(isoFromDay(day));
}

// Cents are shown when there are any: 215 999,99 € must not read « 216 000 € » next to a 216 000 € threshold.
const euros = (value: number) => `${formatNumberFr(value, 2)} € HT`;

/**
 * Checks one contract.
 *
 * @example
 * checkSocialCondition({ value: 250000, buyerType: "collectivite", kind: "services", launchDate: "2026-09-15", defence: false, concession: false }, rules, "national@2026.11.1")
 * // => { required: true, threshold: 216000, thresholdPeriod: "2026-2027",
 * //      reason: "Condition sociale obligatoire : valeur estimée de 250 000 € HT, qui atteint le seuil européen de 216 000 € HT (…, 2026-2027), pour une consultation lancée le 15/09/2026 (obligation en vigueur depuis le 22/08/2026 ; art. 35 de la loi n° 2021-1104).", … }
 */
export function checkSocialCondition(input: CheckInput, rules: DraftingRules, rulePack: string): SocialConditionCheck {
  const { required, threshold, thresholdPeriod, reason, confirmed: _decided, ...rest } = decide(input, rules, rulePack);
  // An exemption is only meaningful where the obligation applies: say so rather than drop it silently.
  const said = input.exemption && !rest.exemption ? `${reason.slice(0, -1)} ; la dérogation indiquée est donc sans objet.` : reason;
  const unconfirmed = unconfirmedCheckRules(rules, { ...rest, threshold });
  // The four fields of the documented contract first, then the details.
  return { required, threshold, thresholdPeriod, reason: withLots(said, input), ...rest, confirmed: unconfirmed.length === 0, unconfirmed };
}

/**
 * Says that the value checked is the sum of the lots given: the EU threshold applies to the
 * estimated value of all lots together (never lot by lot).
 */
function withLots(reason: string, input: CheckInput): string {
  if (!input.lots) return reason;
  const parts = input.lots.map((lot, index) => `${lot.id ?? lot.label ?? `lot ${index + 1}`} : ${euros(lot.value)}`).join(" ; ");
  const note = `somme des ${input.lots.length} lot${input.lots.length > 1 ? "s" : ""} (${parts}), le seuil s'appliquant à la valeur de tous les lots ensemble`;
  const printed = euros(input.value);
  return reason.includes(printed)
    ? reason.replace(printed, `${printed}, ${note},`)
    : `${reason.slice(0, -1)} ; valeur estimée : ${printed}, ${note}.`;
}

/**
 * The rules a check used that the pack marks « à confirmer »: the obligation (entry into force,
 * scope), the threshold applied, the article named in `legalBasis` when the pack lists it as a
 * legal basis (L2112-2-1 is not verified, domain reference § 6.2) and the exemption invoked.
 */
function unconfirmedCheckRules(
  rules: DraftingRules,
  result: Omit<SocialConditionCheck, "required" | "thresholdPeriod" | "reason" | "confirmed" | "unconfirmed">,
): string[] {
  const out: string[] = [];
  const law = rules.mandatoryCondition;
  if (!law.confirmed) out.push(`obligation de l'article 35 de la loi n° 2021-1104 : ${law.note ?? law.source}`);
  if (result.threshold !== null) {
    const entry = euThreshold(rules, result.thresholdCategory as ThresholdCategory, dayFromIso(result.options.launchDate));
    if (!entry.confirmed) out.push(`seuil européen de ${euros(entry.value)} (${entry.label}, ${entry.period}) : ${entry.source}`);
  }
  const basis = rules.legalBases.find((candidate) => candidate.article === result.legalBasis);
  if (basis && !basis.confirmed) out.push(`article ${basis.article} (${basis.label}) : ${basis.note ?? basis.source}`);
  if (result.exemption && !result.exemption.confirmed) out.push(`dérogation « ${result.exemption.label} » : liste exacte à confirmer`);
  return out;
}

/**
 * A private client, or a contract declared a private order: outside the public procurement code.
 *
 * @example
 * isPrivateOrder({ buyerType: "prive" }) // => true
 * isPrivateOrder({ buyerType: "collectivite", nature: "commande-privee" }) // => true
 */
export function isPrivateOrder(input: Pick<CheckInput, "buyerType" | "nature">): boolean {
  return input.buyerType === "prive" || input.nature === "commande-privee";
}

function decide(input: CheckInput, rules: DraftingRules, rulePack: string): Omit<SocialConditionCheck, "unconfirmed"> {
  const launch = dayFromIso(input.launchDate, "launchDate");
  if (isPrivateOrder(input)) return privateOrder(input, rules, rulePack, launch);
  const law = rules.mandatoryCondition;
  const inForceFrom = dayFromIso(law.inForceFrom);
  const category = thresholdCategory(input);
  const article = input.concession ? law.concessionArticle : law.marketArticle;
  // Below the threshold or before the obligation, a market's social condition stays optional under
  // L2112-2; the pack has no optional article for concessions, so none is named.
  const optional = input.concession ? null : "L2112-2";
  const exemption = input.exemption ? findExemption(rules, input) : undefined;
  const base = {
    thresholdCategory: category,
    rulePack,
    options: {
      launchDate: isoFromDay(launch),
      inForceFrom: law.inForceFrom,
      defence: input.defence,
      concession: input.concession,
      value: input.value,
      ...(input.lots ? { lots: input.lots } : {}),
    },
  };
  const before = launch < inForceFrom;
  if ((before || (input.defence && law.defenceExcluded)) && !hasThresholdOn(rules, category, launch)) {
    const why = input.defence ? defenceSentence(input.concession) : beforeSentence(launch, inForceFrom, null, input.value, optional);
    return {
      ...base,
      required: false,
      threshold: null,
      thresholdPeriod: null,
      reason: why,
      legalBasis: input.defence ? "L2312-1-1" : optional,
      confirmed: law.confirmed,
    };
  }
  const threshold = euThreshold(rules, category, launch);
  const facts = { ...base, threshold: threshold.value, thresholdPeriod: threshold.period };
  const confirmed = law.confirmed && threshold.confirmed;
  if (input.defence && law.defenceExcluded) {
    return { ...facts, required: false, reason: defenceSentence(input.concession), legalBasis: "L2312-1-1", confirmed };
  }
  if (before) {
    return {
      ...facts,
      required: false,
      reason: beforeSentence(launch, inForceFrom, threshold, input.value, optional),
      legalBasis: optional,
      confirmed,
    };
  }
  if (input.value < threshold.value) {
    return { ...facts, required: false, reason: belowSentence(input.value, threshold, optional), legalBasis: optional, confirmed };
  }
  const mandatory = requiredSentence(input.value, threshold, launch, inForceFrom, article, input.concession);
  if (exemption && input.exemption) {
    const recorded = { code: exemption.code, label: exemption.label, reason: input.exemption.reason, confirmed: exemption.confirmed };
    const reason = `${mandatory.slice(0, -1)}, mais l'acheteur invoque la dérogation « ${exemption.label} », motivée ainsi : « ${input.exemption.reason} » (motif à consigner dans le dossier de consultation).`;
    return { ...facts, required: false, reason, legalBasis: article, exemption: recorded, confirmed: confirmed && exemption.confirmed };
  }
  return { ...facts, required: true, reason: mandatory, legalBasis: article, confirmed };
}

function privateOrder(input: CheckInput, rules: DraftingRules, rulePack: string, launch: Day): Omit<SocialConditionCheck, "unconfirmed"> {
  return {
    required: false,
    threshold: null,
    thresholdPeriod: null,
    reason:
      "Commande privée : l'obligation de l'article 35 de la loi n° 2021-1104 (condition sociale dans les marchés publics et concessions qui atteignent les seuils européens) ne s'applique pas à un client privé ; une clause d'insertion peut y être prévue par le contrat lui-même (clause contractuelle), quel que soit le montant.",
    thresholdCategory: "sans-objet",
    legalBasis: null,
    confirmed: true,
    rulePack,
    options: {
      launchDate: isoFromDay(launch),
      inForceFrom: rules.mandatoryCondition.inForceFrom,
      defence: input.defence,
      concession: input.concession,
      value: input.value,
      ...(input.lots ? { lots: input.lots } : {}),
    },
  };
}

function findExemption(rules: DraftingRules, input: CheckInput): Exemption {
  const contract = input.concession ? "concession" : "market";
  const allowed = rules.mandatoryCondition.exemptions.filter((candidate) => candidate.contracts.includes(contract));
  const found = allowed.find((candidate) => candidate.code === input.exemption?.code);
  if (found) return found;
  const list = allowed.map((candidate) => `« ${candidate.code} » (${candidate.label})`).join(", ");
  throw exemptionUnknown(contract === "concession" ? "une concession" : "un marché", input.exemption?.code, list);
}

function defenceSentence(concession: boolean): string {
  const what = concession ? "Concession de défense ou de sécurité" : "Marché de défense ou de sécurité";
  return `${what} : hors du champ de l'obligation de l'article 35 de la loi n° 2021-1104 (fiche DAJ), la condition sociale reste possible mais pas obligatoire (L2312-1-1).`;
}

const cite = (article: string | null) => (article ? ` (${article})` : "");

function beforeSentence(launch: Day, inForceFrom: Day, threshold: ThresholdFacts | null, value: number, optional: string | null): string {
  const reach = threshold
    ? `, même si la valeur estimée (${euros(value)}) ${value >= threshold.value ? "atteint" : "n'atteint pas"} le seuil européen de ${euros(threshold.value)}`
    : "";
  return `Consultation lancée le ${dayInFrench(launch)}, avant l'entrée en vigueur de l'obligation le ${dayInFrench(inForceFrom)} : la condition sociale reste facultative${cite(optional)}${reach}.`;
}

function belowSentence(value: number, threshold: ThresholdFacts, optional: string | null): string {
  return `Valeur estimée de ${euros(value)}, sous le seuil européen de ${euros(threshold.value)} (${threshold.label}, ${threshold.period}) : la condition sociale n'est pas obligatoire, elle reste possible${cite(optional)}.`;
}

function requiredSentence(
  value: number,
  threshold: ThresholdFacts,
  launch: Day,
  inForceFrom: Day,
  article: string,
  concession: boolean,
): string {
  const contract = concession ? "concession" : "consultation";
  // For markets the sentence cites the law, whose article 35 is sourced; the code's article number
  // (L2112-2-1) is not verified yet and stays in `legalBasis` only. The concessions' article is sourced.
  const cited = concession ? article : "art. 35 de la loi n° 2021-1104";
  return `Condition sociale obligatoire : valeur estimée de ${euros(value)}, qui atteint le seuil européen de ${euros(threshold.value)} (${threshold.label}, ${threshold.period}), pour une ${contract} lancée le ${dayInFrench(launch)} (obligation en vigueur depuis le ${dayInFrench(inForceFrom)} ; ${cited}).`;
}
