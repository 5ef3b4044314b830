// Enamel: per-vertex state of the enamel layer, declared for the vertex stage.
// enamelRef = (healthy enamel thickness at this vertex, target thickness of its site), mm. Static.
// enamelNow = enamel thickness of its site now, mm; enamelChalk = its chalkiness (porous, opaque, matte), 0..1;
// enamelLab = its colour, CIELAB (D65). All three are copied from the simulation for the sites it changed.
attribute vec2 enamelRef;
attribute float enamelNow;
attribute float enamelChalk;
attribute vec3 enamelLab;
// ΔE00 of its sites against healthy enamel (taken per site, then blended), for the anomaly map.
attribute float enamelDeltaE;

// How far the surface moves per mm of enamel missing (.x, inwards) or extra (.y, outwards); 1.0 = true scale.
uniform vec2 uShapeGain;
// Largest displacement along the normal, mm: inwards (.x) and outwards (.y).
uniform vec2 uShapeLimit;
// Chalkiness of sound enamel and of a full white-spot lesion: the lesion look ramps between them.
uniform vec2 uChalkRange;

// Colour of the enamel itself, linear sRGB.
varying vec3 vEnamelColor;
// Thickness of the enamel here now, mm (drives the dentin showing through).
varying float vEnamelThickness;
// Signed displacement along the normal, mm: > 0 overgrowth (ridges), < 0 missing enamel (pits, open lesions).
varying float vEnamelShape;
// 0..1: how much of the surface looks like a chalky lesion.
varying float vEnamelLesion;
// For the anomaly map: ΔE00 against healthy enamel, and the true (unexaggerated) deviation from the target, mm.
varying float vEnamelDeltaE;
varying float vEnamelDeviation;
