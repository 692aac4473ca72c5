import { PageHeader } from '../../components/PageHeader';

export function ClubsScreen() {
  return <PageHeader title="Кружки у партнёров" />;
}
