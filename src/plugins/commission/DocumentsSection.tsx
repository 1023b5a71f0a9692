/**
 * The documents of a meeting, as .docx downloads: the agenda and the minutes for the partners
 * (« diffusion restreinte aux partenaires »), and for each company the people proposed to it, with
 * no eligibility criterion. Generated in the page: nothing leaves the machine.
 */
import { Button, Text } from "@fluentui/react-components";
import { DocumentArrowDownRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Day } from "../../../domain";
import { companyProposals, type CommissionWorld, type Meeting } from "../../../domain/commission";
import { ErrorList, messagesOf } from "../../plugin-kit/ui/ErrorList";
import { DOCX_TYPE, downloadFile } from "../../plugin-kit/ui/download";
import { agendaDocx, companyListDocx, minutesDocx } from "./documents";

export function DocumentsSection({ world, meeting, date }: { world: CommissionWorld; meeting: Meeting; date: Day }): React.JSX.Element {
  const [failure, setFailure] = React.useState<string[] | null>(null);
  const lists = React.useMemo(() => companyProposals(world, date), [world, date]);
  const offer = (make: () => Promise<Uint8Array>, name: string) => async () => {
    setFailure(null);
    try {
      downloadFile(await make(), name, DOCX_TYPE);
    } catch (error) {
      setFailure(messagesOf(error));
    }
  };
  const decided = world.data.proposals.filter((proposal) => proposal.date === meeting.date);
  return (
    <div>
      <Text block size={200}>
        {meeting.notice}
      </Text>
      <Button
        icon={<DocumentArrowDownRegular />}
        onClick={offer(() => agendaDocx(meeting), `commission-${meeting.date}-ordre-du-jour.docx`)}
      >
        Ordre du jour (.docx)
      </Button>
      <Button
        icon={<DocumentArrowDownRegular />}
        onClick={offer(() => minutesDocx(meeting, decided), `commission-${meeting.date}-compte-rendu.docx`)}
      >
        Compte rendu (.docx)
      </Button>
      <Text block weight="semibold">
        Pour les entreprises (sans critère d&apos;éligibilité)
      </Text>
      {lists.length === 0 && <Text block>Aucune personne proposée à ce jour.</Text>}
      {lists.map((list) => (
        <Button key={list.company} onClick={offer(() => companyListDocx(list, meeting.date), `personnes-proposees-${list.company}.docx`)}>
          Personnes proposées à {list.company}
        </Button>
      ))}
      {failure && <ErrorList title="Document non produit" messages={failure} />}
    </div>
  );
}
