/**
 * Custom functions of the drafting capability: =CLAUSES.SOCIAL_CONDITION_REQUIRED and
 * =CLAUSES.EU_THRESHOLD (in French Excel: =CLAUSES.CONDITION_SOCIALE_OBLIGATOIRE and
 * =CLAUSES.SEUIL_EUROPEEN).
 *
 * Arguments are read as a facilitator types them: buyer types and kinds by code or French word
 * (« collectivité », « État », « travaux », « fournitures », « services », « concession »), dates
 * as Excel serials, ISO text or jj/mm/aaaa.
 */
import { NOT_NEGATIVE, isoFromDay, readBoolean, readChoice, readDateCell, sectionOf, todayDay, BUYER_TYPES } from "../../../domain";
import {
  checkSocialCondition,
  draftingSection,
  euThreshold,
  thresholdCategory,
  type BuyerType,
  type ContractKind,
} from "../../../domain/drafting";
import { activePack } from "../../plugin-kit/rules/active-pack";
import { isBlankCell, isOmitted, mapCells, numberArgument, toExcelError } from "../../plugin-kit/functions/excel-io";
import { argumentInvalid } from "./errors";

/** « concession » is accepted as a kind: the function has no separate concession argument. */
const KINDS = [
  { code: "works", label: "travaux" },
  { code: "supplies", label: "fournitures" },
  { code: "services", label: "services" },
  { code: "concession", label: "concession" },
  { code: "concession", label: "concessions" },
];

function read<T>(result: { ok: true; value: T } | { ok: false; reason: string }, what: string): T {
  if (!result.ok) throw argumentInvalid(what, result.reason);
  return result.value;
}

function contractOf(buyer: unknown, kind: unknown): { buyerType: BuyerType; kind: ContractKind; concession: boolean } {
  const buyerType = read(readChoice(buyer, BUYER_TYPES), "type d'acheteur") as BuyerType;
  const code = read(readChoice(kind, KINDS), "nature du marché");
  // A concession is checked against the works/concessions threshold whatever it buys.
  return code === "concession"
    ? { buyerType, kind: "works", concession: true }
    : { buyerType, kind: code as ContractKind, concession: false };
}

function dayOf(value: unknown, what: string): number {
  const read = readDateCell(value);
  if (!read.ok) throw argumentInvalid(what, read.reason);
  return read.day;
}

/**
 * Whether a social or employment condition is mandatory (loi Climat et Résilience, art. 35): estimated value at or above the EU threshold, consultation launched from 22 August 2026, not defence or security.
 * @customfunction SOCIAL_CONDITION_REQUIRED
 * @param value Estimated value excluding VAT, in euros (a value or a range).
 * @param buyer_type Buyer type: collectivite, etat or entite-adjudicatrice (a value or a range).
 * @param kind Contract kind: works, supplies, services or concession (a value or a range).
 * @param launch_date Date the consultation is launched (a date or ISO text; a value or a range).
 * @param [defence] TRUE for a defence or security contract.
 * @returns TRUE when the condition is mandatory, FALSE otherwise.
 */
export function socialConditionRequired(
  value: any[][],
  buyer_type: any[][],
  kind: any[][],
  launch_date: any[][],
  defence?: any[][],
): any[][] {
  const rules = sectionOf(activePack(), draftingSection);
  return mapCells(
    [value, buyer_type, kind, launch_date, defence ?? null],
    ([amount, buyer, what, launch, isDefence]) => {
      if (isBlankCell(amount)) return "";
      // A number stored as text is refused, as by every function (docs/workbook.md).
      const estimated = numberArgument(amount, "valeur estimée");
      try {
        if (estimated < 0) throw argumentInvalid("valeur estimée", NOT_NEGATIVE);
        const contract = contractOf(buyer, what);
        const defenceFlag = isOmitted(isDefence) ? false : read(readBoolean(isDefence), "défense");
        const launchDate = isoFromDay(dayOf(launch, "date de lancement"));
        return checkSocialCondition({ value: estimated, launchDate, defence: defenceFlag, ...contract }, rules, "").required;
      } catch (error) {
        throw toExcelError(error, (message) => message.replace(/^launchDate :/, "date de lancement :"));
      }
    },
    ["valeur estimée", "type d'acheteur", "nature du marché", "date de lancement", "défense"],
  );
}

/**
 * The EU procurement threshold (euros excl. VAT) for a buyer type and contract kind, in force on a date.
 * @customfunction EU_THRESHOLD
 * @param buyer_type Buyer type: collectivite, etat or entite-adjudicatrice (a value or a range).
 * @param kind Contract kind: works, supplies, services or concession (a value or a range).
 * @param [date] Date (launch of the consultation); today when omitted.
 * @returns The threshold in euros excluding VAT.
 */
export function euThresholdFunction(buyer_type: any[][], kind: any[][], date?: any[][]): any[][] {
  const rules = sectionOf(activePack(), draftingSection);
  return mapCells(
    [buyer_type, kind, date ?? null],
    ([buyer, what, when]) => {
      if (isBlankCell(buyer) && isBlankCell(what)) return "";
      try {
        const day = isOmitted(when) ? todayDay() : dayOf(when, "date");
        return euThreshold(rules, thresholdCategory(contractOf(buyer, what)), day, "date").value;
      } catch (error) {
        throw toExcelError(error);
      }
    },
    ["type d'acheteur", "nature du marché", "date"],
  );
}
