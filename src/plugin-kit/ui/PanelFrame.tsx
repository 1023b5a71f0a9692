/**
 * The frame of every panel: a title, one sentence saying what the panel is for, then its content.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";

const useStyles = makeStyles({
  frame: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground3 },
});

/**
 * @example
 * <PanelFrame title="Dimensionner" summary="Calculer les heures…">…</PanelFrame>
 */
export function PanelFrame({ title, summary, children }: { title: string; summary: string; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.frame} aria-label={title}>
      <div>
        <Text as="h2" size={500} weight="semibold" block>
          {title}
        </Text>
        <Text size={200} className={styles.summary} block>
          {summary}
        </Text>
      </div>
      {children}
    </section>
  );
}
