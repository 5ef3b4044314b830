import type {
  CheckpointPrompt,
  CheckpointPrompts,
  CueKind,
  CueLine,
  CueOverrides,
  ScenarioId,
} from './schema';

// Lines the sidebar shows when the engine's metrics cross a threshold, each in one character's voice.
// colour-perceptible: ΔE00 crosses 0.8; colour-unacceptable: ΔE00 crosses 1.8 (Paravina et al. 2015: both are
// 50:50 points, so below 0.8 most observers see no difference and below 1.8 most accept the match);
// shape-deviation: crosses 0.1 mm (the story's own limit); checkpoint: the redesigned procedure pauses;
// restored: the lesion's deficit is fully rebuilt.

export const CUE_LINES: Record<CueKind, CueLine> = {
  'colour-perceptible': {
    character: 'kade',
    label: { en: 'Colour noticeable', es: 'Color perceptible' },
    text: {
      en: 'There: past 0.8. From here on, most people looking would see that the new enamel isn’t quite the colour of the old.',
      es: 'Ahí está: ya pasa de 0,8. A partir de aquí, la mayoría de quienes miren notaría que el esmalte nuevo no tiene del todo el color del antiguo.',
    },
  },
  'colour-unacceptable': {
    character: 'kade',
    label: { en: 'Colour not acceptable', es: 'Color inaceptable' },
    text: {
      en: 'Past 1.8: from here on, most people looking would not accept this match. This isn’t a shade any more; it’s a different tooth.',
      es: 'Ya pasa de 1,8: a partir de aquí, la mayoría de quienes miren no aceptaría este resultado. Ya no es un matiz: es otro diente.',
    },
  },
  'shape-deviation': {
    character: 'kade',
    label: { en: 'Shape off by 0.1 mm', es: 'Forma desviada 0,1 mm' },
    text: {
      en: 'A tenth of a millimetre off the surface it should have. A tongue finds that before a scanner does.',
      es: 'Una décima de milímetro fuera de la superficie que debería tener. La lengua lo nota antes que el escáner.',
    },
  },
  checkpoint: {
    character: 'mateo',
    label: { en: 'Checkpoint', es: 'Punto de control' },
    text: {
      en: 'The swarm holds still. We look together, and we ask.',
      es: 'El enjambre se queda quieto. Miramos juntos y preguntamos.',
    },
  },
  restored: {
    character: 'elena',
    label: { en: 'Fully restored', es: 'Restauración completa' },
    text: {
      en: 'The deficit is gone: every micron of the lesion rebuilt.',
      es: 'El déficit ha desaparecido: cada micra de la lesión, reconstruida.',
    },
  },
};

/** A scenario's own voice for a cue; the label falls back to the default one. */
export const CUE_OVERRIDES: CueOverrides = {
  'first-patient': {
    restored: {
      character: 'elena',
      text: {
        en: 'Every micron back where it belongs. Eleven years of work, and the room forgets to breathe.',
        es: 'Cada micra en su sitio. Once años de trabajo, y la sala se olvida de respirar.',
      },
    },
  },
  ivy: {
    'colour-perceptible': {
      character: 'elena',
      text: {
        en: 'From here on most observers would notice the colour. Her old stains must be skewing the reference. Surely.',
        es: 'A partir de aquí, la mayoría de los observadores notaría el color. Serán sus manchas antiguas, que desvían la referencia. Seguro.',
      },
    },
    'colour-unacceptable': {
      character: 'ivy',
      text: {
        en: 'Most people who look at this wouldn’t accept it now. I’m one of them.',
        es: 'La mayoría de quienes lo miren ya no lo aceptaría. Yo soy una de esas personas.',
      },
    },
    'shape-deviation': {
      character: 'ivy',
      text: {
        en: 'My tongue keeps finding a ridge that wasn’t there last week.',
        es: 'Mi lengua no deja de encontrar una cresta que la semana pasada no estaba.',
      },
    },
    restored: {
      character: 'elena',
      text: {
        en: 'Fully rebuilt. The restoration curve says we succeeded. It is not the only curve.',
        es: 'Reconstrucción completa. La curva de restauración dice que lo logramos. No es la única curva.',
      },
    },
  },
  'young-patient': {
    'shape-deviation': {
      character: 'young-patient',
      text: {
        en: 'There’s a bump on my tooth. My tongue won’t leave it alone.',
        es: 'Tengo un bultito en la muela. Mi lengua no lo deja en paz.',
      },
    },
    restored: {
      character: 'mateo',
      text: {
        en: '“Restored,” says the screen. He gives me a thumbs-up with his mouth still open.',
        es: '«Restaurado», dice la pantalla. Él me levanta el pulgar con la boca todavía abierta.',
      },
    },
  },
  'ivy-redesigned': {
    'colour-perceptible': {
      character: 'kade',
      text: {
        en: 'A shade warm at the cusp. We slow down and look before it grows.',
        es: 'Un tono cálido en la cúspide. Vamos más despacio y miramos antes de que crezca.',
      },
    },
    checkpoint: {
      character: 'elena',
      text: {
        en: 'Swarm holding. I hand Ivy the mirror and a shade tab: is this you?',
        es: 'Enjambre en pausa. Le doy a Ivy el espejo y una muestra de color: ¿esta eres tú?',
      },
    },
    restored: {
      character: 'ivy',
      text: {
        en: 'It’s my colour. Not perfect. Mine.',
        es: 'Es mi color. No perfecto. Mío.',
      },
    },
  },
  'young-patient-redesigned': {
    'shape-deviation': {
      character: 'kade',
      text: {
        en: 'A tenth of a millimetre: the limit we agreed on. The bots wait; my hands finish the contour.',
        es: 'Una décima de milímetro: el límite que acordamos. Los bots esperan; mis manos terminan el contorno.',
      },
    },
    checkpoint: {
      character: 'mateo',
      text: {
        en: 'Pause. He gets the mirror first, and he is the one who says “go on”.',
        es: 'Pausa. Él coge el espejo antes que nadie, y es él quien dice «sigue».',
      },
    },
    restored: {
      character: 'young-patient',
      text: {
        en: 'My tongue went looking for the wall. It’s gone.',
        es: 'Mi lengua fue a buscar el muro. Ya no está.',
      },
    },
  },
  child: {
    checkpoint: {
      character: 'kade',
      text: {
        en: 'The Pips stop. She studies them in the mirror, thinks hard, and says: keep going.',
        es: 'Los Pips se paran. Ella los estudia en el espejo, lo piensa mucho y dice: que sigan.',
      },
    },
    restored: {
      character: 'child',
      text: {
        en: 'It’s all filled in! Bye, Pips!',
        es: '¡Ya está todo relleno! ¡Adiós, Pips!',
      },
    },
  },
};

// The engine's redesigned protocol pauses at these checkpoints (renderer/engine/constants.ts):
// genotype-screen (before the swarm moves), first-layer, colour-check, shape-check, and recall (the follow-up
// visit weeks later, at the start of the aftermath).

/** What the clinician asks at each checkpoint pause, and what the patient answers. */
export const CHECKPOINT_PROMPTS: CheckpointPrompts = {
  byCheckpoint: {
    'genotype-screen': {
      character: 'mateo',
      text: {
        en: 'Before anything starts: this is what your genetic screen found, and what the bots will do about it. Any questions?',
        es: 'Antes de empezar: esto es lo que encontró tu análisis genético y lo que harán los bots al respecto. ¿Alguna pregunta?',
      },
    },
    'first-layer': {
      character: 'elena',
      text: {
        en: 'The first thin layer is down. Let’s look at it together before we add another.',
        es: 'Ya está la primera capa fina. Vamos a mirarla juntos antes de añadir otra.',
      },
    },
    'colour-check': {
      character: 'elena',
      text: {
        en: 'Here is the new enamel beside your own. Does the colour look like yours?',
        es: 'Aquí está el esmalte nuevo junto al tuyo. ¿El color se parece al tuyo?',
      },
    },
    'shape-check': {
      character: 'kade',
      text: {
        en: 'Run your tongue over it. Does anything feel higher or rougher than the tooth around it?',
        es: 'Pasa la lengua por encima. ¿Notas algo más alto o más áspero que el diente de alrededor?',
      },
    },
    recall: {
      character: 'mateo',
      text: {
        en: 'It has been a few weeks. How have your teeth felt with hot and cold, and when you bite?',
        es: 'Han pasado unas semanas. ¿Qué tal has notado los dientes con el frío, el calor y al morder?',
      },
    },
  },
  byScenario: {
    'ivy-redesigned': {
      'genotype-screen': {
        character: 'elena',
        text: {
          en: 'Before the swarm moves: your screen shows a strong MMP20 variant and a milder one in ENAM. Wherever the bots can’t read you clearly, they will stop and wait for us. Shall we begin?',
          es: 'Antes de que se mueva el enjambre: tu análisis muestra una variante fuerte en MMP20 y otra más leve en ENAM. Donde los bots no puedan leerte con claridad, se detendrán y nos esperarán. ¿Empezamos?',
        },
        reply: {
          character: 'ivy',
          text: { en: 'Slowly. And you tell me everything.', es: 'Despacio. Y me lo cuentas todo.' },
        },
      },
      'first-layer': {
        character: 'elena',
        text: {
          en: 'The first layer is down. Do you want to see it up close before we go on?',
          es: 'Ya está la primera capa. ¿Quieres verla de cerca antes de seguir?',
        },
        reply: { character: 'ivy', text: { en: 'Yes. Show me everything.', es: 'Sí. Enséñamelo todo.' } },
      },
      'colour-check': {
        character: 'elena',
        text: {
          en: 'Here is a mirror, and a shade tab matched to your own healthy tooth. Is this you?',
          es: 'Aquí tienes un espejo y una muestra de color igualada a tu propio diente sano. ¿Esta eres tú?',
        },
        reply: {
          character: 'ivy',
          text: { en: 'Closer than last time. Go on.', es: 'Más parecido que la otra vez. Sigue.' },
        },
      },
      'shape-check': {
        character: 'kade',
        text: {
          en: 'Bite down gently for me. How does it feel when your teeth meet?',
          es: 'Muerde con suavidad. ¿Qué sientes cuando se juntan los dientes?',
        },
        reply: {
          character: 'ivy',
          text: { en: 'Like my own teeth. Keep going.', es: 'Como mis propios dientes. Adelante.' },
        },
      },
      recall: {
        character: 'kade',
        text: {
          en: 'Six weeks on. How does it feel when you drink something cold?',
          es: 'Seis semanas después. ¿Qué sientes al beber algo frío?',
        },
        reply: {
          character: 'ivy',
          text: {
            en: 'Like nothing at all. Best answer I’ve ever given you.',
            es: 'No noto nada de nada. La mejor respuesta que te he dado nunca.',
          },
        },
      },
    },
    'young-patient-redesigned': {
      'genotype-screen': {
        character: 'mateo',
        text: {
          en: 'Remember the drawing? Your screen found the AMELX variant and two others, so this time the bots know. We start when you say so.',
          es: '¿Te acuerdas del dibujo? Tu análisis encontró la variante de AMELX y otras dos, así que esta vez los bots lo saben. Empezamos cuando tú digas.',
        },
        reply: {
          character: 'young-patient',
          text: { en: 'Okay. And I can say stop, right?', es: 'Bueno. Y puedo decir «para», ¿no?' },
        },
      },
      'first-layer': {
        character: 'mateo',
        text: {
          en: 'Here’s the mirror. You look first, then tell us what you see.',
          es: 'Aquí tienes el espejo. Mira tú primero y luego cuéntanos qué ves.',
        },
        reply: {
          character: 'young-patient',
          text: {
            en: 'Stop! … Okay. Just checking. You can go on.',
            es: '¡Para! … Bueno. Solo lo comprobaba. Ya podéis seguir.',
          },
        },
      },
      'colour-check': {
        character: 'kade',
        text: {
          en: 'Hold the mirror up to the window. Does the new part look the same colour as the rest?',
          es: 'Pon el espejo junto a la ventana. ¿La parte nueva tiene el mismo color que el resto?',
        },
        reply: {
          character: 'young-patient',
          text: { en: 'Same. I can’t even tell where it starts.', es: 'Igual. No sé ni dónde empieza.' },
        },
      },
      'shape-check': {
        character: 'kade',
        text: {
          en: 'Find the place where the wall was with your tongue. Anything there?',
          es: 'Busca con la lengua el sitio donde estaba el muro. ¿Notas algo?',
        },
        reply: {
          character: 'young-patient',
          text: { en: 'Nothing. Weird. Good weird.', es: 'Nada. Qué raro. Raro del bueno.' },
        },
      },
      recall: {
        character: 'mateo',
        text: {
          en: 'A few weeks later. So, how are apples these days?',
          es: 'Unas semanas después. ¿Qué tal te llevas ahora con las manzanas?',
        },
        reply: {
          character: 'young-patient',
          text: { en: 'Crunchy. I brought you one.', es: 'Crujientes. Te he traído una.' },
        },
      },
    },
    child: {
      'genotype-screen': {
        character: 'mateo',
        text: {
          en: 'The Pips have read your little test, so they know just how your teeth like to grow. Shall we start?',
          es: 'Los Pips ya han leído tu pequeña prueba, así que saben cómo les gusta crecer a tus dientes. ¿Empezamos?',
        },
        reply: {
          character: 'child',
          text: { en: 'Yes! Start at the dark line.', es: '¡Sí! Que empiecen por la rayita oscura.' },
        },
      },
      'first-layer': {
        character: 'mateo',
        text: {
          en: 'The Pips are having a rest. Do you want to look at them in the mirror?',
          es: 'Los Pips están descansando. ¿Quieres mirarlos en el espejo?',
        },
        reply: {
          character: 'child',
          text: {
            en: 'They’re so small! Okay, they can keep going.',
            es: '¡Qué pequeñitos! Bueno, pueden seguir.',
          },
        },
      },
      'colour-check': {
        character: 'kade',
        text: {
          en: 'What do you think? Does the new bit look like the rest of your tooth?',
          es: '¿Qué te parece? ¿El trocito nuevo se parece al resto de tu muela?',
        },
        reply: {
          character: 'child',
          text: { en: 'It’s the same! Keep going.', es: '¡Es igual! Que sigan.' },
        },
      },
      'shape-check': {
        character: 'kade',
        text: {
          en: 'Does anything feel funny, or hurt?',
          es: '¿Notas algo raro o te duele algo?',
        },
        reply: {
          character: 'child',
          text: { en: 'It tickles a tiny bit. Keep going.', es: 'Hace un poquito de cosquillas. Que sigan.' },
        },
      },
      recall: {
        character: 'mateo',
        text: {
          en: 'Hello again! Has your tooth felt all right since the Pips came?',
          es: '¡Hola otra vez! ¿Qué tal tu muela desde que vinieron los Pips?',
        },
        reply: {
          character: 'child',
          text: { en: 'I forgot all about it. Is that good?', es: 'Ya ni me acordaba. ¿Eso es bueno?' },
        },
      },
    },
  },
  fallback: [
    {
      character: 'mateo',
      text: {
        en: 'Let’s look together. How does it look to you, and how does it feel?',
        es: 'Vamos a mirar juntos. ¿Cómo lo ves y cómo lo notas?',
      },
    },
    {
      character: 'elena',
      text: {
        en: 'We can stop here, slow down, or go on. It is your choice. What would you like to do?',
        es: 'Podemos parar aquí, ir más despacio o seguir. Tú decides. ¿Qué prefieres?',
      },
    },
  ],
};

/** The line for a cue in a scenario: the scenario's own voice when it has one, the default otherwise. */
export function cueLine(kind: CueKind, scenario: ScenarioId): CueLine {
  if (!Object.hasOwn(CUE_LINES, kind)) throw new Error(`Unknown cue kind "${String(kind)}"`);
  const base = CUE_LINES[kind];
  const forScenario = Object.hasOwn(CUE_OVERRIDES, scenario) ? CUE_OVERRIDES[scenario] : undefined;
  const own = forScenario && Object.hasOwn(forScenario, kind) ? forScenario[kind] : undefined;
  if (!own) return base;
  return { character: own.character, text: own.text, label: own.label ?? base.label };
}

/**
 * The prompt for a checkpoint pause: the scenario's own, else the general one for that checkpoint id, else
 * the fallback list in turn by the checkpoint's 0-based position in the run.
 */
export function checkpointPrompt(scenario: ScenarioId, checkpointId: string, index = 0): CheckpointPrompt {
  const own = CHECKPOINT_PROMPTS.byScenario[scenario];
  if (own && Object.hasOwn(own, checkpointId)) return own[checkpointId]!;
  if (Object.hasOwn(CHECKPOINT_PROMPTS.byCheckpoint, checkpointId))
    return CHECKPOINT_PROMPTS.byCheckpoint[checkpointId]!;
  const list = CHECKPOINT_PROMPTS.fallback;
  const i = Number.isInteger(index) && index >= 0 ? index % list.length : 0;
  return list[i]!;
}
