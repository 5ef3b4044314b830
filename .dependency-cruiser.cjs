// The direction of imports (DESIGN.md): ui, scene -> state -> worker -> engine; timeline and mesh -> engine;
// the engine imports nothing outside itself; main never imports the renderer. `npm run depcruise` and `npm test`
// check every source file against these rules, so a shortcut across layers fails with the file and import named.
//
// Each layer rule lists what an area may import from the project besides itself; packages and Node built-ins
// are left to the type-check and the linter, except for the engine, which may import nothing at all outside
// its own folder (it must run unchanged in a worker, in Node and in the benchmarks).

/** Every file that belongs to the project (not a package, not a Node built-in). */
const PROJECT = '^(renderer|main|shaders|models)/';

/** A forbidden rule: files matching `from` may import project files only from `from` itself and `allowed`. */
function layer(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: PROJECT, pathNot: [from, ...allowed] },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-imports-only-itself',
      comment:
        'The simulation is plain TypeScript: no three, react, electron, DOM, Node built-in or other project ' +
        'area, so it runs the same in the worker, in Node and in the benchmarks, and replays bit for bit.',
      severity: 'error',
      from: { path: '^renderer/engine/' },
      to: { pathNot: '^renderer/engine/' },
    },
    {
      name: 'engine-no-cycles',
      comment: 'Engine modules form a tree: a cycle makes the initialisation order of the hot loop fragile.',
      severity: 'error',
      from: { path: '^renderer/engine/' },
      to: { circular: true },
    },
    layer(
      'colour-imports-only-engine',
      'CIELAB and CIEDE2000 are injected into the engine: colour sees the engine types, nothing above.',
      '^renderer/colour/',
      ['^renderer/engine/'],
    ),
    layer(
      'mesh-imports-only-engine',
      'Mesh reading runs in a worker without the DOM: it sees the engine types and nothing above.',
      '^renderer/mesh/',
      ['^renderer/engine/'],
    ),
    layer(
      'timeline-imports-only-engine-and-colour',
      'The timeline is plain TypeScript over engine events; it reads the ΔE00 thresholds from colour.',
      '^renderer/timeline/',
      ['^renderer/engine/', '^renderer/colour/'],
    ),
    layer(
      'story-imports-only-scenario-catalogue',
      'The story is content; it names scenarios by id from the one scenario catalogue and nothing else.',
      '^renderer/story/',
      ['^renderer/timeline/scenarios\\.ts$'],
    ),
    layer(
      'worker-imports-only-what-it-hosts',
      'The workers host the engine, the scan loader and the cue-track run.',
      '^renderer/worker/',
      ['^renderer/engine/', '^renderer/colour/', '^renderer/mesh/', '^renderer/timeline/'],
    ),
    layer(
      'state-imports-only-lower-layers',
      'State drives the workers and holds the story model; it never reaches up into scene or ui.',
      '^renderer/state/',
      [
        '^renderer/engine/',
        '^renderer/colour/',
        '^renderer/mesh/',
        '^renderer/timeline/',
        '^renderer/story/',
        '^renderer/worker/',
        '^main/ipc/',
        '^models/',
      ],
    ),
    layer(
      'scene-imports-only-state-and-shaders',
      'The 3D scene reads per-frame values from state and its GLSL from shaders, never a worker or the engine.',
      '^renderer/scene/',
      ['^renderer/state/', '^shaders/'],
    ),
    layer(
      'ui-imports-only-state-story-scene-styles',
      'The interface reads state, shows the story texts and mounts the stage.',
      '^renderer/ui/',
      ['^renderer/state/', '^renderer/story/', '^renderer/scene/', '^renderer/styles/'],
    ),
    layer(
      'main-never-imports-renderer',
      'The Electron main process and preload share only the IPC contract (main/ipc) with the renderer.',
      '^main/',
      [],
    ),
    {
      name: 'project-imports-resolve',
      comment: 'An import the cruiser cannot resolve would slip past every rule above.',
      severity: 'error',
      from: { path: PROJECT },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.m?ts$' },
    // Type-only imports cross layers too: keep them in the graph.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
