import type { Chapter, ScenarioId, ScenarioInfo } from './schema';

// The story, chapter by chapter, in the order the story clock plays them. Each chapter names the scenario the
// engine runs while it is read and the span of that scenario's simulated time it covers: 0–40 s is the treatment,
// 40–80 s the weeks after it. Sources for every figure in a "What's real?" note are in science.md.

/** What each scenario shows, for labels in the time bar. */
export const SCENARIOS: Record<ScenarioId, ScenarioInfo> = {
  'first-patient': {
    label: {
      en: 'The first patient · original procedure',
      es: 'El primer paciente · procedimiento original',
    },
    protocol: 'original',
    patient: null,
  },
  ivy: {
    label: { en: 'Ivy Liu · original procedure', es: 'Ivy Liu · procedimiento original' },
    protocol: 'original',
    patient: 'ivy',
  },
  'young-patient': {
    label: { en: 'The young patient · original procedure', es: 'El joven paciente · procedimiento original' },
    protocol: 'original',
    patient: 'young-patient',
  },
  'ivy-redesigned': {
    label: { en: 'Ivy Liu · redesigned procedure', es: 'Ivy Liu · procedimiento rediseñado' },
    protocol: 'redesigned',
    patient: 'ivy',
  },
  'young-patient-redesigned': {
    label: {
      en: 'The young patient · redesigned procedure',
      es: 'El joven paciente · procedimiento rediseñado',
    },
    protocol: 'redesigned',
    patient: 'young-patient',
  },
  child: {
    label: { en: 'The child · redesigned procedure', es: 'La niña · procedimiento rediseñado' },
    protocol: 'redesigned',
    patient: 'child',
  },
};

export const CHAPTERS: Chapter[] = [
  // 1 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'success',
    beat: 'success',
    scenario: 'first-patient',
    span: { from: 0, to: 40 },
    title: { en: 'Four microns a day', es: 'Cuatro micras al día' },
    summary: {
      en: 'Elena Cruz’s procedure rebuilds a patient’s enamel in one sitting, and the clinic holds its breath.',
      es: 'El procedimiento de Elena Cruz reconstruye el esmalte de un paciente en una sola sesión, y la clínica contiene el aliento.',
    },
    perspectives: [
      {
        character: 'elena',
        text: {
          en: 'Nature lays down enamel at about four microns a day, and then it stops for ever. Once a child’s teeth are finished, the body never makes enamel again. For eleven years I have refused to accept that sentence. Today the swarm leaves the reservoir in a thin cyan thread, finds the chalky patch in the fissure, and reads the surface the way the old enamel-forming cells once did. Layer on layer, the rods running outward, the lesion fills. Our first patient is a baker who stopped counting his fillings long ago. He is watching the monitor with his mouth open, which is convenient. When the last bot comes home, I let myself breathe. It worked. It is not a miracle. It is engineering, done patiently, and it is mine.',
          es: 'La naturaleza deposita esmalte a razón de unas cuatro micras al día, y después se detiene para siempre. Cuando los dientes de un niño terminan de formarse, el cuerpo no vuelve a fabricar esmalte. Llevo once años negándome a aceptar esa sentencia. Hoy el enjambre sale del depósito como un hilo cian, encuentra la mancha blanquecina en la fisura y lee la superficie como lo hacían aquellas células que formaron el esmalte. Capa sobre capa, con los prismas orientados hacia fuera, la lesión se va llenando. Nuestro primer paciente es un panadero que hace tiempo dejó de contar sus empastes. Mira el monitor con la boca abierta, lo cual resulta práctico. Cuando el último bot regresa, por fin me permito respirar. Ha funcionado. No es un milagro. Es ingeniería hecha con paciencia, y es mía.',
        },
      },
      {
        character: 'mateo',
        text: {
          en: 'My job today is the easy one: keep a nervous man laughing while a thousand machines work in his mouth. I told him the bots are shy, that they only come out if he stops talking, and for the first time in history a patient stopped talking. He held my hand anyway. Halfway through he pointed at the screen, at the white patch turning glossy, and his eyes filled up. He said his father had lost all his teeth by fifty. I told him he could keep his. Elena didn’t look up once; she never does when it matters. Afterwards she squeezed my shoulder, which from her is practically a parade. I think we just changed something. I think everyone is about to want this.',
          es: 'Hoy me toca lo fácil: mantener riendo a un hombre nervioso mientras mil máquinas trabajan dentro de su boca. Le dije que los bots son tímidos y que solo salen si él se calla, y por primera vez en la historia un paciente se calló. Aun así, me agarró la mano. A mitad del tratamiento señaló la pantalla, la mancha blanca que se volvía brillante, y se le llenaron los ojos de lágrimas. Me contó que su padre se quedó sin dientes a los cincuenta. Le dije que él iba a conservar los suyos. Elena no levantó la vista ni una vez; nunca lo hace cuando importa. Al terminar me apretó el hombro, que viniendo de ella es casi un desfile. Creo que acabamos de cambiar algo. Creo que todo el mundo va a querer esto.',
        },
      },
      {
        character: 'almasi',
        text: {
          en: 'I have sat through twenty years of promises in this field, many of them my own, so I watched from the doorway with my arms crossed. Then the restoration curve climbed smoothly, no stalls, no overshoot, and I uncrossed them. What Elena has built is the thing every director dreams of announcing and almost none ever do: a treatment that does not patch the damage but undoes it. I have already drafted three messages in my head: to the board, to the journal, to the investors who called this clinic a boutique. I will send none of them tonight. Tonight belongs to the team. Tomorrow the world can have it. Ambition, I have learned, is mostly a matter of timing.',
          es: 'Llevo veinte años escuchando promesas en este campo, muchas de ellas mías, así que miré desde la puerta con los brazos cruzados. Luego la curva de restauración subió sin tropiezos, sin pausas ni excesos, y los descrucé. Lo que Elena ha construido es lo que toda directora sueña con anunciar y casi nadie llega a hacer: un tratamiento que no remienda el daño, sino que lo deshace. Ya tengo tres mensajes escritos en la cabeza: para el consejo, para la revista científica, para los inversores que llamaban a esta clínica una boutique. Esta noche no enviaré ninguno. Esta noche es del equipo. Mañana será del mundo. La ambición, he aprendido, es sobre todo cuestión de elegir el momento.',
        },
      },
      {
        character: 'kade',
        text: {
          en: 'I was trained with a drill, a mirror and a steady hand, and I was good at it. I watched today’s procedure from the back of the room, like a man watching his own trade being retired. It was beautiful; I won’t pretend it wasn’t. But nobody touched that tooth. Nobody ran a fingertip along the fissure or asked the man whether his bite felt right. The screen said “restored” and everyone clapped. I keep a little mirror in my coat pocket out of habit. Before he left, I asked if I could look at his molar the old way, under the lamp. It looked perfect. That should have been enough for me. I’m not sure why it wasn’t.',
          es: 'Me formaron con una fresa, un espejo y un pulso firme, y era bueno en lo mío. Vi el procedimiento de hoy desde el fondo de la sala, como quien ve cómo jubilan su propio oficio. Fue precioso; no voy a fingir lo contrario. Pero nadie tocó ese diente. Nadie pasó la yema del dedo por la fisura ni le preguntó al hombre si notaba bien la mordida. La pantalla dijo «restaurado» y todos aplaudieron. Por costumbre, llevo un espejito en el bolsillo de la bata. Antes de que se fuera, le pedí permiso para mirarle la muela a la antigua, bajo la lámpara. Se veía perfecta. Eso debería haberme bastado. No sé muy bien por qué no me bastó.',
        },
      },
    ],
    whatsReal: {
      en: 'Fiction: Tooth Rebirth and its nanobots do not exist; no machine today can rebuild lost enamel inside a mouth. Science: enamel is about 96% mineral by weight (Shao et al. 2019), built of rods 3–6 µm across that run roughly at right angles to the surface (oral histology textbooks). While a tooth forms, enamel grows about 4 µm a day, one daily growth line apart (oral histology textbooks). Once it is finished, the body never makes it again.',
      es: 'Ficción: Tooth Rebirth y sus nanobots no existen; hoy ninguna máquina puede reconstruir dentro de la boca el esmalte perdido. Ciencia: el esmalte es mineral en un 96 % de su peso, aproximadamente (Shao et al. 2019), y está formado por prismas de 3 a 6 µm de ancho, casi perpendiculares a la superficie (manuales de histología oral). Mientras el diente se forma, el esmalte crece unas 4 µm al día, la distancia entre dos líneas de crecimiento diarias (manuales de histología oral). Una vez terminado, el cuerpo ya no vuelve a producirlo.',
    },
  },

  // 2 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'flood',
    beat: 'flood',
    scenario: 'first-patient',
    span: { from: 40, to: 80 },
    title: { en: 'The waiting room', es: 'La sala de espera' },
    summary: {
      en: 'Weeks pass, the first patient’s new enamel settles, and the whole city wants an appointment.',
      es: 'Pasan las semanas, el esmalte nuevo del primer paciente se asienta y toda la ciudad quiere una cita.',
    },
    perspectives: [
      {
        character: 'elena',
        text: {
          en: 'Six weeks on, the baker’s molar is exactly as I left it. The new enamel has matured, mineral filling in between the crystals the way it does in a child’s growing tooth, and the scans show nothing I did not design. I check them every morning anyway, before coffee, before the waiting room. Then the waiting room. People bring printed articles about me. A woman brought her twins and a cake. I have stopped reading the messages; there are too many, and too many of them call me a saint. I am not a saint. I am a technologist with a procedure that works, and I intend to prove that it works for everyone.',
          es: 'Seis semanas después, la muela del panadero sigue exactamente como la dejé. El esmalte nuevo ha madurado, el mineral se ha ido asentando entre los cristales como ocurre en el diente de un niño que crece, y los escáneres no muestran nada que yo no haya diseñado. Aun así, los reviso cada mañana, antes del café, antes de la sala de espera. Y luego, la sala de espera. La gente trae artículos impresos sobre mí. Una mujer vino con sus gemelos y un pastel. He dejado de leer los mensajes: son demasiados, y demasiados me llaman santa. No soy ninguna santa. Soy una tecnóloga con un procedimiento que funciona, y pienso demostrar que funciona con todos.',
        },
      },
      {
        character: 'mateo',
        text: {
          en: 'The phone doesn’t stop. I answer it with one hand, hold a coffee with the other, and somewhere in between I try to learn names. That’s my rule: nobody sits in Elena’s chair as a number. There’s the grandmother who wants it done before her granddaughter’s wedding. The teenager whose dentist told him he’d need crowns by twenty. A marathon runner, two newsreaders, a man who just wants to eat ice cream without wincing. The waiting room smells of the flowers people keep bringing us. Kade sits in his old surgery at the end of the corridor with hardly anyone booked. Sometimes I take him a coffee. He asks me about the patients, not the procedure. Funny. Nobody else does.',
          es: 'El teléfono no para. Contesto con una mano, sujeto el café con la otra y, entre una cosa y otra, intento aprenderme los nombres. Es mi regla: nadie se sienta en el sillón de Elena siendo un número. Está la abuela que lo quiere antes de la boda de su nieta. El muchacho al que su dentista le dijo que a los veinte necesitaría coronas. Una corredora de maratones, dos presentadores de noticias, un señor que solo quiere comer helado sin que le duela. La sala de espera huele a las flores que la gente no deja de traernos. Kade sigue en su consulta de siempre, al fondo del pasillo, casi sin citas. A veces le llevo un café. Me pregunta por los pacientes, no por el procedimiento. Curioso. Nadie más lo hace.',
        },
      },
      {
        character: 'almasi',
        text: {
          en: 'By Friday we were booked until spring. By Monday, until the autumn after. I signed for two more treatment rooms, a second reservoir line and a press officer, in that order. The board calls it momentum. I call it a window: a year, perhaps two, before the big chains copy us, and in that window this clinic becomes the name people say when they talk about the future of dentistry. I asked Elena to cut the first consultation from forty minutes to fifteen. The scan already tells us everything, I said. She agreed before I had finished the sentence. Mateo did not. He said fifteen minutes is how long it takes a frightened person to stop being frightened. I wrote that down. I did not change the schedule.',
          es: 'El viernes teníamos la agenda llena hasta la primavera. El lunes, hasta el otoño siguiente. Firmé dos salas de tratamiento más, una segunda línea de depósito y un jefe de prensa, en ese orden. El consejo lo llama impulso. Yo lo llamo ventana: un año, quizá dos, antes de que las grandes cadenas nos copien, y en esa ventana esta clínica ha de convertirse en el nombre que la gente pronuncie cuando hable del futuro de la odontología. Le pedí a Elena que redujera la primera consulta de cuarenta minutos a quince. El escáner ya nos lo dice todo, le dije. Aceptó antes de que terminara la frase. Mateo no. Dijo que quince minutos es lo que tarda una persona asustada en dejar de estarlo. Lo apunté. No cambié el horario.',
        },
      },
      {
        character: 'kade',
        text: {
          en: 'My appointment book has gone quiet. Fillings, mostly, for the patients who are scared of machines, and a few old regulars who say they come for the conversation. I mind the quiet less than I expected. It gives me time to read. I read every follow-up note the clinic files, because nobody else has the time. Most say the same thing: restored, no complaints. A few say something else. “Slight yellowing, patient reassured.” “Patient reports odd texture, advised to wait.” Three notes in a month. Maybe that’s nothing. After thirty years of looking into mouths, you learn that nothing is usually how something starts. So I started a notebook. Paper. Old habits.',
          es: 'Mi agenda se ha quedado en silencio. Empastes, sobre todo, para los pacientes que temen a las máquinas, y algunos habituales de siempre que dicen que vienen por la charla. El silencio me molesta menos de lo que esperaba. Me deja tiempo para leer. Leo todas las notas de seguimiento que archiva la clínica, porque nadie más tiene tiempo. Casi todas dicen lo mismo: restaurado, sin quejas. Unas pocas dicen otra cosa. «Ligero amarilleo, se tranquiliza a la paciente». «Refiere textura extraña, se aconseja esperar». Tres notas en un mes. Quizá no sea nada. Cuando uno lleva treinta años mirando bocas, aprende que «nada» suele ser el principio de algo. Así que empecé un cuaderno. De papel. Viejas costumbres.',
        },
      },
    ],
    whatsReal: {
      en: 'Fiction: enamel rebuilt by machines in a single visit. Science: real enamel keeps maturing after it is laid down; its mineral content rises from about 25–30% to about 95% by weight as the protein scaffold is cleared away (oral histology textbooks). In a laboratory study, calcium-phosphate ion clusters grew a thin layer continuous with existing enamel within 48 hours (Shao et al. 2019). That is real, and still a long way from a treatment.',
      es: 'Ficción: un esmalte reconstruido por máquinas en una sola visita. Ciencia: el esmalte real sigue madurando después de depositarse; su contenido mineral pasa de un 25–30 % a cerca del 95 % en peso a medida que se retira el andamiaje de proteínas (manuales de histología oral). En un estudio de laboratorio, unos agregados de iones de fosfato cálcico hicieron crecer en 48 horas una capa fina, continua con el esmalte existente (Shao et al. 2019). Es real, pero aún está lejos de ser un tratamiento.',
    },
  },

  // 3 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ivy-treatment',
    beat: 'ivy-treatment',
    scenario: 'ivy',
    span: { from: 0, to: 40 },
    title: { en: 'Ivy Liu’s smile', es: 'La sonrisa de Ivy Liu' },
    summary: {
      en: 'The clinic’s most famous patient takes the chair, and for the first time the new enamel is not quite the colour it should be.',
      es: 'La paciente más famosa de la clínica se sienta en el sillón y, por primera vez, el esmalte nuevo no tiene del todo el color que debería.',
    },
    perspectives: [
      {
        character: 'ivy',
        text: {
          en: 'I’ve had my face on a building in Shanghai and on a cereal box in Ohio, and both times somebody retouched my teeth. Ten years of sports drinks and early-morning coffee will do that. So when my agent said Tooth Rebirth, I said book it. Mateo met me at the side door, away from the cameras, and talked football with me for ten minutes, which is the fastest anyone has ever got me to relax. The treatment itself was nothing: a warm hum, and on the screen a swarm of tiny blue lights crawling over a tooth the size of a planet. A week later, in a team hotel, I saw something under the bathroom light. A faint, creamy patch. I told myself it was the light. Hotel lights are terrible.',
          es: 'Mi cara ha estado en un edificio de Shanghái y en una caja de cereales de Ohio, y en las dos ocasiones alguien me retocó los dientes. Diez años de bebidas isotónicas y cafés de madrugada dejan huella. Así que, cuando mi representante me habló de Tooth Rebirth, le dije: pide cita. Mateo me esperó en la puerta lateral, lejos de las cámaras, y estuvo diez minutos hablándome de fútbol: nadie me había tranquilizado nunca tan rápido. El tratamiento en sí no fue nada: un zumbido tibio y, en la pantalla, un enjambre de lucecitas azules recorriendo un diente del tamaño de un planeta. Una semana después, en el hotel de una concentración, vi algo bajo la luz del baño. Una mancha tenue, de color crema. Me dije que era la luz. Las luces de hotel son horribles.',
        },
      },
      {
        character: 'elena',
        text: {
          en: 'Ivy Liu in my chair, and half the clinic finding reasons to walk past the door. I ignored them. I watched the numbers. Restoration rose the way it always does. But the colour difference, the number I barely look at any more because it always sits near zero, began to climb. Slowly. A few tenths. I told myself it was calibration: her enamel is stained from years of sports drinks, so the reference is off. That is a reasonable explanation. I have since learned that a reasonable explanation is the most dangerous thing a scientist can find, because it gives you permission to stop looking. I noted it. I did not stop the swarm. She left smiling, and so did I.',
          es: 'Ivy Liu en mi sillón, y media clínica buscando excusas para pasar por delante de la puerta. No les hice caso. Miraba los números. La restauración subía como siempre. Pero la diferencia de color, ese número que ya casi ni miro porque siempre está cerca de cero, empezó a subir. Despacio. Unas décimas. Me dije que era la calibración: su esmalte está teñido por años de bebidas isotónicas, así que la referencia no es fiable. Es una explicación razonable. Después aprendí que una explicación razonable es lo más peligroso que puede encontrar una científica, porque te da permiso para dejar de mirar. Lo anoté. No detuve el enjambre. Ella se fue sonriendo, y yo también.',
        },
      },
      {
        character: 'mateo',
        text: {
          en: 'I’ve had a photo of Ivy Liu in my locker since I was sixteen, so yes, my hands were shaking when I met her at the side door. She noticed. She said, “You’re more nervous than I am,” and after that we were fine. We argued for ten minutes about her penalty in the final; she still says the keeper moved early. During the treatment she squeezed a stress ball shaped like a molar that a young fan had given her. At one point Elena went very still, the way she does when a number surprises her. Then she relaxed and said “calibration”, and I believed her, because I always do. On her way out, Ivy signed my scrub top.',
          es: 'Tengo una foto de Ivy Liu en mi taquilla desde los dieciséis años, así que sí, me temblaban las manos cuando la recibí en la puerta lateral. Se dio cuenta. Me dijo: «Estás más nervioso que yo», y a partir de ahí todo fue bien. Estuvimos diez minutos discutiendo sobre su penalti en la final; ella sigue diciendo que el portero se adelantó. Durante el tratamiento apretaba una pelota antiestrés con forma de muela que le había regalado un joven aficionado. En un momento, Elena se quedó muy quieta, como cuando un número la sorprende. Luego se relajó, dijo «calibración» y yo la creí, porque siempre la creo. Al salir, Ivy me firmó el uniforme.',
        },
      },
      {
        character: 'kade',
        text: {
          en: 'I saw the crowd outside treatment room one and kept walking; I’m too old to queue for a famous mouth. But that evening I pulled up the session log, because I read every log now. The colour difference at the end of the session was higher than anything I had seen in Elena’s logs. Not dramatic. Not the kind of number a screen turns red for. Just different. It went into the notebook, on a page that already held three other names, each with a note about yellowing or odd texture, each reassured and sent home. Four names. I drew a line under them and wrote a question mark. Then I crossed the question mark out. I knew better than to pretend I wasn’t worried.',
          es: 'Vi el gentío frente a la sala uno y seguí andando; ya soy mayor para hacer cola por una boca famosa. Pero esa noche abrí el registro de la sesión, porque ahora leo todos los registros. La diferencia de color al final de la sesión era más alta que cualquier cifra que hubiera visto en los registros de Elena. Nada espectacular. No era el tipo de número por el que una pantalla se pone en rojo. Solo distinto. Fue a parar al cuaderno, a una página que ya tenía otros tres nombres, cada uno con una nota sobre amarilleo o textura rara, cada uno tranquilizado y mandado a casa. Cuatro nombres. Tracé una línea debajo y escribí un signo de interrogación. Luego lo taché. Sabía que no debía fingir que no estaba preocupado.',
        },
      },
    ],
    whatsReal: {
      en: 'Fiction: nanobots that read the signals of the enamel matrix, and Ivy Liu herself. Science: dentists measure the colour difference between teeth with the CIEDE2000 formula (ΔE00). At ΔE00 = 0.8, half of observers notice a difference; at 1.8, half would not accept the match (Paravina et al. 2015). The colour cues in this sidebar fire at exactly those two thresholds.',
      es: 'Ficción: unos nanobots que leen las señales de la matriz del esmalte, y la propia Ivy Liu. Ciencia: en odontología, la diferencia de color entre dientes se mide con la fórmula CIEDE2000 (ΔE00). Con ΔE00 = 0,8, la mitad de los observadores nota la diferencia; con 1,8, la mitad no aceptaría el resultado (Paravina et al. 2015). Los avisos de color de esta barra lateral saltan exactamente en esos dos umbrales.',
    },
  },

  // 4 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'investigation',
    beat: 'investigation',
    scenario: 'ivy',
    span: { from: 40, to: 60 },
    title: { en: 'The notebook', es: 'El cuaderno' },
    summary: {
      en: 'As Ivy’s new enamel matures and darkens, Kade follows the complaints to a handful of genes.',
      es: 'Mientras el esmalte nuevo de Ivy madura y se oscurece, Kade sigue el rastro de las quejas hasta un puñado de genes.',
    },
    perspectives: [
      {
        character: 'kade',
        text: {
          en: 'Eleven names now. I called every one of them myself, on the phone, like it was 2005. I asked how their teeth felt, not how they looked, and each of them talked for an hour. Then I asked a favour. Everyone has a genome on file these days; would they let me read theirs? They said yes. It took three weeks of evenings. The pattern was almost embarrassingly clear. The patients whose new enamel had mottled yellow-brown all carried a variant in MMP20 or KLK4, genes that help enamel finish maturing. The ones with ridges and pits carried variants in ENAM or AMELX, which govern how much enamel forms and where. The bots read the same signals those proteins give. Feed them a misspelt signal, and they build a misspelt tooth.',
          es: 'Ya son once nombres. Los llamé a todos yo mismo, por teléfono, como en 2005. Les pregunté cómo sentían los dientes, no cómo se veían, y cada uno habló una hora. Luego les pedí un favor. Hoy en día todo el mundo tiene su genoma archivado: ¿me dejarían leer el suyo? Dijeron que sí. Me llevó tres semanas de noches. El patrón era de una claridad casi vergonzosa. Los pacientes cuyo esmalte nuevo se había moteado de amarillo pardo tenían todos una variante en MMP20 o en KLK4, genes que ayudan al esmalte a terminar de madurar. Los que tenían crestas y hoyuelos, variantes en ENAM o en AMELX, que deciden cuánto esmalte se forma y dónde. Los bots leen las mismas señales que dan esas proteínas. Si les das una señal con faltas de ortografía, construyen un diente con faltas de ortografía.',
        },
      },
      {
        character: 'ivy',
        text: {
          en: 'The patch isn’t the light. It has spread across two molars and the edge of a front tooth, and it’s the colour of weak tea. My dentist at home polished it and it came straight back, because it isn’t a stain. It’s in the tooth. The clinic’s messages are very kind and say the same thing every time: the enamel is still maturing, give it time. I have given it time. Then a man called Kade phoned me, a dentist I’d never met, and asked how it felt when I drank something cold. Nobody had asked me that. He listened for a long time. At the end he said, “I don’t think you did anything wrong.” I hadn’t realised how badly I needed someone to say it.',
          es: 'La mancha no es la luz. Se ha extendido por dos muelas y por el borde de un diente de delante, y tiene el color del té flojo. Mi dentista de siempre la pulió y volvió enseguida, porque no es una mancha superficial. Está dentro del diente. Los mensajes de la clínica son muy amables y siempre dicen lo mismo: el esmalte sigue madurando, dale tiempo. Le he dado tiempo. Entonces me llamó un tal Kade, un dentista al que no conocía, y me preguntó qué sentía al beber algo frío. Nadie me lo había preguntado. Escuchó durante mucho rato. Al final me dijo: «No creo que hayas hecho nada mal». No me había dado cuenta de cuánto necesitaba que alguien me lo dijera.',
        },
      },
      {
        character: 'mateo',
        text: {
          en: 'Kade asked me for the contact details of everyone treated since spring. I gave them to him without asking why, and I know now that was a question I should have asked. I see him in the break room after hours, with his paper notebook, his reading glasses and a stack of printouts highlighted in three colours. He looks tired and, for the first time since I’ve known him, awake. The follow-up calls have changed too. More people ring back than before. They start politely, then ask whether the yellow is normal, whether the bump will go down. I tell them what Elena tells me to tell them. I’m good at making people feel better. I’m starting to wonder whether that’s the same as helping them.',
          es: 'Kade me pidió los datos de contacto de todos los tratados desde la primavera. Se los di sin preguntar para qué, y ahora sé que esa pregunta tendría que haberla hecho. Lo veo en la sala de descanso al final de la jornada, con su cuaderno de papel, sus gafas de leer y un montón de impresiones subrayadas en tres colores. Parece cansado y, por primera vez desde que lo conozco, despierto. Las llamadas de seguimiento también han cambiado. Ahora más gente devuelve la llamada. Empiezan con educación y luego preguntan si el amarillo es normal, si el bulto va a bajar. Les digo lo que Elena me dice que les diga. Se me da bien hacer que la gente se sienta mejor. Empiezo a preguntarme si eso es lo mismo que ayudarla.',
        },
      },
      {
        character: 'almasi',
        text: {
          en: 'Complaints are the price of success; every director learns that in her first year. Eleven unhappy patients out of nearly two thousand treated is a rate any regulator would envy. I said as much to the board, and I believed it. What I did not say is that the complaints are not random. They come in families: last week two siblings filed on the same day. I noticed, and put the thought somewhere I would not have to look at it. I also noticed Kade requesting records, and I allowed it, because he is thorough and because, frankly, I assumed he would find nothing. An old dentist with a notebook. I should have remembered that thorough people are exactly the ones who find things.',
          es: 'Las quejas son el precio del éxito; toda directora lo aprende en su primer año. Once pacientes descontentos entre casi dos mil tratados es una tasa que cualquier regulador envidiaría. Así se lo dije al consejo, y lo creía. Lo que no dije es que las quejas no son aleatorias. Llegan por familias: la semana pasada, dos hermanos presentaron la suya el mismo día. Me di cuenta y guardé la idea en un rincón donde no tuviera que mirarla. También vi que Kade pedía historiales, y lo permití, porque es meticuloso y porque, sinceramente, di por hecho que no encontraría nada. Un dentista viejo con un cuaderno. Debí recordar que los meticulosos son precisamente los que encuentran cosas.',
        },
      },
    ],
    whatsReal: {
      en: 'Fiction: nanobots misreading the body’s enamel signals. Science: the genes are real. Variants in AMELX, ENAM, MMP20, KLK4 and FAM83H cause amelogenesis imperfecta, in which enamel forms thin, pitted, soft or discoloured (Smith et al. 2017; Wright 2006). With MMP20 or KLK4 variants, enamel reaches normal thickness but stays soft and mottled yellow-brown; with ENAM variants it is thin, with pits and grooves (Smith et al. 2017).',
      es: 'Ficción: unos nanobots que leen mal las señales con las que el cuerpo forma el esmalte. Ciencia: los genes son reales. Las variantes en AMELX, ENAM, MMP20, KLK4 y FAM83H causan amelogénesis imperfecta, en la que el esmalte se forma fino, con hoyuelos, blando o con cambios de color (Smith et al. 2017; Wright 2006). Con variantes en MMP20 o KLK4, el esmalte alcanza un grosor normal pero queda blando y moteado de amarillo a marrón; con variantes en ENAM, es fino y tiene hoyuelos y surcos (Smith et al. 2017).',
    },
  },

  // 5 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'dismissed',
    beat: 'dismissed',
    scenario: 'ivy',
    span: { from: 60, to: 80 },
    title: { en: 'A relic of the past', es: 'Una reliquia del pasado' },
    summary: {
      en: 'Kade brings his findings to Elena and Mateo. They do not want to hear them.',
      es: 'Kade les lleva sus hallazgos a Elena y a Mateo. No quieren oírlos.',
    },
    perspectives: [
      {
        character: 'kade',
        text: {
          en: 'I laid it out on the table in Elena’s lab: eleven patients, eleven genomes, two clean groups, and a photo of Ivy Liu’s molar that I had asked her permission to bring. I had rehearsed. I kept my voice level. I asked for one thing only: screen the genes before you treat. A cheek swab. Ten minutes. Elena listened with her arms folded, then explained, very politely, why my sample was too small, my controls were missing and my thinking was thirty years out of date. Mateo laughed at one of her lines, the one about drills. He looked sorry straight afterwards, but he laughed. I packed up my printouts. In the corridor I noticed I was shaking. Not from shame. From knowing I was right, and that it wasn’t enough.',
          es: 'Lo puse todo sobre la mesa del laboratorio de Elena: once pacientes, once genomas, dos grupos bien definidos y una foto de la muela de Ivy Liu que le había pedido permiso para traer. Lo había ensayado. Mantuve la voz firme. Pedí una sola cosa: analizar los genes antes de tratar. Un frotis de mejilla. Diez minutos. Elena escuchó con los brazos cruzados y luego me explicó, con mucha educación, por qué mi muestra era demasiado pequeña, me faltaban controles y mi forma de pensar llevaba treinta años de retraso. Mateo se rio de una de sus frases, la de las fresas. Justo después pareció arrepentido, pero se rio. Recogí mis papeles. En el pasillo me di cuenta de que temblaba. No de vergüenza. De saber que tenía razón y que no bastaba.',
        },
      },
      {
        character: 'elena',
        text: {
          en: 'Kade came to my lab with a folder and the face of a man breaking bad news at a funeral. I let him finish; that was the courtesy I owed a colleague. Then I did what any reviewer would do: eleven cases, no controls, patients he chose himself because they had complained. That is not a study. It is a list. Screening before every treatment would mean months of delay and a public admission of a risk I had not seen. I said he had spent his career drilling holes and now resented a machine that made them unnecessary. It was a cruel line. It was also, I told myself, beside the point. His data were weak. That night I reran Ivy Liu’s colour curve three times. It came out the same each time, and each time I found a reason not to believe it.',
          es: 'Kade vino a mi laboratorio con una carpeta y la cara de quien da malas noticias en un funeral. Le dejé terminar; era la cortesía que le debía a un colega. Luego hice lo que haría cualquier revisor: once casos, sin grupo de control, pacientes elegidos por él mismo porque se habían quejado. Eso no es un estudio. Es una lista. Analizar los genes antes de cada tratamiento supondría meses de retraso y reconocer en público un riesgo que yo no había visto. Le dije que se había pasado la vida haciendo agujeros con la fresa y que ahora le molestaba una máquina que los volvía innecesarios. Fue una frase cruel. Y también, me dije, irrelevante. Sus datos eran débiles. Esa noche volví a calcular tres veces la curva de color de Ivy Liu. Salió igual las tres veces, y las tres encontré un motivo para no creerla.',
        },
      },
      {
        character: 'mateo',
        text: {
          en: 'I laughed. I want to be honest about that, because it’s the part I keep replaying. Elena made a joke about drills and I laughed, the way you laugh at a family dinner to keep the peace. Kade looked at me, not at her. Just for a second. Then he gathered his papers and thanked us for our time, like a patient leaving a consultation that went badly. Afterwards Elena said, “He means well, he just can’t let go.” I agreed. I believed the machines were the future and Kade was the past, and that it was kinder not to encourage him. That evening I took a call from a woman whose daughter’s new tooth had a ridge on it. I told her to wait. I hate that I told her to wait.',
          es: 'Me reí. Quiero ser sincero con eso, porque es la parte que no dejo de repetir en mi cabeza. Elena hizo un chiste sobre fresas y me reí, como te ríes en una cena familiar para que no haya pelea. Kade me miró a mí, no a ella. Solo un segundo. Luego recogió sus papeles y nos dio las gracias por nuestro tiempo, como un paciente que sale de una consulta que ha ido mal. Después, Elena dijo: «Tiene buena intención, pero no sabe soltar». Le di la razón. Yo creía que las máquinas eran el futuro y Kade el pasado, y que lo más amable era no darle alas. Esa tarde atendí la llamada de una mujer cuya hija tenía una cresta en el diente nuevo. Le dije que esperara. Odio haberle dicho que esperara.',
        },
      },
      {
        character: 'almasi',
        text: {
          en: 'Elena forwarded Kade’s folder to me with a single line: “For your files. Nothing actionable.” I read it on the train home. Then I read it again. I am no geneticist, but I have read enough investor reports to recognise a pattern someone is trying not to see, and this was one. I did three things. I asked our lawyers what disclosure would cost us. I asked finance what a pause would cost us. I did not ask anyone what waiting would cost the patients, because I was afraid of the answer. Then I wrote back to Elena: “Agreed. Keep monitoring.” It took me four seconds to type. It is the most expensive email I have ever sent, and at the time it felt like prudence.',
          es: 'Elena me reenvió la carpeta de Kade con una sola línea: «Para tu archivo. Nada que requiera acción». La leí en el tren de vuelta a casa. Y la volví a leer. No soy genetista, pero he leído suficientes informes para inversores como para reconocer un patrón que alguien intenta no ver, y este lo era. Hice tres cosas. Pregunté a los abogados cuánto nos costaría informar. Pregunté a finanzas cuánto nos costaría una pausa. No pregunté a nadie cuánto les costaría esperar a los pacientes, porque me daba miedo la respuesta. Luego le contesté a Elena: «De acuerdo. Sigue vigilando». Tardé cuatro segundos en escribirlo. Es el correo más caro que he enviado nunca, y en aquel momento me pareció prudencia.',
        },
      },
    ],
    whatsReal: {
      en: 'Fiction: a ten-minute cheek-swab screen for a nanobot risk, and bots that go wrong with a single copy of a variant. Science: amelogenesis imperfecta runs in families, and how it is inherited depends on the gene: AMELX is X-linked, FAM83H dominant, MMP20 and KLK4 recessive, and ENAM either dominant or recessive (Smith et al. 2017). A recessive variant can be carried silently: with one copy, the teeth usually look normal.',
      es: 'Ficción: un análisis de diez minutos con un frotis de mejilla para detectar el riesgo de los nanobots, y unos bots que fallan con una sola copia de una variante. Ciencia: la amelogénesis imperfecta se hereda en familias, y la forma depende del gen: AMELX está ligado al cromosoma X, FAM83H es dominante, MMP20 y KLK4 son recesivos, y ENAM puede ser dominante o recesivo (Smith et al. 2017). Una variante recesiva puede portarse sin que se note: con una sola copia, los dientes suelen verse normales.',
    },
  },

  // 6 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'public-display',
    beat: 'public-display',
    scenario: 'ivy',
    span: { from: 60, to: 80 },
    title: { en: 'The gala', es: 'La gala' },
    summary: {
      en: 'Ivy Liu takes the stage at the sports awards, smiles on purpose, and the press turns on the clinic.',
      es: 'Ivy Liu sube al escenario de los premios deportivos, sonríe a propósito y la prensa se vuelve contra la clínica.',
    },
    perspectives: [
      {
        character: 'ivy',
        text: {
          en: 'They gave me player of the year and two minutes at the microphone. I had a speech about my team. I didn’t give it. I said, “You’ve all been staring at my teeth for a month, so let’s stop pretending,” and I smiled as wide as I could under the lights. Then I put my scan up on the screen behind me, ten metres high, the brown mottling creeping over the cusps. The room went silent. I could hear the cameras. I said I wasn’t angry with science. I was angry that when I asked questions, I got reassurance instead of answers. Then I said a name: a dentist called Kade, the only one who had asked me how it felt. Then I walked off and cried in a corridor.',
          es: 'Me dieron el premio a la mejor jugadora del año y dos minutos de micrófono. Tenía preparado un discurso sobre mi equipo. No lo di. Dije: «Llevan un mes mirándome los dientes, así que dejemos de disimular», y sonreí todo lo que pude bajo los focos. Luego proyecté mi escáner en la pantalla de detrás, de diez metros de alto: el moteado marrón avanzando por las cúspides. La sala se quedó en silencio. Se oían las cámaras. Dije que no estaba enfadada con la ciencia. Estaba enfadada porque, cuando hice preguntas, me dieron consuelo en lugar de respuestas. Luego dije un nombre: el de un dentista llamado Kade, el único que me había preguntado qué sentía. Después me bajé del escenario y lloré en un pasillo.',
        },
      },
      {
        character: 'almasi',
        text: {
          en: 'My phone lit up before Ivy had left the stage. By midnight the clip had forty million views and the headlines had found their shape: “Miracle clinic ignored warnings.” Someone leaked that an internal report existed. By morning, journalists were reading Kade’s findings aloud on breakfast television, more clearly than he had managed to present them to us. The investors called. The regulator called. The board did not call; they came, in person, with lawyers. I stood in my office with the blinds down and understood something I should have understood weeks before. I had been managing a story when I should have been managing a risk. Now the story had decided to manage me.',
          es: 'Mi teléfono se iluminó antes de que Ivy bajara del escenario. A medianoche el vídeo llevaba cuarenta millones de reproducciones y los titulares ya tenían forma: «La clínica milagro ignoró las advertencias». Alguien filtró que existía un informe interno. Por la mañana, los periodistas leían los hallazgos de Kade en los programas matinales, con más claridad de la que él había logrado al presentárnoslos. Llamaron los inversores. Llamó el regulador. El consejo no llamó: vino en persona, con abogados. Me quedé en mi despacho con las persianas bajadas y entendí algo que debería haber entendido semanas antes. Había estado gestionando un relato cuando tenía que gestionar un riesgo. Ahora el relato había decidido gestionarme a mí.',
        },
      },
      {
        character: 'elena',
        text: {
          en: 'I watched it alone in the lab, on my phone, with the sound off. I didn’t need the sound. I knew that molar; I had built it. On her scan the mottling sat exactly where the maturation signal should have been clearest: the pattern Kade had described to me, the one I had called a list. Every reporter now put my name beside the word “reckless”. Some of the messages in my inbox were from patients thanking me; I could not read those either. I told myself the press distorts everything, that one famous case is not a dataset. I said it out loud, to the empty room. It sounded convincing. I have always been able to sound convincing.',
          es: 'Lo vi sola en el laboratorio, en el teléfono, sin sonido. No me hacía falta el sonido. Conocía esa muela: la había construido yo. En su escáner, el moteado estaba justo donde la señal de maduración debería haber sido más clara: el patrón que Kade me había descrito, el que yo había llamado una lista. Ahora todos los periodistas ponían mi nombre junto a la palabra «temeraria». En mi bandeja de entrada había mensajes de pacientes dándome las gracias; tampoco pude leerlos. Me dije que la prensa lo distorsiona todo, que un caso famoso no es un conjunto de datos. Lo dije en voz alta, a la sala vacía. Sonó convincente. Siempre he sabido sonar convincente.',
        },
      },
      {
        character: 'kade',
        text: {
          en: 'I was asleep when Ivy said my name. My sister woke me with a phone call: “You’re on every screen in the country.” I didn’t want to be. I wanted the patients screened and the people who had been hurt looked after, quietly, by the people who had hurt them. Instead there were reporters at my door by seven, asking whether I had leaked the report. I hadn’t. I told them so, and then I told them the only thing I cared about: if you’ve had the treatment and your teeth have changed, go to a dentist who will actually look at them. Don’t panic. Don’t wait. It was the first time in my career I had given advice to a camera. I hope somebody listened.',
          es: 'Estaba dormido cuando Ivy dijo mi nombre. Mi hermana me despertó con una llamada: «Sales en todas las pantallas del país». No quería salir. Quería que se analizara a los pacientes y que los afectados recibieran cuidados, sin ruido, de manos de quienes les habían hecho daño. En cambio, a las siete tenía periodistas en la puerta, preguntándome si había filtrado el informe. No lo había hecho. Se lo dije, y luego les dije lo único que me importaba: si se han hecho el tratamiento y sus dientes han cambiado, vayan a un dentista que de verdad se los mire. Sin pánico. Sin esperar. Era la primera vez en mi carrera que le daba un consejo a una cámara. Ojalá alguien escuchara.',
        },
      },
      {
        character: 'mateo',
        text: {
          en: 'I watched the gala from the front desk with the night cleaner, and when Ivy’s scan came up on the big screen he said, “Isn’t that one of ours?” I couldn’t answer. A month ago Ivy signed my scrub top; it’s still in my locker. The next morning there were protesters outside and a queue of patients inside, frightened, holding their phones up to show me their teeth. I did what I always do: names, coffee, a hand on a shoulder. But for the first time the charm felt like a trick. One man said, “You told me it was normal.” He was right. I had. I’d said it twenty times that month, and not once had I checked.',
          es: 'Vi la gala desde el mostrador con el limpiador del turno de noche, y cuando el escáner de Ivy apareció en la pantalla gigante, él me dijo: «¿Esa no es de las nuestras?». No supe qué contestar. Hace un mes Ivy me firmó el uniforme; sigue en mi taquilla. A la mañana siguiente había manifestantes fuera y una fila de pacientes dentro, asustados, enseñándome los dientes en la pantalla del teléfono. Hice lo de siempre: nombres, café, una mano en el hombro. Pero por primera vez el encanto me pareció un truco. Un hombre me dijo: «Usted me dijo que era normal». Tenía razón. Se lo había dicho. Lo había dicho veinte veces ese mes, y ni una sola vez lo había comprobado.',
        },
      },
    ],
    whatsReal: {
      en: 'Fiction: the gala, the scan on the big screen, and every patient in this story. Science: in the hypomaturation form of amelogenesis imperfecta (MMP20, KLK4), enamel reaches normal thickness but stays soft and mottled, creamy-yellow to brown (Smith et al. 2017). In the hypocalcified form (FAM83H), enamel is chalky and wears away (Smith et al. 2017). The amber-to-brown mottling on the tooth in this app follows that description.',
      es: 'Ficción: la gala, el escáner en la pantalla gigante y todos los pacientes de esta historia. Ciencia: en la forma hipomadura de la amelogénesis imperfecta (MMP20, KLK4), el esmalte alcanza un grosor normal pero queda blando y moteado, de amarillo crema a marrón (Smith et al. 2017). En la forma hipocalcificada (FAM83H), el esmalte es calizo y se desgasta (Smith et al. 2017). El moteado ámbar a marrón que ves en la muela de esta aplicación sigue esa descripción.',
    },
  },
];
