// What kind of renderer the window has, decided once before the 3D canvas is created (antialiasing is fixed at
// context creation). A software rasteriser (SwiftShader, llvmpipe: virtual machines, CI, kiosks without a GPU
// driver) pays four times the raster cost for multisampling, which halves the frame rate there; real GPUs keep it.

let cached: boolean | null = null;

export function isSoftwareRenderer(): boolean {
  if (cached !== null) return cached;
  cached = false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (gl) {
      // Chromium reports the unmasked renderer in RENDERER; the debug extension covers older builds.
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      cached = /swiftshader|llvmpipe|softpipe|software/i.test(name);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: the canvas will report that itself.
  }
  return cached;
}
