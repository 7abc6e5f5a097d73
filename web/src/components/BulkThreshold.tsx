// Accept every proposed claim at or above a confidence, in one action (editors only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { invalidate, ledger } from '../api/keys.ts';
import { accessMessage } from '../auth.tsx';
import { t } from '../i18n/index.ts';

export function BulkThreshold() {
  const client = useQueryClient();
  const [threshold, setThreshold] = useState('0.9');
  const bulk = useMutation({
    mutationFn: () => api.acceptAbove(Number(threshold)),
    // Claims of any kind are accepted at once: as for one review, the whole ledger.
    onSuccess: () => invalidate(client, ...ledger),
  });
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        bulk.mutate();
      }}
    >
      <label>
        {t('review.bulkThreshold')}
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
        />
      </label>
      <button type="submit" disabled={bulk.isPending}>
        {t('review.bulkGo')}
      </button>
      {bulk.data ? (
        <span role="status">{t('review.bulkDone', { count: bulk.data.accepted })}</span>
      ) : null}
      {bulk.error ? (
        <span role="alert" className="error">
          {accessMessage(bulk.error)}
        </span>
      ) : null}
    </form>
  );
}
