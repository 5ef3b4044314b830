// What the 3D stage needs from the state layer: the tooth, and a getter for the simulation's latest frame.
import type { FrameView } from '../worker/frame';
import { simController } from './bootstrap';
import { live } from './live';
import { useTooth } from './model';

const frameGetter = (): FrameView | null => simController()?.frame ?? null;

export function useStageProps() {
  const tooth = useTooth((s) => s.tooth);
  return { tooth, frame: frameGetter, botCapacity: Math.max(1024, live.bots) };
}
