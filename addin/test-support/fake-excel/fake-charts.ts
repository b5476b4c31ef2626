import { deriveSeries, type FakeChartModel, type FakeSeriesModel } from "./fake-chart-model";
import { FakeClientObject, type FakeContextCore } from "./fake-client-object";
import type { FakeRange } from "./fake-range";
import {
  FakeExcelError,
  rangeAddress,
  rangeRef,
  type FakeWorkbookState,
  type RangeRef,
} from "./fake-workbook-state";

interface ChartHost extends FakeContextCore {
  state: FakeWorkbookState;
}

const chartsOf = (state: FakeWorkbookState, sheet: string) => {
  const list = state.charts.get(sheet) ?? [];
  state.charts.set(sheet, list);
  return list;
};

const rangeOfArg = (host: ChartHost, sheet: string, cell: FakeRange | string): RangeRef =>
  typeof cell === "string" ? rangeRef(host.state, sheet, cell) : cell.modelAtSync();

/** Excel.ChartSeries: its name is read after a sync; its data is set from ranges (ExcelApi 1.7). */
export class FakeChartSeries extends FakeClientObject<FakeSeriesModel> {
  constructor(
    host: ChartHost,
    resolve: () => FakeSeriesModel | null,
    private readonly model: () => FakeChartModel | null,
  ) {
    super(host, resolve, "ChartSeries");
  }
  protected readProperty(s: FakeSeriesModel, p: string): unknown {
    if (p === "name") return s.name;
    throw new FakeExcelError("InvalidArgument", `ChartSeries.${p} kann die Attrappe nicht laden.`);
  }
  get name(): string {
    return this.property("name");
  }
  set name(value: string) {
    this.command("name=", (s) => (s.name = value));
  }
  setValues(sourceData: FakeRange) {
    this.command("setValues()", (s) => (s.values = rangeAddress(sourceData.modelAtSync(), true)));
  }
  setXAxisValues(sourceData: FakeRange) {
    this.command("setXAxisValues()", (s) => (s.xValues = rangeAddress(sourceData.modelAtSync(), true)));
  }
  delete() {
    this.command("delete()", (s) => {
      const chart = this.model();
      if (chart) chart.series = chart.series.filter((x) => x !== s);
    });
  }
}

export class FakeChartSeriesCollection extends FakeClientObject<FakeChartModel> {
  constructor(
    private readonly host: ChartHost,
    resolve: () => FakeChartModel | null,
  ) {
    super(host, resolve, "ChartSeriesCollection");
  }
  protected readProperty(chart: FakeChartModel, p: string): unknown {
    if (p === "count") return chart.series.length;
    if (p.startsWith("items"))
      return chart.series.map((s) =>
        new FakeChartSeries(this.host, () => s, this.resolve).load(p.slice("items/".length) || "name"),
      );
    throw new FakeExcelError("InvalidArgument", `ChartSeriesCollection.${p}`);
  }
  get count(): number {
    return this.property("count");
  }
  get items(): FakeChartSeries[] {
    return this.loadedItems();
  }
  getItemAt(index: number) {
    return new FakeChartSeries(this.host, () => this.resolve()?.series[index] ?? null, this.resolve);
  }
  /** A new, empty series (ExcelApi 1.7): its values come from setValues. */
  add(name?: string, index?: number) {
    const created: { series?: FakeSeriesModel } = {};
    this.command("add()", (chart) => {
      const series = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: undefined,
        xValues: undefined,
      };
      chart.series.splice(index ?? chart.series.length, 0, series);
      created.series = series;
    });
    return new FakeChartSeries(this.host, () => created.series ?? null, this.resolve);
  }
}

/** Excel.ChartTitle and Excel.ChartLegend: plain settings of the chart, readable after a sync. */
const settings = <K extends "title" | "legend">(part: K, typeName: string) =>
  class extends FakeClientObject<FakeChartModel[K]> {
    constructor(host: ChartHost, resolve: () => FakeChartModel | null) {
      super(host, () => resolve()?.[part] ?? null, typeName);
    }
    protected readProperty(model: FakeChartModel[K], p: string): unknown {
      if (!(p in model)) throw new FakeExcelError("InvalidArgument", `${typeName}.${p}`);
      return (model as Record<string, unknown>)[p];
    }
  };

export class FakeChartTitle extends settings("title", "ChartTitle") {
  get text(): string {
    return this.property("text");
  }
  set text(value: string) {
    // Excel shows a title once it has a text.
    this.command("text=", (t) => Object.assign(t, { text: value, visible: true }));
  }
  get visible(): boolean {
    return this.property("visible");
  }
  set visible(value: boolean) {
    this.command("visible=", (t) => (t.visible = value));
  }
}

export class FakeChartLegend extends settings("legend", "ChartLegend") {
  get position(): string {
    return this.property("position");
  }
  set position(value: string) {
    this.command("position=", (l) => (l.position = value));
  }
  get visible(): boolean {
    return this.property("visible");
  }
  set visible(value: boolean) {
    this.command("visible=", (l) => (l.visible = value));
  }
}

export class FakeChart extends FakeClientObject<FakeChartModel> {
  constructor(
    private readonly host: ChartHost,
    resolve: () => FakeChartModel | null,
    private readonly state: { sheet: string },
  ) {
    super(host, resolve, "Chart");
  }
  protected readProperty(chart: FakeChartModel, p: string): unknown {
    if (p === "name" || p === "chartType") return chart[p];
    throw new FakeExcelError("InvalidArgument", `Chart.${p} kann die Attrappe nicht laden.`);
  }
  get name(): string {
    return this.property("name");
  }
  set name(value: string) {
    this.command("name=", (c) => (c.name = value));
  }
  get chartType(): string {
    return this.property("chartType");
  }
  set chartType(value: string) {
    this.command("chartType=", (c) => (c.chartType = value));
  }
  get title() {
    return new FakeChartTitle(this.host, this.resolve);
  }
  get legend() {
    return new FakeChartLegend(this.host, this.resolve);
  }
  get series() {
    return new FakeChartSeriesCollection(this.host, this.resolve);
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string) {
    this.command("setPosition()", (c) => {
      const plain = (cell: FakeRange | string) =>
        rangeAddress(rangeOfArg(this.host, this.state.sheet, cell)).split("!")[1]!;
      c.position = { start: plain(startCell), end: endCell === undefined ? undefined : plain(endCell) };
    });
  }
  delete() {
    this.command("delete()", (c) => {
      const list = chartsOf(this.host.state, this.state.sheet);
      list.splice(list.indexOf(c), 1);
    });
  }
}

/** Excel.ChartCollection of one worksheet (ExcelApi 1.1). */
export class FakeChartCollection extends FakeClientObject<FakeChartModel[]> {
  constructor(
    private readonly host: ChartHost,
    private readonly state: { sheet: string },
  ) {
    super(host, () => chartsOf(host.state, state.sheet), "ChartCollection");
  }
  protected readProperty(charts: FakeChartModel[], p: string): unknown {
    if (p === "count") return charts.length;
    if (p.startsWith("items"))
      return charts.map((c) =>
        new FakeChart(this.host, () => c, this.state).load(p.slice("items/".length) || "name"),
      );
    throw new FakeExcelError("InvalidArgument", `ChartCollection.${p}`);
  }
  get count(): number {
    return this.property("count");
  }
  get items(): FakeChart[] {
    return this.loadedItems();
  }
  /** The series come from the source range as Excel reads it (deriveSeries); the name is Excel's own. */
  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto") {
    const created: { chart?: FakeChartModel } = {};
    this.command(`add(${type})`, (charts) => {
      const source = sourceData.modelAtSync();
      if (source.sheet.name !== this.state.sheet)
        throw new FakeExcelError("InvalidArgument", "Die Daten eines Diagramms stehen auf seinem Blatt.");
      const chart: FakeChartModel = {
        name: `${this.host.state.culture === "de-DE" ? "Diagramm" : "Chart"} ${charts.length + 1}`,
        chartType: type,
        source: rangeAddress(source, true),
        seriesBy,
        title: { text: "", visible: false },
        legend: { position: "Right", visible: true },
        position: undefined,
        series: deriveSeries(source, seriesBy, this.host.state.culture),
      };
      charts.push(chart);
      created.chart = chart;
    });
    return new FakeChart(this.host, () => created.chart ?? null, this.state);
  }
  /** The first chart of that name (names need not be unique). */
  getItem(name: string) {
    return new FakeChart(
      this.host,
      () => {
        const found = chartsOf(this.host.state, this.state.sheet).find((c) => c.name === name);
        if (!found) throw new FakeExcelError("ItemNotFound", `Ein Diagramm „${name}“ gibt es nicht.`);
        return found;
      },
      this.state,
    );
  }
  getItemAt(index: number) {
    return new FakeChart(
      this.host,
      () => chartsOf(this.host.state, this.state.sheet)[index] ?? null,
      this.state,
    );
  }
}
