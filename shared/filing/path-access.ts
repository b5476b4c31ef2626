import type { FieldPath } from "./labels";

/** The value at a path of plain data, undefined where the path leads nowhere. */
export const getIn = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>(
    (node, segment) =>
      node !== null && typeof node === "object"
        ? (node as Record<string | number, unknown>)[segment]
        : undefined,
    data,
  );

/** Sets a value at a path whose parent objects exist (the empty filing provides them). */
export const setIn = (data: object, path: FieldPath, value: unknown): void => {
  const parent = getIn(data, path.slice(0, -1));
  const last = path[path.length - 1];
  if (parent === null || typeof parent !== "object" || last === undefined)
    throw new Error(`Pfad ${path.join(".")} existiert nicht`);
  (parent as Record<string | number, unknown>)[last] = value;
};

export const pathKey = (path: FieldPath): string => path.join("\u0000");
