// The engine's public surface: the Engine, its vocabulary, constants, the movement kernel and the stand-in crown.
export { Engine } from './engine';
export { EngineInputError, MAX_BOTS, validateConfig, validateSites } from './validation';
export {
  type BotKinematics,
  holdAtSite,
  integrateBots,
  moveHome,
  moveTowards,
  moveToSite,
  setWorkingPoint,
} from './kinematics';
export * from './constants';
export * from './palette';
export * from './types';
export { PROTOCOL_PLANS, type ProtocolPlan, type PhaseGains } from './anomalies';
export { standInMolarSites, type StandInOptions } from './standin';
