import { pathOf } from "../shared/api/route-definition";
import { routeById } from "../shared/api/routes";
export interface BannerInput {
  apiUrl: string;
  /** The task pane: in any browser, and for Excel over HTTPS when the dev certificate exists. */
  taskPane?: { browserUrl: string; excelUrl: string | undefined; certDir: string };
  dynamoEndpoint: string;
  tableName: string;
  dataDir: string;
  seeded?: { filings2024: number; filings2025: number; example: string } | undefined;
}

/** What runs where, in German, with commands to copy. */
export const printBanner = ({
  apiUrl,
  taskPane,
  dynamoEndpoint,
  tableName,
  dataDir,
  seeded,
}: BannerInput) => {
  const lines = [
    "",
    "Förderbericht – lokale Entwicklungsumgebung läuft",
    "",
    `  API (HTTP):        ${apiUrl}`,
    ...(taskPane
      ? [
          `  Aufgabenbereich:   ${taskPane.browserUrl}  (im Browser: hochladen, prüfen, einreichen; Anmeldung mit Demo-Benutzer)`,
          taskPane.excelUrl
            ? `  … für Excel:       ${taskPane.excelUrl}  (manifest.xml zeigt hierhin; npm run sideload)`
            : `  … für Excel:       braucht HTTPS – einmal \`npx office-addin-dev-certs install\` (legt ${taskPane.certDir} an), dann npm start neu`,
        ]
      : []),
    `  OpenAPI:           ${apiUrl}${pathOf(routeById("getOpenApi"))}`,
    `  DynamoDB Local:    ${dynamoEndpoint}  (Tabelle „${tableName}“, Region eu-central-1, beliebige Zugangsdaten)`,
    `  Daten:             ${dataDir}  (bleiben erhalten; neu anfangen: npm start -- --fresh)`,
    seeded
      ? `  Demodaten:         neu angelegt – ${seeded.filings2024} Vorgänge 2024 (weitergeleitet), ${seeded.filings2025} Vorgänge 2025, 3 Stadtteile fehlen`
      : "  Demodaten:         vorhanden (aus einem früheren Start)",
    "",
    "Anmelden (nur lokal): Token für einen Demo-Benutzer holen",
    `  Benutzer anzeigen: curl -s ${apiUrl}/dev/users`,
    "  Benutzer:          awo (Träger) · koordinierung · leitung · oder eine Träger-Kennung, z. B. caritas",
    "",
    "Beispiel (Bash):",
    `  TOKEN=$(curl -s -X POST ${apiUrl}/dev/login -H 'content-type: application/json' -d '{"user":"koordinierung"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')`,
    `  curl -s -H "Authorization: Bearer $TOKEN" '${apiUrl}${pathOf(routeById("listFilings"))}?programme=stadtteilmanagement&year=2025'`,
    "",
    "Beenden mit Strg+C (beendet auch DynamoDB Local).",
    "",
  ];
  console.log(lines.join("\n"));
};
