import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, use } from "react";
import type { ApiClient, ApiClientOptions } from "../../shared/api/api-client";
import type { Role } from "../../shared/domain/lifecycle";
import type { WorkbookSurface } from "../host/workbook-surface";
import type { StaffViewProps } from "../ui/StaffView/StaffView";
import type { TraegerViewProps } from "../ui/TraegerView/TraegerView";

/*
 * The split point of the task pane. The start chunk holds the shell and the sign-in; each role's
 * screens load behind one dynamic import once the role is known, and the workbook surface (the
 * Office.js adapter or the browser's file flow, with the layouts and the reader) loads beside them.
 * A Träger never downloads the review, the consolidation or the staff list, and nobody loads either
 * before signing in (tests/architecture/taskpane-start-chunk.test.ts keeps them out of the start
 * chunk by module path). New screens for a role go under these imports, never into App.tsx.
 */
const StaffView = lazy(() => import("../ui/StaffView/StaffView").then((m) => ({ default: m.StaffView })));
const TraegerView = lazy(() =>
  import("../ui/TraegerView/TraegerView").then((m) => ({ default: m.TraegerView })),
);

interface RoleLabelProps {
  programmeId: string;
  role: Role;
}
// The programme's name of the role comes from its pack, which stays out of the start chunk too.
const RoleName = lazy(() =>
  import("../../shared/programme/role-label").then((m) => ({
    default: ({ programmeId, role }: RoleLabelProps) => <>{m.roleLabel(programmeId, role)}</>,
  })),
);

/** The signed-in user's role as the programme names it („Stabsstellenleitung“), once its pack loaded. */
export const RoleLabel = (props: RoleLabelProps) => (
  <Suspense fallback={null}>
    <RoleName {...props} />
  </Suspense>
);

/** Started once by main.tsx (not awaited): the surface's chunk loads while the user signs in. */
export type SurfacePromise = Promise<WorkbookSurface>;

/** The API client, loading: it carries every route's schemas, which the sign-in does not need. */
export type ApiPromise = Promise<ApiClient>;

/** Loads the API client beside the screens (its own chunk), so the start stays small. */
export const loadApiClient = (options: ApiClientOptions): ApiPromise =>
  import("../../shared/api/api-client").then((m) => m.createApiClient(options));

type WithSurface<P> = Omit<P, "surface" | "api"> & { surface: SurfacePromise; api: ApiPromise };

const StaffWithSurface = ({ surface, api, ...props }: WithSurface<StaffViewProps>) => (
  <StaffView {...props} api={use(api)} surface={use(surface)} />
);
const TraegerWithSurface = ({ surface, api, ...props }: WithSurface<TraegerViewProps>) => (
  <TraegerView {...props} api={use(api)} surface={use(surface)} />
);

const loading = <Spinner label="Wird geladen …" />;

export const StaffScreen = (props: WithSurface<StaffViewProps>) => (
  <Suspense fallback={loading}>
    <StaffWithSurface {...props} />
  </Suspense>
);

export const TraegerScreen = (props: WithSurface<TraegerViewProps>) => (
  <Suspense fallback={loading}>
    <TraegerWithSurface {...props} />
  </Suspense>
);
