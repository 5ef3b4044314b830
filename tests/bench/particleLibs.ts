// Two particle libraries driven headless in Node, without WebGL, for the kinematics comparison: each gets N
// live particles with a long life and a constant speed, no gravity and no modifiers, and is stepped with the
// same dt as the engine. Only the per-update cost at steady state is measured.
import { createParticleSystem, type Shape, type SimulationBackend } from '@newkrok/three-particles';
import * as THREE from 'three';
import {
  BatchedRenderer,
  ConstantColor,
  ConstantValue,
  ParticleSystem,
  RenderMode,
  SphereEmitter,
  Vector4,
} from 'three.quarks';

export interface Updater {
  /** One simulation update of every live particle. */
  update(): void;
  /** Live particles right now (to check the steady state really holds N). */
  live(): number;
  dispose(): void;
}

/** A 1x1 texture, so the library does not draw its default sprite on a canvas (there is no DOM here). */
function pixelTexture(): THREE.Texture {
  const t = new THREE.DataTexture(new Uint8Array([255, 255, 255, 255]), 1, 1);
  t.needsUpdate = true;
  return t;
}

/**
 * three.quarks: a ParticleSystem in a Scene with a BatchedRenderer. `ParticleSystem.update(dt)` is the
 * library's simulation step (BatchedRenderer.update(dt) calls it, then refills the instanced GPU buffers);
 * `withBatch` measures the whole per-frame call instead.
 */
export function quarksUpdater(n: number, dt: number, withBatch = false): Updater {
  const scene = new THREE.Scene();
  const batch = new BatchedRenderer();
  scene.add(batch);
  const system = new ParticleSystem({
    duration: 1e6,
    looping: false,
    shape: new SphereEmitter({ radius: 1 }),
    startLife: new ConstantValue(1e6),
    startSpeed: new ConstantValue(1),
    startSize: new ConstantValue(0.05),
    startColor: new ConstantColor(new Vector4(0, 1, 1, 1)),
    emissionOverTime: new ConstantValue(0),
    emissionBursts: [{ time: 0, count: new ConstantValue(n), cycle: 1, interval: 0.01, probability: 1 }],
    material: new THREE.MeshBasicMaterial({ map: pixelTexture() }),
    renderMode: RenderMode.BillBoard,
  });
  scene.add(system.emitter);
  batch.addSystem(system);
  // The first update emits the burst and builds the batch: not part of the steady state.
  batch.update(dt);
  // `update` is private in the typings; the renderer calls it every frame.
  const step = (system as unknown as { update(delta: number): void }).update.bind(system);
  return {
    update: withBatch ? () => batch.update(dt) : () => step(dt),
    live: () => system.particleNum,
    dispose: () => {
      batch.deleteSystem(system);
      system.dispose();
    },
  };
}

/** @newkrok/three-particles on its CPU backend, driven with an explicit clock. */
export function newkrokUpdater(n: number, dt: number): Updater {
  let now = 1000;
  const system = createParticleSystem(
    {
      duration: 1e6,
      looping: false,
      maxParticles: n,
      startLifetime: 1e6,
      startSpeed: 1,
      startSize: 0.05,
      // The library's enums are ambient const enums: their string values are spelled out.
      simulationBackend: 'CPU' as SimulationBackend,
      emission: { rateOverTime: 0, bursts: [{ time: 0, count: n }] },
      shape: { shape: 'SPHERE' as Shape, sphere: { radius: 1 } },
      map: pixelTexture(),
    },
    now,
  );
  const attrs = system.instance.geometry.attributes as unknown as Record<string, THREE.BufferAttribute>;
  const tick = (): void => {
    now += dt * 1000;
    system.update({ now, delta: dt, elapsed: (now - 1000) / 1000 });
  };
  // Emits the burst.
  tick();
  return {
    update: tick,
    live: () => {
      const active = attrs['isActive']!;
      let count = 0;
      for (let i = 0; i < active.count; i++) if (active.getX(i) > 0) count++;
      return count;
    },
    dispose: () => system.dispose(),
  };
}
