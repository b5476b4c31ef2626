import { Button, Caption1 } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { useDeskStyles } from "../desk-styles";

export interface ConfirmBoxProps {
  /** The question, e.g. „Stichprobe anfordern?“: the group's accessible name. */
  label: string;
  /** What will happen, said before anything is sent. */
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A confirmation in place (not a modal, so it stays beside what was entered in a 350 px pane): it
 * takes the focus when it opens, Escape or „Abbrechen“ closes it.
 */
export const ConfirmBox = ({ label, children, confirm, onConfirm, onCancel }: ConfirmBoxProps) => {
  const styles = useDeskStyles();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="group"
      aria-label={label}
      className={styles.confirm}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
    >
      <Caption1>{children}</Caption1>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onConfirm}>
          {confirm}
        </Button>
        <Button onClick={onCancel}>Abbrechen</Button>
      </div>
    </div>
  );
};
