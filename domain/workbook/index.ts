export * from "./table-def";
export * from "./tables";
export * from "./cells";
export * from "./codec";
export * from "./address";
export * from "./siret";
export * from "./integrity";
export * from "./migrations";
export { schemaNewer, schemaOutdated } from "./errors";
