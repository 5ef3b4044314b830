import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { live } from '../state/live';
import { lesionedSitesNow, type ToothModel } from '../state/sceneData';
import { useApp } from '../state/store';
import { type CutPlane, cutPlane, toothBox } from './cutPlane';
import { anatomyAnchors, type LabelAnchor, lesionAnchors } from './labelAnchors';
import { buildOcclusionBvh, type ClipSide, clippedAway, visibleFrom } from './labelOcclusion';
import { labelOverlay } from './labelOverlay';

export interface LabelsProps {
  tooth: ToothModel;
  /** Where the tooth's frame sits in the world (the stage centres the tooth). */
  offset: readonly [number, number, number];
}

/** Gap between a label's anchor dot and the stage's edge or another label, px. */
const MARGIN = 6;
/** How often the rectangles of the controls over the stage are read again (frames): reading them lays out. */
const OBSTACLE_REFRESH = 30;

interface Placed {
  el: HTMLElement;
  w: number;
  h: number;
  shown: boolean;
  x: number;
  y: number;
  left: boolean;
  /** The frame this label last had an anchor. */
  stamp: number;
}

const cam = new Vector3();
const world = new Vector3();
const centre = new Vector3();
const model: CutPlane = { nx: 0, ny: 0, nz: 1, d: 0 };
const clip: ClipSide = { plane: model, side: 1 };
const rects: number[] = [];

function overlaps(x0: number, y0: number, x1: number, y1: number, list: readonly number[]): boolean {
  for (let i = 0; i < list.length; i += 4) {
    if (x0 < list[i + 2]! && x1 > list[i]! && y0 < list[i + 3]! && y1 > list[i + 1]!) return true;
  }
  return false;
}

/**
 * Places the anatomy labels over the tooth each frame (mutation only): each label stands at the first of its
 * points the camera can see (a ray through the tooth's BVH; a cut's removed half does not hide), interior
 * layers (dentin, pulp) only where the cut shows them; a label is hidden when its point is behind the tooth, off
 * the stage, over a control or over a label already placed.
 */
export function Labels({ tooth, offset }: LabelsProps) {
  const occluder = useMemo(() => buildOcclusionBvh(tooth), [tooth]);
  useEffect(() => () => occluder.geometry.dispose(), [occluder]);
  const state = useRef({
    container: null as HTMLElement | null,
    version: -1,
    byId: new Map<string, Placed>(),
    scenario: '\u0000',
    anchors: [] as LabelAnchor[],
    frame: 0,
    obstacles: [] as number[],
  });

  useEffect(
    () => () => {
      for (const p of state.current.byId.values()) p.el.dataset.shown = 'false';
    },
    [],
  );

  useFrame(({ camera, size }) => {
    const s = state.current;
    const container = labelOverlay.container;
    if (!container) return;
    if (container !== s.container || labelOverlay.version !== s.version) {
      // New elements or new words: find and measure them again (a layout, only then).
      s.container = container;
      s.version = labelOverlay.version;
      s.byId.clear();
      for (const el of container.querySelectorAll<HTMLElement>('[data-label]')) {
        s.byId.set(el.dataset.label!, {
          el,
          w: el.offsetWidth,
          h: el.offsetHeight,
          shown: el.dataset.shown === 'true',
          x: Number.NaN,
          y: Number.NaN,
          left: false,
          stamp: -1,
        });
      }
      s.frame = 0;
    }
    if (s.scenario !== live.scenario) {
      s.scenario = live.scenario;
      const lesioned = lesionedSitesNow(tooth);
      // The largest lesion is what the scene is about: it is placed first; the smaller ones after the anatomy.
      const lesions = lesioned ? lesionAnchors(lesioned) : [];
      s.anchors = [...lesions.slice(0, 1), ...anatomyAnchors(tooth), ...lesions.slice(1)];
    }
    if (s.frame++ % OBSTACLE_REFRESH === 0) {
      const own = container.getBoundingClientRect();
      s.obstacles.length = 0;
      for (const el of container.parentElement?.querySelectorAll<HTMLElement>('.stage-overlays > *') ?? []) {
        if (el === container || container.contains(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        s.obstacles.push(r.left - own.left, r.top - own.top, r.right - own.left, r.bottom - own.top);
      }
    }

    // The controls moved the camera earlier in this frame; its matrices follow only at render: bring them up to
    // date, or the labels trail the picture by a frame.
    camera.updateMatrixWorld();
    const cut = useApp.getState().view.crossSection;
    cam.set(camera.position.x - offset[0], camera.position.y - offset[1], camera.position.z - offset[2]);
    let active: ClipSide | null = null;
    if (cut.on) {
      cutPlane(cut.axis, cut.depth, toothBox(tooth), model);
      clip.side = model.nx * cam.x + model.ny * cam.y + model.nz * cam.z - model.d >= 0 ? 1 : -1;
      active = clip;
    }
    // Labels left of the tooth's centre on screen put their text to the left, away from the tooth.
    centre.set(offset[0], offset[1], offset[2]).project(camera);
    const centreX = ((centre.x + 1) / 2) * size.width;
    rects.length = 0;

    for (const a of s.anchors) {
      const placed = s.byId.get(a.id);
      if (!placed) continue;
      placed.stamp = s.frame;
      const p = a.points;
      let found = -1;
      let px = 0;
      let py = 0;
      let pz = 0;
      if (a.clearance) {
        // Inside a layer: shown only where the cut passes through it, at the point's foot on the cut.
        if (active) {
          let bestScore = 0.05;
          for (let i = 0, n = p.length / 3; i < n; i++) {
            const sd = model.nx * p[3 * i]! + model.ny * p[3 * i + 1]! + model.nz * p[3 * i + 2]! - model.d;
            const score = a.clearance[i]! - Math.abs(sd);
            if (score > bestScore) {
              bestScore = score;
              found = i;
              px = p[3 * i]! - sd * model.nx;
              py = p[3 * i + 1]! - sd * model.ny;
              pz = p[3 * i + 2]! - sd * model.nz;
            }
          }
          if (found >= 0 && !visibleFrom(occluder.bvh, px, py, pz, cam, active)) found = -1;
        }
      } else {
        for (let i = 0, n = p.length / 3; i < n; i++) {
          const x = p[3 * i]!;
          const y = p[3 * i + 1]!;
          const z = p[3 * i + 2]!;
          if (clippedAway(x, y, z, active) || !visibleFrom(occluder.bvh, x, y, z, cam, active)) continue;
          found = i;
          px = x;
          py = y;
          pz = z;
          break;
        }
      }
      let show = false;
      if (found >= 0) {
        world.set(px + offset[0], py + offset[1], pz + offset[2]).project(camera);
        const sx = ((world.x + 1) / 2) * size.width;
        const sy = ((1 - world.y) / 2) * size.height;
        // Text away from the tooth's centre first; the other side when that is off the stage or taken.
        const prefer = sx < centreX;
        const y0 = sy - placed.h / 2;
        const y1 = sy + placed.h / 2;
        let left = prefer;
        let x0 = 0;
        let x1 = 0;
        for (let attempt = 0; attempt < 2 && !show; attempt++) {
          left = attempt === 0 ? prefer : !prefer;
          x0 = left ? sx - placed.w : sx;
          x1 = left ? sx : sx + placed.w;
          show =
            world.z < 1 &&
            x0 >= MARGIN &&
            y0 >= MARGIN &&
            x1 <= size.width - MARGIN &&
            y1 <= size.height - MARGIN &&
            !overlaps(x0 - MARGIN, y0, x1 + MARGIN, y1, s.obstacles) &&
            !overlaps(x0, y0, x1, y1, rects);
        }
        if (show) {
          rects.push(x0, y0, x1, y1);
          if (sx !== placed.x || sy !== placed.y || left !== placed.left) {
            placed.x = sx;
            placed.y = sy;
            placed.left = left;
            placed.el.style.transform = `translate(${(left ? sx - placed.w : sx).toFixed(1)}px, ${(sy - placed.h / 2).toFixed(1)}px)`;
            placed.el.dataset.side = left ? 'left' : 'right';
          }
        }
      }
      if (show !== placed.shown) {
        placed.shown = show;
        placed.el.dataset.shown = show ? 'true' : 'false';
      }
    }
    // Labels this tooth has no anchor for (a scan's cusps, lesions not present) stay hidden.
    for (const placed of s.byId.values()) {
      if (placed.shown && placed.stamp !== s.frame) {
        placed.shown = false;
        placed.el.dataset.shown = 'false';
      }
    }
  });

  return null;
}
