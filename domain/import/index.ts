export * from "./mapping";
export * from "./date-order";
export * from "./dry-run";
export * from "./mapping-file";
