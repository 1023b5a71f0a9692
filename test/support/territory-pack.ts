/**
 * A territory pack file as a PLIE publishes it (the shape `applyTerritoryPack` accepts), so the tests
 * of each capability state only the sections they change and the meta they look at.
 *
 * @example
 * territoryPack({ eligibility: { countingWindow: { months: 24, source: "Charte", confirmed: true } } }, { version: "3" })
 * // → { meta: { id: "plie-sud", version: "3", kind: "territory", extends: "national", … }, sections: { eligibility: … } }
 */
export function territoryPack(sections: Record<string, unknown>, meta: { version?: string; label?: string } = {}) {
  return {
    meta: {
      id: "plie-sud",
      version: "1",
      label: "PLIE Sud",
      kind: "territory",
      extends: "national",
      publishedOn: "2026-10-01",
      source: "Comité de pilotage du 12/09/2026",
      ...meta,
    },
    sections,
  };
}
