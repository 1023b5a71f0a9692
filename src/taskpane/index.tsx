/**
 * Entry of the task pane inside Excel. Office.js must be ready before anything renders
 * (Office.onReady); outside Excel the page says where the preview is instead of failing silently.
 */
import { todayDay } from "../../domain";
import { plugins, servicesFor } from "../composition/root";
import { OfficeWorkbook } from "../workbook/office-workbook";
import { guardedBySchema } from "../workbook/schema-guard";
import { renderPane } from "./render";

void Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    showOutsideExcel();
    return;
  }
  // Every write of the pane is checked against the workbook's schema version first.
  const workbook = guardedBySchema(new OfficeWorkbook((batch) => Excel.run(batch)));
  const services = servicesFor(workbook, () => todayDay());
  // Load the workbook's pack now, so custom functions use it even before the pane is shown.
  void services.rules.current().catch(() => undefined);
  renderPane(services, plugins, "excel");
});

function showOutsideExcel(): void {
  const container = document.getElementById("container");
  if (!container) return;
  container.innerHTML = "";
  const message = document.createElement("p");
  message.setAttribute("role", "status");
  message.textContent =
    "Ce volet s'ouvre dans Excel (onglet Accueil, bouton « Clauses sociales »). Pour l'essayer sans Excel, ouvrez l'aperçu : preview.html.";
  container.append(message);
}
