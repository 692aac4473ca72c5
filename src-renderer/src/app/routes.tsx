import { createHashRouter } from 'react-router';
import { AgreementCardScreen } from '../screens/agreements/AgreementCardScreen';
import { EditAgreementScreen } from '../screens/agreements/AgreementFormScreen';
import { AgreementsScreen } from '../screens/agreements/AgreementsScreen';
import { TemplatesScreen } from '../screens/agreements/TemplatesScreen';
import { ComingScreen } from '../screens/ComingScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { PartnerCardScreen } from '../screens/partners/PartnerCardScreen';
import { EditPartnerScreen, NewPartnerScreen } from '../screens/partners/PartnerFormScreen';
import { PartnersScreen } from '../screens/partners/PartnersScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
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
      {
        path: 'plan',
        element: (
          <ComingScreen
            title="План совместной деятельности"
            intro="Здесь будет план совместной деятельности с социальными партнёрами на учебный год."
            items={[
              'мероприятия по месяцам и по партнёрам',
              'печать плана с грифом «УТВЕРЖДАЮ» и «СОГЛАСОВАНО»',
              'перенос плана из прошлого года',
            ]}
          />
        ),
      },
      {
        path: 'calendar',
        element: (
          <ComingScreen
            title="Календарь"
            intro="Здесь будет календарь мероприятий с партнёрами."
            items={[
              'месяц, неделя и список',
              'повторяющиеся мероприятия и каникулы',
              'итоги проведённых мероприятий: участники и достижения',
            ]}
          />
        ),
      },
      {
        path: 'analysis',
        element: (
          <ComingScreen
            title="Анализ"
            intro="Здесь будет анализ эффективности социального партнёрства за учебный год."
            items={[
              'показатели: выполнение плана, охват, удовлетворённость родителей, достижения',
              'решение о дальнейшем сотрудничестве с каждым партнёром',
              'аналитическая справка для печати',
            ]}
          />
        ),
      },
      { path: 'settings', element: <SettingsScreen /> },
    ],
  },
]);
