// Enamel: after <normal_fragment_maps>. The enamel's own colour (the vertex colour, from the site's CIELAB)
// over the dentin where the enamel is thin, chalky matte white where a lesion is open, and the normal of the
// displaced surface so ridges and pits catch the light.
{
  diffuseColor.rgb *= vEnamelColor;

  float showThrough = ( 1.0 - smoothstep( uShowThrough.x, uShowThrough.y, vEnamelThickness ) ) * ( 1.0 - vEnamelLesion );
  diffuseColor.rgb = mix( diffuseColor.rgb, uDentinColor, 0.7 * showThrough );

  // The site's colour already whitens with a lesion; porous enamel also hides what lies beneath it.
  float lesion = clamp( vEnamelLesion, 0.0, 1.0 );
  diffuseColor.rgb = mix( diffuseColor.rgb, uChalkColor, 0.5 * lesion );
  roughnessFactor = mix( roughnessFactor, 0.95, lesion );

  // Enamel the bots laid down in the wrong colour is hypomature or hypocalcified: less mineral and more protein
  // than sound enamel, so softer, duller and more opaque (science.md: MMP20 "soft, mottled yellow-brown"). It
  // loses the sheen and the glossy coat of sound enamel, so a changed patch reads by its colour, not as a
  // highlight. Sound enamel (ΔE00 under the perceptibility threshold) keeps its look.
  float discoloured = smoothstep( uDiscoloured.x, uDiscoloured.y, vEnamelDeltaE ) * ( 1.0 - lesion );
  roughnessFactor = mix( roughnessFactor, uDiscoloured.z, discoloured );

  // Porous (lesion) enamel scatters near the surface: no translucency, no glossy coat.
  enamelScatterColor = mix( mix( vec3( 1.0, 0.9, 0.78 ), uDentinColor, 0.5 * showThrough ), vec3( 0.0 ), lesion );
  enamelScatterColor *= 1.0 - 0.6 * discoloured;
  enamelClear = ( 1.0 - lesion ) * ( 1.0 - discoloured );

  // The anomaly map paints the band colour over the enamel, mostly as emitted light so that the bands read the
  // same on lit and shaded sides; a share stays lit so the form (and the ridges) still show.
  if ( uAnomalyMap > 0 ) {
    vec3 band = anomalyMapColour();
    diffuseColor.rgb = 0.35 * band;
    totalEmissiveRadiance += 0.65 * band;
    roughnessFactor = 0.7;
    enamelScatterColor = vec3( 0.0 );
    enamelClear = 0.0;
  }

  normal = enamelShapeNormal( - vViewPosition, normal, vEnamelShape, faceDirection );
  // The glossy coat follows the displaced surface too, so a ridge shows a highlight of its own.
  nonPerturbedNormal = normal;
}
