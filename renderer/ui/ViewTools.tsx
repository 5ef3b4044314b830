// The teaching tools over the stage's right edge, under the toolbar: the Labels toggle and the cut's controls.
import { CutControls } from './CutControls';
import { LabelsToggle } from './Labels';

export function ViewTools() {
  return (
    <div className="view-tools">
      <LabelsToggle />
      <CutControls />
    </div>
  );
}
