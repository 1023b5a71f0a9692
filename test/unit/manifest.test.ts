/**
 * Offline checks of manifest.xml (Microsoft's validation service needs internet): it parses, the
 * shared runtime is wired with one resid everywhere, every resid is defined, URLs are https, the
 * namespace is CLAUSES and French users get the French function names.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseStringPromise } from "xml2js";

type Node = Record<string, unknown>;

async function manifest(): Promise<{ xml: string; root: Node }> {
  const xml = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const parsed = (await parseStringPromise(xml, { explicitArray: true })) as { OfficeApp: Node };
  return { xml, root: parsed.OfficeApp };
}

/** Every attribute value `name` found anywhere under a node. */
function attributes(node: unknown, name: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => attributes(child, name, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === "$" && (value as Node)[name] !== undefined) found.push(String((value as Node)[name]));
      else attributes(value, name, found);
    }
  }
  return found;
}

function first(node: unknown, ...pathParts: string[]): Node {
  let current = node as Node;
  for (const part of pathParts) current = (current[part] as Node[])[0] as Node;
  return current;
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks asking only ReadWriteDocument", async () => {
    const { root } = await manifest();
    expect((root.$ as Node)["xsi:type"]).toBe("TaskPaneApp");
    expect(first(root, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(first(root, "Hosts", "Host").$).toEqual({ Name: "Workbook" });
    expect(root.Permissions).toEqual(["ReadWriteDocument"]);
    expect(attributes(first(root, "Requirements"), "Name")).toContain("SharedRuntime");
  });

  it("uses one resid for the runtime, the functions' page, the function file and the pane button", async () => {
    const { root } = await manifest();
    const host = first(root, "VersionOverrides", "Hosts", "Host");
    const runtime = first(host, "Runtimes", "Runtime").$ as Node;
    expect(runtime).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(Object.keys(host)[1]).toBe("Runtimes"); // right after the attributes: Runtimes comes first in Host
    const functions = first(host, "AllFormFactors", "ExtensionPoint");
    expect(first(functions, "Page", "SourceLocation").$).toEqual({ resid: "Taskpane.Url" });
    const desktop = first(host, "DesktopFormFactor");
    expect(first(desktop, "FunctionFile").$).toEqual({ resid: "Taskpane.Url" });
    const action = first(desktop, "ExtensionPoint", "OfficeTab", "Group", "Control", "Action");
    expect((action.$ as Node)["xsi:type"]).toBe("ShowTaskpane");
    expect(first(action, "SourceLocation").$).toEqual({ resid: "Taskpane.Url" });
  });

  it("defines every resid it uses, with https URLs", async () => {
    const { root } = await manifest();
    const resources = first(root, "VersionOverrides", "Resources");
    const defined = new Set(attributes(resources, "id"));
    const used = attributes(first(root, "VersionOverrides", "Hosts"), "resid");
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) expect(defined).toContain(resid);
    const urls = [...attributes(root, "DefaultValue"), ...attributes(root, "Value")].filter((value) => /^[a-z]+:\/\//.test(value));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("declares the CLAUSES namespace and the French function metadata for fr-FR", async () => {
    const { root } = await manifest();
    const resources = first(root, "VersionOverrides", "Resources");
    const strings = (first(resources, "bt:ShortStrings")["bt:String"] as Node[]).map((node) => node.$ as Node);
    expect(strings.find((node) => node.id === "Functions.Namespace")?.DefaultValue).toBe("CLAUSES");
    const metadata = (first(resources, "bt:Urls")["bt:Url"] as Node[]).find(
      (node) => (node.$ as Node).id === "Functions.Metadata.Url",
    ) as Node;
    expect((metadata.$ as Node).DefaultValue).toMatch(/\/functions\.json$/);
    expect(first(metadata, "bt:Override").$ as Node).toEqual({ Locale: "fr-FR", Value: expect.stringMatching(/\/functions-fr\.json$/) });
  });
});
