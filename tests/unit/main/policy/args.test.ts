import { describe, expect, it } from 'vitest';
import { looksLikeModelPath, parseArgs } from '../../../../main/policy/args';

describe('command line', () => {
  it('reads the app flags in both spellings', () => {
    expect(parseArgs(['--model', 'scans/molar.stl', '--config', '/etc/tooth/kiosk.json', '--kiosk'])).toEqual(
      {
        model: 'scans/molar.stl',
        config: '/etc/tooth/kiosk.json',
        mode: 'kiosk',
        problems: [],
      },
    );
    expect(parseArgs(['--model=a b.glb', '--config=k.json', '--presenter'])).toMatchObject({
      model: 'a b.glb',
      config: 'k.json',
      mode: 'presenter',
    });
  });

  it('leaves Electron and Chromium switches alone', () => {
    const args = parseArgs(['.', '--no-sandbox', '--enable-logging', '--inspect=9229', '-psn_0_12345', '--']);
    expect(args).toEqual({ model: null, config: null, mode: null, problems: [] });
  });

  it('takes a bare model path, as "Open with" passes it', () => {
    expect(parseArgs(['/home/u/Downloads/Tooth.PLY']).model).toBe('/home/u/Downloads/Tooth.PLY');
    const two = parseArgs(['a.stl', 'b.obj']);
    expect(two.model).toBe('a.stl');
    expect(two.problems).toEqual(['more than one model given; ignored "b.obj"']);
  });

  it('reports a flag without its value and carries on', () => {
    expect(parseArgs(['--model'])).toMatchObject({ model: null, problems: ['--model needs a file path'] });
    expect(parseArgs(['--model', '--kiosk'])).toMatchObject({
      model: null,
      mode: 'kiosk',
      problems: ['--model needs a file path'],
    });
    expect(parseArgs(['--config='])).toMatchObject({
      config: null,
      problems: ['--config needs a file path'],
    });
  });

  it('prefers kiosk when both modes are asked for, and says so', () => {
    const both = parseArgs(['--presenter', '--kiosk']);
    expect(both.mode).toBe('kiosk');
    expect(both.problems).toEqual(['both --kiosk and --presenter given; using kiosk']);
    expect(parseArgs(['--kiosk=yes']).problems).toEqual(['--kiosk takes no value; ignored "yes"']);
  });

  it('recognises model files by extension only', () => {
    expect(looksLikeModelPath('x.glb')).toBe(true);
    expect(looksLikeModelPath('x.gltf')).toBe(true);
    expect(looksLikeModelPath('x.stl.txt')).toBe(false);
    expect(looksLikeModelPath('.stl')).toBe(false);
    expect(looksLikeModelPath('--foo.stl')).toBe(false);
    expect(looksLikeModelPath('.')).toBe(false);
  });
});
