import { useRef } from 'react';
import { get, set, useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import { v } from '../../../core/api/messages.ts';

// A record form's react-hook-form: each field checked as it is left, then as it is typed in, so
// a wrong value says why at once. Except "required": a field left empty before the first save
// says nothing yet. Walk 32 saw "Wajib diisi" under Judul because the clerk left it (it has the
// focus when the form opens) to choose Jenis first; the save still names every empty field.

/** The resolver, quiet about an empty required field checked on its own (left or typed in) before the first save. */
function quietRequired<In extends FieldValues, Out>(resolver: () => Resolver<In, unknown, Out>, submitted: () => boolean): Resolver<In, unknown, Out> {
  return async (values, context, options) => {
    const result = await resolver()(values, context, options);
    const names = options.names ?? [];
    if (submitted() || names.length !== 1) return result;
    const name = names[0]!;
    if ((get(result.errors, name) as { message?: string } | undefined)?.message === v.required) set(result.errors, name, undefined);
    return result;
  };
}

export function useCheckedForm<In extends FieldValues, Out>(resolver: Resolver<In, unknown, Out>, defaultValues?: DefaultValues<In>): UseFormReturn<In, unknown, Out> {
  const latest = useRef(resolver);
  latest.current = resolver;
  const submitted = useRef(false);
  const quiet = useRef<Resolver<In, unknown, Out> | null>(null);
  quiet.current ??= quietRequired(() => latest.current, () => submitted.current);
  const form = useForm<In, unknown, Out>({ resolver: quiet.current, ...(defaultValues === undefined ? {} : { defaultValues }), mode: 'onTouched' });
  // A save attempt, whichever way the form is sent (button, Enter, Ctrl+S), makes the form say every empty field from then on.
  const wrapped = useRef<UseFormReturn<In, unknown, Out> | null>(null);
  if (wrapped.current !== form) {
    const send = form.handleSubmit;
    form.handleSubmit = (valid, invalid) => (event) => {
      submitted.current = true;
      return send(valid, invalid)(event);
    };
    wrapped.current = form;
  }
  return form;
}
