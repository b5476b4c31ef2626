// The `office.js` the end-to-end tests hand to the task pane instead of Microsoft's: an in-memory
// Excel with one empty sheet, installed as `Office` and `Excel`, and reachable by the test as
// `window.__excel` (to type into cells, click them and look at what the add-in wrote). A test picks
// the Excel's version by setting `window.__fakeExcelApi` ("1.7") before the page loads.
import { createFakeExcel } from "./fake-excel";
import { installFakeOffice } from "./fake-office";

const target = window as unknown as Record<string, unknown>;
const excelApi = typeof target.__fakeExcelApi === "string" ? target.__fakeExcelApi : undefined;
const excel = createFakeExcel(
  { sheets: [{ name: "Tabelle1", cells: {} }], names: {}, tables: [] },
  excelApi ? { excelApi } : {},
);
installFakeOffice(target, excel);
target.__excel = excel;
