import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ReviewAction } from "../../../shared/domain/lifecycle";
import { ConfirmAction } from "./ConfirmAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export interface ReviewActionsProps {
  actions: ReviewAction[];
  /** The filing's programme, whose words the steps use. */
  programmeId: string;
  busy: boolean;
  /** German reasons per step that is offered but not possible yet. */
  reasons?: Partial<Record<ReviewAction, string>>;
  onConfirm: (action: ReviewAction) => void;
  /** Further forms of the action area, one component each (e.g. the Prüfvermerk). */
  children?: ReactNode;
}

/** The desk's action area: one confirmed button per step the role may take in this status. */
export const ReviewActions = ({
  actions,
  programmeId,
  busy,
  reasons = {},
  onConfirm,
  children,
}: ReviewActionsProps) => {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Nächster Schritt">
      {children}
      <div className={styles.row}>
        {actions.map((a) => (
          <ConfirmAction
            key={a}
            action={a}
            programmeId={programmeId}
            disabled={busy}
            {...(reasons[a] && { reason: reasons[a] })}
            onConfirm={onConfirm}
          />
        ))}
        {actions.length === 0 && <Caption1>In diesem Status steht für Ihre Rolle nichts an.</Caption1>}
      </div>
    </section>
  );
};
