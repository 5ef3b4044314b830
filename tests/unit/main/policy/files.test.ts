import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, MAX_MODEL_BYTES } from '../../../../main/ipc/contract';
import {
  ensurePngExtension,
  fileDialogsAllowed,
  fileErrorMessage,
  modelDialogFilters,
  modelExtension,
  modelFileProblem,
  powerSaveMode,
  sanitizeScreenshotName,
} from '../../../../main/policy/files';

describe('model files', () => {
  it('offers the supported formats in the open dialog', () => {
    expect(modelDialogFilters()[0]?.extensions).toEqual(['stl', 'obj', 'ply', 'gltf', 'glb']);
  });

  it('knows the extensions, in any case', () => {
    expect(modelExtension('/scans/Molar.STL')).toBe('stl');
    expect(modelExtension('a.glb')).toBe('glb');
    expect(modelExtension('a.fbx')).toBeNull();
    expect(modelExtension('stl')).toBeNull();
  });

  it('gives one clear sentence for each bad file', () => {
    expect(modelFileProblem('/x/tooth.stl', 1024)).toBeNull();
    expect(modelFileProblem('/x/tooth.fbx', 1024)).toBe(
      '"tooth.fbx" is not a supported model (use stl, obj, ply, gltf, glb)',
    );
    expect(modelFileProblem('/x/tooth.stl', 0)).toBe('"tooth.stl" is empty');
    expect(modelFileProblem('/x/tooth.stl', MAX_MODEL_BYTES + 1)).toBe(
      '"tooth.stl" is 256 MB; the largest model the app opens is 256 MB',
    );
    expect(modelFileProblem('/x/huge.glb', 900 * 1024 * 1024)).toMatch(/^"huge\.glb" is 900 MB/);
    expect(modelFileProblem('/x/folder.stl', 4096, false)).toBe('"folder.stl" is not a file');
    expect(modelFileProblem('/x/tooth.stl', MAX_MODEL_BYTES)).toBeNull();
  });

  it('turns error codes into sentences', () => {
    expect(fileErrorMessage('open', 'a.stl', 'ENOENT')).toBe(
      'could not open "a.stl": the file does not exist',
    );
    expect(fileErrorMessage('save', 'a.png', 'ENOSPC')).toBe('could not save "a.png": the disk is full');
    expect(fileErrorMessage('open', 'a.stl', 'EWEIRD')).toBe('could not open "a.stl": error EWEIRD');
    expect(fileErrorMessage('open', 'a.stl', undefined)).toBe('could not open "a.stl": error unknown');
  });
});

describe('screenshot names', () => {
  it('keeps a good name and adds .png', () => {
    expect(sanitizeScreenshotName('chapter-3 Ivy.png')).toBe('chapter-3 Ivy.png');
    expect(sanitizeScreenshotName('chapter 3')).toBe('chapter 3.png');
    expect(sanitizeScreenshotName('molar.PNG')).toBe('molar.png');
    expect(sanitizeScreenshotName('diente-año.png')).toBe('diente-año.png');
  });

  it('strips directories and traversal', () => {
    expect(sanitizeScreenshotName('../../.bashrc')).toBe('bashrc.png');
    expect(sanitizeScreenshotName('/etc/cron.d/job.png')).toBe('job.png');
    expect(sanitizeScreenshotName('C:\\Windows\\System32\\evil.png')).toBe('evil.png');
    expect(sanitizeScreenshotName('..')).toBe('tooth-rebirth.png');
    expect(sanitizeScreenshotName('dir/')).toBe('tooth-rebirth.png');
  });

  it('removes unsafe characters and reserved device names', () => {
    expect(sanitizeScreenshotName('a<b>c:d"e|f?g*h\u0000i\u001fj.png')).toBe('abcdefghij.png');
    expect(sanitizeScreenshotName('CON')).toBe('_CON.png');
    expect(sanitizeScreenshotName('lpt1.png')).toBe('_lpt1.png');
    expect(sanitizeScreenshotName('report.exe')).toBe('report.exe.png');
  });

  it('always yields a bounded .png name with no separator', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (suggested) => {
        const name = sanitizeScreenshotName(suggested);
        expect(name.endsWith('.png')).toBe(true);
        expect(name.length).toBeGreaterThan('.png'.length);
        expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(name).not.toMatch(/[/\\<>:"|?*]/);
        expect([...name].every((ch) => ch.codePointAt(0)! >= 0x20)).toBe(true);
        expect(name.startsWith('.')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('adds .png to a chosen path that lacks it', () => {
    expect(ensurePngExtension('/home/u/shot')).toBe('/home/u/shot.png');
    expect(ensurePngExtension('/home/u/shot.PNG')).toBe('/home/u/shot.PNG');
    expect(ensurePngExtension('/home/u/shot.jpg')).toBe('/home/u/shot.jpg.png');
  });
});

describe('mode rules', () => {
  it('keeps file dialogs away from kiosk visitors', () => {
    expect(fileDialogsAllowed('kiosk')).toBe(false);
    expect(fileDialogsAllowed('desktop')).toBe(true);
    expect(fileDialogsAllowed('presenter')).toBe(true);
  });

  it('keeps the display awake where nobody touches it', () => {
    expect(powerSaveMode('kiosk')).toBe('prevent-display-sleep');
    expect(powerSaveMode('presenter')).toBe('prevent-display-sleep');
    expect(powerSaveMode('desktop')).toBeNull();
  });
});
