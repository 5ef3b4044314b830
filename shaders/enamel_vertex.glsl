// Enamel: after <begin_vertex>. Moves the surface along its normal by the enamel gained or lost at its site
// (the outer surface is where the enamel ends: dentin junction plus thickness), converts the site's colour,
// and passes the thickness and lesion state on to the fragment stage.
{
  float delta = enamelNow - enamelRef.y;

  vEnamelThickness = max( enamelRef.x + delta, 0.0 );
  vEnamelShape = delta < 0.0 ? max( delta * uShapeGain.x, - uShapeLimit.x ) : min( delta * uShapeGain.y, uShapeLimit.y );
  vEnamelLesion = smoothstep( uChalkRange.x, uChalkRange.y, enamelChalk );
  vEnamelColor = labToLinearSrgb( enamelLab );
  vEnamelDeltaE = enamelDeltaE;
  vEnamelDeviation = delta;

  transformed += objectNormal * vEnamelShape;
}
