import { createHashRouter } from 'react-router';
import { ReviewsScreen } from '../screens/reviews/ReviewsScreen';
import { AgreementCardScreen } from '../screens/agreements/AgreementCardScreen';
import { EditAgreementScreen } from '../screens/agreements/AgreementFormScreen';
import { AgreementsScreen } from '../screens/agreements/AgreementsScreen';
import { TemplatesScreen } from '../screens/agreements/TemplatesScreen';
import { EventsScreen } from '../screens/events/EventsScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { LoansScreen } from '../screens/loans/LoansScreen';
import { ClubsScreen } from '../screens/clubs/ClubsScreen';
import { StaffScreen } from '../screens/staff/StaffScreen';
import { SurveysScreen } from '../screens/surveys/SurveysScreen';
import { AcquisitionsScreen } from '../screens/acquisitions/AcquisitionsScreen';
import { PartnerCardScreen } from '../screens/partners/PartnerCardScreen';
import { EditPartnerScreen, NewPartnerScreen } from '../screens/partners/PartnerFormScreen';
import { PartnersScreen } from '../screens/partners/PartnersScreen';
import { PlanScreen } from '../screens/plans/PlanScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { AppLayout } from './AppLayout';

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeScreen /> },
      { path: 'partners', element: <PartnersScreen /> },
      { path: 'partners/new', element: <NewPartnerScreen /> },
      { path: 'partners/:id', element: <PartnerCardScreen /> },
      { path: 'partners/:id/edit', element: <EditPartnerScreen /> },
      { path: 'agreements', element: <AgreementsScreen /> },
      { path: 'agreements/templates', element: <TemplatesScreen /> },
      { path: 'agreements/:id', element: <AgreementCardScreen /> },
      { path: 'agreements/:id/edit', element: <EditAgreementScreen /> },
      { path: 'plan', element: <PlanScreen /> },
      { path: 'calendar', element: <EventsScreen /> },
      { path: 'loans', element: <LoansScreen /> },
      { path: 'clubs', element: <ClubsScreen /> },
      { path: 'staff', element: <StaffScreen /> },
      { path: 'surveys', element: <SurveysScreen /> },
      { path: 'acquisitions', element: <AcquisitionsScreen /> },
      { path: 'analysis', element: <ReviewsScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
    ],
  },
]);
