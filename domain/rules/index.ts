export * from "./schema";
export { valueOn } from "./dated";
export type { Dated } from "./dated";
export { buildNationalPack, applyTerritoryPack, mergeRule } from "./pack";
export { default as nationalMeta } from "./national-meta.json";
