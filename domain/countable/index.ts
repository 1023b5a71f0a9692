export type { CountableWindow } from "./window";
