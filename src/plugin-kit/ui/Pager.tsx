/**
 * Long lists in a pane (9 435 contracts at 100 000 hour lines): a page of rows at a time with a
 * filter, so the DOM stays small — and Fluent's focus helpers, whose cost grows with the rows
 * mounted and unmounted, stay cheap. The list is never cut silently: the pager says how many rows
 * there are and which ones are shown.
 */
import { Button, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular, SearchRegular } from "@fluentui/react-icons";
import * as React from "react";
import { formatNumberFr, normalizeLabel } from "../../../domain";

/** Rows mounted at once (a pane shows about this many without scrolling far). */
export const PAGE_SIZE = 25;

export interface Paged<T> {
  shown: readonly T[];
  /** Position of the first row shown in the filtered list. */
  first: number;
  matching: number;
  total: number;
  page: number;
  pages: number;
  query: string;
  search: (query: string) => void;
  turn: (page: number) => void;
}

/**
 * A page of `items`, filtered by the words of `textOf` (accents and case ignored).
 *
 * @example
 * const paged = usePaged(markets, (market) => `${market.id} ${market.company}`);
 * paged.shown // => the first 25 contracts; paged.search("T12") keeps those whose text holds « t12 »
 */
export function usePaged<T>(items: readonly T[], textOf: (item: T) => string, pageSize = PAGE_SIZE): Paged<T> {
  const [query, setQuery] = React.useState("");
  const [page, setPage] = React.useState(0);
  // Another list (another company): back to its first page.
  const [seen, setSeen] = React.useState(items);
  if (seen !== items) {
    setSeen(items);
    setPage(0);
  }
  const textRef = React.useRef(textOf);
  textRef.current = textOf;
  const filtered = React.useMemo(() => {
    const wanted = normalizeLabel(query);
    return wanted === "" ? items : items.filter((item) => normalizeLabel(textRef.current(item)).includes(wanted));
  }, [items, query]);
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const current = Math.min(page, pages - 1);
  return {
    shown: filtered.slice(current * pageSize, (current + 1) * pageSize),
    first: current * pageSize,
    matching: filtered.length,
    total: items.length,
    page: current,
    pages,
    query,
    search: (text) => {
      setQuery(text);
      setPage(0);
    },
    turn: (next) => setPage(Math.max(0, Math.min(pages - 1, next))),
  };
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXXS,
  },
  filter: { flexGrow: 1, minWidth: "120px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The filter and the page turner of a paged list; nothing when every row already shows.
 *
 * @example
 * <Pager paged={paged} noun="marchés" filterLabel="Filtrer les marchés" />
 */
export function Pager<T>({ paged, noun, filterLabel }: { paged: Paged<T>; noun: string; filterLabel: string }): React.JSX.Element | null {
  const styles = useStyles();
  if (paged.total <= PAGE_SIZE && paged.query === "") return null;
  const last = paged.first + paged.shown.length;
  return (
    <div className={styles.bar}>
      <Input
        className={styles.filter}
        size="small"
        aria-label={filterLabel}
        placeholder={filterLabel}
        contentBefore={<SearchRegular />}
        value={paged.query}
        onChange={(_, data) => paged.search(data.value)}
      />
      <Text size={200} className={styles.muted} aria-live="polite">
        {paged.matching === 0
          ? `aucun sur ${formatNumberFr(paged.total, 0)} ${noun}`
          : `${formatNumberFr(paged.first + 1, 0)}–${formatNumberFr(last, 0)} sur ${formatNumberFr(paged.matching, 0)} ${noun}`}
      </Text>
      <Button
        size="small"
        appearance="subtle"
        icon={<ChevronLeftRegular />}
        aria-label="Page précédente"
        disabled={paged.page === 0}
        onClick={() => paged.turn(paged.page - 1)}
      />
      <Button
        size="small"
        appearance="subtle"
        icon={<ChevronRightRegular />}
        aria-label="Page suivante"
        disabled={paged.page >= paged.pages - 1}
        onClick={() => paged.turn(paged.page + 1)}
      />
    </div>
  );
}
