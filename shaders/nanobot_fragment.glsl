// Nanobots: a round glowing sprite, a bright core in a soft halo. The output is premultiplied: the halo adds
// light onto what is behind it (additive glow), the core also covers a share of it, so a cyan bot still reads
// over white enamel, where pure addition would wash it out.
vec2 p = gl_PointCoord * 2.0 - 1.0;
float r2 = dot( p, p );
if ( r2 > 1.0 ) discard;
float core = 1.0 - smoothstep( 0.0, 0.2, r2 );
float halo = exp( - 5.0 * r2 ) * ( 1.0 - r2 );
vec4 diffuseColor = vec4( vBotColor * ( 0.9 * halo + 1.3 * core ), vBotCover * core );
