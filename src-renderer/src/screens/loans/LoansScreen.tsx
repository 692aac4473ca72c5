import { PageHeader } from '../../components/PageHeader';

export function LoansScreen() {
  return <PageHeader title="Ресурсы партнёров" />;
}
