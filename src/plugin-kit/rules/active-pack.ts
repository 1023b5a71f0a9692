/**
 * The rule pack in force for the open workbook, shared by the task pane and the custom functions.
 *
 * In Excel's shared runtime both run in one page, but webpack instantiates modules once per entry,
 * so module state would be duplicated; the store lives on `globalThis` under one key instead
 * (the pattern of Microsoft's shared-runtime global-state sample). It holds rules, never personal data.
 */
import { packRef, type RulePack } from "../../../domain";
import { noNationalPack } from "./errors";

interface Store {
  pack: RulePack | null;
  /** The national pack, provided by the composition root (the kit never imports the registry). */
  national: (() => RulePack) | null;
  listeners: Set<(pack: RulePack) => void>;
}

const KEY = "__CLAUSES_ACTIVE_PACK__";

function store(): Store {
  const holder = globalThis as unknown as Record<string, Store | undefined>;
  holder[KEY] ??= { pack: null, national: null, listeners: new Set() };
  return holder[KEY];
}

/**
 * The pack in force: the workbook's territory pack once the pane has loaded it, else the national pack.
 *
 * @example
 * packRef(activePack()) // => "national@2026.11.1"
 * @throws DomainError `rules.national.missing` when no entry point provided the national pack
 */
export function activePack(): RulePack {
  const current = store();
  if (current.pack) return current.pack;
  if (!current.national) throw noNationalPack();
  return current.national();
}

/**
 * Says where the national pack comes from (called once by each entry point, through the composition root).
 *
 * @example
 * provideNationalPack(() => nationalPack());
 */
export function provideNationalPack(national: () => RulePack): void {
  store().national = national;
}

/**
 * Puts a pack in force and tells the subscribers (custom functions recalculate on their next call).
 *
 * @example
 * setActivePack(territoryPack);
 */
export function setActivePack(pack: RulePack): void {
  const current = store();
  if (current.pack && packRef(current.pack) === packRef(pack)) return;
  current.pack = pack;
  for (const listener of current.listeners) listener(pack);
}

/**
 * Calls `listener` whenever another pack is put in force; returns the unsubscribe function.
 *
 * @example
 * const stop = onActivePackChange((pack) => console.info(packRef(pack)));
 */
export function onActivePackChange(listener: (pack: RulePack) => void): () => void {
  store().listeners.add(listener);
  return () => store().listeners.delete(listener);
}
