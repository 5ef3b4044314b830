import { DoubleSide, Ray, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { applyLesion, LANDMARK_IDS } from '../../../renderer/mesh';
import { anatomyAnchors, lesionAnchors, MAX_LESION_LABELS } from '../../../renderer/scene/labelAnchors';
import { buildOcclusionBvh, visibleFrom } from '../../../renderer/scene/labelOcclusion';
import { scanModel, molarModel } from './fixtures';

describe('label anchors', () => {
  it('gives the generated molar every anatomy label, each at a point of its own layer', async () => {
    const m = await molarModel();
    const anchors = anatomyAnchors(m);
    expect(anchors.map((a) => a.id).sort()).toEqual([...LANDMARK_IDS].sort());
    const at = (id: string) => anchors.find((a) => a.id === id)!;
    // Cusp tips high on the crown, lingual cusps on the lingual side (−Z), the buccal ones buccal.
    for (const c of ['mesiobuccal', 'distobuccal', 'distal', 'mesiolingual', 'distolingual']) {
      const p = at(`cusp-${c}`).points;
      expect(p[1]!, c).toBeGreaterThan(6);
      expect(Math.sign(p[2]!), c).toBe(c.endsWith('lingual') ? -1 : 1);
    }
    expect(at('cusp-mesiobuccal').points[0]!).toBeLessThan(at('cusp-distobuccal').points[0]!);
    // Cervical line near y = 0, the roots well below it, mesial root mesial (−X).
    for (let i = 1; i < at('cervical-line').points.length; i += 3) {
      expect(Math.abs(at('cervical-line').points[i]!)).toBeLessThan(1.5);
    }
    expect(at('root-mesial').points[1]!).toBeLessThan(-4);
    expect(at('root-mesial').points[0]!).toBeLessThan(0);
    expect(at('root-distal').points[0]!).toBeGreaterThan(0);
    // Interior layers carry a clearance per point; the pulp lies inside the dentin's extent.
    expect(at('pulp').clearance?.length).toBe(at('pulp').points.length / 3);
    expect(at('dentin').clearance?.length).toBe(at('dentin').points.length / 3);
  });

  it('names only the enamel on a scan, on its outer surface', async () => {
    const scan = await scanModel();
    const anchors = anatomyAnchors(scan);
    expect(anchors.map((a) => a.id)).toEqual(['enamel']);
    expect(anchors[0]!.points.length).toBe(12);
  });

  it('labels the largest lesions, each at one of its own damaged sites', async () => {
    const m = await molarModel();
    const sites = applyLesion(m.sites, 'mixed', 22);
    const anchors = lesionAnchors(sites);
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.length).toBeLessThanOrEqual(MAX_LESION_LABELS);
    for (const a of anchors) {
      // The anchor is a lesioned site's position.
      let found = -1;
      for (let i = 0; i < sites.count && found < 0; i++) {
        if (
          sites.positions[3 * i] === a.points[0] &&
          sites.positions[3 * i + 1] === a.points[1] &&
          sites.positions[3 * i + 2] === a.points[2]
        )
          found = i;
      }
      expect(found).toBeGreaterThanOrEqual(0);
      expect(sites.targetThickness[found]! - sites.initialThickness[found]!).toBeGreaterThan(0.09);
    }
    // Healthy enamel has no lesions to label; the result is cached per site field.
    expect(lesionAnchors(m.sites)).toEqual([]);
    expect(lesionAnchors(sites)).toBe(anchors);
  });

  it('sees a cusp tip from above and hides it from below the tooth, unless the cut removed what hides it', async () => {
    const m = await molarModel();
    const { bvh } = buildOcclusionBvh(m);
    const tip = anatomyAnchors(m).find((a) => a.id === 'cusp-mesiolingual')!.points;
    const [x, y, z] = [tip[0]!, tip[1]!, tip[2]!];
    expect(visibleFrom(bvh, x, y, z, new Vector3(0, 60, 0), null)).toBe(true);
    const below = new Vector3(x, -80, z);
    expect(visibleFrom(bvh, x, y, z, below, null)).toBe(false);
    // A horizontal cut just under the tip, with the camera below: the rest of the tooth is cut away.
    const clip = { plane: { nx: 0, ny: 1, nz: 0, d: y - 0.5 }, side: -1 };
    expect(visibleFrom(bvh, x, y, z, below, clip)).toBe(true);
    // The BVH is the tooth's outer surfaces: a ray down the tooth's axis hits it.
    const ray = new Ray(new Vector3(0, 50, 0), new Vector3(0, -1, 0));
    expect(bvh.raycastFirst(ray, DoubleSide)).not.toBeNull();
  });
});
