import { useWatch, type FieldPath, type FieldValues, type PathValue, type UseFormReturn } from 'react-hook-form';
import { regionCodeSchema } from '../../../core/api/reference.ts';
import { RegionPicker } from './RegionPicker.tsx';

// The kecamatan / desa picker of a record form, bound to the two fields the register names:
// a pick marks the form changed and clears what the server said about the old place. Text
// typed and left without a pick is not dropped: the field holds it instead of a code, so the
// form's schema refuses the save, and the picker shows it with what to do.

interface Props<Values extends FieldValues> {
  form: Pick<UseFormReturn<Values>, 'control' | 'setValue' | 'clearErrors'>;
  fields: { kecamatan: FieldPath<Values>; desa: FieldPath<Values> };
  error: { kecamatan?: string; desa?: string };
}

export function FormRegionPicker<Values extends FieldValues>({ form, fields, error }: Props<Values>) {
  const [kecamatan, desa] = useWatch({ control: form.control, name: [fields.kecamatan, fields.desa] }) as [string | null | undefined, string | null | undefined];
  const set = (field: FieldPath<Values>, code: string | null) => form.setValue(field, code as PathValue<Values, FieldPath<Values>>, { shouldDirty: true });
  const code = (v: string | null | undefined) => (v && regionCodeSchema.safeParse(v).success ? v : null);
  const text = (v: string | null | undefined) => (v && !code(v) ? v : undefined);
  return (
    <RegionPicker
      value={{ kecamatan: code(kecamatan), desa: code(desa) }}
      unchosen={{ kecamatan: text(kecamatan), desa: text(desa) }}
      onUnchosen={(field, typed) => {
        if (field === 'kabupaten') return;
        set(fields[field], typed);
        form.clearErrors(fields[field]);
      }}
      onChange={(v) => {
        set(fields.kecamatan, v.kecamatan);
        set(fields.desa, v.desa);
        form.clearErrors([fields.kecamatan, fields.desa]);
      }}
      error={error}
    />
  );
}
