import { useMutation } from '@tanstack/react-query';
import { ApiCallError, uploadFile } from '../api/client.ts';
import { useCycleWrite } from './queries.ts';

/** A rubric file (XLSX or JSON) the user picked, staged like every import, then read into the cycle. */
export function useRubricImport(cycleUid: string) {
  const importRubric = useCycleWrite('award.rubric.import');
  return useMutation({
    mutationFn: async (file: File) => {
      const staged = await uploadFile(file);
      if (!staged.ok) throw new ApiCallError(staged.error);
      return importRubric.mutateAsync({ cycleUid, fileToken: staged.data.token });
    },
  });
}
