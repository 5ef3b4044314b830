import { Canvas, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { NeutralToneMapping, Plane } from 'three';
import type { ToothModel } from '../state/sceneData';
import { useStageProps } from '../state/stage';
import { useApp } from '../state/store';
import { CameraRig } from './CameraRig';
import { CompareStage, MAIN_SIDE } from './CompareStage';
import { ContextRecovery } from './ContextRecovery';
import { CaptureSource } from './CaptureSource';
import { CrossSection } from './CrossSection';
import { type ToothBox, toothBox } from './cutPlane';
import type { FrameSource } from './frameSource';
import type { SectionLayer } from './layerMaterials';
import { isSoftwareRenderer } from './gpu';
import { Labels } from './Labels';
import { Lighting } from './Lighting';
import { PlaceholderTooth } from './PlaceholderTooth';
import { releaseProgramVariants } from './programVariants';
import { Swarm } from './Swarm';
import { Tooth } from './Tooth';

/** Render layer of what the contact-shadow pass must not see: the cross-section's stencil passes and caps, the swarm. */
const OVERLAY_LAYER = 1;

/** Each prop, when given, replaces what the state layer provides (`useStageProps`). */
export interface StageProps {
  /** The tooth on show; a placeholder silhouette until one has loaded. */
  tooth?: ToothModel | null;
  /** The simulation's latest frame (SimClient.frame), read by mutation inside the frame loop. */
  frame?: FrameSource;
  /** Bots to allocate room for before the first frame arrives. */
  botCapacity?: number;
}

/** At the start of each attract loop, the materials drawn with more than one program variant let go of them. */
function AttractHousekeeping() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const idle = useApp((s) => s.idle);
  // An effect, so it runs once the reset's view (the cut gone) is committed and before the next frame draws.
  useEffect(() => {
    if (idle) releaseProgramVariants(gl, scene);
  }, [idle, gl, scene]);
  return null;
}

/** Lets the main camera see the overlay layer (layer 0 stays the only one the shadow camera renders). */
function CameraLayers() {
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    camera.layers.enable(OVERLAY_LAYER);
  }, [camera]);
  return null;
}

function layout(tooth: ToothModel | null | undefined): {
  offset: [number, number, number];
  floorY: number;
  box: ToothBox | null;
} {
  if (!tooth) return { offset: [0, 3.25, 0], floorY: -12.5, box: null };
  const box = toothBox(tooth);
  const c = [0, 1, 2].map((k) => (box.min[k]! + box.max[k]!) / 2);
  return { offset: [-c[0]!, -c[1]!, -c[2]!], floorY: box.min[1] - c[1]! - 1.5, box };
}

/** The 3D stage: the tooth centred at about half the height, turning slowly while nobody touches it. */
export function Stage(props: StageProps) {
  const fromState = useStageProps();
  const tooth = props.tooth !== undefined ? props.tooth : fromState.tooth;
  const frame = props.frame !== undefined ? props.frame : fromState.frame;
  const botCapacity = props.botCapacity ?? fromState.botCapacity;
  const crossSection = useApp((s) => s.view.crossSection.on);
  const labels = useApp((s) => s.view.labels);
  const idle = useApp((s) => s.idle);
  const plane = useMemo(() => new Plane(), []);
  const { offset, floorY, box } = useMemo(() => layout(tooth), [tooth]);
  const software = useMemo(isSoftwareRenderer, []);
  const clipPlane = crossSection && tooth ? plane : null;
  const capLayers: SectionLayer[] = tooth
    ? [
        ...(tooth.layers.some(
          (l) => l.name === 'enamel' || (l.name === 'surface' && tooth.info.openEdges === 0),
        )
          ? (['enamel'] as const)
          : []),
        ...tooth.layers
          .filter((l) => l.name === 'dentin' || l.name === 'pulp')
          .map((l) => l.name as SectionLayer),
      ]
    : [];

  return (
    <Canvas
      dpr={software ? 1 : [1, 2]}
      camera={{ position: [0, 31, 37], fov: 35, near: 0.5, far: 400 }}
      gl={{
        antialias: !software,
        stencil: true,
        localClippingEnabled: true,
        // Khronos PBR Neutral keeps the hue and saturation of lit surfaces (ACES shifts and bleaches them), so
        // the enamel's colours on screen stay those the engine measures its ΔE00 on.
        toneMapping: NeutralToneMapping,
        toneMappingExposure: 1.2,
      }}
      role="img"
      aria-label="Tooth Rebirth 3D view"
      aria-describedby="scene-description"
    >
      <ContextRecovery>
        <CameraLayers />
        <AttractHousekeeping />
        <Lighting floorY={floorY} shadowKey={tooth?.source ?? 'placeholder'} />
        <group position={offset} name={MAIN_SIDE}>
          {tooth ? (
            <Tooth model={tooth} frame={frame} clipPlane={clipPlane} sectionLayer={OVERLAY_LAYER} />
          ) : (
            <PlaceholderTooth />
          )}
          <Swarm frame={frame} capacity={botCapacity} clipPlane={clipPlane} layer={OVERLAY_LAYER} />
        </group>
        <CompareStage
          tooth={tooth}
          offset={offset}
          clipPlane={clipPlane}
          sectionLayer={OVERLAY_LAYER}
          botCapacity={botCapacity}
        />
        {clipPlane && box && (
          <CrossSection
            plane={clipPlane}
            layers={capLayers}
            box={box}
            offset={offset}
            renderLayer={OVERLAY_LAYER}
          />
        )}
        {labels && tooth && <Labels tooth={tooth} offset={offset} />}
        <CameraRig idle={idle} tooth={tooth} />
        <CaptureSource />
      </ContextRecovery>
    </Canvas>
  );
}
