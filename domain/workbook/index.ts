export * from "./table-def";
export * from "./tables";
export * from "./cells";
export * from "./codec";
