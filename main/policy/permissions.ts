// Permission requests from web content (camera, microphone, geolocation, notifications, HID, ...): denied.
// The one exception is the Fullscreen API from the app's own page, which presenters use to fill a projector;
// the kiosk window is full screen by its own options and needs no permission.
import { isAppOrigin } from './origins';

const GRANTED_TO_APP = new Set(['fullscreen']);

export function permissionDecision(
  permission: string,
  requestingUrl: string,
  origins: readonly string[],
): boolean {
  return GRANTED_TO_APP.has(permission) && isAppOrigin(requestingUrl, origins);
}
