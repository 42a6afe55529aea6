import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';

/**
 * A register's record page: the record of the route's uid (the register's query), and the
 * dialogs the page opens on it: the record's form, and a status change (which status).
 */
export function useRecordPage<Detail, Status>(useRecord: (uid: string) => UseQueryResult<Detail>) {
  const { uid = '' } = useParams();
  const detail = useRecord(uid);
  const [editing, setEditing] = useState(false);
  const [statusAction, setStatusAction] = useState<Status | null>(null);
  return { detail, editing, setEditing, statusAction, setStatusAction };
}
