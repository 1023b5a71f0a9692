/**
 * What the build ships (needs `npm run build` first): the custom-functions bundle carries no React
 * (the functions runtime starts light, and React stays the task pane's), and functions.json lists
 * exactly the functions the plugins declare in the registry.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { plugins } from "../../src/composition/root";

const dist = path.join(__dirname, "..", "..", "dist");

/** Strings only React (or ReactDOM, or Fluent UI's runtime) puts in a bundle, minified or not. */
const REACT_MARKERS = ["__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED", "react.element", "react.fragment", "fui-FluentProvider"];

function markersIn(file: string): string[] {
  const text = readFileSync(path.join(dist, file), "utf8");
  return REACT_MARKERS.filter((marker) => text.includes(marker));
}

describe("the built bundles", () => {
  it("finds React in the task pane's bundle (the check can fail)", () => {
    expect(markersIn("taskpane.js").length).toBeGreaterThan(0);
  });

  it("ships dist/functions.js without React", () => {
    expect(markersIn("functions.js")).toEqual([]);
  });

  it("lists in functions.json exactly the functions the registry's plugins declare", () => {
    const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const declared = plugins.flatMap((plugin) => plugin.functions ?? []);
    expect(metadata.functions.map((fn) => fn.id).sort()).toEqual([...declared].sort());
  });
});
