import {
  Button,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { formatDate } from "../../../shared/money/format-de";
import { formatEuro } from "../../../shared/money/format-money";
import { AUSZAHLUNG_ART_LABELS, AUSZAHLUNG_ARTEN } from "../../../shared/pruefung/zahlung";
import { ConfirmBox } from "../ConfirmBox/ConfirmBox";
import { useDeskStyles } from "../desk-styles";
import {
  emptyPaymentDraft,
  parsePaymentDraft,
  type Auszahlung,
  type AuszahlungArt,
  type PaymentErrors,
} from "./payment-draft";

// The fields line up at their labels, also when one shows a hint or a message below it.
const useStyles = makeStyles({ top: { alignItems: "flex-start" } });

export interface PaymentFormProps {
  /** „Caritasverband · Bockelsberg“: whose payment, named again in the confirmation. */
  empfaenger: string;
  busy: boolean;
  /** Resolves true once stored (then the form empties), false when the API refused it. */
  onSave: (vorgang: Auszahlung) => Promise<boolean>;
}

/**
 * „Auszahlung erfassen“: Art, Datum, Betrag in German notation. Enter (or the button) checks the
 * fields and names each one that is not right; a valid payment is confirmed in place before it
 * is sent, because an entry of the ledger is never changed afterwards.
 */
export const PaymentForm = ({ empfaenger, busy, onSave }: PaymentFormProps) => {
  const styles = useDeskStyles();
  const fields = mergeClasses(styles.row, useStyles().top);
  const [draft, setDraft] = useState(emptyPaymentDraft);
  const [errors, setErrors] = useState<PaymentErrors>({});
  const [pending, setPending] = useState<Auszahlung>();
  const submit = useRef<HTMLButtonElement>(null);
  // The confirmation closes: the focus goes back to where the keyboard left off.
  const close = () => {
    setPending(undefined);
    submit.current?.focus();
  };
  const set = (patch: Partial<typeof draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };
  const check = () => {
    const parsed = parsePaymentDraft(draft);
    if (parsed.ok) setPending(parsed.vorgang);
    else setErrors(parsed.errors);
  };
  const error = (field: keyof PaymentErrors) =>
    errors[field] ? { validationState: "error" as const, validationMessage: errors[field] } : {};
  return (
    <form
      className={styles.root}
      aria-labelledby="auszahlung-erfassen"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        check();
      }}
    >
      <Subtitle2 as="h4" id="auszahlung-erfassen">
        Auszahlung erfassen
      </Subtitle2>
      <div className={fields}>
        <Field label="Art der Zahlung">
          <Select value={draft.art} onChange={(_e, d) => set({ art: d.value as AuszahlungArt })}>
            {AUSZAHLUNG_ARTEN.map((a) => (
              <option key={a} value={a}>
                {AUSZAHLUNG_ART_LABELS[a]}
              </option>
            ))}
          </Select>
        </Field>
        {/* Native on purpose: the picker and its display follow the browser's (Excel's) locale, so a
            German Excel shows TT.MM.JJJJ, and the value is always ISO – no format hint to keep true. */}
        <Field label="Datum der Zahlung" {...error("datum")}>
          <Input type="date" value={draft.datum} onChange={(_e, d) => set({ datum: d.value })} />
        </Field>
        <Field label="Betrag (€)" hint="z. B. 12.500,00" {...error("betrag")}>
          <Input inputMode="decimal" value={draft.betrag} onChange={(_e, d) => set({ betrag: d.value })} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button ref={submit} type="submit" disabled={busy || Boolean(pending)}>
          Auszahlung erfassen
        </Button>
      </div>
      {pending && (
        <ConfirmBox
          label="Auszahlung speichern?"
          confirm="Speichern"
          onCancel={close}
          onConfirm={() => {
            close();
            void onSave(pending).then((saved) => saved && setDraft(emptyPaymentDraft()));
          }}
        >
          {AUSZAHLUNG_ART_LABELS[pending.art]} über {formatEuro(pending.betrag)} vom{" "}
          {formatDate(pending.datum)} an {empfaenger} speichern? Ein gespeicherter Eintrag bleibt unverändert
          im Zahlungsbuch.
        </ConfirmBox>
      )}
    </form>
  );
};
