import { useCallback, useEffect, useState } from "react";
import type {
  DiffResponse,
  FilingDetail,
  ReviewCommentInput,
  ReviewRequest,
} from "../../../shared/api/api-schemas";
import type { VersionRecord } from "../../../shared/api/records";
import { FORM_ACTIONS, REVIEW_ACTIONS, type ReviewAction, type Role } from "../../../shared/domain/lifecycle";
import { labelForPath, type FieldPath } from "../../../shared/filing/labels";
import { actionLabel } from "../../../shared/programme/lifecycle-words";
import { workbookPlan } from "../../../shared/workbook/plan/workbook-plan";
import type { ApiClient } from "../../../shared/api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { planCellOf } from "../../../shared/workbook/plan/plan-cells";
import { plural } from "../format/format-value";
import { useAction } from "../use-action";

export interface PendingComment extends ReviewCommentInput {
  label: string;
}

/**
 * Actions the role may take on the filing in its status: the form's steps (a Jahresbericht is
 * „sachlich geprüft“, a Verwendungsnachweis „rechnerisch geprüft“), from the lifecycle table.
 */
export const actionsFor = (
  role: Role,
  filing: Pick<FilingDetail["filing"], "kind" | "status">,
): ReviewAction[] =>
  FORM_ACTIONS[filing.kind].filter((a) => {
    const spec = REVIEW_ACTIONS[a];
    return spec.role === role && (spec.from as readonly string[]).includes(filing.status);
  });

export interface ReviewPanelDeps {
  api: ApiClient;
  surface: WorkbookSurface;
  role: Role;
  filingId: string;
  /** The version to show first (a link to it); the latest when absent. */
  initialVersion?: number;
  onChanged: () => void;
}

/**
 * One filing on the reviewer's desk: its detail (content, findings, history), any stored version to
 * read, the comparison of two versions, comments at fields or rows, and the lifecycle's next steps.
 */
export const useReviewPanel = ({
  api,
  surface,
  role,
  filingId,
  initialVersion,
  onChanged,
}: ReviewPanelDeps) => {
  const [detail, setDetail] = useState<FilingDetail>();
  const [shown, setShown] = useState<VersionRecord>();
  const [diff, setDiff] = useState<DiffResponse>();
  const [pending, setPending] = useState<PendingComment[]>([]);
  const { busy, notice, setNotice, run } = useAction();

  const load = useCallback(async () => {
    const d = await api.getFiling(filingId);
    setDetail(d);
    setShown(d.latest);
  }, [api, filingId]);
  useEffect(() => {
    let current = true;
    api
      .getFiling(filingId)
      .then(async (d) => {
        if (!current) return;
        setDetail(d);
        const linked = initialVersion && initialVersion !== d.latest.version ? initialVersion : undefined;
        if (linked && !d.versions.some((v) => v.version === linked)) {
          setShown(d.latest);
          setNotice({
            intent: "info",
            text: `Version ${linked} gibt es bei diesem Vorgang nicht; gezeigt wird Version ${d.latest.version}.`,
          });
          return;
        }
        const record = linked ? await api.getVersion(filingId, linked) : d.latest;
        if (current) setShown(record);
      })
      .catch((e: Error) => current && setNotice({ intent: "error", text: e.message }));
    return () => {
      current = false;
    };
  }, [api, filingId, initialVersion, setNotice]);

  const open = async (version: number, changed?: FieldPath[]) => {
    const record = await api.getVersion(filingId, version);
    const params = await api.getParams(record.content.meta.programmeId, record.content.meta.year);
    return surface.openVersion({
      filing: record.content,
      params,
      version,
      ...(changed && { changed }),
      download: () => api.workbook(filingId, version),
    });
  };

  /** The cell a field has in a freshly written workbook of the latest version (for the Träger). */
  const cellOfLatest = async (path: FieldPath) => {
    if (!detail) return undefined;
    const params = await api.getParams(detail.filing.meta.programmeId, detail.filing.meta.year);
    return planCellOf(workbookPlan({ filing: detail.latest.content, params }))(path);
  };

  const actions = detail ? actionsFor(role, detail.filing) : [];
  return {
    detail,
    shown,
    diff,
    pending,
    notice,
    setNotice,
    busy,
    actions,
    reasons: {
      ...(pending.length === 0 && {
        zurueckgeben:
          "Zum Zurückgeben bitte mindestens einen Kommentar an ein Feld oder eine Zeile schreiben.",
      }),
    } as Partial<Record<ReviewAction, string>>,
    /** Shows a stored version's content and findings on the desk (no download). */
    showVersion: (version: number) =>
      run(async () => {
        setShown(
          version === detail?.latest.version ? detail.latest : await api.getVersion(filingId, version),
        );
        return undefined;
      }),
    openVersion: (version: number) => run(() => open(version)),
    /** Compares on the desk; inside Excel the later version also opens with its changes marked. */
    compare: (from: number, to: number) =>
      run(async () => {
        const result = await api.diff(filingId, from, to);
        setDiff(result);
        const text = `${plural(result.changes.length, "Änderung", "Änderungen")} von Version ${from} zu ${to}.`;
        if (surface.kind !== "excel") return text;
        return `${text} ${await open(
          to,
          result.changes.map((c) => c.path),
        )}`;
      }),
    /** In Excel: the field at the cell selected in an opened version. */
    pickCell: async () => {
      const picked = await surface.pickCell();
      if (!picked || !detail) {
        setNotice({
          intent: "info",
          text: "Bitte zuerst in einer geöffneten Version eine Zelle eines Feldes markieren.",
        });
        return undefined;
      }
      return {
        ...picked,
        label: labelForPath(detail.filing.kind, picked.path, detail.filing.meta.programmeId),
      };
    },
    fieldLabel: (path: FieldPath) =>
      detail ? labelForPath(detail.filing.kind, path, detail.filing.meta.programmeId) : "",
    addComment: (text: string, path?: FieldPath, cell?: string) =>
      run(async () => {
        if (!detail) return undefined;
        const at = cell ?? (path && (await cellOfLatest(path)));
        setPending((list) => [
          ...list,
          {
            text,
            label: path
              ? labelForPath(detail.filing.kind, path, detail.filing.meta.programmeId)
              : "allgemein",
            ...(path && { path: [...path] }),
            ...(at && { cell: at }),
          },
        ]);
        return undefined;
      }),
    removeComment: (index: number) => setPending((list) => list.filter((_c, i) => i !== index)),
    /** `extra`: the Prüfvermerk and the acknowledged Warnungen of „pruefen“. */
    act: (action: ReviewAction, extra: Pick<ReviewRequest, "pruefvermerk" | "quittierungen"> = {}) =>
      run(async () => {
        if (!detail) return undefined;
        const result = await api.review(filingId, {
          action,
          expectedVersion: detail.filing.latestVersion,
          ...extra,
          ...(action === "zurueckgeben" && { comments: pending.map(({ label: _label, ...c }) => c) }),
        });
        setPending([]);
        setDiff(undefined);
        await load();
        onChanged();
        return `„${actionLabel(detail.filing.meta.programmeId, action)}“ vermerkt (Version ${result.version}).`;
      }),
  };
};

export type ReviewPanelState = ReturnType<typeof useReviewPanel>;
