import type { VerwendungsnachweisFiling } from "../../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../../shared/samples/sample-filings";
import { amountInWords } from "../../../shared/money/amount-in-words";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";

/**
 * The sample Verwendungsnachweis with the Zuschuss the programme granted this Träger and district
 * for the year (where one is configured), so VN-ZUSCHUSS-BEWILLIGT has nothing to warn about; the
 * difference to the costs becomes "weitere Einnahmen", so the Schlussrechnung still comes out at 0.
 */
export const grantedSample = (meta: VerwendungsnachweisFiling["meta"]): VerwendungsnachweisFiling => {
  const filing = sampleVerwendungsnachweis(meta);
  const granted = defaultProgramParams(meta).zuschuesse.find(
    (z) => z.traegerId === meta.traegerId && z.districtId === meta.districtId,
  )?.betrag;
  const { kopf, schlussrechnung } = filing.data;
  if (granted === undefined || granted > schlussrechnung.kostensumme!) return filing;
  kopf.zuschuss = granted;
  kopf.zuschussInWorten = amountInWords(granted);
  schlussrechnung.zuschuss = granted;
  schlussrechnung.weitereEinnahmen = schlussrechnung.kostensumme! - granted;
  return filing;
};
