/**
 * Company hour statements (« relevés d'heures »): the monthly form, its collection and who is late.
 */
export * from "./errors";
export * from "./period";
export * from "./tables";
export * from "./form-model";
export * from "./form-lines";
export * from "./layout";
export * from "./collect";
export * from "./late";
