// The engine's movement, on its own, for the side-by-side with the particle libraries. The engine does not
// export its movement step (it is a private method inside `Engine.step`), so this kernel mirrors the
// travelling branch of `Engine.step` and `Engine.moveBot` line for line: the same array layout (xyz per bot in
// one Float32Array), the same working point (site position lifted along the normal to just above the current
// surface) and the same capped move towards it. A bot that arrives heads for another site, so that every bot
// keeps moving, as the libraries' particles do.
import { BOT_SPEED_MM_PER_S, HOVER_MM } from '../../renderer/engine';
import type { SiteField } from '../../renderer/engine/types';
import type { Updater } from './particleLibs';

/** A small deterministic generator for the start positions (the kernel itself draws no random numbers). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function kinematicsUpdater(n: number, sites: SiteField, dt: number): Updater {
  const S = sites.count;
  const pos = new Float32Array(3 * n);
  const target = new Int32Array(n);
  const sitePos = sites.positions;
  const siteNrm = sites.normals;
  const siteTarget = sites.targetThickness;
  const thickness = Float32Array.from(sites.initialThickness);
  const rnd = lcg(12345);
  for (let b = 0; b < n; b++) {
    const k = Math.floor(rnd() * S);
    // Start in the gel, about a millimetre out from a random site.
    const lift = 0.5 + rnd();
    pos[3 * b] = sitePos[3 * k]! + siteNrm[3 * k]! * lift;
    pos[3 * b + 1] = sitePos[3 * k + 1]! + siteNrm[3 * k + 1]! * lift;
    pos[3 * b + 2] = sitePos[3 * k + 2]! + siteNrm[3 * k + 2]! * lift;
    target[b] = Math.floor(rnd() * S);
  }
  const reach = BOT_SPEED_MM_PER_S * dt;
  const hover = HOVER_MM;
  const update = (): void => {
    for (let b = 0; b < n; b++) {
      const k = target[b]!;
      const lift = thickness[k]! - siteTarget[k]! + hover;
      const tx = sitePos[k * 3]! + siteNrm[k * 3]! * lift;
      const ty = sitePos[k * 3 + 1]! + siteNrm[k * 3 + 1]! * lift;
      const tz = sitePos[k * 3 + 2]! + siteNrm[k * 3 + 2]! * lift;
      const dx = tx - pos[b * 3]!;
      const dy = ty - pos[b * 3 + 1]!;
      const dz = tz - pos[b * 3 + 2]!;
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 <= reach * reach) {
        pos[b * 3] = tx;
        pos[b * 3 + 1] = ty;
        pos[b * 3 + 2] = tz;
        let next = k + 7919;
        if (next >= S) next -= S * Math.floor(next / S);
        target[b] = next;
        continue;
      }
      const f = reach / Math.sqrt(d2);
      pos[b * 3] = pos[b * 3]! + dx * f;
      pos[b * 3 + 1] = pos[b * 3 + 1]! + dy * f;
      pos[b * 3 + 2] = pos[b * 3 + 2]! + dz * f;
    }
  };
  return { update, live: () => n, dispose: () => {} };
}
