/**
 * One person's path as the pane shows it: the path of `paths.ts` with the hours the ventilation
 * credited to each contract from that person's lines (pooling included).
 */
import { pathOf, type PersonPath } from "./paths";
import type { CommissionWorld } from "./world";

/**
 * The path of `participant` in the world.
 *
 * @example
 * personPath(world, "P001").hoursByMarket // => [{ market: "M1", hours: 180 }, { market: "M2", hours: 95.5 }]
 */
export function personPath(world: CommissionWorld, participant: string): PersonPath {
  const hours = new Map<string, number>();
  for (const share of world.base.shares) {
    if (share.market === null || (share.kind !== "direct" && share.kind !== "ventilated")) continue;
    if (world.base.lines[share.line]?.participant !== participant) continue;
    hours.set(share.market, (hours.get(share.market) ?? 0) + share.hours);
  }
  const facts = world.people.find((person) => person.id === participant);
  return pathOf(participant, world.steps, new Map([...hours].sort(([a], [b]) => a.localeCompare(b))), facts?.exit);
}
