/**
 * The French messages of the procurement module, as small factories returning `DomainError`s (code,
 * reason, where): the only place this module's messages are written.
 */
import { DomainError } from "../errors";

/**
 * The file is not JSON, or breaks off (the streaming parser's own message is kept after ours).
 *
 * @example
 * notJson("fichier.json", "Unexpected \"}\" at position 12").message // => "Fichier.json n'est pas un JSON lisible : …"
 */
export function notJson(source: string, detail: string): DomainError {
  return new DomainError("procurement.file.json", `${source} n'est pas un JSON lisible (${detail}) : vérifiez qu'il est complet`);
}

/**
 * The file is JSON but holds no DECP records in either format 2.0 shape.
 *
 * @example
 * notDecp("fichier.json").code // => "procurement.file.shape"
 */
export function notDecp(source: string): DomainError {
  return new DomainError(
    "procurement.file.shape",
    `${source} ne ressemble pas à des données essentielles (DECP 2.0) : attendu {"marches": {"marche": [...], "contrat-concession": [...]}} ou {"marches": [...]}`,
  );
}

/**
 * A SIRET typed in a filter or a workbook cell is not 14 digits.
 *
 * @example
 * badSiret("123", "--buyers").message // => "--buyers : « 123 » n'est pas un SIRET (14 chiffres attendus)"
 */
export function badSiret(text: string, field: string): DomainError {
  return new DomainError("procurement.siret.invalid", `« ${text} » n'est pas un SIRET (14 chiffres attendus)`, { field });
}

/**
 * No buyer or place to filter on: the national file would be read whole.
 *
 * @example
 * noFilter().code // => "procurement.filter.empty"
 */
export function noFilter(): DomainError {
  return new DomainError(
    "procurement.filter.empty",
    "indiquez les acheteurs suivis (SIRET) ou un lieu d'exécution : le fichier national compte des centaines de milliers de marchés",
    { field: "buyers" },
  );
}

/**
 * A CPV → trade preset names a trade the sizing section does not have.
 *
 * @example
 * unknownPresetTrade("9091", "menage").code // => "procurement.cpvTrade.unknown"
 */
export function unknownPresetTrade(cpv: string, trade: string): DomainError {
  return new DomainError(
    "procurement.cpvTrade.unknown",
    `la correspondance CPV « ${cpv} » désigne le métier « ${trade} », absent des métiers du dimensionnement : corrigez le paquet de règles`,
    { field: `procurement.cpvTrades[${cpv}]` },
  );
}

/**
 * A buyer of the workbook's Acheteurs table has no SIRET, so DECP records cannot be matched to it.
 *
 * @example
 * buyerWithoutSiret("VILLE", 3).message // => "Acheteurs, ligne 3, colonne « SIRET » : …"
 */
export function buyerWithoutSiret(code: string, row: number): DomainError {
  return new DomainError(
    "procurement.buyer.siret",
    `l'acheteur « ${code} » n'a pas de SIRET : renseignez-le pour retrouver ses marchés dans les DECP`,
    { table: "Acheteurs", row, column: "SIRET" },
  );
}

/**
 * A buyer SIRET asked for is not in the workbook's Acheteurs table.
 *
 * @example
 * buyerNotInWorkbook("21750001600019").code // => "procurement.buyer.unknown"
 */
export function buyerNotInWorkbook(siret: string): DomainError {
  return new DomainError(
    "procurement.buyer.unknown",
    `aucun acheteur du tableau Acheteurs n'a le SIRET « ${siret} » : ajoutez-le (avec son code) avant d'importer ses marchés`,
    { field: "buyers" },
  );
}

/**
 * The Acheteurs table has no SIRET column (a workbook not yet updated).
 *
 * @example
 * noSiretColumn().code // => "procurement.buyer.column"
 */
export function noSiretColumn(): DomainError {
  return new DomainError(
    "procurement.buyer.column",
    "le tableau Acheteurs n'a pas de colonne « SIRET » : mettez le classeur à jour (volet « Importer ») puis renseignez les SIRET",
    { table: "Acheteurs", column: "SIRET" },
  );
}

/**
 * A cell of the Programmation table that screening needs is empty.
 *
 * @example
 * missingPlanCell(4, "Montant estimé HT").message // => "Programmation, ligne 4, colonne « Montant estimé HT » : …"
 */
export function missingPlanCell(row: number, column: string): DomainError {
  return new DomainError("procurement.plan.missing", "à renseigner pour examiner cet achat", { table: "Programmation", row, column });
}

/**
 * No buyer of the workbook has a SIRET, and none was given: there is nothing to look for.
 *
 * @example
 * noBuyerSiret().code // => "procurement.buyer.none"
 */
export function noBuyerSiret(): DomainError {
  return new DomainError(
    "procurement.buyer.none",
    "aucun acheteur du tableau Acheteurs n'a de SIRET : renseignez la colonne « SIRET » (ou indiquez --buyers SIRET,…)",
    { table: "Acheteurs", column: "SIRET" },
  );
}
