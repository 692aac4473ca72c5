import { PageHeader } from '../../components/PageHeader';

export function StaffScreen() {
  return <PageHeader title="Повышение квалификации" />;
}
