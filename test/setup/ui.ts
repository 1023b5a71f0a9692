import "@testing-library/jest-dom";

// jsdom has no layout engine, hence no ResizeObserver; Fluent's Table asks for one. Nothing to
// observe without layout, so a no-op is faithful here.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
