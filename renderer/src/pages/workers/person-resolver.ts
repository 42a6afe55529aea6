import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Resolver } from 'react-hook-form';
import { nikRefusal } from '../../../../core/api/nik.ts';
import type { Message } from '../../../../core/api/messages/message.ts';
import { personInputSchema, type PersonInput, type PersonValues } from '../../../../core/api/workers.ts';
import { request } from '../../api/client.ts';
import { sayMessage } from '../../i18n/index.ts';

// The person form's check before a save: its schema, and the NIK read by the app's own parser
// (nik.analyze) as the save reads it. A NIK the parser refuses is said on its field at once,
// with the other fields' errors, instead of after them from the server.

/** The parser's refusal of the NIK as typed; null when it is usable, empty (the schema asks) or not read. */
async function nikRefused(client: QueryClient, typed: string | undefined): Promise<Message | null> {
  const value = (typed ?? '').trim();
  if (!value) return null;
  try {
    const analysis = await client.fetchQuery({ queryKey: ['nik.analyze', value], queryFn: () => request('nik.analyze', { value }), staleTime: Infinity });
    return nikRefusal(analysis);
  } catch {
    return null; // not read now: the save's own check still says it
  }
}

export function usePersonResolver(): Resolver<PersonInput, unknown, PersonValues> {
  const client = useQueryClient();
  return useMemo(() => {
    const schema = zodResolver(personInputSchema);
    return async (values, context, options) => {
      const [result, refused] = await Promise.all([schema(values, context, options), nikRefused(client, values.nik)]);
      if (!refused || result.errors.nik) return result;
      return { values: {}, errors: { ...result.errors, nik: { type: 'nik', message: sayMessage(refused) } } };
    };
  }, [client]);
}
