// Inline SVG icons for the controls (bundled, offline; no icon font). Each is decorative: the button that holds
// it carries the accessible name.
import type { ReactNode } from 'react';

function Icon({ children, size = 24 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
      className="icon"
    >
      {children}
    </svg>
  );
}

export const PlayIcon = () => (
  <Icon>
    <path d="M7 4.5v15a1 1 0 0 0 1.52.85l12-7.5a1 1 0 0 0 0-1.7l-12-7.5A1 1 0 0 0 7 4.5z" />
  </Icon>
);

export const PauseIcon = () => (
  <Icon>
    <rect x="6" y="4" width="4.5" height="16" rx="1.2" />
    <rect x="13.5" y="4" width="4.5" height="16" rx="1.2" />
  </Icon>
);

export const StepForwardIcon = () => (
  <Icon>
    <path d="M5 6v12a.8.8 0 0 0 1.2.7l9.6-6a.8.8 0 0 0 0-1.4l-9.6-6A.8.8 0 0 0 5 6z" />
    <rect x="17" y="5" width="2.6" height="14" rx="1" />
  </Icon>
);

export const StepBackIcon = () => (
  <Icon>
    <path d="M19 6v12a.8.8 0 0 1-1.2.7l-9.6-6a.8.8 0 0 1 0-1.4l9.6-6A.8.8 0 0 1 19 6z" />
    <rect x="4.4" y="5" width="2.6" height="14" rx="1" />
  </Icon>
);

export const PreviousChapterIcon = () => (
  <Icon>
    <path d="M12 6v12a.7.7 0 0 1-1.1.6L3.4 12.6a.7.7 0 0 1 0-1.2l7.5-6A.7.7 0 0 1 12 6z" />
    <path d="M21 6v12a.7.7 0 0 1-1.1.6l-7.5-6a.7.7 0 0 1 0-1.2l7.5-6A.7.7 0 0 1 21 6z" />
  </Icon>
);

export const NextChapterIcon = () => (
  <Icon>
    <path d="M3 6v12a.7.7 0 0 0 1.1.6l7.5-6a.7.7 0 0 0 0-1.2l-7.5-6A.7.7 0 0 0 3 6z" />
    <path d="M12 6v12a.7.7 0 0 0 1.1.6l7.5-6a.7.7 0 0 0 0-1.2l-7.5-6A.7.7 0 0 0 12 6z" />
  </Icon>
);

export const ResetIcon = () => (
  <Icon>
    <path
      d="M12 4a8 8 0 1 1-7.6 5.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.4"
      strokeLinecap="round"
    />
    <path d="M3 3.5v6.2h6.2z" />
  </Icon>
);

export const OpenIcon = () => (
  <Icon>
    <path d="M3 6.5A1.5 1.5 0 0 1 4.5 5h4.6l2 2h8.4A1.5 1.5 0 0 1 21 8.5V18a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18z" />
  </Icon>
);

export const CrossSectionIcon = () => (
  <Icon>
    <path
      d="M8 3.5c-2.6 0-4.3 2-4 5 .3 3 1.4 4.6 1.8 7.5.4 2.7 1.1 4.5 2.2 4.5 1.4 0 1.6-3.6 2.3-5.3.4-1 1-1 1.4 0 .7 1.7.9 5.3 2.3 5.3 1.1 0 1.8-1.8 2.2-4.5.4-2.9 1.5-4.5 1.8-7.5.3-3-1.4-5-4-5-1.6 0-2.4.8-4 .8S9.6 3.5 8 3.5z"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    />
    <path d="M2 12h20" stroke="currentColor" strokeWidth="2" strokeDasharray="2.5 2" />
  </Icon>
);

export const GlobeIcon = () => (
  <Icon size={22}>
    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
    <path
      d="M3 12h18M12 3c2.6 2.6 3.8 5.6 3.8 9s-1.2 6.4-3.8 9c-2.6-2.6-3.8-5.6-3.8-9S9.4 5.6 12 3z"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    />
  </Icon>
);

export const CloseIcon = () => (
  <Icon size={20}>
    <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
  </Icon>
);
