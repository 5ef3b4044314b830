import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './state/bootstrap';
import { classroomRole, startAudience, startPresenter } from './state/presenter';
import { App } from './ui/App';
import { AudienceStatus } from './ui/AudienceStatus';
import { PresenterView } from './ui/PresenterView';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('Tooth Rebirth: the #root element is missing from index.html');
// One page, three roles: the usual window, or the classroom's presenter and audience views.
const role = classroomRole(window.location.search);
bootstrap();
if (role === 'presenter') startPresenter();
if (role === 'audience') startAudience();
createRoot(container).render(
  <StrictMode>
    {role === 'presenter' ? (
      <PresenterView />
    ) : role === 'audience' ? (
      <>
        <App controls={false} />
        <AudienceStatus />
      </>
    ) : (
      <App />
    )}
  </StrictMode>,
);
