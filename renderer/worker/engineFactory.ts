// The one place that builds an engine for the worker: the engine with the CIEDE2000 colour difference injected.
import { deltaE00 } from '../colour';
import { Engine } from '../engine/engine';
import type { EngineConfig } from '../engine/types';
import type { SimEngine } from './engineTypes';
import type { SiteFieldData } from './protocol';

export function createEngine(sites: SiteFieldData, config: EngineConfig): SimEngine {
  return new Engine(sites, config, deltaE00);
}
