import { PageHeader } from '../../components/PageHeader';

export function SurveysScreen() {
  return <PageHeader title="Анкетирование родителей" />;
}
