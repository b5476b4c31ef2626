#!/usr/bin/env node
// `npm run sideload [-- web --document <url of a workbook in OneDrive/SharePoint>]`: loads manifest.xml
// into Excel with office-addin-debugging where Excel runs (Windows, macOS, Excel on the web), while
// `npm start` serves the task pane on https://localhost:3001. Where there is no Excel (Linux), it says
// what to do instead – office-addin-debugging itself would only print "platform not supported".
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const args = process.argv.slice(2);
const web = args[0] === "web";
const certs = join(homedir(), ".office-addin-dev-certs", "localhost.crt");

const hint = `
Förderbericht seitlich laden (Sideloading)

Auf diesem Rechner (${process.platform}) gibt es kein Excel für den Desktop. So geht es trotzdem:

  1. Excel im Web: eine Arbeitsmappe in OneDrive oder SharePoint öffnen, dann
     „Start“ → „Add-Ins“ → „Weitere Add-Ins“ → „Meine Add-Ins“ → „Mein Add-In hochladen“
     und die Datei manifest.xml aus diesem Ordner wählen. Oder automatisch:
       npm run sideload -- web --document <Adresse der Arbeitsmappe>
  2. Der Aufgabenbereich kommt von https://localhost:3001 – auf dem Rechner, auf dem der Browser läuft,
     müssen dafür \`npm start\` laufen und das Entwicklungszertifikat installiert sein
     (einmal: npx office-addin-dev-certs install; braucht Administratorrechte).
  3. Ohne Excel-Add-in (z. B. LibreOffice): http://localhost:3000/ im Browser öffnen – Vorlage
     herunterladen, ausgefüllte Datei hochladen, prüfen und einreichen.
`;

if (process.platform !== "win32" && process.platform !== "darwin" && !web) {
  console.log(hint);
  process.exit(0);
}
if (!existsSync(certs))
  console.warn(
    "Hinweis: Kein Entwicklungszertifikat gefunden. Excel lädt den Aufgabenbereich nur über HTTPS:\n" +
      "  npx office-addin-dev-certs install   (einmalig, mit Administratorrechten), dann npm start neu starten.\n",
  );
const cli = join("node_modules", "office-addin-debugging", "cli.js");
const result = spawnSync(
  process.execPath,
  [
    cli,
    "start",
    "manifest.xml",
    web ? "web" : "desktop",
    "--app",
    "excel",
    "--no-debug",
    ...args.slice(web ? 1 : 0),
  ],
  { stdio: "inherit" },
);
if (result.status !== 0) {
  console.error(
    "\nSideloading ist fehlgeschlagen. Manuell: in Excel „Start“ → „Add-Ins“ → „Mein Add-In hochladen“ → manifest.xml.",
  );
  process.exit(result.status ?? 1);
}
