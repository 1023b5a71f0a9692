export { canonicalJson, digestOf } from "./digest";
