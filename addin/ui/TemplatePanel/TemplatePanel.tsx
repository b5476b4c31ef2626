import { Button, Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { YearSelect } from "../YearSelect/YearSelect";
import { FILING_KIND_LABELS, type FilingKind, type FilingMeta } from "../../../shared/filing/filing";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import { districtName, isRunByCity } from "../../../shared/programme/stammdaten";
import { PaneSection } from "../PaneSection/PaneSection";

export interface TemplateChoice {
  kind: FilingKind;
  meta: FilingMeta;
}

export interface TemplatePanelProps {
  programmeId: string;
  traegerId: string;
  /** "Vorlage einfügen" in Excel, "Vorlage herunterladen" in a browser. */
  templateLabel: string;
  busy: boolean;
  onTemplate: (choice: TemplateChoice) => void;
  onCarryOver: (choice: TemplateChoice) => void;
  onDraft: (choice: TemplateChoice) => void;
  now?: Date;
}

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Which filing to start: kind, district (the Träger's Zuordnungen of the year) and year. */
export const TemplatePanel = (props: TemplatePanelProps) => {
  const styles = useStyles();
  const thisYear = (props.now ?? new Date()).getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const [year, setYear] = useState(thisYear - 1);
  const districts = defaultProgramParams({ programmeId: props.programmeId, year })
    .zuordnungen.filter((z) => z.traegerId === props.traegerId)
    .map((z) => z.districtId);
  const [district, setDistrict] = useState<string | undefined>(districts[0]);
  const districtId = district && districts.includes(district) ? district : districts[0];
  const cityRun = districtId !== undefined && isRunByCity(props.programmeId, districtId);
  const [kind, setKind] = useState<FilingKind>("verwendungsnachweis");
  const chosenKind: FilingKind = cityRun ? "jahresbericht" : kind;
  const choice = (): TemplateChoice | undefined =>
    districtId === undefined
      ? undefined
      : {
          kind: chosenKind,
          meta: { programmeId: props.programmeId, traegerId: props.traegerId, districtId, year },
        };
  const act = (f: (c: TemplateChoice) => void) => () => {
    const c = choice();
    if (c) f(c);
  };
  return (
    <PaneSection aria-labelledby="template-title">
      <Subtitle2 as="h2" id="template-title">
        Bericht beginnen
      </Subtitle2>
      <Field label="Formular">
        <Select value={chosenKind} onChange={(_e, d) => setKind(d.value as FilingKind)} disabled={cityRun}>
          {(["verwendungsnachweis", "jahresbericht"] as const).map((k) => (
            <option key={k} value={k}>
              {FILING_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Stadtteil"
        validationState={districts.length ? "none" : "warning"}
        validationMessage={
          districts.length ? undefined : `Ihrem Träger ist ${year} kein Stadtteil zugeordnet.`
        }
      >
        <Select value={districtId ?? ""} onChange={(_e, d) => setDistrict(d.value)}>
          {districts.map((d) => (
            <option key={d} value={d}>
              {districtName(props.programmeId, d)}
            </option>
          ))}
        </Select>
      </Field>
      <YearSelect year={year} years={years} onYear={setYear} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.busy || !districtId} onClick={act(props.onTemplate)}>
          {props.templateLabel}
        </Button>
        <Button disabled={props.busy || !districtId} onClick={act(props.onCarryOver)}>
          Vorjahr übernehmen
        </Button>
        <Button disabled={props.busy || !districtId} onClick={act(props.onDraft)}>
          Entwurf laden
        </Button>
      </div>
    </PaneSection>
  );
};
