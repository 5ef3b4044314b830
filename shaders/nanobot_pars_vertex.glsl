// Nanobots: one point per bot, drawn in a single call. botState is the engine's BotState code
// (0 reservoir, 1 travelling, 2 depositing, 3 returning, 4 dormant, 5 recalled), uploaded as an unsigned byte.
attribute float botState;
// Clock time (uTime) at which the bot entered its state.
attribute float botSince;

// World size of a bot's glow, mm, and the pixels one mm covers at unit view depth (viewport height / 2tan(fov/2)).
uniform float uBotSize;
uniform float uPixelScale;
// Smallest and largest point size, pixels, so a bot stays visible far away and never floods the view up close.
uniform vec2 uPointSizeRange;
// Bots work a few hundredths of a millimetre above the enamel: draw each this much (mm) nearer the camera, along
// its line of sight, so that a bot on the surface is not half hidden by the surface it sits on.
uniform float uLift;
uniform float uTime;
// Per state: colour (linear RGB), relative size (0 hides the state) and how much the sprite's core covers
// what lies behind it (0: purely additive glow; higher keeps a bot readable against bright enamel).
uniform vec3 uStateColor[ 6 ];
uniform float uStateSize[ 6 ];
uniform float uStateCover[ 6 ];
// Seconds a finished bot (dormant 4, recalled 5) takes to shrink and fade away; 0: it is gone at once.
uniform float uFinishFade;

varying vec3 vBotColor;
varying float vBotCover;
