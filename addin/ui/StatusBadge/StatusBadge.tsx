import { Badge, makeStyles, type BadgeProps } from "@fluentui/react-components";
import type { FilingStatus } from "../../../shared/domain/lifecycle";
import { statusLabel } from "../../../shared/programme/lifecycle-words";

/** `fehlt`: a Zuordnung without its filing, as the city sees it; `offen`: the same for the Träger. */
type Shown = FilingStatus | "entwurf" | "fehlt" | "offen";

/**
 * The one status → badge mapping of the pane: each status its own colour, always with its text
 * (colour alone says nothing to a screen reader or a colour-blind reader).
 */
export const STATUS_BADGE_COLOR: Record<Shown, NonNullable<BadgeProps["color"]>> = {
  entwurf: "subtle",
  fehlt: "danger",
  offen: "subtle",
  eingereicht: "brand",
  zurueckgegeben: "warning",
  rechnerisch_geprueft: "informative",
  sachlich_geprueft: "severe",
  zur_kenntnis_genommen: "important",
  weitergeleitet: "success",
};

/** A badge's text in the programme's words („an 51.12 weitergeleitet“ in Lüneburg). */
export const statusBadgeText = (status: Shown, programmeId: string | undefined): string =>
  status === "fehlt"
    ? "fehlt noch"
    : status === "offen"
      ? "noch nicht eingereicht"
      : statusLabel(programmeId, status);

// A badge has a fixed height: a status of three words must stay on one line, never wrap out of it.
const useStyles = makeStyles({ badge: { whiteSpace: "nowrap", flexShrink: 0 } });

export const StatusBadge = ({ status, programmeId }: { status: Shown; programmeId: string | undefined }) => (
  <Badge appearance="tint" color={STATUS_BADGE_COLOR[status]} className={useStyles().badge}>
    {statusBadgeText(status, programmeId)}
  </Badge>
);
