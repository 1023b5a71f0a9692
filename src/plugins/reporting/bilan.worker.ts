/**
 * The Web Worker of the « Bilans » panel: decodes the tables, builds the base and keeps it here,
 * off the page's thread (see `bilan-engine.ts`); the page asks for what it shows (the view, the
 * figures of a bilan, a trace, an export), small answers instead of a copy of the whole base.
 * Nothing leaves the browser.
 */
import { nativeDigest } from "../../plugin-kit/digest/native-digest";
import { bilanState } from "./bilan-engine";

// The request hashed by the platform's SHA-256 (the same `sha256:` text as the core's, faster).
const state = bilanState({ digest: nativeDigest });
type Method = "build" | "views" | "figures" | "trace" | "exported" | "purgeList";

self.onmessage = async (event: MessageEvent<{ id: number; method: Method; args: unknown[] }>) => {
  const { id, method, args } = event.data;
  let answer: unknown;
  try {
    answer = await (state[method] as (...values: unknown[]) => unknown)(...args);
  } catch {
    answer = { ok: false, messages: ["Une erreur inattendue s'est produite pendant le calcul des bilans ; relisez le classeur."] };
  }
  self.postMessage({ id, answer });
};
