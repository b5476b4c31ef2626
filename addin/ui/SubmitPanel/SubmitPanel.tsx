import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { STATUS_LABELS } from "../../../shared/domain/lifecycle";
import { formatDateTime } from "../format/format-value";
import { useSubmitPanel, type SubmitPanelActions, type SubmitState } from "./useSubmitPanel";
import { PaneSection } from "../PaneSection/PaneSection";

export interface SubmitPanelProps extends SubmitPanelActions {
  /** The declaration as the form states it, confirmed before every submission. */
  declaration: string;
  /** Why submitting is not possible now (no filing, Fehler left), or undefined. */
  blocked?: string;
}

const time = (d: Date) => formatDateTime(d.toISOString());

export const SubmitResult = ({ state }: { state: SubmitState }) =>
  state.step === "done" ? (
    <MessageBar intent="success">
      <MessageBarBody>
        <MessageBarTitle>Eingereicht</MessageBarTitle>
        Version {state.result.version} am {time(state.at)}, Status „{STATUS_LABELS[state.result.status]}“
        {state.result.replayed ? " (bereits vorher gespeichert)" : ""}.
      </MessageBarBody>
    </MessageBar>
  ) : state.step === "failed" ? (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>Nicht eingereicht</MessageBarTitle>
        {state.message}
      </MessageBarBody>
    </MessageBar>
  ) : null;

/** "Einreichen": declaration, progress, result, and a retry that cannot store twice. */
export const SubmitPanel = ({ declaration, blocked, ...actions }: SubmitPanelProps) => {
  const { confirmed, setConfirmed, state, send } = useSubmitPanel(actions);
  const sending = state.step === "sending";
  return (
    <PaneSection aria-labelledby="submit-title">
      <Subtitle2 as="h2" id="submit-title">
        Einreichen
      </Subtitle2>
      <Checkbox
        checked={confirmed}
        onChange={(_e, d) => setConfirmed(d.checked === true)}
        label={declaration}
        disabled={sending}
      />
      {blocked && (
        <MessageBar intent="warning">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!confirmed || !!blocked || sending} onClick={() => void send()}>
        {state.step === "failed" && state.retry ? "Erneut versuchen" : "Einreichen"}
      </Button>
      {sending && <Spinner size="tiny" label="Wird geprüft und eingereicht …" />}
      <SubmitResult state={state} />
    </PaneSection>
  );
};
