/**
 * The Web Worker of the « Bilans » panel: decodes the tables and builds the base off the page's
 * thread (see `bilan-engine.ts`). Nothing leaves the browser.
 */
import { bilanOutcome } from "./bilan-engine";

self.onmessage = (event: MessageEvent<{ id: number; snapshots: never; pack: never; today: number }>) => {
  const { id, snapshots, pack, today } = event.data;
  let outcome;
  try {
    outcome = bilanOutcome(snapshots, pack, today);
  } catch {
    outcome = { ok: false, messages: ["Une erreur inattendue s'est produite pendant le calcul des bilans ; relisez le classeur."] };
  }
  self.postMessage({ id, outcome });
};
