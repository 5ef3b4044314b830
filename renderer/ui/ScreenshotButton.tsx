// "Save a picture": the 3D view at the canvas's own resolution with a caption strip under it (chapter, time, the
// measurements), as a PNG: a download in web mode, the save dialog through the app's validated IPC call in the
// desktop app. The scene renders one frame for it (state/capture.ts), so the view costs nothing when unused.
import { useState } from 'react';
import { captureScene } from '../state/capture';
import { live } from '../state/live';
import { type Language, useApp } from '../state/store';
import { story } from '../state/storyModel';
import { SCENARIO_LABELS, type ScenarioId, t } from '../story';
import { CameraIcon } from './toolIcons';
import { useT } from './i18n';
import { captionFontPx, captionHeight, captionLines, screenshotName } from './screenshotCaption';

/** The view and its caption on one 2D canvas; null when no 3D view is on show. */
export function composeScreenshot(lang: Language): HTMLCanvasElement | null {
  const out = document.createElement('canvas');
  let drawn = false;
  const ok = captureScene((gl) => {
    const w = gl.width;
    const h = gl.height;
    const strip = captionHeight(w);
    out.width = w;
    out.height = h + strip;
    const ctx = out.getContext('2d');
    if (!ctx) return;
    // The stage's own backdrop behind the (transparent) WebGL picture, as on screen.
    const bg = ctx.createRadialGradient(w / 2, h * 0.4, 0, w / 2, h * 0.4, Math.max(w, h) * 0.75);
    bg.addColorStop(0, '#22303e');
    bg.addColorStop(0.55, '#141d27');
    bg.addColorStop(1, '#0b1016');
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(gl, 0, 0);
    ctx.fillStyle = '#0b1016';
    ctx.fillRect(0, h, w, strip);
    const font = captionFontPx(w);
    const line = Math.round(font * 1.45);
    const s = useApp.getState();
    const seg = story.clock.segments[s.chapterIndex];
    const m = live.metrics;
    const [where, measured] = captionLines(
      {
        chapterNumber: s.chapterIndex + 1,
        chapterCount: story.chapters.length,
        chapterTitle: story.chapters[s.chapterIndex]?.title[lang] ?? '',
        time: live.time,
        scenarioLabel: seg ? (SCENARIO_LABELS[seg.scenario as ScenarioId]?.[lang] ?? seg.scenario) : '',
        localTime: live.localTime,
        restoredFraction: m?.restoredFraction ?? 0,
        deltaE00Max: m?.deltaE00.max ?? 0,
        deltaE00Mean: m?.deltaE00.mean ?? 0,
        shapeMmMax: m?.shapeDeviationMm.max ?? 0,
        shapeMmMean: m?.shapeDeviationMm.mean ?? 0,
        bots: m?.bots || live.bots,
      },
      lang,
    );
    const x = Math.round(font * 0.8);
    ctx.textBaseline = 'top';
    ctx.font = `600 ${font}px system-ui, sans-serif`;
    ctx.fillStyle = '#e8eef4';
    ctx.fillText(where, x, h + Math.round(font * 0.6), w - 2 * x);
    ctx.font = `${font}px system-ui, sans-serif`;
    ctx.fillStyle = '#c4d0dc';
    ctx.fillText(measured, x, h + Math.round(font * 0.6) + line, w - 2 * x);
    drawn = true;
  });
  return ok && drawn ? out : null;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the browser could not encode a PNG'))),
      'image/png',
    ),
  );
}

/** Saves the picture; returns the saved file's name or path, or null when the viewer cancelled. */
export async function saveScreenshot(lang: Language): Promise<string | null> {
  const canvas = composeScreenshot(lang);
  if (!canvas) throw new Error('there is no 3D view to take a picture of');
  const blob = await toPng(canvas);
  const s = useApp.getState();
  const name = screenshotName(story.chapters[s.chapterIndex]?.id ?? 'view', live.time);
  const host = window.toothRebirthHost;
  if (host) {
    const saved = await host.saveScreenshot(new Uint8Array(await blob.arrayBuffer()), name);
    return saved?.path ?? null;
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has the blob by now; free it a little later so a slow browser can still read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export function ScreenshotButton() {
  const tr = useT();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const take = async () => {
    setBusy(true);
    const lang = useApp.getState().language;
    try {
      const saved = await saveScreenshot(lang);
      setMessage(saved ? t('screenshotSaved', lang, { name: saved }) : '');
    } catch (err) {
      setMessage(t('screenshotFailed', lang, { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn btn-text"
        aria-label="Save a picture"
        title={tr('screenshot')}
        disabled={busy}
        onClick={() => void take()}
      >
        <CameraIcon />
        <span>{tr('screenshot')}</span>
      </button>
      <p className="tool-status" role="status">
        {message}
      </p>
    </>
  );
}
