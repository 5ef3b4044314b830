// CIELAB (D65 white, as the engine keeps enamel colour) to linear-light sRGB, for per-vertex colours.
// Done here, per vertex on the GPU, so the frame loop only copies the engine's L*a*b* floats into an attribute.
// Same constants and steps as culori's lab65 -> xyz65 -> linear rgb, which renderer/colour uses on the CPU.
float labFInverse( float t ) {
  float t3 = t * t * t;
  return t3 > 216.0 / 24389.0 ? t3 : ( 116.0 * t - 16.0 ) / ( 24389.0 / 27.0 );
}

vec3 labToLinearSrgb( vec3 lab ) {
  float fy = ( lab.x + 16.0 ) / 116.0;
  float fx = fy + lab.y / 500.0;
  float fz = fy - lab.z / 200.0;
  // D65 white from its chromaticity (0.3127, 0.3290).
  vec3 white = vec3( 0.3127 / 0.329, 1.0, ( 1.0 - 0.3127 - 0.329 ) / 0.329 );
  vec3 xyz = vec3( labFInverse( fx ), labFInverse( fy ), labFInverse( fz ) ) * white;
  // XYZ (D65) to linear sRGB; GLSL matrices are column-major, so each group of three is a column.
  mat3 toRgb = mat3(
    3.2409699419045226, -0.9692436362808796, 0.0556300796969936,
    -1.5373831775700939, 1.8759675015077204, -0.2039769588889765,
    -0.4986107602930034, 0.0415550574071756, 1.0569715142428784
  );
  return clamp( toRgb * xyz, 0.0, 1.0 );
}
