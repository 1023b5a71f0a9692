/**
 * The lots of the sizing wizard: one editor per lot, « Ajouter un lot ».
 */
import { Button } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { SizingRules } from "../../../domain/sizing";
import { useFormStyles } from "../../plugin-kit/ui/form-styles";
import type { FieldErrors } from "./draft";
import { LotEditor } from "./LotEditor";
import type { SizingForm } from "./use-sizing-form";

/**
 * @example
 * <LotList form={form} rules={rules} errors={evaluation.errors} />
 */
export function LotList({ form, rules, errors }: { form: SizingForm; rules: SizingRules; errors: FieldErrors }): React.JSX.Element {
  const styles = useFormStyles();
  const { draft } = form;
  return (
    <div className={styles.stack}>
      {draft.lots.map((lot, index) => (
        <LotEditor
          key={lot.key}
          lot={lot}
          index={index}
          method={draft.method}
          rules={rules}
          errors={errors}
          kept={draft.kept}
          keep={form.keep}
          onChange={form.setLot}
          onRemove={draft.lots.length > 1 ? () => form.removeLot(lot.key) : undefined}
        />
      ))}
      <Button icon={<AddRegular />} onClick={form.addLot}>
        Ajouter un lot
      </Button>
    </div>
  );
}
