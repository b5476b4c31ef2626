import { Field, Select } from "@fluentui/react-components";

export interface YearSelectProps {
  year: number;
  years: readonly number[];
  onYear: (year: number) => void;
}

/** The Förderjahr picker of the staff list and the template panel. */
export const YearSelect = ({ year, years, onYear }: YearSelectProps) => (
  <Field label="Förderjahr">
    <Select value={String(year)} onChange={(_e, d) => onYear(Number(d.value))}>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </Select>
  </Field>
);
