/**
 * The digest of a ventilation request through the platform's SHA-256 (Web Crypto: native in Node
 * ≥ 20, in browsers and in their Web Workers): the same `sha256:` text as the core's
 * `requestDigest` (pure JavaScript), an order of magnitude faster, and hashed on another thread
 * while this one goes on (the CLI and the pane's worker ventilate meanwhile).
 */
import { canonicalRequestBytes, requestDigest, type DigestedRequest } from "../../../domain/ventilation";

/**
 * `requestDigest(request)`, natively where the platform has Web Crypto (else the core's own).
 *
 * @example
 * await nativeDigest({ markets: [], lines: [], windows: [] }) === requestDigest({ markets: [], lines: [], windows: [] }) // => true
 */
export function nativeDigest(request: DigestedRequest): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return Promise.resolve(requestDigest(request));
  // The bytes are written now, so the request is not held while the hash runs.
  return hexDigest(subtle, canonicalRequestBytes(request));
}

async function hexDigest(subtle: SubtleCrypto, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await subtle.digest("SHA-256", bytes));
  return `sha256:${Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
