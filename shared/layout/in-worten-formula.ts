/**
 * "in Worten" as an Excel formula, so the printed form always says the amount in words, also after
 * the Zuschuss was changed in Excel or LibreOffice. German number words are built from a list of the
 * words for 0–999 (on the hidden metadata sheet, `NUMBER_WORDS`), the way n2words writes them:
 * "einhunderteinstausend", "eintausendeins Euro", "ein Cent", "null Euro". No LET (Excel 2016 and
 * older LibreOffice lack it), so the parts are spelled out. Amounts from one million on stay empty;
 * the reader derives the words from the amount in any case.
 */
export const NUMBER_WORDS = { name: "LST_zahlwoerter", column: "H", title: "Zahlwörter 0–999" } as const;

export const inWortenFormula = (amountName: string): string => {
  const r = `ROUND(${amountName},2)`;
  const e = `INT(${r})`;
  const c = `ROUND((${r}-INT(${r}))*100,0)`;
  const t = `INT(${e}/1000)`;
  const u = `MOD(${e},1000)`;
  const word = (n: string) => `INDEX(${NUMBER_WORDS.name},${n}+1)`;
  const euros =
    `IF(${t}>0,${word(t)}&"tausend","")` + `&IF(${u}=0,"",IF(AND(${u}=1,${t}>0),"eins",${word(u)}))`;
  const cents = word(c);
  const inWords = `IF(${e}=0,IF(${c}=0,"null Euro",${cents}&" Cent"),${euros}&" Euro"&IF(${c}=0,""," und "&${cents}&" Cent"))`;
  return `IF(OR(${amountName}="",${amountName}<0,${amountName}>=1000000),"",${inWords})`;
};
