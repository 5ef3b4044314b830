import type { Language, Localized, UiKey } from './schema';

// Every word of the interface, in every language. Placeholders in braces ({n}, {percent}…) are filled by `t()`.
// The English texts of the controls are also their accessible names, which the browser tests look up.

export const UI_STRINGS: Record<UiKey, Localized> = {
  appTitle: { en: 'Tooth Rebirth', es: 'Tooth Rebirth' },
  appSubtitle: {
    en: 'A story of nanobots, enamel and the people in the chair',
    es: 'Una historia de nanobots, esmalte y las personas en el sillón',
  },
  play: { en: 'Play', es: 'Reproducir' },
  pause: { en: 'Pause', es: 'Pausa' },
  stepForward: { en: 'Step forward', es: 'Avanzar un paso' },
  stepBack: { en: 'Step back', es: 'Retroceder un paso' },
  speed: { en: 'Speed', es: 'Velocidad' },
  speedSlow: { en: 'Slow', es: 'Lenta' },
  speedNormal: { en: 'Normal', es: 'Normal' },
  speedFast: { en: 'Fast', es: 'Rápida' },
  timeline: { en: 'Timeline', es: 'Línea de tiempo' },
  storyTime: { en: 'Story time', es: 'Tiempo de la historia' },
  previousChapter: { en: 'Previous chapter', es: 'Capítulo anterior' },
  nextChapter: { en: 'Next chapter', es: 'Capítulo siguiente' },
  reset: { en: 'Reset', es: 'Reiniciar' },
  language: { en: 'Language', es: 'Idioma' },
  chapterOf: { en: 'Chapter {n} of {total}', es: 'Capítulo {n} de {total}' },
  perspectives: { en: 'Perspectives', es: 'Perspectivas' },
  showPerspective: { en: 'Point of view: {name}', es: 'Punto de vista: {name}' },
  cueFeed: { en: 'What the team noticed', es: 'Lo que notó el equipo' },
  cueFeedEmpty: {
    en: 'Nothing yet. Keep watching the tooth.',
    es: 'Nada todavía. Sigue observando la muela.',
  },
  whatsReal: { en: 'What’s real?', es: '¿Qué es real?' },
  fiction: { en: 'Fiction', es: 'Ficción' },
  science: { en: 'Science', es: 'Ciencia' },
  openModel: { en: 'Open a tooth scan', es: 'Abrir un escáner dental' },
  loading: { en: 'Reading the scan… {percent}%', es: 'Leyendo el escáner… {percent} %' },
  loadError: { en: 'This scan could not be opened:', es: 'No se pudo abrir este escáner:' },
  loadErrorKept: {
    en: 'The tooth you were looking at is still here.',
    es: 'La muela que estabas viendo sigue aquí.',
  },
  inferredUnits: {
    en: 'The file does not say its units; judging by its size, it was read in {unit}.',
    es: 'El archivo no indica sus unidades; a juzgar por su tamaño, se ha leído en {unit}.',
  },
  // The treatment's time scale is the model's growth compression (engine TIME_COMPRESSION: natural enamel grows
  // about 4 µm a day). The weeks after the treatment run on the story's own calendar instead: the aftermath's
  // 40 simulated seconds stand for the six weeks to the follow-up visit (AFTERMATH_STORY_WEEKS, timeScale.ts).
  timeCompression: {
    en: 'Treatment: 1 s here = {days} days of natural enamel growth (about 4 µm a day: Ten Cate’s Oral Histology)',
    es: 'Tratamiento: 1 s aquí = {days} días de crecimiento natural del esmalte (unas 4 µm al día: Ten Cate’s Oral Histology)',
  },
  timeCompressionAftermath: {
    en: 'The weeks after: {seconds} s here ≈ {weeks} weeks of the story’s calendar (fiction, not a growth rate)',
    es: 'Las semanas siguientes: {seconds} s aquí ≈ {weeks} semanas del calendario de la historia (ficción, no un ritmo de crecimiento)',
  },
  phaseTreatment: { en: 'Treatment', es: 'Tratamiento' },
  phaseAftermath: { en: 'The weeks after', es: 'Las semanas siguientes' },
  protocolOriginal: { en: 'Original procedure', es: 'Procedimiento original' },
  protocolRedesigned: { en: 'Redesigned procedure', es: 'Procedimiento rediseñado' },
  checkpointTitle: { en: 'Checkpoint', es: 'Punto de control' },
  checkpointContinue: { en: 'Continue', es: 'Continuar' },
  touchToStart: { en: 'Touch to explore the story', es: 'Toca para explorar la historia' },
  attractSubtitle: {
    en: 'Nanobots rebuild a tooth. Seven people tell you what happened next.',
    es: 'Unos nanobots reconstruyen una muela. Siete personas te cuentan lo que pasó después.',
  },
  idleWarning: {
    en: 'Still there? The story starts again in {seconds} s.',
    es: '¿Sigues ahí? La historia vuelve a empezar en {seconds} s.',
  },
  metricRestored: { en: 'Restored', es: 'Restaurado' },
  metricDeltaE: { en: 'Colour difference ΔE00', es: 'Diferencia de color ΔE00' },
  metricDeltaEMax: { en: 'ΔE00 max', es: 'ΔE00 máx.' },
  metricDeltaEMean: { en: 'ΔE00 mean', es: 'ΔE00 media' },
  metricDeltaEMaxHint: {
    en: 'Max: the largest colour difference at any one spot of the new enamel.',
    es: 'Máx.: la mayor diferencia de color en un solo punto del esmalte nuevo.',
  },
  metricDeltaEMeanHint: {
    en: 'Mean: the whole crown at once, which is what the 0.8 and 1.8 thresholds describe.',
    es: 'Media: toda la corona a la vez, que es lo que describen los umbrales de 0,8 y 1,8.',
  },
  metricShape: { en: 'Shape deviation (mm)', es: 'Desviación de forma (mm)' },
  metricBots: { en: 'Bots in the swarm', es: 'Bots en el enjambre' },
  legendBots: { en: 'What the bots are doing', es: 'Qué hacen los bots' },
  botTravelling: { en: 'Travelling', es: 'En camino' },
  botDepositing: { en: 'Depositing', es: 'Depositando' },
  botDormant: { en: 'Dormant', es: 'En reposo' },
  botReturning: { en: 'Returning', es: 'Regresando' },
  botReservoir: { en: 'In reservoir', es: 'En el depósito' },
  crossSection: { en: 'Cross-section', es: 'Corte transversal' },
  // Both are 50:50 points (Paravina et al. 2015): below 0.8 most observers see no difference, below 1.8 most
  // accept the match. The panel shows each as the note of a reading above it.
  thresholdPerceptible: {
    en: 'Over 0.8: most observers would notice (a 50:50 threshold)',
    es: 'Más de 0,8: la mayoría lo notaría (umbral 50:50)',
  },
  thresholdAcceptable: {
    en: 'Over 1.8: most observers would not accept the match (a 50:50 threshold)',
    es: 'Más de 1,8: la mayoría no aceptaría el resultado (umbral 50:50)',
  },
  thresholdSource: { en: 'Source: Paravina et al. 2015', es: 'Fuente: Paravina et al. 2015' },
  thresholdShape: {
    en: '0.1 mm: the story’s limit for shape',
    es: '0,1 mm: el límite de forma de la historia',
  },
  screenshot: { en: 'Save a picture', es: 'Guardar una imagen' },
  close: { en: 'Close', es: 'Cerrar' },
  readingLevel: { en: 'Reading level', es: 'Nivel de lectura' },
  readingShort: { en: 'Short', es: 'Breve' },
  readingFull: { en: 'Full', es: 'Completo' },
  continueStory: { en: 'Continue', es: 'Continuar' },
  pauseAtChapterEnds: { en: 'Pause at chapter ends', es: 'Pausar al final de cada capítulo' },
  nanobots: { en: 'Nanobots', es: 'Nanobots' },
  glossary: { en: 'Glossary', es: 'Glosario' },
  glossaryOpen: { en: 'What does “{term}” mean?', es: '¿Qué significa «{term}»?' },
  sources: { en: 'Sources', es: 'Fuentes' },
  speakerNotes: { en: 'Speaker notes', es: 'Notas para quien presenta' },
  questionForClass: { en: 'Ask the class', es: 'Pregunta para la clase' },
  compare: { en: 'Compare', es: 'Comparar' },
  compareUnavailable: {
    en: 'Compare shows a patient treated under both procedures: Ivy or the young patient. This chapter has only one.',
    es: 'Comparar muestra a un paciente tratado con los dos procedimientos: Ivy o el joven paciente. Este capítulo solo tiene uno.',
  },
  anomalyMap: { en: 'Anomaly map', es: 'Mapa de anomalías' },
  anomalyMapOff: { en: 'Off', es: 'No' },
  anomalyMapColour: { en: 'Colour', es: 'Color' },
  anomalyMapShape: { en: 'Shape', es: 'Forma' },
  mapColourTitle: {
    en: 'Colour difference from healthy enamel, ΔE00 at each spot',
    es: 'Diferencia de color con el esmalte sano, ΔE00 en cada punto',
  },
  mapColourLow: {
    en: 'Under {value}: most see no difference',
    es: 'Menos de {value}: la mayoría no ve diferencia',
  },
  mapColourMid: {
    en: '{from} to {to}: noticed, most still accept it',
    es: 'De {from} a {to}: se nota, la mayoría aún lo acepta',
  },
  mapColourHigh: {
    en: '{value} or more: most would not accept it',
    es: '{value} o más: la mayoría no lo aceptaría',
  },
  mapShapeTitle: {
    en: 'Shape deviation from the healthy surface, mm',
    es: 'Desviación de forma respecto a la superficie sana, mm',
  },
  mapShapeMissingMore: { en: 'Missing {value} mm or more', es: 'Faltan {value} mm o más' },
  mapShapeMissing: { en: 'Missing {from} to {to} mm', es: 'Faltan de {from} a {to} mm' },
  mapShapeTrue: { en: 'Within {value} mm', es: 'Dentro de {value} mm' },
  mapShapeExtra: { en: 'Extra {from} to {to} mm', es: 'Sobran de {from} a {to} mm' },
  mapShapeExtraMore: { en: 'Extra {value} mm or more', es: 'Sobran {value} mm o más' },
  forTeachers: { en: 'More for teachers', es: 'Más para docentes' },
  chapterEnd: { en: 'End of chapter {n}', es: 'Fin del capítulo {n}' },
  cutDepth: { en: 'Cut depth', es: 'Profundidad del corte' },
  cutDirection: { en: 'Cut direction', es: 'Dirección del corte' },
  cutMesiodistal: { en: 'Mesial–distal', es: 'Mesiodistal' },
  cutBuccolingual: { en: 'Buccal–lingual', es: 'Vestibulolingual' },
  cutHorizontal: { en: 'Horizontal (crown)', es: 'Horizontal (corona)' },
  cutThickness: {
    en: 'Enamel at the cut: {median} mm (median), {max} mm (thickest)',
    es: 'Esmalte en el corte: {median} mm (mediana), {max} mm (máximo)',
  },
  cutThicknessNone: { en: 'No enamel at the cut', es: 'No hay esmalte en el corte' },
  labels: { en: 'Labels', es: 'Etiquetas' },
  labelCuspMesiobuccal: { en: 'Mesiobuccal cusp', es: 'Cúspide mesiovestibular' },
  labelCuspDistobuccal: { en: 'Distobuccal cusp', es: 'Cúspide distovestibular' },
  labelCuspDistal: { en: 'Distal cusp', es: 'Cúspide distal' },
  labelCuspMesiolingual: { en: 'Mesiolingual cusp', es: 'Cúspide mesiolingual' },
  labelCuspDistolingual: { en: 'Distolingual cusp', es: 'Cúspide distolingual' },
  labelEnamel: { en: 'Enamel', es: 'Esmalte' },
  labelDentin: { en: 'Dentin', es: 'Dentina' },
  labelPulp: { en: 'Pulp', es: 'Pulpa' },
  labelCervicalLine: { en: 'Cervical line', es: 'Línea cervical' },
  labelRootMesial: { en: 'Mesial root', es: 'Raíz mesial' },
  labelRootDistal: { en: 'Distal root', es: 'Raíz distal' },
  labelLesion: { en: 'Lesion being treated', es: 'Lesión en tratamiento' },
  share: { en: 'Share', es: 'Compartir' },
  shareLink: { en: 'Link', es: 'Enlace' },
  shareHint: {
    en: 'This link opens Tooth Rebirth on this moment, with this chapter, voice, language and view.',
    es: 'Este enlace abre Tooth Rebirth en este momento, con este capítulo, esta voz, este idioma y esta vista.',
  },
  copyLink: { en: 'Copy link', es: 'Copiar enlace' },
  linkCopied: { en: 'Link copied.', es: 'Enlace copiado.' },
  linkCopyManual: {
    en: 'The link is selected: press Ctrl+C to copy it.',
    es: 'El enlace está seleccionado: pulsa Ctrl+C para copiarlo.',
  },
  dismiss: { en: 'Dismiss', es: 'Descartar' },
  presenterView: { en: 'Presenter view', es: 'Vista de presentación' },
  openAudience: { en: 'Open audience view', es: 'Abrir la vista del público' },
  audienceConnected: { en: 'Audience view connected', es: 'Vista del público conectada' },
  audienceNotConnected: { en: 'No audience view connected', es: 'Ninguna vista del público conectada' },
  liveView: { en: 'Live view', es: 'Vista en directo' },
  nextCue: { en: 'Next cue', es: 'Próximo aviso' },
  noNextCue: { en: 'No more cues in the story.', es: 'No quedan avisos en la historia.' },
  lessonTime: { en: 'Lesson', es: 'Clase' },
  pointAt: { en: 'Point at', es: 'Qué señalar' },
  presenterWaiting: { en: 'Waiting for the presenter view…', es: 'Esperando la vista de presentación…' },
  presenterSilent: {
    en: 'Lost contact with the presenter view: following its last moment.',
    es: 'Se ha perdido el contacto con la vista de presentación: se sigue su último momento.',
  },
  presenterClosed: {
    en: 'The presenter view has closed: this view stays on its last moment until it opens again.',
    es: 'La vista de presentación se ha cerrado: esta vista se queda en su último momento hasta que se vuelva a abrir.',
  },
  audienceBlocked: {
    en: 'The browser did not open the audience window: press “Open audience view”.',
    es: 'El navegador no abrió la ventana del público: pulsa «Abrir la vista del público».',
  },
  charts: { en: 'Charts', es: 'Gráficas' },
  chartsHint: {
    en: 'Click or drag on a chart to go to that moment.',
    es: 'Haz clic o arrastra sobre una gráfica para ir a ese momento.',
  },
  chartShapeMax: { en: 'Shape max', es: 'Forma máx.' },
  chartShapeMean: { en: 'Shape mean', es: 'Forma media' },
  chartChapters: { en: 'Chapter starts', es: 'Inicio de capítulo' },
  chartPauses: { en: 'Clinical pauses', es: 'Pausas clínicas' },
  chartNow: { en: 'Now', es: 'Ahora' },
  settings: { en: 'Settings', es: 'Ajustes' },
  reducedMotion: { en: 'Reduced motion', es: 'Movimiento reducido' },
  motionSystem: { en: 'As the system', es: 'Como el sistema' },
  motionOn: { en: 'On', es: 'Activado' },
  motionOff: { en: 'Off', es: 'Desactivado' },
  theme: { en: 'Theme', es: 'Tema' },
  themeDefault: { en: 'Standard', es: 'Estándar' },
  themeProjector: { en: 'High contrast (projector)', es: 'Alto contraste (proyector)' },
  textSize: { en: 'Text size', es: 'Tamaño del texto' },
  textNormal: { en: 'Normal', es: 'Habitual' },
  textLarge: { en: 'Large', es: 'Grande' },
  textLarger: { en: 'Larger', es: 'Más grande' },
  swarmSize: { en: 'Swarm size', es: 'Tamaño del enjambre' },
  swarmNote: {
    en: 'Bots in the swarm; a larger swarm needs a stronger graphics card. The run starts again at the same moment.',
    es: 'Bots del enjambre; un enjambre mayor necesita una tarjeta gráfica más potente. La simulación vuelve a empezar en el mismo momento.',
  },
  resetSettings: { en: 'Reset settings', es: 'Restablecer ajustes' },
  resetView: { en: 'Reset view', es: 'Restablecer vista' },
  scanSingleTooth: {
    en: '{name}: a single tooth, {size} mm across',
    es: '{name}: una sola pieza, de {size} mm',
  },
  scanPartialArch: {
    en: '{name}: part of an arch, {size} mm across',
    es: '{name}: parte de una arcada, de {size} mm',
  },
  scanFullArch: {
    en: '{name}: a full arch, {size} mm across',
    es: '{name}: una arcada completa, de {size} mm',
  },
  screenshotSaved: { en: 'Picture saved: {name}', es: 'Imagen guardada: {name}' },
  screenshotFailed: {
    en: 'The picture could not be saved: {reason}',
    es: 'No se pudo guardar la imagen: {reason}',
  },
};

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

const numberFormats: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
  es: new Intl.NumberFormat('es', { maximumFractionDigits: 2 }),
};

export type Vars = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders from `vars`. Numbers are written the language's way (1.5 in English, 1,5 in
 * Spanish). A placeholder with no value stays as it is, so a missing value shows up on screen instead of
 * vanishing silently.
 */
export function interpolate(template: string, lang: Language, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = vars[name]!;
    return typeof value === 'number' ? numberFormats[lang].format(value) : value;
  });
}

/** The interface text for `key` in `lang`, with placeholders filled from `vars`. */
export function t(key: UiKey, lang: Language, vars?: Vars): string {
  const entry: Localized | undefined = UI_STRINGS[key];
  if (!entry) throw new Error(`Unknown interface text "${String(key)}"`);
  return interpolate(entry[lang], lang, vars);
}

/** The text of a `Localized` in `lang`. */
export function localize(text: Localized, lang: Language): string {
  return text[lang];
}
