/**
 * One DECP 2.0 record (a `marche` or a `contrat-concession`), checked against the rules of the
 * regulatory schema that the add-in relies on, and turned into a `DecpContract`. The other fields
 * (prices, sub-contracting, environmental considerations…) are not checked: a record is not
 * rejected for a field the facilitator never uses.
 *
 * Tolerated on purpose (seen in the consolidated files): holders written without their
 * `titulaire`/`concessionnaire` wrapper, and extra fields such as `_type` or `source`.
 */
import { z } from "zod";
import { isoDateSchema } from "../validation/schemas";
import { frenchIssueMessage } from "../validation/french-issues";
import { formatPath } from "../validation/parse";

export const MARKET_SOCIAL = ["Clause sociale", "Critère social", "Marché réservé", "Pas de considération sociale"] as const;
export const CONCESSION_SOCIAL = ["Clause sociale", "Critère social", "Concession réservée", "Pas de considération sociale"] as const;
export const NO_SOCIAL = "Pas de considération sociale";

const IDENTIFIER_TYPES = ["SIRET", "TVA", "TAHITI", "RIDET", "FRWF", "IREP", "HORS-UE"] as const;

export interface DecpHolder {
  id: string;
  type: (typeof IDENTIFIER_TYPES)[number];
}

/** An amendment (`modification`): what it changes, when it was notified or signed. */
export interface DecpAmendment {
  id: number;
  date: string;
  duration?: number;
  amount?: number;
  holders?: DecpHolder[];
}

export interface DecpContract {
  kind: "marche" | "concession";
  id: string;
  /** The buyer's SIRET (`acheteur.id`, `autoriteConcedante.id`). */
  buyer: string;
  nature: string;
  object: string;
  /** The 8 digits of the CPV code (check digit removed); null for a concession (no CPV in the format). */
  cpv: string | null;
  procedure: string | null;
  /** Initial amount (`montant`, `valeurGlobale`), € excl. VAT. */
  amount: number;
  /** Initial duration, months. */
  duration: number;
  /** Notification (market) or signature (concession) date, ISO. */
  notified: string;
  /** Start of execution: notification for a market, `dateDebutExecution` for a concession. */
  start: string;
  place: { code: string; typeCode: string } | null;
  holders: DecpHolder[];
  social: string[];
  techniques: string[];
  amendments: DecpAmendment[];
}

/** A record that breaks a rule, with every reason in French. */
export interface RejectedRecord {
  /** Position of the record in its list (0-based), and the list (`marche`, `contrat-concession`, `marches`). */
  index: number;
  list: string;
  id: string | null;
  reasons: string[];
}

const positive = z.number().min(1);
const months = z.number().int().min(1);
const siret = z.string().regex(/^\d{14}$/, { message: "doit être un SIRET de 14 chiffres" });

const anyHolder = z.object({ typeIdentifiant: z.enum(IDENTIFIER_TYPES), id: z.string().min(1) });

/** The holders of the contract become companies of the workbook: a SIRET must have its 14 digits. */
const holderSchema = anyHolder.refine((holder) => holder.typeIdentifiant !== "SIRET" || /^\d{14}$/.test(holder.id), {
  message: "un titulaire identifié par SIRET doit avoir 14 chiffres",
  path: ["id"],
});

/** `{"titulaire": {...}}` as the schema writes it, or the holder itself. */
const wrapped = (key: string, holder: z.ZodType<z.output<typeof anyHolder>> = holderSchema) =>
  z.preprocess((entry) => (entry && typeof entry === "object" && key in entry ? (entry as Record<string, unknown>)[key] : entry), holder);

const socialList = (values: readonly [string, ...string[]]) =>
  z.object({
    considerationSociale: z
      .array(z.enum(values))
      .min(1)
      .refine((list) => !(list.includes(NO_SOCIAL) && list.length > 1), {
        message: "« Pas de considération sociale » ne peut pas accompagner d'autres considérations",
      }),
  });

const placeSchema = z.object({ code: z.string().min(1), typeCode: z.string().min(1) });

const marketAmendment = z.object({
  modification: z.object({
    id: z.number().int().min(1),
    dateNotificationModification: isoDateSchema,
    dureeMois: months.optional(),
    montant: positive.optional(),
    // Holders after an amendment are shown, not imported: their identifiers are not checked (the
    // official example carries a 15-digit « SIRET » there).
    titulaires: z.array(wrapped("titulaire", anyHolder)).optional(),
  }),
});

const marketSchema = z.object({
  id: z.string().min(1).max(16),
  acheteur: z.object({ id: siret }),
  nature: z.enum(["Marché", "Marché de partenariat", "Marché de défense ou de sécurité"]),
  objet: z.string().min(1).max(1000),
  codeCPV: z.string().regex(/^\d{8}(-\d)?$/, { message: "doit être un code CPV de 8 chiffres (clé de contrôle facultative : 45000000-7)" }),
  procedure: z.string().optional(),
  techniques: z.object({ technique: z.array(z.string()) }).optional(),
  lieuExecution: placeSchema,
  dureeMois: months,
  dateNotification: isoDateSchema,
  montant: positive,
  titulaires: z.array(wrapped("titulaire")).min(1),
  considerationsSociales: socialList(MARKET_SOCIAL),
  modifications: z.array(marketAmendment).optional(),
});

const concessionAmendment = z.object({
  modification: z.object({
    id: z.number().int().min(1),
    dateSignatureModification: isoDateSchema,
    dureeMois: months.optional(),
    valeurGlobale: positive.optional(),
  }),
});

const concessionSchema = z.object({
  id: z.string().min(1).max(16),
  autoriteConcedante: z.object({ id: siret }),
  nature: z.enum(["Concession de travaux", "Concession de service", "Concession de service public", "Délégation de service public"]),
  objet: z.string().min(1).max(1000),
  procedure: z.string().optional(),
  dureeMois: months,
  dateSignature: isoDateSchema,
  dateDebutExecution: isoDateSchema,
  valeurGlobale: positive,
  concessionnaires: z.array(wrapped("concessionnaire")).min(1),
  considerationsSociales: socialList(CONCESSION_SOCIAL),
  modifications: z.array(concessionAmendment).optional(),
});

/**
 * Whether a raw record is a concession: by the list it came from, else by its buyer field.
 *
 * @example
 * isConcession({ autoriteConcedante: { id: "…" } }, "marches") // => true
 */
export function isConcession(raw: unknown, list: string): boolean {
  if (list === "contrat-concession") return true;
  if (list === "marche") return false;
  return typeof raw === "object" && raw !== null && "autoriteConcedante" in raw;
}

/**
 * The buyer SIRET and place of a raw record, read without validating it (to filter first).
 *
 * @example
 * rawScope({ acheteur: { id: "21750001600019" }, lieuExecution: { code: "75001" } }) // => { buyer: "21750001600019", place: "75001" }
 */
export function rawScope(raw: unknown): { buyer: string | null; place: string | null } {
  const record = (raw ?? {}) as Record<string, { id?: unknown; code?: unknown } | undefined>;
  const buyer = record.acheteur?.id ?? record.autoriteConcedante?.id;
  const place = record.lieuExecution?.code;
  return { buyer: typeof buyer === "string" ? buyer : null, place: typeof place === "string" ? place : null };
}

/**
 * Checks and normalises one record.
 *
 * @example
 * readRecord(officialExample.marches.marche[0], "marche", 0)
 * // => { contract: { kind: "marche", id: "TEST2022", buyer: "21750001630066", cpv: "45000000", amount: 575000, … } }
 * readRecord({ id: "X" }, "marche", 3) // => { rejected: { index: 3, list: "marche", id: "X", reasons: ["acheteur : …", …] } }
 */
export function readRecord(raw: unknown, list: string, index: number): { contract: DecpContract } | { rejected: RejectedRecord } {
  const concession = isConcession(raw, list);
  const parsed = (concession ? concessionSchema : marketSchema).safeParse(raw, { error: frenchIssueMessage, reportInput: true });
  if (!parsed.success) {
    const id = typeof (raw as { id?: unknown } | null)?.id === "string" ? ((raw as { id: string }).id as string) : null;
    const reasons = parsed.error.issues.map((issue) => {
      const path = formatPath(issue.path);
      return path ? `${path} : ${issue.message}` : issue.message;
    });
    return { rejected: { index, list, id, reasons } };
  }
  return {
    contract: concession
      ? fromConcession(parsed.data as z.output<typeof concessionSchema>)
      : fromMarket(parsed.data as z.output<typeof marketSchema>),
  };
}

function holdersOf(list: readonly { typeIdentifiant: DecpHolder["type"]; id: string }[]): DecpHolder[] {
  return list.map((holder) => ({ id: holder.id, type: holder.typeIdentifiant }));
}

function fromMarket(record: z.output<typeof marketSchema>): DecpContract {
  return {
    kind: "marche",
    id: record.id,
    buyer: record.acheteur.id,
    nature: record.nature,
    object: record.objet,
    cpv: record.codeCPV.slice(0, 8),
    procedure: record.procedure ?? null,
    amount: record.montant,
    duration: record.dureeMois,
    notified: record.dateNotification,
    start: record.dateNotification,
    place: record.lieuExecution,
    holders: holdersOf(record.titulaires),
    social: record.considerationsSociales.considerationSociale,
    techniques: record.techniques?.technique ?? [],
    amendments: (record.modifications ?? [])
      .map(({ modification }) => ({
        id: modification.id,
        date: modification.dateNotificationModification,
        ...(modification.dureeMois !== undefined ? { duration: modification.dureeMois } : {}),
        ...(modification.montant !== undefined ? { amount: modification.montant } : {}),
        ...(modification.titulaires ? { holders: holdersOf(modification.titulaires) } : {}),
      }))
      .sort((a, b) => a.id - b.id),
  };
}

function fromConcession(record: z.output<typeof concessionSchema>): DecpContract {
  return {
    kind: "concession",
    id: record.id,
    buyer: record.autoriteConcedante.id,
    nature: record.nature,
    object: record.objet,
    cpv: null,
    procedure: record.procedure ?? null,
    amount: record.valeurGlobale,
    duration: record.dureeMois,
    notified: record.dateSignature,
    start: record.dateDebutExecution,
    place: null,
    holders: holdersOf(record.concessionnaires),
    social: record.considerationsSociales.considerationSociale,
    techniques: [],
    amendments: (record.modifications ?? [])
      .map(({ modification }) => ({
        id: modification.id,
        date: modification.dateSignatureModification,
        ...(modification.dureeMois !== undefined ? { duration: modification.dureeMois } : {}),
        ...(modification.valeurGlobale !== undefined ? { amount: modification.valeurGlobale } : {}),
      }))
      .sort((a, b) => a.id - b.id),
  };
}
