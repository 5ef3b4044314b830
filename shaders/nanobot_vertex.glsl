// Nanobots: the body of the vertex stage. Size attenuated with distance, colour by state; depositing bots
// pulse, each at its own phase. A finished bot shrinks and dims to nothing, so the enamel it built stays in
// view. Hidden bots are moved outside the clip volume.
int state = clamp( int( botState + 0.5 ), 0, 5 );
float rel = uStateSize[ state ];
float left = 1.0;
if ( state >= 4 ) {
  left = uFinishFade > 0.0 ? 1.0 - clamp( ( uTime - botSince ) / uFinishFade, 0.0, 1.0 ) : 0.0;
  rel *= left;
}

vec4 mvPosition = modelViewMatrix * vec4( position, 1.0 );
float viewDistance = max( length( mvPosition.xyz ), 1e-3 );
mvPosition.xyz *= max( 1.0 - uLift / viewDistance, 0.0 );
gl_Position = projectionMatrix * mvPosition;

float pulse = state == 2 ? 1.0 + 0.3 * sin( uTime * 7.0 + float( gl_VertexID ) * 2.399 ) : 1.0;
gl_PointSize = clamp( uBotSize * rel * pulse * uPixelScale / max( - mvPosition.z, 1e-3 ), uPointSizeRange.x, uPointSizeRange.y );
vBotColor = uStateColor[ state ] * pulse * left;
vBotCover = uStateCover[ state ] * left;

if ( rel <= 0.0 ) {
  gl_Position = vec4( 2.0, 2.0, 2.0, 1.0 );
  gl_PointSize = 0.0;
}
