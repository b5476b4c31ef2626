/**
 * The requirement sets a manifest asks for (`<Requirements><Sets DefaultMinVersion="1.1"><Set
 * Name="ExcelApi" MinVersion="1.7"/>`): Office installs the add-in only where they are all there, so
 * members up to these versions need no guard. A `<Set>` without `MinVersion` takes the default.
 */
export const manifestRequirements = (xml: string): Record<string, string> => {
  const block = /<Requirements>[\s\S]*?<\/Requirements>/.exec(xml)?.[0] ?? "";
  const sets = /<Sets\b([^>]*)>([\s\S]*?)<\/Sets>/.exec(block);
  if (!sets) return {};
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const fallback = attr(sets[1]!, "DefaultMinVersion") ?? "1.1";
  const out: Record<string, string> = {};
  for (const [tag] of sets[2]!.matchAll(/<Set\b[^>]*\/?>/g)) {
    const name = attr(tag, "Name");
    if (name) out[name] = attr(tag, "MinVersion") ?? fallback;
  }
  return out;
};
