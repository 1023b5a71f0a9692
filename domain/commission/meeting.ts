/**
 * The partners' monthly commission for a meeting date: the open needs with their ranked candidates,
 * the proposals of the last meeting and their outcome, the people to follow up and the fragmented
 * paths. What it produces is for the partners only (« diffusion restreinte aux partenaires »): it
 * names people by their pseudonymous id and says which priority publics they belong to.
 */
import { dayFromIso, isoFromDay, type Day } from "../dates";
import { eligibilitySection } from "../eligibility";
import { packRef, sectionOf, type RulePack } from "../rules";
import { candidatesOn, type Candidate } from "./candidates";
import { followUpsOn, type FollowUp } from "./follow-ups";
import type { Need, Proposal } from "./model";
import { fragmentedPaths, type FragmentedPath } from "./paths";
import { rankCandidates, type RankedCandidate } from "./ranking";
import { commissionSection } from "./rules";
import type { CommissionWorld } from "./world";

export interface NeedAgenda {
  id: string;
  company: string;
  market: string | null;
  trade?: string;
  hours: number;
  start: string;
  end: string;
  place?: string;
  candidates: RankedCandidate[];
}

export interface Meeting {
  date: string;
  needs: NeedAgenda[];
  /** Every candidate of the date, with what the ranking used. */
  candidates: Candidate[];
  /** The proposals of the last meeting before this one, with their decision. */
  lastMeeting: { date: string; proposals: Proposal[] } | null;
  followUps: FollowUp[];
  fragmented: FragmentedPath[];
  rulePack: string;
  notice: string;
}

export const PARTNERS_NOTICE =
  "Diffusion restreinte aux partenaires de la commission : ne pas transmettre aux entreprises ni aux acheteurs.";

/**
 * The commission of `date`.
 *
 * @example
 * const meeting = commissionMeeting(worldFromJson(json, pack, today, date), pack, dayFromIso("2026-06-03"));
 * meeting.needs[0].candidates[0] // => { participant: "P004", rank: 1, score: 6, reasons: [...] }
 */
export function commissionMeeting(world: CommissionWorld, pack: RulePack, date: Day): Meeting {
  const rules = sectionOf(pack, commissionSection);
  const eligibility = sectionOf(pack, eligibilitySection);
  const candidates = candidatesOn(
    world.people,
    {
      eligibility,
      commission: rules,
      hoursPerFteMonth: world.hoursPerFte / 12,
      steps: world.steps,
      ...(world.validations ? { validations: world.validations } : {}),
    },
    date,
  );
  const context = { rules, criteria: eligibility.criteria, steps: world.steps, proposals: world.data.proposals };
  const iso = isoFromDay(date);
  const needs = world.data.needs
    .filter((need) => need.status === "ouvert" && need.end >= iso)
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((need) => agendaOf(need, rankCandidates(need, candidatesFor(need, candidates), context)));
  return {
    date: iso,
    needs,
    candidates,
    lastMeeting: lastMeeting(world.data.proposals, iso),
    followUps: followUpsOn(world.people, world.data.proposals, world.steps, candidates, date, rules.followUpHorizonDays.value),
    fragmented: fragmentedPaths(world.steps, rules, date),
    rulePack: packRef(pack),
    notice: PARTNERS_NOTICE,
  };
}

/** A candidate whose countable window closes before the need starts cannot count a single hour on it. */
function candidatesFor(need: Need, candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((candidate) => candidate.countableUntil === null || candidate.countableUntil >= need.start);
}

function agendaOf(need: Need, candidates: RankedCandidate[]): NeedAgenda {
  return {
    id: need.id,
    company: need.company,
    market: need.market,
    ...(need.trade ? { trade: need.trade } : {}),
    hours: need.hours,
    start: need.start,
    end: need.end,
    ...(need.place ? { place: need.place } : {}),
    candidates,
  };
}

function lastMeeting(proposals: readonly Proposal[], before: string): Meeting["lastMeeting"] {
  const dates = [...new Set(proposals.map((proposal) => proposal.date).filter((date) => date < before))].sort();
  const date = dates.at(-1);
  return date === undefined ? null : { date, proposals: proposals.filter((proposal) => proposal.date === date) };
}

export interface CompanyProposals {
  company: string;
  /** The people proposed to the company's needs: pseudonymous id, need, date and decision, never a criterion. */
  proposals: { need: string; trade?: string; participant: string; date: string; decision: Proposal["decision"] }[];
}

/**
 * For each company, the people proposed to its needs up to `date` (what may be sent to the company:
 * no eligibility criterion, no priority public, no prescriber's notes).
 *
 * @example
 * companyProposals(world, dayFromIso("2026-06-03")) // => [{ company: "BTP-RIVIERE", proposals: [{ need: "B1", participant: "P004", … }] }]
 */
export function companyProposals(world: CommissionWorld, date: Day): CompanyProposals[] {
  const iso = isoFromDay(date);
  const needs = new Map(world.data.needs.map((need) => [need.id, need]));
  const byCompany = new Map<string, CompanyProposals["proposals"]>();
  for (const proposal of world.data.proposals) {
    const need = needs.get(proposal.need);
    if (!need || proposal.date > iso) continue;
    const list = byCompany.get(need.company) ?? [];
    list.push({
      need: need.id,
      ...(need.trade ? { trade: need.trade } : {}),
      participant: proposal.participant,
      date: proposal.date,
      decision: proposal.decision,
    });
    byCompany.set(need.company, list);
  }
  return [...byCompany]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([company, proposals]) => ({
      company,
      proposals: proposals.sort((a, b) => a.date.localeCompare(b.date) || a.participant.localeCompare(b.participant)),
    }));
}

/**
 * Today's meeting date read from an ISO text.
 *
 * @example
 * meetingDay("2026-06-03") // => day of 2026-06-03
 */
export function meetingDay(text: string): Day {
  return dayFromIso(text, "--date");
}
