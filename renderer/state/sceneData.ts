// What the 3D scene needs from the layers below, in one place, so `scene` imports only `state` (and three).
export { WHITE_SPOT_FULL_DEPTH_MM } from '../engine/constants';
export { deltaE00 } from '../colour';
export { HEALTHY_CHALK, HEALTHY_ENAMEL_LAB, WHITE_SPOT_CHALK, WHITE_SPOT_LAB } from '../engine/palette';
export type { SiteField } from '../engine/types';
export { PointGrid } from '../mesh/sample';
export type { MeshLayer, ToothModel } from '../mesh/types';
export type { FrameView } from '../worker/frame';
export { LANDMARK_IDS, type Landmark, type LandmarkId } from '../mesh';
export { lesionedSitesNow } from './lesionSites';
