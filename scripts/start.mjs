/**
 * `npm start`: builds the add-in in watch mode, serves dist/, sideloads into desktop Excel where
 * that is possible (Windows, macOS), and always prints the preview's address.
 *
 * - HTTPS on https://localhost:3000 when Office's development certificates are installed (Office
 *   requires https); on Windows and macOS they are installed on first run (the system asks).
 * - Otherwise (Linux without sudo, CI): plain HTTP on http://127.0.0.1:3000, enough for the preview.
 * - Fails with a non-zero exit code when the first build fails or the port is taken.
 * - Says which it serves (HTTP or HTTPS, port), and the manifest it serves points to that address.
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import process from "node:process";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const require = createRequire(import.meta.url);
const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
const platform = os.platform();
const desktopOffice = platform === "win32" || platform === "darwin";

async function httpsOptions() {
  if (process.env.CLAUSES_HTTP === "1") return null;
  const certs = require("office-addin-dev-certs");
  try {
    if (desktopOffice) return await certs.getHttpsServerOptions();
    if (certs.verifyCertificates()) return await certs.getHttpsServerOptions();
  } catch (error) {
    console.warn(`Certificats de développement indisponibles (${error.message}).`);
  }
  return null;
}

/** Resolves when nothing listens on host:port; webpack-dev-server would otherwise crash with an uncaught error. */
function assertPortFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(error));
    probe.once("listening", () => probe.close(() => resolve()));
    probe.listen(port, host);
  });
}

function firstBuild(compiler) {
  return new Promise((resolve) => {
    compiler.hooks.done.tap("start", (stats) => resolve(stats));
  });
}

function sideload(origin) {
  let debuggingCli;
  try {
    debuggingCli = require.resolve("office-addin-debugging/cli.js");
  } catch {
    console.log(
      "Chargement automatique dans Excel indisponible (office-addin-debugging n'est pas installé) : chargez le manifeste à la main (voir le README).",
    );
    return;
  }
  const child = spawn(
    process.execPath,
    [debuggingCli, "start", "dist/manifest.xml", "desktop", "--app", "excel", "--no-debug", "--dev-server-port", String(port)],
    { stdio: "inherit" },
  );
  child.on("exit", (code) => {
    if (code !== 0) console.error(`Le chargement dans Excel a échoué (code ${code}) ; le serveur reste disponible sur ${origin}.`);
  });
}

async function main() {
  const https = await httpsOptions();
  const host = https ? "localhost" : "127.0.0.1";
  const origin = `${https ? "https" : "http"}://${host}:${port}`;
  try {
    await assertPortFree(host, port);
  } catch (error) {
    console.error(
      `Le port ${port} est déjà utilisé (${error.code ?? error.message}) : arrêtez l'autre serveur ou choisissez un autre port (PORT=3001 npm start).`,
    );
    process.exit(1);
  }
  // The manifest served must point to this server (scheme, host and port), not to a fixed https://localhost:3000.
  process.env.ADDIN_URL = `${origin}/`;
  const config = (await import("../webpack.config.js")).default({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      host,
      port,
      server: https ? { type: "https", options: https } : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
      static: false,
      open: false,
    },
    compiler,
  );
  const built = firstBuild(compiler);
  await server.start();
  const stats = await built;
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: true }));
    console.error("La construction a échoué : corrigez les erreurs ci-dessus.");
    await server.stop();
    process.exit(1);
  }
  console.log(`
Serveur ${https ? "HTTPS" : "HTTP"} sur le port ${port} : complément servi sur ${origin}/
  Aperçu sans Excel (classeur de démonstration fictif) : ${origin}/preview.html
  Volet (dans Excel)                                   : ${origin}/taskpane.html
  Manifeste (adresses de ce serveur)                   : ${origin}/manifest.xml`);
  if (!https) {
    console.log(`
Excel exige HTTPS : ce serveur HTTP suffit pour l'aperçu. Pour charger le complément dans Excel,
installez les certificats de développement (npx office-addin-dev-certs install, avec les droits
administrateur) puis relancez npm start.`);
  }
  if (https) {
    console.log(`
Excel sur le web : ouvrez un classeur, Accueil > Compléments > Plus de compléments > Mes compléments >
Charger mon complément, puis choisissez ${origin}/manifest.xml (ce serveur doit continuer de tourner).`);
  }
  console.log("Ctrl+C arrête le serveur.");
  if (desktopOffice && https) sideload(origin);
  else if (!desktopOffice) console.log("\nExcel de bureau n'existe pas sous Linux : pas de chargement automatique ici.");
  const stop = async () => {
    if (desktopOffice && https) unregister();
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
