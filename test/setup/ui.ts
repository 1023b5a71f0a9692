import "@testing-library/jest-dom";

// jsdom has no layout engine, hence no ResizeObserver; Fluent's Table asks for one. Nothing to
// observe without layout, so a no-op is faithful here.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

// jsdom has no TextEncoder either; browsers and Office's webviews do (digests of the inputs use it).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
