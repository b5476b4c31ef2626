import { Button, Caption1, Text, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { ReviewAction } from "../../../shared/domain/lifecycle";
import { useDeskStyles } from "../desk-styles";
import { actionWording } from "./action-wording";

// The desk's confirmation box, on a line of its own in the row of step buttons.
const useStyles = makeStyles({ ownLine: { flexBasis: "100%" } });

export interface ConfirmActionProps {
  action: ReviewAction;
  /** The filing's programme: the step is worded with its roles and offices. */
  programmeId: string;
  disabled: boolean;
  /** Why the step is not possible yet (e.g. a return without comment). */
  reason?: string;
  onConfirm: (action: ReviewAction) => void;
}

/**
 * One review step: its button, then a confirmation in place that names the consequence before
 * anything is sent. Inline rather than a modal: in a 350 px task pane it stays beside what the
 * reviewer wrote, and the focus moves into it and back.
 */
export const ConfirmAction = ({ action, programmeId, disabled, reason, onConfirm }: ConfirmActionProps) => {
  const desk = useDeskStyles();
  const styles = { confirm: mergeClasses(desk.confirm, useStyles().ownLine), row: desk.row };
  const w = actionWording(programmeId, action);
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  return (
    <>
      <Button
        ref={trigger}
        appearance={action === "zurueckgeben" ? "secondary" : "primary"}
        disabled={disabled || Boolean(reason) || open}
        {...(reason && { "aria-describedby": `${id}-reason` })}
        onClick={() => setOpen(true)}
      >
        {w.button}
      </Button>
      {reason && <Caption1 id={`${id}-reason`}>{reason}</Caption1>}
      {open && (
        <div
          ref={box}
          role="dialog"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-text`}
          tabIndex={-1}
          className={styles.confirm}
          onKeyDown={(e) => e.key === "Escape" && close()}
        >
          <Text weight="semibold" id={`${id}-title`}>
            {w.button}?
          </Text>
          <Text id={`${id}-text`}>{w.consequence}</Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm(action);
              }}
            >
              {w.button}
            </Button>
            <Button onClick={close}>Abbrechen</Button>
          </div>
        </div>
      )}
    </>
  );
};
