import { useApiQuery } from '../api/queries';

/**
 * Every partner by name as the options of a Select, and any partner the record already names that the list no
 * longer holds (deleted since) under the name the record keeps, so that an old record still shows its partner.
 */
export function usePartnerOptions(kept: readonly { id: number; name: string }[] = []) {
  const partners = useApiQuery('partners:list', { sort: 'name' });
  const options = (partners.data ?? []).map((p) => ({ value: String(p.id), label: p.fullName }));
  for (const { id, name } of kept) {
    if (!options.some((o) => o.value === String(id))) options.push({ value: String(id), label: name });
  }
  return options;
}
