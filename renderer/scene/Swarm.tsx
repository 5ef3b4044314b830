import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, DynamicDrawUsage, MathUtils, type Plane, type Points } from 'three';
import { useApp } from '../state/store';
import { FINISH_FADE_SECONDS, updateBotStates } from './botFade';
import { setClipping } from './enamelMaterial';
import { type FrameSource, readFrame } from './frameSource';
import { createNanobotMaterial } from './nanobotMaterial';
import { usePrefersReducedMotion } from './reducedMotion';

export interface SwarmProps {
  /** The simulation frame (bot positions in mm in the model's frame, bot states as BotState codes). */
  frame: FrameSource;
  /** Bots to allocate room for up front; grows (once, with a new buffer) if a frame brings more. */
  capacity?: number;
  /** Cross-section plane (world space), or null for the whole swarm. */
  clipPlane?: Plane | null;
  /** Render layer (kept off the contact-shadow pass). */
  layer?: number;
}

function swarmGeometry(capacity: number): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute(
    'position',
    new BufferAttribute(new Float32Array(3 * capacity), 3).setUsage(DynamicDrawUsage),
  );
  g.setAttribute('botState', new BufferAttribute(new Uint8Array(capacity), 1).setUsage(DynamicDrawUsage));
  // Clock time (the material's uTime) at which each bot entered its state: finished bots fade from then on.
  g.setAttribute('botSince', new BufferAttribute(new Float32Array(capacity), 1).setUsage(DynamicDrawUsage));
  g.setDrawRange(0, 0);
  return g;
}

/**
 * The swarm: every bot in one draw call (THREE.Points), fed from the frame's arrays by mutation inside the frame
 * loop whenever a new frame has arrived. No React state changes per frame. Bots that have finished their work
 * fade out so they never hide the enamel they built; the view's "Nanobots" switch hides the whole swarm.
 */
export function Swarm({ frame, capacity = 1024, clipPlane = null, layer = 0 }: SwarmProps) {
  const points = useRef<Points>(null);
  const material = useMemo(() => createNanobotMaterial(), []);
  const geometry = useRef<BufferGeometry | null>(null);
  if (geometry.current === null) geometry.current = swarmGeometry(Math.max(1, capacity));
  const lastSeq = useRef(-1);
  const camera = useThree((s) => s.camera);
  const visible = useApp((s) => s.view.nanobots);
  const reducedMotion = usePrefersReducedMotion();

  useEffect(() => {
    material.uniforms.uFinishFade.value = reducedMotion ? 0 : FINISH_FADE_SECONDS;
  }, [material, reducedMotion]);

  useEffect(() => {
    setClipping(material, clipPlane ? [clipPlane] : null);
  }, [material, clipPlane]);

  useEffect(
    () => () => {
      geometry.current?.dispose();
      material.dispose();
    },
    [material],
  );

  useFrame((state) => {
    const p = points.current;
    let g = geometry.current;
    if (!p || !g) return;
    const u = material.uniforms;
    u.uTime.value = state.clock.elapsedTime;
    // Pixels per mm at unit depth: the drawing buffer's height over the view's height at distance 1.
    const fov = 'fov' in camera ? (camera.fov as number) : 35;
    u.uPixelScale.value =
      (state.size.height * state.viewport.dpr) / (2 * Math.tan(MathUtils.degToRad(fov) / 2));

    const f = readFrame(frame);
    if (!f || f.seq === lastSeq.current) return;
    lastSeq.current = f.seq;
    const bots = Math.min(f.botStates.length, Math.floor(f.botPositions.length / 3));
    const pos = g.getAttribute('position') as BufferAttribute;
    // A seek or a restart shows the moment as it is: no fades replayed for bots that finished long ago.
    let fresh = f.allSitesChanged;
    if (bots > pos.count) {
      fresh = true;
      // A larger swarm than planned for (a new scenario): one new buffer, then steady state again.
      g.dispose();
      g = swarmGeometry(bots);
      geometry.current = g;
      p.geometry = g;
    }
    const position = g.getAttribute('position') as BufferAttribute;
    const botState = g.getAttribute('botState') as BufferAttribute;
    const botSince = g.getAttribute('botSince') as BufferAttribute;
    (position.array as Float32Array).set(
      f.botPositions.length === 3 * bots ? f.botPositions : f.botPositions.subarray(0, 3 * bots),
    );
    updateBotStates(
      botState.array as Uint8Array,
      f.botStates,
      botSince.array as Float32Array,
      bots,
      u.uTime.value,
      fresh,
    );
    position.clearUpdateRanges();
    position.addUpdateRange(0, 3 * bots);
    position.needsUpdate = true;
    botState.clearUpdateRanges();
    botState.addUpdateRange(0, bots);
    botState.needsUpdate = true;
    botSince.clearUpdateRanges();
    botSince.addUpdateRange(0, bots);
    botSince.needsUpdate = true;
    g.setDrawRange(0, bots);
  });

  return (
    <points
      ref={points}
      geometry={geometry.current}
      material={material}
      frustumCulled={false}
      renderOrder={10}
      visible={visible}
      layers={layer}
      name="nanobots"
    />
  );
}
