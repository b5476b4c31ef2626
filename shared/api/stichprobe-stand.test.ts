import { describe, expect, it } from "vitest";
import type { StichprobeRecord } from "./stichprobe-schemas";
import { stichprobeStandOf } from "./stichprobe-stand";

const request = (seq: number, belegnummern: string[], faelligAm: string): StichprobeRecord => ({
  filingId: "f",
  version: 1,
  seq,
  belegnummern,
  faelligAm,
  angefordertAm: "2027-02-01T09:00:00.000Z",
  angefordertVon: { sub: "u-ko", name: "Koordinierung" },
});

describe("stichprobeStandOf", () => {
  it("is null when no Stichprobe was requested", () => {
    expect(stichprobeStandOf([], [])).toBeNull();
  });

  it("counts the requested Belege without an upload and names the due date", () => {
    const stand = stichprobeStandOf([request(2, ["B-3", "B-7"], "2027-03-15")], []);
    expect(stand?.offen).toBe(2);
    expect(stand?.hinweis).toBe("Stichprobe angefordert: 2 Belege bis 15.03.2027");
  });

  it("puts each receipt beside its Belegnr. (trimmed, case-insensitive), ignoring signatures and other Belege", () => {
    const stand = stichprobeStandOf(
      [request(2, ["B-3", "B-7"], "2027-03-15")],
      [
        { attachmentId: "a1", kind: "beleg", belegnr: " b-3" },
        { attachmentId: "a2", kind: "unterschrift" },
        { attachmentId: "a3", kind: "beleg", belegnr: "B-9" },
      ],
    );
    expect(stand?.belege).toEqual([
      { belegnr: "B-3", faelligAm: "2027-03-15", anlagen: ["a1"] },
      { belegnr: "B-7", faelligAm: "2027-03-15", anlagen: [] },
    ]);
    expect(stand?.hinweis).toBe("Stichprobe angefordert: 1 Beleg bis 15.03.2027");
  });

  it("adds a later request's Belege and takes its due date, never dropping an earlier Beleg", () => {
    const stand = stichprobeStandOf(
      [request(2, ["B-3", "B-7"], "2027-03-15"), request(3, ["B-7", "B-9"], "2027-04-01")],
      [{ attachmentId: "a1", kind: "beleg", belegnr: "B-3" }],
    );
    expect(stand?.belege.map((b) => [b.belegnr, b.faelligAm])).toEqual([
      ["B-3", "2027-03-15"],
      ["B-7", "2027-04-01"],
      ["B-9", "2027-04-01"],
    ]);
    expect(stand?.anforderungen.map((r) => r.seq)).toEqual([2, 3]);
    expect(stand?.hinweis).toBe("Stichprobe angefordert: 2 Belege bis 01.04.2027");
  });

  it("says when every requested Beleg is there", () => {
    const stand = stichprobeStandOf(
      [request(2, ["B-3", "B-7"], "2027-03-15")],
      [
        { attachmentId: "a1", kind: "beleg", belegnr: "B-3" },
        { attachmentId: "a2", kind: "beleg", belegnr: "B-7" },
      ],
    );
    expect(stand).toMatchObject({ offen: 0, hinweis: "Stichprobe: alle 2 Belege liegen vor" });
  });
});
