import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  Color,
  type Group,
  Mesh,
  MeshBasicMaterial,
  MeshDepthMaterial,
  OrthographicCamera,
  PlaneGeometry,
  ShaderMaterial,
  WebGLRenderTarget,
} from 'three';
import { HorizontalBlurShader } from 'three/examples/jsm/shaders/HorizontalBlurShader.js';
import { VerticalBlurShader } from 'three/examples/jsm/shaders/VerticalBlurShader.js';

export interface ContactShadowProps {
  /** Height of the floor, world units (mm). */
  y: number;
  /** Side of the square floor patch, world units. */
  size: number;
  /** How far above the floor objects still cast, world units. */
  far: number;
  resolution: number;
  blur: number;
  opacity: number;
  color: string;
  /** A new value draws the shadow again (a new tooth); otherwise it is drawn once, for `frames` frames. */
  version: string;
  frames?: number;
}

/**
 * A soft contact shadow under the tooth: the scene seen from the floor looking up, drawn as depth into a small
 * texture, blurred twice and laid on the floor (the technique of three's `webgl_shadow_contact` example, also
 * behind drei's ContactShadows). Written here rather than taken from drei because drei's component disposes
 * nothing when it unmounts and can be drawn again only by remounting it: every new tooth left two render
 * targets, a geometry and four materials on the GPU. This one owns its resources, disposes them, and redraws on
 * a new `version`.
 */
export function ContactShadow({
  y,
  size,
  far,
  resolution,
  blur,
  opacity,
  color,
  version,
  frames = 2,
}: ContactShadowProps) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const group = useRef<Group>(null);
  const parts = useMemo(() => {
    const target = new WebGLRenderTarget(resolution, resolution);
    const blurTarget = new WebGLRenderTarget(resolution, resolution);
    target.texture.generateMipmaps = false;
    blurTarget.texture.generateMipmaps = false;
    // The camera sits on the floor looking up (+y), as far as `far`; its image has +x to the right and +z up.
    const camera = new OrthographicCamera(-size / 2, size / 2, size / 2, -size / 2, 0, far);
    camera.rotation.x = Math.PI / 2;
    // The blur passes draw a square facing the camera that fills its view, texture axes along the image's.
    const blurGeometry = new PlaneGeometry(size, size).rotateX(Math.PI / 2);
    // The floor patch faces up; its texture's second axis runs along +z like the camera's image, not -z.
    const geometry = new PlaneGeometry(size, size).rotateX(-Math.PI / 2);
    const uv = geometry.getAttribute('uv');
    for (let i = 0; i < uv.count; i++) uv.setY(i, 1 - uv.getY(i));
    const depth = new MeshDepthMaterial({ depthTest: false, depthWrite: false });
    const tint = new Color(color);
    // Darker where an object is nearer the floor, transparent where nothing is.
    depth.onBeforeCompile = (shader) => {
      shader.uniforms.uTint = { value: tint };
      shader.fragmentShader = shader.fragmentShader
        .replace('void main() {', 'uniform vec3 uTint;\nvoid main() {')
        .replace(
          'vec4( vec3( 1.0 - fragCoordZ ), opacity );',
          'vec4( uTint * fragCoordZ * 2.0, 1.0 - fragCoordZ );',
        );
    };
    const horizontal = new ShaderMaterial({ ...HorizontalBlurShader, depthTest: false });
    const vertical = new ShaderMaterial({ ...VerticalBlurShader, depthTest: false });
    horizontal.uniforms = { tDiffuse: { value: target.texture }, h: { value: 0 } };
    vertical.uniforms = { tDiffuse: { value: blurTarget.texture }, v: { value: 0 } };
    const blurPass = new Mesh(blurGeometry, horizontal);
    const floor = new MeshBasicMaterial({ map: target.texture, transparent: true, depthWrite: false });
    return {
      target,
      blurTarget,
      geometry,
      blurGeometry,
      camera,
      depth,
      horizontal,
      vertical,
      blurPass,
      floor,
    };
  }, [resolution, size, far, color]);
  useEffect(() => {
    parts.floor.opacity = opacity;
  }, [parts, opacity]);
  useEffect(
    () => () => {
      for (const p of [parts.target, parts.blurTarget, parts.geometry, parts.blurGeometry]) p.dispose();
      for (const m of [parts.depth, parts.horizontal, parts.vertical, parts.floor]) m.dispose();
    },
    [parts],
  );

  const drawn = useRef({ version: '', frames: 0, parts });
  useFrame(() => {
    const g = group.current;
    const d = drawn.current;
    if (!g) return;
    if (d.version !== version || d.parts !== parts) {
      d.version = version;
      d.parts = parts;
      d.frames = 0;
    }
    if (d.frames >= frames) return;
    d.frames++;
    const { target, blurTarget, camera, depth, horizontal, vertical, blurPass } = parts;
    camera.position.set(g.position.x, y, g.position.z);
    camera.updateMatrixWorld();
    blurPass.position.set(g.position.x, y + far / 2, g.position.z);
    blurPass.updateMatrixWorld();
    const background = scene.background;
    const override = scene.overrideMaterial;
    g.visible = false;
    scene.background = null;
    scene.overrideMaterial = depth;
    gl.setRenderTarget(target);
    gl.render(scene, camera);
    scene.overrideMaterial = override;
    scene.background = background;
    g.visible = true;
    // Two blur passes, the second finer, each horizontal then vertical (target → blurTarget → target).
    for (const amount of [blur, blur * 0.4]) {
      horizontal.uniforms.h!.value = amount / resolution;
      blurPass.material = horizontal;
      gl.setRenderTarget(blurTarget);
      gl.render(blurPass, camera);
      vertical.uniforms.v!.value = amount / resolution;
      blurPass.material = vertical;
      gl.setRenderTarget(target);
      gl.render(blurPass, camera);
    }
    gl.setRenderTarget(null);
  });

  return (
    <group ref={group} position={[0, y, 0]} name="contact-shadow">
      <mesh geometry={parts.geometry} material={parts.floor} />
    </group>
  );
}
