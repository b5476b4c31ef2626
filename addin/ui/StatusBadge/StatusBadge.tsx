import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import { STATUS_LABELS, type FilingStatus } from "../../../shared/domain/lifecycle";

/** `fehlt`: a Zuordnung without its filing, as the city sees it; `offen`: the same for the Träger. */
type Shown = FilingStatus | "entwurf" | "fehlt" | "offen";

/**
 * The one status → badge mapping of the pane: each status its own colour, always with its text
 * (colour alone says nothing to a screen reader or a colour-blind reader).
 */
export const STATUS_BADGE: Record<Shown, { color: NonNullable<BadgeProps["color"]>; text: string }> = {
  entwurf: { color: "subtle", text: STATUS_LABELS.entwurf },
  fehlt: { color: "danger", text: "fehlt noch" },
  offen: { color: "subtle", text: "noch nicht eingereicht" },
  eingereicht: { color: "brand", text: STATUS_LABELS.eingereicht },
  zurueckgegeben: { color: "warning", text: STATUS_LABELS.zurueckgegeben },
  rechnerisch_geprueft: { color: "informative", text: STATUS_LABELS.rechnerisch_geprueft },
  sachlich_geprueft: { color: "severe", text: STATUS_LABELS.sachlich_geprueft },
  zur_kenntnis_genommen: { color: "important", text: STATUS_LABELS.zur_kenntnis_genommen },
  weitergeleitet: { color: "success", text: STATUS_LABELS.weitergeleitet },
};

// A badge has a fixed height: a status of three words must stay on one line, never wrap out of it.
const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0 } });

export const StatusBadge = ({ status }: { status: Shown }) => (
  <Badge appearance="tint" color={STATUS_BADGE[status].color} className={useStyles().badge}>
    {STATUS_BADGE[status].text}
  </Badge>
);
