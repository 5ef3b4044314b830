import { useEffect, useMemo } from 'react';
import { LatheGeometry, Vector2 } from 'three';

/** A simple lathe silhouette of a tooth, shown until a real model has loaded. */
export function PlaceholderTooth() {
  const geometry = useMemo(() => {
    const profile: Vector2[] = [];
    const rows = 40;
    for (let i = 0; i <= rows; i++) {
      const t = i / rows; // 0 at the root apex, 1 at the occlusal centre
      const y = -14 + t * 21.5;
      const r =
        t < 0.65
          ? 1 + 3.5 * Math.sin((t / 0.65) * (Math.PI / 2))
          : 4.5 + 1 * Math.sin(((t - 0.65) / 0.35) * Math.PI);
      profile.push(new Vector2(t >= 1 ? 0 : Math.max(0.01, r), y));
    }
    return new LatheGeometry(profile, 64);
  }, []);
  // A geometry given as a prop is the caller's to dispose (react-three-fiber disposes only what it created).
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} name="placeholder-tooth">
      <meshPhysicalMaterial color="#efe6d2" roughness={0.35} clearcoat={0.6} clearcoatRoughness={0.3} />
    </mesh>
  );
}
