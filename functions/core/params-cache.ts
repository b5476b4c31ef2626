import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import type { FilingStore } from "./filing-store";
import { requireProgramme } from "./get-params";

/** The year's parameters and the stored version they are (0: the pack's defaults, none stored). */
export interface VersionedParams {
  params: ProgramParams;
  version: number;
}

/**
 * Parameters change a few times a year, submissions thousands of times: a container keeps what it
 * read, per store (one per Lambda container; every test has its own). A stale entry is harmless:
 * the submission transaction checks that no newer version exists (AppendVersionInput.paramsUsed)
 * and the service drops the entry and reads again when one does.
 */
const caches = new WeakMap<FilingStore, Map<string, VersionedParams>>();

const cacheOf = (store: FilingStore) => {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  return cache;
};
const keyOf = (at: ProgrammeYear) => `${at.programmeId}\u0000${at.year}`;

export const cachedParams = (store: FilingStore, at: ProgrammeYear): VersionedParams | undefined =>
  cacheOf(store).get(keyOf(at));

export const dropCachedParams = (store: FilingStore, at: ProgrammeYear): void => {
  cacheOf(store).delete(keyOf(at));
};

/** Reads the year's latest parameters from the store (or the pack's) and remembers them. */
export const loadParams = async (store: FilingStore, at: ProgrammeYear): Promise<VersionedParams> => {
  requireProgramme(at.programmeId);
  const stored = await store.getParams(at);
  const value = stored
    ? { params: stored.params, version: stored.version }
    : { params: defaultProgramParams(at), version: 0 };
  cacheOf(store).set(keyOf(at), value);
  return value;
};
