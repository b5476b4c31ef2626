import { Caption1, Label, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The browser's way in: choose the filled .xlsx; it is checked at once, nothing is sent yet. */
export const UploadPanel = ({
  fileName,
  onFile,
}: {
  fileName: string | undefined;
  onFile: (name: string, bytes: Uint8Array) => void;
}) => (
  <section aria-labelledby="upload-title" className={useStyles().root}>
    <Subtitle2 as="h2" id="upload-title">
      Arbeitsmappe prüfen
    </Subtitle2>
    <Label htmlFor="upload-file">Ausgefüllte Arbeitsmappe (.xlsx) auswählen</Label>
    <input
      id="upload-file"
      aria-describedby="upload-hint"
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) void file.arrayBuffer().then((b) => onFile(file.name, new Uint8Array(b)));
      }}
    />
    <Caption1 id="upload-hint">
      Die Datei wird hier im Browser geprüft; eingereicht wird erst mit „Einreichen“.
    </Caption1>
    {fileName && <Caption1>Geladen: {fileName}</Caption1>}
  </section>
);
