import type { SchoolProfile } from '../contract/settings';
import { buildAcquisitionPlanDocument } from '../documents/acquisition-plan';
import type { DocumentBuilders } from '../documents/builders';
import { AcquisitionsService, type AcquisitionsDeps } from './service';

/** The printed perspective plan of acquisitions. */
export function acquisitionDocumentBuilders(deps: AcquisitionsDeps & { school: () => SchoolProfile }) {
  const acquisitions = new AcquisitionsService(deps);
  return {
    acquisitionPlan: ({ fromYear, toYear }) => {
      const years = { fromYear, toYear };
      return buildAcquisitionPlanDocument({
        years,
        items: acquisitions.printable(years),
        approval: acquisitions.approval(),
        school: deps.school(),
      });
    },
  } satisfies Partial<DocumentBuilders>;
}
