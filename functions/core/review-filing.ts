import { formActionError, REVIEW_ACTIONS, transitionError } from "../../shared/domain/lifecycle";
import { actionLabel, lifecycleWords } from "../../shared/programme/lifecycle-words";
import { roleLabel } from "../../shared/programme/role-label";
import { labelForPath } from "../../shared/filing/labels";
import type { ReviewComment } from "../../shared/api/records";
import { actorOf } from "./actor-of";
import { checkPruefvermerk } from "./check-pruefvermerk";
import type { ReviewRequest, ReviewResponse } from "../../shared/api/api-schemas";
import { BadRequestError, ConflictError, ForbiddenError } from "./errors";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";
import { requireSignature } from "./require-signature";

/**
 * One step of the review workflow (REVIEW_ACTIONS): role check, then the transition, written with a
 * condition on status, latest version and audit sequence. Of two reviewers at once one wins; the
 * other gets a ConflictError saying what happened.
 */
export const reviewFiling = async (
  principal: Principal,
  filingId: string,
  request: ReviewRequest,
  deps: ServiceDeps,
): Promise<ReviewResponse> => {
  const spec = REVIEW_ACTIONS[request.action];
  if (principal.role !== spec.role)
    // Named as the caller's programme names the role (its pack's `texte.rollen`).
    throw new ForbiddenError(
      `„${actionLabel(principal.programmeIds[0], request.action)}“ ist der Rolle „${roleLabel(principal.programmeIds[0], spec.role)}“ vorbehalten.`,
    );
  const input = request.comments ?? [];
  if (request.action === "zurueckgeben" && input.length === 0)
    throw new BadRequestError(
      "Zum Zurückgeben ist mindestens ein Kommentar nötig, der sagt, was zu korrigieren ist.",
    );

  const head = await loadVisibleHead(principal, filingId, deps);
  if (request.expectedVersion !== undefined && request.expectedVersion !== head.latestVersion)
    throw new ConflictError(
      `Inzwischen liegt Version ${head.latestVersion} vor (geprüft wurde Version ${request.expectedVersion}). Bitte die aktuelle Version ansehen.`,
    );
  const words = lifecycleWords(head.meta.programmeId);
  const notOfForm = formActionError(request.action, head.kind, words);
  if (notOfForm) throw new ConflictError(notOfForm);
  const illegal = transitionError(request.action, head.status, words);
  if (illegal) throw new ConflictError(illegal);
  if (request.action === "pruefen") await requireSignature(head, deps);
  const vermerk = await checkPruefvermerk(principal, head, request, deps);

  const comments: ReviewComment[] = input.map((c) => ({
    ...(c.path && { path: c.path, label: labelForPath(head.kind, c.path, head.meta.programmeId) }),
    ...(c.cell && { cell: c.cell }),
    text: c.text,
  }));
  const result = await deps.store.applyReview({
    filingId,
    expected: head,
    action: request.action,
    toStatus: spec.to,
    by: actorOf(principal),
    at: deps.clock().toISOString(),
    comments,
    ...vermerk,
  });
  if (!result.applied) {
    const now = result.current;
    const reason =
      transitionError(request.action, now.status, words) ??
      `Inzwischen liegt Version ${now.latestVersion} im Status „${words.status(now.status)}“ vor.`;
    throw new ConflictError(`Jemand anderes hat den Vorgang gerade geändert. ${reason}`);
  }
  return {
    filingId,
    status: result.head.status,
    version: result.head.latestVersion,
    audit: result.entry,
  };
};
