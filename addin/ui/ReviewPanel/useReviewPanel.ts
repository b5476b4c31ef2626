import { useCallback, useEffect, useState } from "react";
import type {
  DiffResponse,
  FilingDetail,
  ReviewCommentInput,
  ReviewRequest,
} from "../../../shared/api/api-schemas";
import { REVIEW_ACTIONS, type ReviewAction, type Role } from "../../../shared/domain/lifecycle";
import { labelForPath, type FieldPath } from "../../../shared/filing/labels";
import { workbookPlan } from "../../../shared/workbook/plan/workbook-plan";
import type { ApiClient } from "../../api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { planCellOf } from "../../../shared/workbook/plan/plan-cells";
import { useAction } from "../use-action";

export interface PendingComment extends ReviewCommentInput {
  label: string;
}

/** Actions the role may take in the filing's status, from the lifecycle table. */
export const actionsFor = (role: Role, status: FilingDetail["filing"]["status"]): ReviewAction[] =>
  (Object.keys(REVIEW_ACTIONS) as ReviewAction[]).filter((a) => {
    const spec = REVIEW_ACTIONS[a];
    return spec.role === role && (spec.from as readonly string[]).includes(status);
  });

/** One filing under review: versions, diff, comments at cells, and the lifecycle's next steps. */
export const useReviewPanel = ({
  api,
  surface,
  role,
  filingId,
  onChanged,
}: {
  api: ApiClient;
  surface: WorkbookSurface;
  role: Role;
  filingId: string;
  onChanged: () => void;
}) => {
  const [detail, setDetail] = useState<FilingDetail>();
  const [diff, setDiff] = useState<DiffResponse>();
  const [pending, setPending] = useState<PendingComment[]>([]);
  const { busy, notice, setNotice, run } = useAction();

  const load = useCallback(async () => setDetail(await api.getFiling(filingId)), [api, filingId]);
  useEffect(() => {
    setDiff(undefined);
    setPending([]);
    setNotice(undefined);
    void load().catch((e: Error) => setNotice({ intent: "error", text: e.message }));
  }, [load]);

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

  return {
    detail,
    diff,
    pending,
    notice,
    setNotice,
    busy,
    actions: detail ? actionsFor(role, detail.filing.status) : [],
    openVersion: (version: number) => run(() => open(version)),
    compare: (from: number, to: number) =>
      run(async () => {
        const result = await api.diff(filingId, from, to);
        setDiff(result);
        const opened = await open(
          to,
          result.changes.map((c) => c.path),
        );
        const n = result.changes.length;
        return `${n} ${n === 1 ? "Änderung" : "Änderungen"} von Version ${from} zu ${to}. ${opened}`;
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
      return { ...picked, label: labelForPath(detail.filing.kind, picked.path) };
    },
    fieldLabel: (path: FieldPath) => (detail ? labelForPath(detail.filing.kind, path) : ""),
    addComment: async (text: string, path?: FieldPath, cell?: string) => {
      if (!detail) return;
      const at = cell ?? (path && (await cellOfLatest(path)));
      setPending((list) => [
        ...list,
        {
          text,
          label: path ? labelForPath(detail.filing.kind, path) : "allgemein",
          ...(path && { path: [...path] }),
          ...(at && { cell: at }),
        },
      ]);
    },
    removeComment: (index: number) => setPending((list) => list.filter((_c, i) => i !== index)),
    /** `extra`: the Prüfvermerk and the acknowledged Warnungen of „pruefen“. */
    act: (action: ReviewAction, extra: Pick<ReviewRequest, "pruefvermerk" | "quittierungen"> = {}) =>
      run(async () => {
        if (!detail) return undefined;
        if (action === "zurueckgeben" && pending.length === 0)
          throw new Error("Zum Zurückgeben bitte mindestens einen Kommentar an eine Zelle schreiben.");
        const result = await api.review(filingId, {
          action,
          expectedVersion: detail.filing.latestVersion,
          ...extra,
          ...(action === "zurueckgeben" && { comments: pending.map(({ label: _label, ...c }) => c) }),
        });
        setPending([]);
        await load();
        onChanged();
        return `„${REVIEW_ACTIONS[action].label}“ vermerkt (Version ${result.version}).`;
      }),
  };
};
