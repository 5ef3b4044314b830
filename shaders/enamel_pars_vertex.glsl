// Enamel: per-vertex state of the enamel layer, declared for the vertex stage.
// enamelRef = (healthy thickness at this vertex, target thickness of its site, thickness before treatment), mm.
// enamelNow = thickness of its site now, mm (updated for the sites the swarm changed).
attribute vec3 enamelRef;
attribute float enamelNow;
// CIELAB of the enamel at this vertex's site (converted with labToLinearSrgb from <colour_pars_vertex>).
attribute vec3 enamelLab;

// How far the surface moves per mm of enamel missing (.x, inwards) or extra (.y, outwards); 1.0 = true scale.
uniform vec2 uShapeGain;
// Largest displacement along the normal, mm: inwards (.x) and outwards (.y).
uniform vec2 uShapeLimit;

// Colour of the enamel itself, linear sRGB.
varying vec3 vEnamelColor;
// Thickness of the enamel here now, mm (drives the dentin showing through).
varying float vEnamelThickness;
// Signed displacement along the normal, mm: > 0 overgrowth (ridges), < 0 missing enamel (pits).
varying float vEnamelShape;
// 0..1: how much of the surface is a chalky lesion (enamel still missing, not yet rebuilt).
varying float vEnamelLesion;
