import { useFrame } from '@react-three/fiber';
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { DoubleSide, FrontSide, type Plane } from 'three';
import { live } from '../state/live';
import type { ToothModel } from '../state/sceneData';
import { useApp } from '../state/store';
import { createEnamelMaterial, setAnomalyMap, setClipping } from './enamelMaterial';
import { type FrameSource, readFrame } from './frameSource';
import { createInnerMaterial, createStencilMaterial, type SectionLayer } from './layerMaterials';
import { applyEnamelFrame, buildToothGeometry, type ToothGeometry } from './toothGeometry';

export interface ToothProps {
  model: ToothModel;
  /** The simulation frame; its site thickness and colour drive the enamel. Optional: without it the tooth shows its state before treatment. */
  frame?: FrameSource;
  /** Cross-section plane (world space), or null for the whole tooth. */
  clipPlane?: Plane | null;
  /** Render layer of the cross-section's stencil passes (kept off the contact-shadow pass). */
  sectionLayer?: number;
}

/**
 * Brings the enamel's attributes up to each new frame of the simulation. A hook of its own, so that the frame
 * callback closes over nothing but a ref that the unmount empties: react-three-fiber keeps the subscribers of
 * the last frame it drew in module variables until it draws the next (never, while the window is hidden), and
 * a callback closing over the tooth's scope kept a remounted tooth's old geometry (some 6 MB of vertex tables
 * and attributes, outside the JS heap) alive until then; the soak's heap snapshots found it there.
 */
/** The geometry to update (null once unmounted), the one last brought up to a frame, and that frame's number. */
interface EnamelFrames {
  geo: ToothGeometry | null;
  applied: ToothGeometry | null;
  seq: number;
}

function useEnamelFrames(geo: ToothGeometry, frame: FrameSource | undefined): void {
  const state = useRef<EnamelFrames>({
    geo: null,
    applied: null,
    seq: -1,
  });
  useLayoutEffect(() => {
    state.current.geo = geo;
    return () => {
      state.current.geo = null;
      state.current.applied = null;
    };
  }, [geo]);
  useFrame(enamelFrameCallback(state, frame));
}

/**
 * The frame callback, made in a scope of its own: V8 keeps one scope object for all the closures a function
 * makes, so a callback made beside the effect above would hold `geo` through it.
 */
function enamelFrameCallback(state: RefObject<EnamelFrames>, frame: FrameSource | undefined): () => void {
  return () => {
    const a = state.current;
    const g = a.geo;
    const f = readFrame(frame);
    if (!g || !f) return;
    // New geometry starts from the state before treatment: bring every site up to the frame.
    const fresh = a.applied !== g;
    if (!fresh && f.seq === a.seq) return;
    a.applied = g;
    a.seq = f.seq;
    applyEnamelFrame(g, f, fresh);
    live.framesApplied++;
  };
}

/**
 * The tooth: enamel (or a scan's surface) over dentin over pulp, each its own mesh built from the model's typed
 * arrays once per model. Sites the simulation changed update the enamel's per-vertex thickness and colour inside
 * the frame loop; with a clipping plane, each layer also marks its cut in the stencil buffer for the caps.
 */
export function Tooth({ model, frame, clipPlane = null, sectionLayer = 1 }: ToothProps) {
  const geo = useMemo(() => buildToothGeometry(model), [model]);
  const enamelMaterial = useMemo(() => createEnamelMaterial(), []);
  const innerMaterials = useMemo(
    () => ({ dentin: createInnerMaterial('dentin'), pulp: createInnerMaterial('pulp') }),
    [],
  );
  const stencilMaterials = useMemo(
    () => ({
      enamel: createStencilMaterial('enamel'),
      dentin: createStencilMaterial('dentin'),
      pulp: createStencilMaterial('pulp'),
    }),
    [],
  );
  const anomalyMap = useApp((s) => s.view.anomalyMap);
  useEffect(() => setAnomalyMap(enamelMaterial, anomalyMap), [enamelMaterial, anomalyMap]);
  useEnamelFrames(geo, frame);

  useEffect(() => () => geo.dispose(), [geo]);
  useEffect(
    () => () => {
      enamelMaterial.dispose();
      innerMaterials.dentin.dispose();
      innerMaterials.pulp.dispose();
      for (const m of Object.values(stencilMaterials)) m.dispose();
    },
    [enamelMaterial, innerMaterials, stencilMaterials],
  );

  useEffect(() => {
    const planes = clipPlane ? [clipPlane] : null;
    setClipping(enamelMaterial, planes);
    setClipping(innerMaterials.dentin, planes);
    setClipping(innerMaterials.pulp, planes);
    for (const m of Object.values(stencilMaterials)) {
      setClipping(m, planes);
      // Without a cut the stencil marks are not drawn: their programs go (compiled again with the next cut).
      if (!planes) m.dispose();
    }
  }, [clipPlane, enamelMaterial, innerMaterials, stencilMaterials]);

  useEffect(() => {
    // An open scan cut open shows its inside: draw both faces then, so the cut does not look like a hole.
    const side = clipPlane && geo.isSurface && model.info.openEdges > 0 ? DoubleSide : FrontSide;
    if (enamelMaterial.side !== side) {
      enamelMaterial.side = side;
      enamelMaterial.needsUpdate = true;
    }
  }, [clipPlane, geo, model, enamelMaterial]);

  const sectionMeshes: { layer: SectionLayer; geometry: ToothGeometry['inner'][number]['geometry'] }[] = [];
  if (clipPlane) {
    // A scan's surface is capped only if it is closed: the stencil count needs an inside and an outside.
    const closed = !geo.isSurface || model.info.openEdges === 0;
    if (geo.enamel && closed) sectionMeshes.push({ layer: 'enamel', geometry: geo.enamel });
    for (const l of geo.inner) sectionMeshes.push({ layer: l.name, geometry: l.geometry });
  }

  return (
    <group name="tooth">
      {geo.enamel && <mesh name="enamel" geometry={geo.enamel} material={enamelMaterial} />}
      {geo.inner.map((l) => (
        <mesh key={l.name} name={l.name} geometry={l.geometry} material={innerMaterials[l.name]} />
      ))}
      {sectionMeshes.map((s) => (
        <mesh
          key={`section-${s.layer}`}
          geometry={s.geometry}
          material={stencilMaterials[s.layer]}
          renderOrder={1}
          layers={sectionLayer}
        />
      ))}
    </group>
  );
}
