// Nanobots: fragment declarations.
varying vec3 vBotColor;
varying float vBotCover;
