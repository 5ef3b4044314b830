import { describe, expect, it } from 'vitest';
import { looksLikeModelPath, parseArgs, refusedSwitches } from '../../../../main/policy/args';

describe('command line', () => {
  it('reads the app flags in both spellings', () => {
    expect(parseArgs(['--model', 'scans/molar.stl', '--config', '/etc/tooth/kiosk.json', '--kiosk'])).toEqual(
      {
        model: 'scans/molar.stl',
        config: '/etc/tooth/kiosk.json',
        link: null,
        mode: 'kiosk',
        supervised: false,
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
    expect(args).toEqual({
      model: null,
      config: null,
      link: null,
      mode: null,
      supervised: false,
      problems: [],
    });
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

  it('takes a link from --link or as a bare scheme argument, and --supervised', () => {
    expect(parseArgs(['--link', '#m=abc']).link).toBe('#m=abc');
    expect(parseArgs(['--link=tooth-rebirth://open#m=abc']).link).toBe('tooth-rebirth://open#m=abc');
    // What Windows and Linux pass for a registered scheme.
    expect(parseArgs(['--presenter', 'Tooth-Rebirth://open#m=x'])).toMatchObject({
      link: 'Tooth-Rebirth://open#m=x',
      mode: 'presenter',
    });
    expect(parseArgs(['--link'])).toMatchObject({ link: null, problems: ['--link needs a link'] });
    expect(parseArgs(['--supervised', '--kiosk'])).toMatchObject({ supervised: true, mode: 'kiosk' });
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

describe('switches a packaged kiosk refuses', () => {
  it('refuses debugging and sandbox-disabling switches in every spelling Chromium reads', () => {
    const argv = [
      '--kiosk',
      '--remote-debugging-port=9222',
      '-no-sandbox',
      '--Remote-Debugging-Pipe',
      '--disable-web-security',
      '--remote-debugging-port',
    ];
    expect(refusedSwitches(argv, true, 'kiosk', 'linux')).toEqual([
      '--remote-debugging-port',
      '--no-sandbox',
      '--remote-debugging-pipe',
      '--disable-web-security',
    ]);
    expect(refusedSwitches(['/no-sandbox'], true, 'kiosk', 'win32')).toEqual(['--no-sandbox']);
    expect(refusedSwitches(['/no-sandbox'], true, 'kiosk', 'linux')).toEqual([]);
  });

  it('lets a development build, other modes, and arguments after -- pass', () => {
    expect(refusedSwitches(['--remote-debugging-port=0', '--no-sandbox'], false, 'kiosk')).toEqual([]);
    expect(refusedSwitches(['--remote-debugging-port=0'], true, 'desktop')).toEqual([]);
    expect(refusedSwitches(['--no-sandboxed-thing', '--', '--no-sandbox'], true, 'kiosk')).toEqual([]);
    expect(refusedSwitches(['--enable-logging', 'molar.stl'], true, 'kiosk')).toEqual([]);
  });
});
