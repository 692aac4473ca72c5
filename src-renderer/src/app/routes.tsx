import type { ComponentType } from 'react';
import { createHashRouter } from 'react-router';
import { AppLayout } from './AppLayout';

/**
 * A screen loaded with its own code when it is first opened: the first window loads the shell and Главная only,
 * and the calendar's, the charts' and the documents' libraries come with the screens that use them.
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return { lazy: async () => ({ Component: pick(await load()) }) };
}

const partnerForm = () => import('../screens/partners/PartnerFormScreen');
const agreementForm = () => import('../screens/agreements/AgreementFormScreen');

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, ...screen(() => import('../screens/home/HomeScreen'), (m) => m.HomeScreen) },
      { path: 'partners', ...screen(() => import('../screens/partners/PartnersScreen'), (m) => m.PartnersScreen) },
      { path: 'partners/new', ...screen(partnerForm, (m) => m.NewPartnerScreen) },
      {
        path: 'partners/:id',
        ...screen(() => import('../screens/partners/PartnerCardScreen'), (m) => m.PartnerCardScreen),
      },
      { path: 'partners/:id/edit', ...screen(partnerForm, (m) => m.EditPartnerScreen) },
      {
        path: 'agreements',
        ...screen(() => import('../screens/agreements/AgreementsScreen'), (m) => m.AgreementsScreen),
      },
      {
        path: 'agreements/templates',
        ...screen(() => import('../screens/agreements/TemplatesScreen'), (m) => m.TemplatesScreen),
      },
      {
        path: 'agreements/:id',
        ...screen(() => import('../screens/agreements/AgreementCardScreen'), (m) => m.AgreementCardScreen),
      },
      { path: 'agreements/:id/edit', ...screen(agreementForm, (m) => m.EditAgreementScreen) },
      { path: 'plan', ...screen(() => import('../screens/plans/PlanScreen'), (m) => m.PlanScreen) },
      { path: 'calendar', ...screen(() => import('../screens/events/EventsScreen'), (m) => m.EventsScreen) },
      { path: 'loans', ...screen(() => import('../screens/loans/LoansScreen'), (m) => m.LoansScreen) },
      { path: 'clubs', ...screen(() => import('../screens/clubs/ClubsScreen'), (m) => m.ClubsScreen) },
      { path: 'staff', ...screen(() => import('../screens/staff/StaffScreen'), (m) => m.StaffScreen) },
      { path: 'surveys', ...screen(() => import('../screens/surveys/SurveysScreen'), (m) => m.SurveysScreen) },
      {
        path: 'acquisitions',
        ...screen(() => import('../screens/acquisitions/AcquisitionsScreen'), (m) => m.AcquisitionsScreen),
      },
      { path: 'analysis', ...screen(() => import('../screens/reviews/ReviewsScreen'), (m) => m.ReviewsScreen) },
      { path: 'settings', ...screen(() => import('../screens/settings/SettingsScreen'), (m) => m.SettingsScreen) },
    ],
  },
]);
