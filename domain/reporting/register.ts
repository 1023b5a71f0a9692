/**
 * The register of releases: every export to someone outside the guichet (recipient, scope, period,
 * reference date, cells hidden, digest of the figures), so that the next release is protected
 * together with the earlier ones (`releaseProtection`). It holds no person: cell keys name months,
 * contracts and categories, and the digest is of the published figures.
 */
import { z } from "zod";
import { digestOf } from "../provenance";
import { registerInvalid } from "./errors";
import type { EarlierRelease, HiddenMask, ReportView } from "./view";
import { EVERY_CELL, EVERY_OUTCOME, isOutcomeKey } from "./withheld";

const period = z.object({ from: z.string().regex(/^\d{4}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}$/) }).nullable();

const releaseSchema = z.object({
  recipient: z.string().min(1),
  audience: z.enum(["buyer", "company"]),
  scopes: z.array(z.string()),
  period,
  reference: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  // `{"*": "withheld"}`: a withheld release (every count of its period, no bound); `*` means nothing else.
  hidden: z
    .record(z.string(), z.enum(["small", "complementary", "withheld"]))
    .refine((hidden) => hidden[EVERY_CELL] === undefined || hidden[EVERY_CELL] === "withheld", {
      message: `« ${EVERY_CELL} » ne peut valoir que « withheld » (diffusion sans effectifs)`,
    })
    // `{"*|outcomes": "withheld"}`: every outcome count of its period left out (the others as listed).
    .refine((hidden) => hidden[EVERY_OUTCOME] === undefined || hidden[EVERY_OUTCOME] === "withheld", {
      message: `« ${EVERY_OUTCOME} » ne peut valoir que « withheld » (sorties non diffusées)`,
    }),
  digest: z.string().startsWith("sha256:"),
});

export type ReleaseRecord = z.output<typeof releaseSchema>;

const registerSchema = z.object({ releases: z.array(releaseSchema) });

/**
 * The releases of a register file (`{"releases": [...]}`), or none for an empty file.
 *
 * @example
 * readRegister({ releases: [] }, "diffusions.json") // => []
 * @throws reporting.register.invalid
 */
export function readRegister(json: unknown, file: string): ReleaseRecord[] {
  const parsed = registerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw registerInvalid(file, issue?.path.join(".") || "releases", issue?.message ?? "format inattendu");
  }
  return parsed.data.releases;
}

/**
 * What an earlier release means for the protection of the next one.
 *
 * @example
 * earlierRelease(record) // => { period: { from: "2026-01", to: "2026-06" }, scopes: ["buyer:VILLE-VR", …], hidden: Map { … } }
 */
export function earlierRelease(record: ReleaseRecord): EarlierRelease {
  return { period: record.period, scopes: record.scopes, hidden: new Map(Object.entries(record.hidden) as [string, HiddenMask][]) };
}

/**
 * The register entry of a release: the view's scopes and period, the cells hidden in the whole
 * protected release, and the digest of the figures sent. A withheld release (`view.withheld`) is
 * recorded as `{"*": "withheld"}`: every count of its period, in every grouping, was withheld (listed
 * one by one they would not fit in a cell of « Diffusions » on a large territory). One protected
 * with its outcomes left out (`view.withheld.families`) is recorded as `{"*|outcomes": "withheld"}`
 * and its other hidden cells one by one.
 *
 * @example
 * releaseRecord(view, "buyers", scopes, masks) // => { recipient: "buyers", audience: "buyer", digest: "sha256:…", … }
 */
export function releaseRecord(
  view: ReportView,
  recipient: string,
  scopes: readonly string[],
  masks: ReadonlyMap<string, string>,
): ReleaseRecord {
  const hidden: Record<string, HiddenMask> = {};
  const outcomes = view.withheld?.families?.includes("outcomes") ?? false;
  if (view.withheld && !outcomes) hidden[EVERY_CELL] = "withheld";
  else {
    if (outcomes) hidden[EVERY_OUTCOME] = "withheld";
    // Cells withheld by an earlier release are that release's record (a wildcard, expanded when read).
    for (const [key, mask] of masks)
      if ((mask === "small" || mask === "complementary") && !(outcomes && isOutcomeKey(key))) hidden[key] = mask;
  }
  return {
    recipient,
    audience: view.audience === "company" ? "company" : "buyer",
    scopes: [...scopes],
    period: view.period ? { from: view.period.from, to: view.period.to } : null,
    reference: view.reference,
    hidden,
    digest: digestOf({ total: view.total, bilans: view.bilans }),
  };
}
