/**
 * The commission's documents for the partners, as Word files (`docx`): the agenda of a meeting
 * (open needs, ranked candidates and their reasons, last meeting's outcomes, follow-ups) and its
 * minutes (the proposals decided that day), both marked « diffusion restreinte aux partenaires »;
 * and, for a company, the list of the people proposed to it, with no criterion and no priority public.
 * Runs in the pane and in the CLI.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { frenchDate } from "../../../domain";
import type { CompanyProposals, Meeting, Proposal } from "../../../domain/commission";
import { DECISION_LABELS, FOLLOW_UP_LABELS } from "./labels";

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, children: [new TextRun(text)] });
const line = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 80 } });
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });
const notice = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { after: 200 } });

/**
 * The agenda of a meeting.
 *
 * @example
 * const bytes = await agendaDocx(meeting); // => Uint8Array of a .docx file ("PK…")
 */
export async function agendaDocx(meeting: Meeting): Promise<Uint8Array> {
  const children = [
    notice(meeting.notice),
    heading(`Commission des partenaires du ${frenchDate(meeting.date)} : ordre du jour`),
    heading("Besoins ouverts des entreprises", HeadingLevel.HEADING_2),
    ...(meeting.needs.length === 0 ? [line("Aucun besoin ouvert.")] : meeting.needs.flatMap(needParagraphs)),
    heading("Suite de la dernière commission", HeadingLevel.HEADING_2),
    ...(meeting.lastMeeting === null
      ? [line("Aucun positionnement antérieur.")]
      : [line(`Commission du ${frenchDate(meeting.lastMeeting.date)} :`), ...meeting.lastMeeting.proposals.map(proposalBullet)]),
    heading("Personnes à suivre", HeadingLevel.HEADING_2),
    ...(meeting.followUps.length === 0
      ? [line("Aucun suivi à échéance.")]
      : meeting.followUps.map((item) =>
          bullet(`${item.participant} — ${FOLLOW_UP_LABELS[item.kind]}, échéance le ${frenchDate(item.due)} : ${item.label}`),
        )),
    heading("Parcours morcelés", HeadingLevel.HEADING_2),
    ...(meeting.fragmented.length === 0
      ? [line("Aucun parcours morcelé.")]
      : meeting.fragmented.map((item) => bullet(`${item.participant} : ${item.shortSteps} étapes courtes (${item.companies.join(", ")})`))),
  ];
  return pack(children, `Ordre du jour de la commission du ${frenchDate(meeting.date)}`, meeting.rulePack);
}

/**
 * The minutes of a meeting: the proposals decided on its date.
 *
 * @example
 * const bytes = await minutesDocx(meeting, proposalsOfTheDay);
 */
export async function minutesDocx(meeting: Meeting, decided: readonly Proposal[]): Promise<Uint8Array> {
  const children = [
    notice(meeting.notice),
    heading(`Commission des partenaires du ${frenchDate(meeting.date)} : compte rendu`),
    heading("Positionnements", HeadingLevel.HEADING_2),
    ...(decided.length === 0 ? [line("Aucun positionnement enregistré ce jour.")] : decided.map(proposalBullet)),
  ];
  return pack(children, `Compte rendu de la commission du ${frenchDate(meeting.date)}`, meeting.rulePack);
}

/**
 * What a company receives: the people proposed to its needs, by pseudonymous id, with the decision.
 *
 * @example
 * const bytes = await companyListDocx({ company: "BTP-RIVIERE", proposals: [...] }, "2026-06-03");
 */
export async function companyListDocx(list: CompanyProposals, date: string): Promise<Uint8Array> {
  const children = [
    heading(`Personnes proposées à ${list.company}`),
    line(`Liste établie le ${frenchDate(date)} par le guichet de la clause sociale.`),
    ...list.proposals.map((item) =>
      bullet(
        `${item.participant} — besoin ${item.need}${item.trade ? ` (${item.trade})` : ""}, proposé le ${frenchDate(item.date)} : ${DECISION_LABELS[item.decision]}`,
      ),
    ),
  ];
  return pack(children, `Personnes proposées à ${list.company}`, "");
}

function needParagraphs(need: Meeting["needs"][number]): Paragraph[] {
  const where = need.market === null ? "heures mutualisées" : `marché ${need.market}`;
  return [
    heading(`${need.id} — ${need.company}${need.trade ? `, ${need.trade}` : ""}`, HeadingLevel.HEADING_3),
    line(`${need.hours} h du ${frenchDate(need.start)} au ${frenchDate(need.end)} (${where}${need.place ? `, ${need.place}` : ""}).`),
    ...(need.candidates.length === 0
      ? [line("Aucune personne disponible et éligible ne correspond.")]
      : need.candidates.map((candidate) => bullet(`${candidate.rank}. ${candidate.participant} : ${candidate.reasons.join(" ; ")}`))),
  ];
}

function proposalBullet(proposal: Proposal): Paragraph {
  const reason = proposal.reason ? ` (${proposal.reason})` : "";
  return bullet(`${proposal.participant} sur le besoin ${proposal.need} : ${DECISION_LABELS[proposal.decision]}${reason}`);
}

async function pack(children: Paragraph[], title: string, rulePack: string): Promise<Uint8Array> {
  const document = new Document({
    creator: "Clauses sociales (complément Excel du facilitateur)",
    title,
    ...(rulePack ? { description: `Paquet de règles : ${rulePack}.` } : {}),
    styles: { default: { document: { run: { language: { value: "fr-FR" }, font: "Calibri", size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
