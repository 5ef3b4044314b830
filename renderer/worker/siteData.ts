// The one place that gathers a site field's arrays for a worker, so the simulation and the cue track are always
// given the same fields.
import type { SiteField } from '../engine/types';
import type { SiteFieldData } from './protocol';

/**
 * The arrays of `sites` the engine needs. Shared with the page by default (a message copies them); with
 * `copy`, fresh arrays the receiver may take by transfer (see `siteFieldTransfer`) while the page keeps its own.
 */
export function siteFieldData(sites: SiteField, options: { copy?: boolean } = {}): SiteFieldData {
  const take = options.copy === true ? (a: Float32Array) => a.slice() : (a: Float32Array) => a;
  return {
    count: sites.count,
    positions: take(sites.positions),
    normals: take(sites.normals),
    targetThickness: take(sites.targetThickness),
    initialThickness: take(sites.initialThickness),
    area: take(sites.area),
  };
}

/** The buffers to transfer with a copied site field (never with one that shares the page's arrays). */
export function siteFieldTransfer(data: SiteFieldData): ArrayBuffer[] {
  return [
    data.positions.buffer,
    data.normals.buffer,
    data.targetThickness.buffer,
    data.initialThickness.buffer,
    data.area.buffer,
  ] as ArrayBuffer[];
}
