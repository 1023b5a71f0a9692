/**
 * The drafted clause as it will read: each document (CCAP, RC), its sections, paragraphs and lists.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { DraftedClause } from "../../../domain/drafting";

const useStyles = makeStyles({
  text: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    maxHeight: "50vh",
    overflowY: "auto",
    fontSize: tokens.fontSizeBase200,
    "& h4": { margin: `${tokens.spacingVerticalS} 0 0` },
    "& p": { margin: `${tokens.spacingVerticalXS} 0` },
    "& ul": { margin: 0, paddingInlineStart: "18px" },
  },
});

/**
 * @example
 * <ClauseText clause={drafted} />
 */
export function ClauseText({ clause }: { clause: DraftedClause }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.text} role="document" aria-label="Texte de la clause">
      {clause.parts.map((part) => (
        <div key={part.document}>
          <Text as="h3" weight="semibold" block>
            {part.title}
          </Text>
          {part.sections.map((section) => (
            <div key={section.code}>
              <h4>{section.title}</h4>
              {section.blocks.map((block, index) =>
                block.kind === "paragraph" ? (
                  <p key={index}>{block.text}</p>
                ) : (
                  <ul key={index}>
                    {block.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                ),
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
