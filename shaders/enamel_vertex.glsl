// Enamel: after <begin_vertex>. Moves the surface along its normal by the enamel gained or lost at its site,
// and passes the thickness and lesion state on to the fragment stage.
{
  float healthy = enamelRef.x;
  float target = enamelRef.y;
  float before = enamelRef.z;
  float delta = enamelNow - target;

  vEnamelThickness = max( healthy + delta, 0.0 );
  vEnamelShape = delta < 0.0 ? max( delta * uShapeGain.x, - uShapeLimit.x ) : min( delta * uShapeGain.y, uShapeLimit.y );

  // A lesion is the part of the original deficit that is still open. Where the swarm has laid mineral down
  // the site reads as (possibly imperfect) new enamel rather than as a white spot, so the chalkiness fades
  // with the share of the deficit rebuilt.
  float deficit = max( target - enamelNow, 0.0 );
  float lesionDepth = max( target - before, 1e-4 );
  float rebuilt = clamp( ( enamelNow - before ) / lesionDepth, 0.0, 1.0 );
  vEnamelLesion = smoothstep( 0.02, 0.2, deficit ) * ( 1.0 - 0.75 * rebuilt );

  vEnamelColor = labToLinearSrgb( enamelLab );

  transformed += objectNormal * vEnamelShape;
}
