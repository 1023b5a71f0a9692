/**
 * Remembers the facilitator's name and professional contact details in the workbook (a setting,
 * shared with whoever opens it), so they are typed once, not for every clause. Participants' data
 * never goes there; nothing is kept in the browser.
 */
import * as React from "react";
import type { ClauseInput } from "../../../domain/drafting";
import { SETTINGS } from "../../workbook/port";
import type { Services } from "../types";
import type { ClauseForm } from "./draft-form";

type Facilitator = ClauseInput["facilitator"];

const FORM_KEYS: Record<keyof Facilitator, keyof ClauseForm> = {
  name: "facilitatorName",
  organisation: "facilitatorOrganisation",
  email: "facilitatorEmail",
  phone: "facilitatorPhone",
  address: "facilitatorAddress",
};

/**
 * Prefills the form's empty facilitator fields from the workbook once, and returns the function
 * that stores new details (only when they changed: no write for a redraft).
 *
 * @example
 * const remember = useFacilitatorMemory(services, setForm);
 * remember({ name: "PLIE de Valrivière", email: "clauses@plie.example" });
 */
export function useFacilitatorMemory(
  services: Services,
  setForm: React.Dispatch<React.SetStateAction<ClauseForm>>,
): (facilitator: Facilitator) => void {
  const stored = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    let live = true;
    void services.workbook
      .readSetting<Facilitator>(SETTINGS.facilitator)
      .then((saved) => {
        if (!live || !saved || typeof saved !== "object") return;
        stored.current = JSON.stringify(saved);
        setForm((current) => ({ ...current, ...prefill(current, saved) }));
      })
      .catch(() => undefined); // a workbook without the setting (or unreadable) simply prefills nothing
    return () => {
      live = false;
    };
  }, [services, setForm]);
  return React.useCallback(
    (facilitator: Facilitator) => {
      const text = JSON.stringify(facilitator);
      if (text === stored.current || Object.keys(facilitator).length === 0) return;
      stored.current = text;
      void services.workbook.writeSetting(SETTINGS.facilitator, facilitator).catch(() => undefined);
    },
    [services],
  );
}

function prefill(current: ClauseForm, saved: Facilitator): Partial<ClauseForm> {
  const patch: Partial<Record<keyof ClauseForm, string>> = {};
  for (const [key, field] of Object.entries(FORM_KEYS) as [keyof Facilitator, keyof ClauseForm][]) {
    const value = saved[key];
    if (typeof value === "string" && current[field] === "") patch[field] = value;
  }
  return patch as Partial<ClauseForm>;
}
