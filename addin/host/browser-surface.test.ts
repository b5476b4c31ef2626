import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { browserSurface } from "./browser-surface";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };

describe("browserSurface", () => {
  it("reads the uploaded workbook, tells its listeners, and is back at the start after clearFile", async () => {
    const surface = browserSurface();
    let changes = 0;
    const stop = surface.subscribe(() => changes++);
    expect(await surface.read()).toBeUndefined();
    await expect(surface.submission({} as never)).rejects.toThrow(/zuerst eine Arbeitsmappe hochladen/);

    const bytes = await writeWorkbook(sampleVerwendungsnachweis(meta));
    surface.setFile("vn.xlsx", bytes);
    expect(surface.fileName()).toBe("vn.xlsx");
    expect((await surface.read())?.filing?.meta).toEqual(meta);
    expect(await surface.submission({} as never)).toEqual({ xlsx: bytes });

    surface.clearFile();
    expect(surface.fileName()).toBeUndefined();
    expect(await surface.read()).toBeUndefined();
    expect(changes).toBe(2);
    stop();
    surface.setFile("again.xlsx", bytes);
    expect(changes).toBe(2);
  });
});
