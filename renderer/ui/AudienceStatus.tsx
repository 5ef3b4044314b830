// The audience view's one line about its presenter: waiting for it, lost contact, or closed. Nothing shows
// while it follows, so the room sees only the story.
import { useClassroom } from '../state/presenter';
import { useT } from './i18n';
import './classroom.css';

export function AudienceStatus() {
  const t = useT();
  const presenter = useClassroom((s) => s.presenter);
  if (presenter === 'following') return null;
  const key =
    presenter === 'waiting'
      ? 'presenterWaiting'
      : presenter === 'silent'
        ? 'presenterSilent'
        : 'presenterClosed';
  return (
    <p className="audience-status" role="status" data-presenter={presenter}>
      {t(key)}
    </p>
  );
}
