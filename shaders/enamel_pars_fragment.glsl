// Enamel: fragment declarations. Injected after <lights_physical_pars_fragment>, so the lighting model below
// can wrap the physical one.
uniform vec3 uDentinColor;
uniform vec3 uChalkColor;
// Enamel thickness, mm: at or below .x the dentin shows through the most; above .y it no longer shows.
uniform vec2 uShowThrough;
// Diffuse wrap of the light into the terminator, 0 (none) .. 1 (half-lit back side): cheap translucency.
uniform float uWrap;
// Strength of light passing through thin enamel from behind (rim light through the cusps and the cervix).
uniform float uBackScatter;
// Discoloured enamel: ΔE00 against healthy enamel at which it starts (.x) and ends (.y) turning dull, and the
// roughness it ends with (.z).
uniform vec3 uDiscoloured;

varying vec3 vEnamelColor;
varying float vEnamelThickness;
varying float vEnamelShape;
varying float vEnamelLesion;
varying float vEnamelDeltaE;
varying float vEnamelDeviation;

// The anomaly map: 0 off, 1 colour difference (ΔE00 per site), 2 shape deviation (mm). Bands and their colours
// (linear RGB) come from renderer/state/anomalyMap.ts, which the legend reads too.
uniform int uAnomalyMap;
// ΔE00 band edges (perceptibility, acceptability) and the three colours below, between and above them.
uniform vec2 uColourBands;
uniform vec3 uColourBandColours[ 3 ];
// Shape band edges, mm of |deviation|; colours: missing (strong, light), within the first edge, extra (light, strong).
uniform vec2 uShapeBands;
uniform vec3 uShapeBandColours[ 5 ];

vec3 anomalyMapColour() {
  if ( uAnomalyMap == 1 ) {
    int band = vEnamelDeltaE >= uColourBands.y ? 2 : ( vEnamelDeltaE >= uColourBands.x ? 1 : 0 );
    return uColourBandColours[ band ];
  }
  float d = abs( vEnamelDeviation );
  int step = d >= uShapeBands.y ? 2 : ( d >= uShapeBands.x ? 1 : 0 );
  return uShapeBandColours[ vEnamelDeviation < 0.0 ? 2 - step : 2 + step ];
}

// Colour light takes on inside the enamel (warm: it has travelled through dentin-tinted mineral). Set per
// fragment in <enamel_fragment>, read by the lighting below.
vec3 enamelScatterColor = vec3( 0.0 );
float enamelClear = 1.0;

// The normal of the displaced surface, from screen-space derivatives of the displacement: the same idea as
// three's perturbNormalArb (Mikkelsen 2010, "Bump Mapping Unparametrized Surfaces on the GPU"), but with the
// surface derivatives left unnormalised, so the height is in true millimetres and the slope is geometric.
vec3 enamelShapeNormal( vec3 surfPos, vec3 surfNorm, float height, float faceDir ) {
  vec3 sigmaX = dFdx( surfPos );
  vec3 sigmaY = dFdy( surfPos );
  vec3 r1 = cross( sigmaY, surfNorm );
  vec3 r2 = cross( surfNorm, sigmaX );
  float det = dot( sigmaX, r1 ) * faceDir;
  vec3 grad = sign( det ) * ( dFdx( height ) * r1 + dFdy( height ) * r2 );
  vec3 n = abs( det ) * surfNorm - grad;
  float len = length( n );
  return len > 1e-12 ? n / len : surfNorm;
}

// Translucent enamel, approximated: the physical direct light, plus diffuse light wrapped past the terminator
// and light scattered through from behind, both tinted by what the light passed through. Far cheaper than
// transmission, which needs a second render of the scene.
void RE_Direct_Enamel( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
  RE_Direct_Physical( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );

  float nl = dot( geometryNormal, directLight.direction );
  float wrapped = saturate( ( nl + uWrap ) / ( 1.0 + uWrap ) );
  float extra = max( wrapped - saturate( nl ), 0.0 );
  reflectedLight.directDiffuse += directLight.color * extra * enamelScatterColor * BRDF_Lambert( material.diffuseColor );

  float through = pow( saturate( dot( geometryViewDir, - directLight.direction ) ), 3.0 );
  float thin = 1.0 - smoothstep( 0.2, 2.0, vEnamelThickness );
  reflectedLight.directDiffuse += directLight.color * through * thin * uBackScatter * enamelScatterColor;
}

#undef RE_Direct
#define RE_Direct RE_Direct_Enamel
