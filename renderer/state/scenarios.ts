// What the interface needs of a scenario (its protocol, its patient, where its treatment ends), re-exported
// from the one catalogue so that `ui` imports only `state` and `story`.
export { getScenario, type Phase, phaseAt, type Scenario } from '../timeline/scenarios';
