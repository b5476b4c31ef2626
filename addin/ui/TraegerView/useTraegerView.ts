import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FilingDetail, FilingSummary } from "../../../shared/api/api-schemas";
import { carryOverFromPreviousYear } from "../../../shared/filing/forms";
import { filingKey, type Filing } from "../../../shared/filing/filing";
import { formatCount, formatDateTime } from "../../../shared/money/format-de";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import type { ProgramParams } from "../../../shared/programme/program-params";
import { hasFehler, type Finding } from "../../../shared/rules/finding";
import { checkWorkbook } from "../../../shared/workbook/check-workbook";
import type { ReadWorkbookResult } from "../../../shared/workbook/read-snapshot";
import { ApiError, NetworkError, type ApiClient } from "../../../shared/api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import type { PinnedComment } from "../CommentsList/CommentsList";
import type { TemplateChoice } from "../TemplatePanel/TemplatePanel";
import { useAction } from "../use-action";

/** Typing pauses this long before the live check reads the workbook again. */
export const LIVE_CHECK_DELAY_MS = 400;

/**
 * The current stored Verwendungsnachweis a Jahresbericht is compared with (JB-RESSOURCEN-ABGLEICH),
 * as the server does at submit; none when not stored, not visible or out of reach. Asked once per
 * pane and again right before submitting, so a version stored meanwhile counts where it matters.
 */
const storedPartner = async (api: ApiClient, filing: Filing) => {
  if (filing.kind !== "jahresbericht") return {};
  try {
    const vn = (await api.getFiling(filingKey("verwendungsnachweis", filing.meta))).latest.content;
    return vn.kind === "verwendungsnachweis" ? { verwendungsnachweis: vn.data } : {};
  } catch {
    return {};
  }
};

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The filing at the city: its detail, null when never submitted, undefined without a filing. */
const detailOf = async (api: ApiClient, id: string | undefined): Promise<FilingDetail | null | undefined> => {
  if (!id) return undefined;
  try {
    return await api.getFiling(id);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
};

/**
 * The Träger's task pane: reads and checks the workbook live, knows the filing's state at the city
 * (status, comments of a return), and runs the actions – template, carry-over, draft, submit.
 */
export const useTraegerView = ({ surface, api }: { surface: WorkbookSurface; api: ApiClient }) => {
  const [read, setRead] = useState<ReadWorkbookResult>();
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checkedAt, setCheckedAt] = useState<Date>();
  const [checking, setChecking] = useState(false);
  const [detail, setDetail] = useState<FilingDetail | null>();
  const [progress, setProgress] = useState<number>();
  const { busy, notice, setNotice, run } = useAction(() => setProgress(undefined));
  const params = useRef(new Map<string, Promise<ProgramParams>>());

  const paramsFor = useCallback(
    (meta: Filing["meta"]) => {
      const key = `${meta.programmeId}/${meta.year}`;
      let p = params.current.get(key);
      if (!p) {
        // The stored parameters of the year; the programme's defaults when the API is out of reach –
        // said on screen, since a cap or a granted Zuschuss may differ from the stored year.
        p = api.getParams(meta.programmeId, meta.year).catch((e: unknown) => {
          params.current.delete(key);
          setNotice({
            intent: "info",
            text: `Die Parameter ${meta.year} ließen sich nicht laden (${message(e)}); geprüft wird vorerst mit den Vorgaben des Programms.`,
          });
          return defaultProgramParams(meta);
        });
        params.current.set(key, p);
      }
      return p;
    },
    [api, setNotice],
  );

  const partners = useRef(new Map<string, ReturnType<typeof storedPartner>>());
  const partnerFor = useCallback(
    (f: Filing) => {
      const key = filingKey(f.kind, f.meta);
      let p = partners.current.get(key);
      if (!p) partners.current.set(key, (p = storedPartner(api, f)));
      return p;
    },
    [api],
  );

  /** One full check: read the whole workbook, run every rule, each finding at its cell. */
  const check = useCallback(async () => {
    setChecking(true);
    try {
      const result = await surface.read();
      const checked = result
        ? checkWorkbook(
            result,
            result.filing
              ? {
                  params: await paramsFor(result.filing.meta),
                  ...(await partnerFor(result.filing)),
                }
              : {},
          )
        : undefined;
      setRead(result);
      // A blank workbook is no Fehler: nothing was done yet (the view prompts for a template).
      setFindings(result?.noTemplate ? [] : (checked?.findings ?? []));
      setCheckedAt(result ? new Date() : undefined);
      return { read: result, findings: checked?.findings ?? [] };
    } finally {
      setChecking(false);
    }
  }, [surface, paramsFor, partnerFor]);

  useEffect(() => {
    const checkNow = () => void check().catch((e) => setNotice({ intent: "error", text: message(e) }));
    // The first check right after mounting, outside the effect's own run (it sets state).
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(checkNow, 0);
    const unsubscribe = surface.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(checkNow, LIVE_CHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [surface, check, setNotice]);

  const filing = read?.filing ?? undefined;
  const id = filing && filingKey(filing.kind, filing.meta);

  const loadDetail = useCallback(async () => setDetail(await detailOf(api, id)), [api, id]);
  useEffect(() => {
    let current = true;
    detailOf(api, id).then(
      (d) => current && setDetail(d),
      (e: unknown) =>
        current &&
        setNotice({ intent: "error", text: `Der Stand bei der Stadt ließ sich nicht laden: ${message(e)}` }),
    );
    return () => {
      current = false;
    };
  }, [api, id, setNotice]);

  /** The comments of the last return, each at the cell its field has in this workbook now. */
  const comments = useMemo((): PinnedComment[] => {
    if (!detail || detail.filing.status !== "zurueckgegeben") return [];
    const version = detail.filing.latestVersion;
    return detail.comments
      .filter((c) => c.action === "zurueckgeben" && c.version === version)
      .map((c) => {
        const cell = (c.path && read?.cellOf(c.path)) || c.cell;
        return {
          text: c.text,
          label: c.label ?? "allgemein",
          ...(cell && { cell }),
          by: c.by.name,
          at: c.at,
          version: c.version,
        };
      });
  }, [detail, read]);

  const cellsKey = comments.map((c) => c.cell ?? "").join("|");
  useEffect(() => {
    if (surface.canShowCells)
      void surface
        .highlight(cellsKey ? cellsKey.split("|").filter(Boolean) : [])
        .catch((e) =>
          setNotice({ intent: "error", text: `Die Zellen ließen sich nicht markieren: ${message(e)}` }),
        );
    // Keyed by the cells, so the marks are set again only when the commented cells change.
  }, [surface, cellsKey, setNotice]);

  const put = async (f: Filing | TemplateChoice) => {
    const text = await surface.putTemplate(f, await paramsFor(f.meta), setProgress);
    await check();
    return text;
  };

  const actions = {
    template: (choice: TemplateChoice) => run(() => put(choice)),
    carryOver: (choice: TemplateChoice) =>
      run(async () => {
        const last = { ...choice.meta, year: choice.meta.year - 1 };
        let previous;
        try {
          previous = await api.getFiling(filingKey(choice.kind, last));
        } catch (err) {
          if (err instanceof ApiError && err.status === 404)
            throw new Error(
              `Für ${last.year} liegt kein eingereichter Bericht dieser Art vor; bitte mit einer leeren Vorlage beginnen.`,
            );
          throw err;
        }
        const text = await put(carryOverFromPreviousYear(previous.latest.content, choice.meta.year));
        return `${text} Übernommen aus ${last.year} (Version ${previous.latest.version}): Kopf, Personal und Steckbrief; Beträge sind leer.`;
      }),
    draft: (choice: TemplateChoice) =>
      run(async () => {
        const draft = await api.getDraft(filingKey(choice.kind, choice.meta)).catch((err: unknown) => {
          if (err instanceof ApiError && err.status === 404)
            throw new Error("Für diesen Bericht ist kein Entwurf gespeichert.");
          throw err;
        });
        const text = await put(draft.content);
        return `${text} Entwurf vom ${formatDateTime(draft.savedAt)} geladen.`;
      }),
    saveDraft: () =>
      run(async () => {
        const { read: current } = await check();
        if (!current?.filing) throw new Error("Die Arbeitsmappe enthält noch keinen Bericht.");
        const saved = await api.putDraft(current.filing, filingKey(current.filing.kind, current.filing.meta));
        return `Entwurf gespeichert (${formatDateTime(saved.savedAt)}). Nur Ihr Träger sieht ihn; eingereicht ist damit nichts.`;
      }),
    /** A stored version to continue: into this workbook (Excel), or its .xlsx with the Rückfragen (browser). */
    openStored: (item: FilingSummary) =>
      run(async () => {
        const record = await api.getVersion(item.filingId, item.latestVersion);
        if (surface.kind === "excel") {
          await put(record.content);
          return `Version ${item.latestVersion} in die Arbeitsmappe geladen.`;
        }
        const text = await surface.openVersion({
          filing: record.content,
          params: await paramsFor(record.content.meta),
          version: item.latestVersion,
          download: () => api.workbook(item.filingId, item.latestVersion),
        });
        return `${text} Die Rückfragen stehen im Blatt „Rückfragen“ und an den Zellen; korrigieren, speichern und hier hochladen.`;
      }),
    /** The city's side may have moved on (a return with comments): ask again. */
    refresh: () =>
      run(async () => {
        await loadDetail();
        return undefined;
      }),
    selectCell: (cell: string) =>
      void surface.selectCell(cell).catch((err) => setNotice({ intent: "error", text: message(err) })),
    /** The full check right before sending, then the submission with the panel's Idempotency-Key. */
    submit: async (idempotencyKey: string) => {
      // A notice of an earlier step (draft saved, template inserted) is history once this one starts.
      setNotice(undefined);
      partners.current.clear();
      const { read: current, findings: now } = await check();
      if (!current?.filing) throw new Error("Die Arbeitsmappe enthält keinen Bericht.");
      if (hasFehler(now))
        throw new Error(
          `Die Prüfung meldet ${formatCount(now.filter((f) => f.severity === "fehler").length, "Fehler", "Fehler")}; bitte zuerst beheben.`,
        );
      try {
        const result = await api.submit(await surface.submission(current), idempotencyKey);
        await loadDetail();
        return result;
      } catch (err) {
        if (err instanceof ApiError && err.problem.findings) setFindings(err.problem.findings);
        throw err;
      }
    },
    isRetryable: (err: unknown) =>
      err instanceof NetworkError || (err instanceof ApiError && err.status >= 500),
  };

  return { read, filing, findings, checkedAt, checking, detail, comments, busy, notice, progress, actions };
};
