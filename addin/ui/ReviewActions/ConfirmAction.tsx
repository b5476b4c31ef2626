import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import type { ReviewAction } from "../../../shared/domain/lifecycle";
import { ACTION_WORDING } from "./action-wording";

export interface ConfirmActionProps {
  action: ReviewAction;
  disabled: boolean;
  /** Why the step is not possible yet (e.g. a return without comment), shown beside the button. */
  reason?: string;
  onConfirm: (action: ReviewAction) => void;
}

/** One review step: its button, and a dialog that names the consequence before anything is sent. */
export const ConfirmAction = ({ action, disabled, reason, onConfirm }: ConfirmActionProps) => {
  const w = ACTION_WORDING[action];
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button
          appearance={action === "zurueckgeben" ? "secondary" : "primary"}
          disabled={disabled || Boolean(reason)}
          {...(reason && { title: reason })}
        >
          {w.button}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{w.button}?</DialogTitle>
          <DialogContent>{w.consequence}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary" onClick={() => onConfirm(action)}>
                {w.button}
              </Button>
            </DialogTrigger>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Abbrechen</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
