/**
 * Träger and districts (Stadtteilzuschnitte) named in the council paper of 22.12.2021. Which Träger
 * serves which district is a program parameter per year (`zuordnungen`); these are the defaults and
 * the demo data. The paper names the Träger but not their districts: the pairing here is illustrative.
 */
export const TRAEGER = [
  { id: "awo", name: "AWO Kreisverband Lüneburg e. V." },
  { id: "caritas", name: "Caritasverband Lüneburg e. V." },
  { id: "lebensraum-diakonie", name: "Lebensraum Diakonie e. V." },
  { id: "paritaetischer", name: "Paritätischer Wohlfahrtsverband Lüneburg" },
  { id: "drk", name: "DRK Kreisverband Lüneburg e. V." },
  { id: "paed-in", name: "Päd In e. V." },
  { id: "vse", name: "VSE – Verein für Sozialmedizin und Erziehungshilfe e. V." },
  { id: "albatros", name: "Albatros e. V." },
  { id: "hansestadt", name: "Hansestadt Lüneburg" },
] as const;

export const DISTRICTS = [
  { id: "kaltenmoor", name: "Kaltenmoor", stadtteilhaus: "Stadtteilhaus Kaltenmoor" },
  { id: "bockelsberg", name: "Bockelsberg", stadtteilhaus: "Stadtteilhaus Bockelsberg" },
  { id: "innenstadt", name: "Innenstadt inkl. Ilmenaugarten", stadtteilhaus: "Stadtteilbüro Innenstadt" },
  {
    id: "kreideberg-ochtmissen",
    name: "Kreideberg und Ochtmissen",
    stadtteilhaus: "Stadtteilhaus Kreideberg",
  },
  { id: "hanseviertel", name: "Hanseviertel", stadtteilhaus: "Stadtteilbüro Hanseviertel" },
  {
    id: "ebensberg-luene-moorfeld",
    name: "Ebensberg / Lüne / Moorfeld",
    stadtteilhaus: "Stadtteilhaus Ebensberg",
  },
  {
    id: "schuetzenplatz-neu-hagen",
    name: "Schützenplatz / Neu Hagen",
    stadtteilhaus: "Stadtteilbüro Schützenplatz",
  },
  {
    id: "weisser-turm",
    name: "Weißer Turm (Quartiersmanagement)",
    stadtteilhaus: "Quartiersbüro Weißer Turm",
  },
] as const;

export type TraegerId = (typeof TRAEGER)[number]["id"];
export type DistrictId = (typeof DISTRICTS)[number]["id"];

/** Default assignment: who files for which district. `tandem` names the co-editing partner. */
export const DEFAULT_ZUORDNUNGEN: { districtId: DistrictId; traegerId: TraegerId; tandem?: TraegerId }[] = [
  { districtId: "kaltenmoor", traegerId: "awo" },
  { districtId: "bockelsberg", traegerId: "caritas" },
  { districtId: "innenstadt", traegerId: "lebensraum-diakonie", tandem: "hansestadt" },
  { districtId: "kreideberg-ochtmissen", traegerId: "hansestadt" },
  { districtId: "hanseviertel", traegerId: "hansestadt" },
  { districtId: "ebensberg-luene-moorfeld", traegerId: "paritaetischer" },
  { districtId: "schuetzenplatz-neu-hagen", traegerId: "drk" },
  { districtId: "weisser-turm", traegerId: "vse" },
];

export const traegerName = (id: string): string => TRAEGER.find((t) => t.id === id)?.name ?? id;
export const districtName = (id: string): string => DISTRICTS.find((d) => d.id === id)?.name ?? id;
/** The district's Stadtteilhaus/-büro; for a district the Stammdaten do not know, its name. */
export const stadtteilhausName = (id: string): string =>
  DISTRICTS.find((d) => d.id === id)?.stadtteilhaus ?? districtName(id);
