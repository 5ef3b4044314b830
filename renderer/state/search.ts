// The project's one binary search, for the interface (which imports only `state`).
export { lastAtOrBefore, lowerBound, upperBound } from '../engine/search';
