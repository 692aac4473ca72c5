import { PageHeader } from '../../components/PageHeader';

export function AcquisitionsScreen() {
  return <PageHeader title="План приобретения" />;
}
