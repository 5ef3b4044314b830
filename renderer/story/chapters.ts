import type { Chapter, ScenarioLabels } from './schema';

// The story, chapter by chapter, in the order the story clock plays them. Each chapter names the scenario the
// engine runs while it is read (by id: renderer/timeline/scenarios.ts has the rest) and the span of that
// scenario's simulated time it covers: the treatment first, then the weeks after it. Sources for every figure in a "What's real?" note are in science.md.

/** Each scenario's label for the time bar and the read-outs: the patient and the procedure. */
export const SCENARIO_LABELS: ScenarioLabels = {
  'first-patient': {
    en: 'The first patient · original procedure',
    es: 'El primer paciente · procedimiento original',
  },
  ivy: { en: 'Ivy Liu · original procedure', es: 'Ivy Liu · procedimiento original' },
  'young-patient': {
    en: 'The young patient · original procedure',
    es: 'El joven paciente · procedimiento original',
  },
  'ivy-redesigned': { en: 'Ivy Liu · redesigned procedure', es: 'Ivy Liu · procedimiento rediseñado' },
  'young-patient-redesigned': {
    en: 'The young patient · redesigned procedure',
    es: 'El joven paciente · procedimiento rediseñado',
  },
  child: { en: 'The child · redesigned procedure', es: 'La niña · procedimiento rediseñado' },
};

export const CHAPTERS: Chapter[] = [
  // 1 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'success',
    beat: 'success',
    lead: 'elena',
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
        short: {
          en: 'It is 2045. Nature grows enamel only once, while a child’s teeth form. For eleven years I have worked to change that. Today my swarm of nanobots filled a patient’s decay, layer by layer, in one visit. Enamel that grows back, and cavities prevented for good. It worked.',
          es: 'Estamos en 2045. La naturaleza solo fabrica esmalte una vez, mientras se forman los dientes de un niño. Llevo once años trabajando para cambiarlo. Hoy mi enjambre de nanobots ha rellenado la caries de un paciente, capa a capa, en una sola visita. Un esmalte que vuelve a crecer y caries evitadas para siempre. Ha funcionado.',
        },
        full: {
          en: 'It is 2045, and nature still lays down enamel at about four microns a day, and then it stops for ever. Once a child’s teeth are finished, the body never makes enamel again. For eleven years I have refused to accept that sentence. Today the swarm leaves the reservoir in a thin cyan thread, finds the chalky patch in the fissure, and reads the surface the way the old enamel-forming cells once did. Layer on layer, the rods running outward, the lesion fills. Our first patient is a baker who stopped counting his fillings long ago. He is watching the monitor with his mouth open, which is convenient. When the last bot comes home, I let myself breathe. It worked. It is not a miracle. It is engineering, done patiently, and it is mine: enamel that grows back, and cavities prevented for good.',
          es: 'Estamos en 2045, y la naturaleza sigue depositando esmalte a razón de unas cuatro micras al día, y después se detiene para siempre. Cuando los dientes de un niño terminan de formarse, el cuerpo no vuelve a fabricar esmalte. Llevo once años negándome a aceptar esa sentencia. Hoy el enjambre sale del depósito como un hilo cian, encuentra la mancha blanquecina en la fisura y lee la superficie como lo hacían aquellas células que formaron el esmalte. Capa sobre capa, con los prismas orientados hacia fuera, la lesión se va llenando. Nuestro primer paciente es un panadero que hace tiempo dejó de contar sus empastes. Mira el monitor con la boca abierta, lo cual resulta práctico. Cuando el último bot regresa, por fin me permito respirar. Ha funcionado. No es un milagro. Es ingeniería hecha con paciencia, y es mía: un esmalte que vuelve a crecer y caries evitadas para siempre.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'My job was to keep a nervous baker laughing while twenty thousand tiny machines worked in his mouth. He held my hand. When the white patch on the screen turned shiny, he cried a little. His father lost all his teeth by fifty. He gets to keep his.',
          es: 'Mi trabajo era hacer reír a un panadero nervioso mientras veinte mil máquinas diminutas trabajaban en su boca. Me agarró la mano. Cuando la mancha blanca de la pantalla se volvió brillante, lloró un poco. Su padre perdió todos los dientes a los cincuenta. Él va a conservar los suyos.',
        },
        full: {
          en: 'My job today is the easy one: keep a nervous man laughing while twenty thousand machines work in his mouth. I told him the bots are shy, that they only come out if he stops talking, and for the first time in history a patient stopped talking. He held my hand anyway. Halfway through he pointed at the screen, at the white patch turning glossy, and his eyes filled up. He said his father had lost all his teeth by fifty. I told him he could keep his. Elena didn’t look up once; she never does when it matters. Afterwards she squeezed my shoulder, which from her is practically a standing ovation. I think we just changed something. I think everyone is about to want this.',
          es: 'Hoy me toca lo fácil: hacer reír a un hombre nervioso mientras veinte mil máquinas trabajan dentro de su boca. Le dije que los bots son tímidos y que solo salen si él se calla, y por primera vez en la historia un paciente se calló. Aun así, me agarró la mano. A mitad del tratamiento señaló la pantalla, la mancha blanca que se volvía brillante, y se le llenaron los ojos de lágrimas. Me contó que su padre se quedó sin dientes a los cincuenta. Le dije que él iba a conservar los suyos. Elena no levantó la vista ni una vez; nunca lo hace cuando importa. Al terminar me apretó el hombro, que viniendo de ella es casi una ovación. Creo que acabamos de cambiar algo. Creo que todo el mundo va a querer esto.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'Twenty years of promises have crossed my desk. I watched from the doorway, arms crossed, until the curve on the screen climbed without a stumble. A treatment that undoes the damage instead of patching it. The board, the journals, the investors: all tomorrow. Tonight belongs to the team.',
          es: 'Por mi mesa han pasado veinte años de promesas. Miré desde la puerta, con los brazos cruzados, hasta que la curva de la pantalla subió sin un tropiezo. Un tratamiento que deshace el daño en vez de remendarlo. El consejo, las revistas, los inversores: todo mañana. Esta noche es del equipo.',
        },
        full: {
          en: 'I have sat through twenty years of promises in this field, many of them my own, so I watched from the doorway with my arms crossed. Then the restoration curve climbed smoothly, no stalls, no overshoot, and I uncrossed them. What Elena has built is the thing every director dreams of announcing and almost none ever do: a treatment that does not patch the damage but undoes it. I have already drafted three messages in my head: to the board, to the journal, to the investors who called this clinic a boutique. I will send none of them tonight. Tonight belongs to the team. Tomorrow the world can have it. Ambition, I have learned, is mostly a matter of timing.',
          es: 'Llevo veinte años escuchando promesas en este campo, muchas de ellas mías, así que miré desde la puerta con los brazos cruzados. Luego la curva de restauración subió sin tropiezos, sin estancarse ni pasarse, y los descrucé. Lo que Elena ha construido es lo que toda directora sueña con anunciar y casi nadie llega a hacer: un tratamiento que no remienda el daño, sino que lo deshace. Ya tengo tres mensajes escritos en la cabeza: para el consejo, para la revista científica, para los inversores que llamaban a esta clínica una boutique. Esta noche no enviaré ninguno. Esta noche es del equipo. Mañana será del mundo. La ambición, he aprendido, es sobre todo cuestión de elegir el momento.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'I was trained with a drill, a mirror and a steady hand. I watched from the back of the room. It was beautiful. But nobody touched the tooth or asked the man how his bite felt. Afterwards I looked with my little mirror. It looked perfect. Why wasn’t I sure?',
          es: 'Me formaron con una fresa, un espejo y un pulso firme. Lo vi desde el fondo de la sala. Fue precioso. Pero nadie tocó el diente ni le preguntó al hombre qué tal notaba la mordida. Después miré con mi espejito. Se veía perfecto. ¿Por qué no estaba seguro?',
        },
        full: {
          en: 'I was trained with a drill, a mirror and a steady hand, and I was good at it. I watched today’s procedure from the back of the room, like a man watching his own trade being retired. It was beautiful; I won’t pretend it wasn’t. But nobody touched that tooth. Nobody ran a fingertip along the fissure or asked the man whether his bite felt right. The screen said “restored” and everyone clapped. I keep a little mirror in my coat pocket out of habit. Before he left, I asked if I could look at his molar the old way, under the lamp. It looked perfect. That should have been enough for me. I’m not sure why it wasn’t.',
          es: 'Me formaron con una fresa, un espejo y un pulso firme, y era bueno en lo mío. Vi el procedimiento de hoy desde el fondo de la sala, como quien ve cómo jubilan su propio oficio. Fue precioso; no voy a fingir lo contrario. Pero nadie tocó ese diente. Nadie pasó la yema del dedo por la fisura ni le preguntó al hombre si notaba bien la mordida. La pantalla dijo «restaurado» y todos aplaudieron. Por costumbre, llevo un espejito en el bolsillo de la bata. Antes de que se fuera, le pedí permiso para mirarle la muela a la antigua, bajo la lámpara. Se veía perfecta. Eso debería haberme bastado. No sé muy bien por qué no me bastó.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Tooth Rebirth and its nanobots are made up, but enamel is real: it forms only once, while a tooth grows.',
        es: 'Tooth Rebirth y sus nanobots son inventados, pero el esmalte es real: solo se forma una vez, mientras crece el diente.',
      },
      detail: {
        en: 'Fiction: Tooth Rebirth and its nanobots do not exist; no machine today can rebuild lost enamel inside a mouth. Science: a tooth is enamel over dentin over the pulp, its living core (Ten Cate’s Oral Histology). Enamel is about 96% mineral by weight (Shao et al. 2019), built of rods 3–6 µm across that run roughly at right angles to the surface (Ten Cate’s Oral Histology). While a tooth forms, enamel grows about 4 µm a day, one daily growth line apart (Ten Cate’s Oral Histology). The cells that make it, the ameloblasts, are lost when the tooth erupts, so the body never makes enamel again.',
        es: 'Ficción: Tooth Rebirth y sus nanobots no existen; hoy ninguna máquina puede reconstruir dentro de la boca el esmalte perdido. Ciencia: un diente es esmalte sobre dentina sobre la pulpa, su núcleo vivo (Ten Cate’s Oral Histology). El esmalte es mineral en un 96 % de su peso, aproximadamente (Shao et al. 2019), y está formado por prismas de 3 a 6 µm de ancho, casi perpendiculares a la superficie (Ten Cate’s Oral Histology). Mientras el diente se forma, el esmalte crece unas 4 µm al día, la distancia entre dos líneas de crecimiento diarias (Ten Cate’s Oral Histology). Las células que lo fabrican, los ameloblastos, se pierden cuando el diente sale, así que el cuerpo ya no vuelve a producirlo.',
      },
      sources: ['ten-cate', 'shao-2019'],
    },
  },

  // 2 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'flood',
    beat: 'flood',
    lead: 'mateo',
    scenario: 'first-patient',
    span: { from: 40, to: 80 },
    title: { en: 'The waiting room', es: 'La sala de espera' },
    summary: {
      en: 'Weeks pass, the first patient’s new enamel settles, and the whole city wants an appointment.',
      es: 'Pasan las semanas, el esmalte nuevo del primer paciente se asienta y toda la ciudad quiere una cita.',
    },
    perspectives: [
      {
        character: 'mateo',
        short: {
          en: 'Now the phone never stops. A grandmother, a marathon runner, a man who wants ice cream without pain. I learn every name: nobody sits in Elena’s chair as a number. Kade has hardly any patients now. I take him coffee. He asks about the people, not the machines.',
          es: 'Ahora el teléfono no para. Una abuela, una corredora de maratones, un señor que quiere tomar helado sin dolor. Me aprendo todos los nombres: nadie se sienta en el sillón de Elena siendo un número. Kade ya casi no tiene pacientes. Le llevo café. Pregunta por las personas, no por las máquinas.',
        },
        full: {
          en: 'The phone doesn’t stop. I answer it with one hand, hold a coffee with the other, and somewhere in between I try to learn names. That’s my rule: nobody sits in Elena’s chair as a number. There’s the grandmother who wants it done before her granddaughter’s wedding. The teenager whose dentist told him he’d need crowns by twenty. A marathon runner, two newsreaders, a man who just wants to eat ice cream without wincing. The waiting room smells of the flowers people keep bringing us. Kade sits in his old surgery at the end of the corridor with hardly anyone booked. Sometimes I take him a coffee. He asks me about the patients, not the procedure. Funny. Nobody else does.',
          es: 'El teléfono no para. Contesto con una mano, sujeto el café con la otra y, entre una cosa y otra, intento aprenderme los nombres. Es mi regla: nadie se sienta en el sillón de Elena siendo un número. Está la abuela que lo quiere antes de la boda de su nieta. El muchacho al que su dentista le dijo que a los veinte necesitaría coronas. Una corredora de maratones, dos presentadores de noticias, un señor que solo quiere comer helado sin que le duela. La sala de espera huele a las flores que la gente no deja de traernos. Kade sigue en su consulta de siempre, al fondo del pasillo, casi sin citas. A veces le llevo un café. Me pregunta por los pacientes, no por el procedimiento. Curioso. Nadie más lo hace.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'Six weeks on, the baker’s new enamel has settled, just as I designed. I check the scans every morning anyway. The waiting room is full. People bring cakes and call me a saint. I am not a saint. I am an engineer, and I will prove it works for everyone.',
          es: 'Seis semanas después, el esmalte nuevo del panadero se ha asentado tal como lo diseñé. Aun así, reviso los escáneres cada mañana. La sala de espera está llena. La gente trae pasteles y me llama santa. No soy ninguna santa. Soy ingeniera, y demostraré que funciona con todos.',
        },
        full: {
          en: 'Six weeks on, the baker’s molar is exactly as I left it. The new enamel has matured, mineral filling in between the crystals the way it does in a child’s growing tooth, and the scans show nothing I did not design. I check them every morning anyway, before coffee, before the waiting room. Then the waiting room. People bring printed articles about me. A woman brought her twins and a cake. I have stopped reading the messages; there are too many, and too many of them call me a saint. I am not a saint. I am a technologist with a procedure that works, and I intend to prove that it works for everyone.',
          es: 'Seis semanas después, la muela del panadero sigue exactamente como la dejé. El esmalte nuevo ha madurado, el mineral se ha ido asentando entre los cristales como ocurre en el diente de un niño que crece, y los escáneres no muestran nada que yo no haya diseñado. Aun así, los reviso cada mañana, antes del café, antes de la sala de espera. Y luego, la sala de espera. La gente trae artículos impresos sobre mí. Una mujer vino con sus gemelos y un pastel. He dejado de leer los mensajes: son demasiados, y demasiados me llaman santa. No soy ninguna santa. Soy una tecnóloga con un procedimiento que funciona, y pienso demostrar que funciona con todos.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'The ledger, this week: booked until next autumn, two new treatment rooms, one press officer. A window of a year, perhaps two, before the big chains copy us. I cut the first consultation from forty minutes to fifteen. Mateo said fear needs fifteen minutes just to settle. I noted it.',
          es: 'El balance de esta semana: agenda llena hasta el otoño que viene, dos salas nuevas, un jefe de prensa. Una ventana de un año, quizá dos, antes de que nos copien las grandes cadenas. Reduje la primera consulta de cuarenta minutos a quince. Mateo dijo que el miedo necesita quince minutos solo para calmarse. Lo apunté.',
        },
        full: {
          en: 'By Friday we were booked until spring. By Monday, until the autumn after. I signed for two more treatment rooms, a second reservoir line and a press officer, in that order. The board calls it momentum. I call it a window: a year, perhaps two, before the big chains copy us, and in that window this clinic becomes the name people say when they talk about the future of dentistry. I asked Elena to cut the first consultation from forty minutes to fifteen. The scan already tells us everything, I said. She agreed before I had finished the sentence. Mateo did not. He said fifteen minutes is how long it takes a frightened person to stop being frightened. I wrote that down. I did not change the schedule.',
          es: 'El viernes teníamos la agenda llena hasta la primavera. El lunes, hasta el otoño siguiente. Firmé dos salas de tratamiento más, una segunda línea de depósito y un jefe de prensa, en ese orden. El consejo lo llama impulso. Yo lo llamo ventana: un año, quizá dos, antes de que las grandes cadenas nos copien, y en esa ventana esta clínica ha de convertirse en el nombre que la gente pronuncie cuando hable del futuro de la odontología. Le pedí a Elena que redujera la primera consulta de cuarenta minutos a quince. El escáner ya nos lo dice todo, le dije. Aceptó antes de que terminara la frase. Mateo no. Dijo que quince minutos es lo que tarda una persona asustada en dejar de estarlo. Lo apunté. No cambié el horario.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'My diary is quiet, so I read the follow-up notes nobody else has time for. Most say “no complaints”. Three in a month say something else: a little yellowing, an odd feeling. Maybe it’s nothing. In thirty years I have learned that nothing is how something starts. I started a notebook.',
          es: 'Mi agenda está tranquila, así que leo las notas de seguimiento que nadie más tiene tiempo de leer. Casi todas dicen «sin quejas». Tres en un mes dicen otra cosa: un poco de amarilleo, una sensación rara. Quizá no sea nada. En treinta años he aprendido que «nada» es el principio de algo. Empecé un cuaderno.',
        },
        full: {
          en: 'My appointment book has gone quiet. Fillings, mostly, for the patients who are scared of machines, and a few old regulars who say they come for the conversation. I mind the quiet less than I expected. It gives me time to read. I read every follow-up note the clinic files, because nobody else has the time. Most say the same thing: restored, no complaints. A few say something else. “Slight yellowing, patient reassured.” “Patient reports odd texture, advised to wait.” Three notes in a month. Maybe that’s nothing. After thirty years of looking into mouths, you learn that nothing is usually how something starts. So I started a notebook. Paper. Old habits.',
          es: 'Mi agenda se ha quedado tranquila. Empastes, sobre todo, para los pacientes que temen a las máquinas, y algunos habituales de siempre que dicen que vienen por la charla. Esa calma me molesta menos de lo que esperaba. Me deja tiempo para leer. Leo todas las notas de seguimiento que archiva la clínica, porque nadie más tiene tiempo. Casi todas dicen lo mismo: restaurado, sin quejas. Unas pocas dicen otra cosa. «Ligero amarilleo, se tranquiliza a la paciente». «Refiere textura extraña, se aconseja esperar». Tres notas en un mes. Quizá no sea nada. Cuando uno lleva treinta años mirando bocas, aprende que «nada» suele ser el principio de algo. Así que empecé un cuaderno. De papel. Viejas costumbres.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Scientists have really grown a very thin layer of new enamel in a laboratory, but not a treatment.',
        es: 'Unos científicos han logrado de verdad hacer crecer en un laboratorio una capa muy fina de esmalte nuevo, pero no un tratamiento.',
      },
      detail: {
        en: 'Fiction: enamel rebuilt by machines in a single visit. Science: real enamel keeps maturing after it is laid down; its mineral content rises from about 25–30% to about 95% by weight as the protein scaffold is cleared away (Ten Cate’s Oral Histology). In a laboratory study, calcium-phosphate ion clusters grew a layer continuous with existing enamel within 48 hours, about 2.7 µm thick, matching natural enamel’s structure and hardness (Shao et al. 2019). That is real, and still a long way from a treatment.',
        es: 'Ficción: un esmalte reconstruido por máquinas en una sola visita. Ciencia: el esmalte real sigue madurando después de depositarse; su contenido mineral pasa de un 25–30 % a cerca del 95 % en peso a medida que se retira el andamiaje de proteínas (Ten Cate’s Oral Histology). En un estudio de laboratorio, unos agregados de iones de fosfato cálcico hicieron crecer en 48 horas una capa continua con el esmalte existente, de unas 2,7 µm de grosor, con la estructura y la dureza del esmalte natural (Shao et al. 2019). Es real, pero aún está lejos de ser un tratamiento.',
      },
      sources: ['ten-cate', 'shao-2019'],
    },
  },

  // 3 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ivy-treatment',
    beat: 'ivy-treatment',
    lead: 'ivy',
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
        short: {
          en: 'I’m a football star, and years of sports drinks had worn my teeth thin and yellow. The treatment was easy: a warm hum and tiny blue lights on a screen. That night I told four million followers it was the best hour I’d ever spent in a dentist’s chair. A week later I saw a creamy patch.',
          es: 'Soy una estrella del fútbol, y años de bebidas isotónicas me habían dejado los dientes desgastados y amarillentos. El tratamiento fue fácil: un zumbido cálido y lucecitas azules en una pantalla. Esa noche les dije a cuatro millones de seguidores que había sido mi mejor hora en el sillón del dentista. Una semana después vi una mancha color crema.',
        },
        full: {
          en: 'I’ve had my face on a building in Shanghai and on a cereal box in Ohio, and both times somebody retouched my teeth. Ten years of sports drinks and early-morning coffee will do that. So when my agent said Tooth Rebirth, I said book it. Mateo met me at the side door, away from the cameras, and talked football with me for ten minutes, which is the fastest anyone has ever got me to relax. The treatment itself was nothing: a warm hum, and on the screen a swarm of tiny blue lights crawling over a tooth the size of a planet. That night I told four million followers it was the best hour I’d ever spent in a dentist’s chair, and I meant it. A week later, in a team hotel, I saw something under the bathroom light. A faint, creamy patch. It was the light, I decided. Hotel lights are terrible.',
          es: 'Mi cara ha estado en un edificio de Shanghái y en una caja de cereales de Ohio, y en las dos ocasiones alguien me retocó los dientes. Diez años de bebidas isotónicas y cafés de madrugada dejan huella. Así que, cuando mi representante me habló de Tooth Rebirth, le dije: pide cita. Mateo me esperó en la puerta lateral, lejos de las cámaras, y estuvo diez minutos hablándome de fútbol: nadie me había tranquilizado nunca tan rápido. El tratamiento en sí no fue nada: un zumbido cálido y, en la pantalla, un enjambre de lucecitas azules recorriendo un diente del tamaño de un planeta. Esa noche les dije a cuatro millones de seguidores que era la mejor hora que había pasado en el sillón de un dentista, y lo decía en serio. Una semana después, en el hotel de una concentración, vi algo bajo la luz del baño. Una mancha tenue, de color crema. Decidí que era la luz. Las luces de hotel son horribles.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'Ivy Liu in my chair. The colour difference, a number that always stays near zero, began to climb. Only a few tenths. I told myself it was calibration: her worn, stained enamel was confusing the reference. A reasonable explanation. I noted it, and I did not stop the swarm.',
          es: 'Ivy Liu en mi sillón. La diferencia de color, un número que siempre se queda cerca de cero, empezó a subir. Solo unas décimas. Me dije que era la calibración: su esmalte desgastado y manchado confundía la referencia. Una explicación razonable. Lo anoté, y no detuve el enjambre.',
        },
        full: {
          en: 'Ivy Liu in my chair, and half the clinic finding reasons to walk past the door. I ignored them. I watched the numbers. Restoration rose the way it always does. But the colour difference, the number I barely look at any more because it always sits near zero, began to climb. Slowly. A few tenths. I told myself it was calibration: her enamel is worn thin and stained by years of sports drinks, so the reference is off. That is a reasonable explanation. I have since learned that a reasonable explanation is the most dangerous thing a scientist can find, because it gives you permission to stop looking. I noted it. I did not stop the swarm. She left smiling, and so did I.',
          es: 'Ivy Liu en mi sillón, y media clínica buscando excusas para pasar por delante de la puerta. No les hice caso. Miraba los números. La restauración subía como siempre. Pero la diferencia de color, ese número que ya casi ni miro porque siempre está cerca de cero, empezó a subir. Despacio. Unas décimas. Me dije que era la calibración: su esmalte está desgastado y teñido por años de bebidas isotónicas, así que la referencia no es fiable. Es una explicación razonable. Después aprendí que una explicación razonable es lo más peligroso que puede encontrar una científica, porque te da permiso para dejar de mirar. Lo anoté. No detuve el enjambre. Ella se fue sonriendo, y yo también.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'I’ve had Ivy Liu’s photo in my locker since I was sixteen, and my hands were shaking. She laughed: “You’re more nervous than I am.” We argued about her penalty in the final. Once, Elena went very still. Then she said “calibration”, and I believed her. I always do.',
          es: 'Tengo una foto de Ivy Liu en mi taquilla desde los dieciséis años, y me temblaban las manos. Ella se rio: «Estás más nervioso que yo». Discutimos sobre su penalti en la final. En un momento, Elena se quedó muy quieta. Luego dijo «calibración», y la creí. Siempre la creo.',
        },
        full: {
          en: 'I’ve had a photo of Ivy Liu in my locker since I was sixteen, so yes, my hands were shaking when I met her at the side door. She noticed. She said, “You’re more nervous than I am,” and after that we were fine. We argued for ten minutes about her penalty in the final; she still says the keeper moved early. During the treatment she squeezed a stress ball shaped like a molar that a young fan had given her. At one point Elena went very still, the way she does when a number surprises her. Then she relaxed and said “calibration”, and I believed her, because I always do. On her way out, Ivy signed my scrub top.',
          es: 'Tengo una foto de Ivy Liu en mi taquilla desde los dieciséis años, así que sí, me temblaban las manos cuando la recibí en la puerta lateral. Se dio cuenta. Me dijo: «Estás más nervioso que yo», y a partir de ahí todo fue bien. Estuvimos diez minutos discutiendo sobre su penalti en la final; ella sigue diciendo que el portero se adelantó. Durante el tratamiento apretaba una pelota antiestrés con forma de muela que le había regalado un joven aficionado. En un momento, Elena se quedó muy quieta, como cuando un número la sorprende. Luego se relajó, dijo «calibración» y yo la creí, porque siempre la creo. Al salir, Ivy me firmó el uniforme.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'I didn’t queue to see a famous mouth. But that evening I read the session log, as I read them all now. Ivy’s colour difference at the end was higher than any I had seen. Not alarming. Just different. Her name went into my notebook. It made four.',
          es: 'No hice cola para ver una boca famosa. Pero esa noche leí el registro de la sesión, como ahora los leo todos. La diferencia de color de Ivy al final era más alta que ninguna que hubiera visto. Nada alarmante. Solo distinta. Su nombre entró en mi cuaderno. Ya eran cuatro.',
        },
        full: {
          en: 'I saw the crowd outside treatment room one and kept walking; I’m too old to queue for a famous mouth. But that evening I pulled up the session log, because I read every log now. The colour difference at the end of the session was higher than anything I had seen in Elena’s logs. Not dramatic. Not the kind of number a screen turns red for. Just different. It went into the notebook, on a page that already held three other names, each with a note about yellowing or odd texture, each reassured and sent home. Four names. I drew a line under them and wrote a question mark. Then I crossed the question mark out. I knew better than to pretend I wasn’t worried.',
          es: 'Vi el gentío frente a la sala uno y seguí andando; ya soy mayor para hacer cola por una boca famosa. Pero esa noche abrí el registro de la sesión, porque ahora leo todos los registros. La diferencia de color al final de la sesión era más alta que cualquier cifra que hubiera visto en los registros de Elena. Nada espectacular. No era el tipo de número por el que una pantalla se pone en rojo. Solo distinto. Fue a parar al cuaderno, a una página que ya tenía otros tres nombres, cada uno con una nota sobre amarilleo o textura rara, cada uno tranquilizado y mandado a casa. Cuatro nombres. Tracé una línea debajo y escribí un signo de interrogación. Luego lo taché. Sabía que no debía fingir que no estaba preocupado.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Dentists really measure how different two tooth colours look, with a number called ΔE00.',
        es: 'Los dentistas miden de verdad cuánto se diferencian dos colores de diente, con un número llamado ΔE00.',
      },
      detail: {
        en: 'Fiction: nanobots that read the signals of the enamel matrix, and Ivy Liu herself. Science: a colour is measured as three CIELAB numbers (lightness, red–green, yellow–blue), and dentists measure the difference between two tooth colours with the CIEDE2000 formula, ΔE00 (Paravina et al. 2015). Both of its dental thresholds are 50:50 points: at ΔE00 = 0.8 half of observers notice a difference, and below it most do not; at 1.8 half would not accept the match, and below it most would (Paravina et al. 2015). They describe judging a whole tooth, which is why the panel shows the mean over the crown beside the largest difference at one spot.',
        es: 'Ficción: unos nanobots que leen las señales de la matriz del esmalte, y la propia Ivy Liu. Ciencia: un color se mide con tres números CIELAB (claridad, rojo–verde, amarillo–azul), y en odontología la diferencia entre dos colores de diente se mide con la fórmula CIEDE2000, ΔE00 (Paravina et al. 2015). Sus dos umbrales dentales son puntos 50:50: con ΔE00 = 0,8 la mitad de los observadores nota una diferencia, y por debajo la mayoría no la nota; con 1,8 la mitad no aceptaría el resultado, y por debajo la mayoría sí lo aceptaría (Paravina et al. 2015). Describen cómo se juzga un diente entero; por eso el panel muestra la media de la corona junto a la mayor diferencia en un solo punto.',
      },
      sources: ['paravina-2015'],
    },
  },

  // 4 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'investigation',
    beat: 'investigation',
    lead: 'kade',
    scenario: 'ivy',
    span: { from: 40, to: 70 },
    title: { en: 'The notebook', es: 'El cuaderno' },
    summary: {
      en: 'As Ivy’s new enamel matures and darkens, Kade follows the complaints to a handful of genes.',
      es: 'Mientras el esmalte nuevo de Ivy madura y se oscurece, Kade sigue el rastro de las quejas hasta un puñado de genes.',
    },
    perspectives: [
      {
        character: 'kade',
        short: {
          en: 'Eleven patients, and I phoned each one. With their permission I read their genes. The pattern was clear. Yellow-brown teeth: variants in MMP20 or KLK4. Ridges and pits: ENAM or AMELX. The bots read signals these genes shape. Give them a misspelt signal, and they build a misspelt tooth.',
          es: 'Once pacientes, y llamé a cada uno. Con su permiso, leí sus genes. El patrón estaba claro. Dientes amarillo pardo: variantes en MMP20 o KLK4. Crestas y hoyuelos: ENAM o AMELX. Los bots leen señales que esos genes moldean. Dales una señal mal escrita y construyen un diente mal escrito.',
        },
        full: {
          en: 'Eleven names now. I called every one of them myself, on the phone, like it was 2005. I asked how their teeth felt, not how they looked, and each of them talked for an hour. Then I asked a favour. Everyone has a genome on file these days; would they let me read theirs? They said yes. It took three weeks of evenings. The pattern was almost embarrassingly clear. The patients whose new enamel had mottled yellow-brown all carried a variant in MMP20 or KLK4: MMP20 acts while enamel is laid down, KLK4 while it matures. The ones with ridges and pits carried variants in ENAM or AMELX, which govern how much enamel forms and where. The bots read the same signals those proteins give. Feed them a misspelt signal, and they build a misspelt tooth.',
          es: 'Ya son once nombres. Los llamé a todos yo mismo, por teléfono, como en 2005. Les pregunté cómo sentían los dientes, no cómo se veían, y cada uno habló una hora. Luego les pedí un favor. Hoy en día todo el mundo tiene su genoma archivado: ¿me dejarían leer el suyo? Dijeron que sí. Me llevó tres semanas de trabajo por las noches. El patrón era de una claridad casi vergonzosa. Los pacientes cuyo esmalte nuevo se había moteado de amarillo pardo tenían todos una variante en MMP20 o en KLK4: MMP20 actúa mientras se deposita el esmalte, y KLK4 mientras madura. Los que tenían crestas y hoyuelos, variantes en ENAM o en AMELX, que deciden cuánto esmalte se forma y dónde. Los bots leen las mismas señales que dan esas proteínas. Si les das una señal con faltas de ortografía, construyen un diente con faltas de ortografía.',
        },
      },
      {
        character: 'ivy',
        short: {
          en: 'The patch isn’t the light. It has spread over two teeth and it’s the colour of weak tea. It won’t polish off, because it’s inside the tooth. The clinic keeps saying “give it time”. Then a dentist called Kade phoned and asked how it felt. He said, “You did nothing wrong.”',
          es: 'La mancha no es la luz. Se ha extendido por dos dientes y tiene el color del té flojo. No se va al pulirla, porque está dentro del diente. La clínica repite: «Dale tiempo». Entonces me llamó un dentista, Kade, y me preguntó qué sentía. Me dijo: «No has hecho nada mal».',
        },
        full: {
          en: 'The patch isn’t the light. It has spread across two molars and the edge of a front tooth, and it’s the colour of weak tea. My dentist at home polished it and it came straight back, because it isn’t a stain. It’s in the tooth. The clinic’s messages are very kind and say the same thing every time: the enamel is still maturing, give it time. I have given it time. Then a man called Kade phoned me, a dentist I’d never met, and asked how it felt when I drank something cold. Nobody had asked me that. He listened for a long time. At the end he said, “I don’t think you did anything wrong.” I hadn’t realised how badly I needed someone to say it.',
          es: 'La mancha no es la luz. Se ha extendido por dos muelas y por el borde de un diente de delante, y tiene el color del té flojo. Mi dentista de siempre me la pulió y volvió a salir enseguida, porque no es una mancha superficial. Está dentro del diente. Los mensajes de la clínica son muy amables y siempre dicen lo mismo: el esmalte sigue madurando, dale tiempo. Le he dado tiempo. Entonces me llamó un tal Kade, un dentista al que no conocía, y me preguntó qué sentía al beber algo frío. Nadie me lo había preguntado. Escuchó durante mucho rato. Al final me dijo: «No creo que hayas hecho nada mal». No me había dado cuenta de cuánto necesitaba que alguien me lo dijera.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'Kade asked me for the phone numbers of every patient since spring. I gave them without asking why. More people call us back now, worried: is the yellow normal? Will the bump go down? I repeat what Elena tells me. I make people feel better. Is that the same as helping them?',
          es: 'Kade me pidió los teléfonos de todos los pacientes desde la primavera. Se los di sin preguntar para qué. Ahora más gente nos llama, preocupada: ¿es normal el amarillo? ¿Bajará el bulto? Repito lo que me dice Elena. Hago que la gente se sienta mejor. ¿Es lo mismo que ayudarla?',
        },
        full: {
          en: 'Kade asked me for the contact details of everyone treated since spring. I gave them to him without asking why, and I know now that was a question I should have asked. I see him in the break room after hours, with his paper notebook, his reading glasses and a stack of printouts highlighted in three colours. He looks tired and, for the first time since I’ve known him, awake. The follow-up calls have changed too. More people ring back than before. They start politely, then ask whether the yellow is normal, whether the bump will go down. I tell them what Elena tells me to tell them. I’m good at making people feel better. I’m starting to wonder whether that’s the same as helping them.',
          es: 'Kade me pidió los datos de contacto de todos los pacientes tratados desde la primavera. Se los di sin preguntar para qué, y ahora sé que esa pregunta tendría que haberla hecho. Lo veo en la sala de descanso al final de la jornada, con su cuaderno de papel, sus gafas de leer y un montón de impresiones subrayadas en tres colores. Parece cansado y, por primera vez desde que lo conozco, despierto. Las llamadas de seguimiento también han cambiado. Ahora más gente devuelve la llamada. Empiezan con educación y luego preguntan si el amarillo es normal, si el bulto va a bajar. Les digo lo que Elena me dice que les diga. Se me da bien hacer que la gente se sienta mejor. Empiezo a preguntarme si eso es lo mismo que ayudarla.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'Eleven complaints in two thousand treatments: a rate any regulator would envy. That is what I told the board. What I left out of the report: the complaints come in families. Two siblings filed on the same day. I let Kade read the records. I was sure he would find nothing.',
          es: 'Once quejas en dos mil tratamientos: una tasa que cualquier regulador envidiaría. Eso le dije al consejo. Lo que dejé fuera del informe: las quejas llegan por familias. Dos hermanos reclamaron el mismo día. Dejé que Kade leyera los historiales. Estaba segura de que no encontraría nada.',
        },
        full: {
          en: 'Complaints are the price of success; every director learns that in her first year. Eleven unhappy patients out of nearly two thousand treated is a rate any regulator would envy. I said as much to the board, and I believed it. What I did not say is that the complaints are not random. They come in families: last week two siblings filed on the same day. I noticed, and put the thought somewhere I would not have to look at it. I also noticed Kade requesting records, and I allowed it, because he is thorough and because, frankly, I assumed he would find nothing. An old dentist with a notebook. I should have remembered that thorough people are exactly the ones who find things.',
          es: 'Las quejas son el precio del éxito; toda directora lo aprende en su primer año. Once pacientes descontentos entre casi dos mil tratados es una tasa que cualquier regulador envidiaría. Así se lo dije al consejo, y lo creía. Lo que no dije es que las quejas no son aleatorias. Llegan por familias: la semana pasada, dos hermanos presentaron la suya el mismo día. Me di cuenta y guardé la idea en un rincón donde no tuviera que mirarla. También vi que Kade pedía historiales, y lo permití, porque es meticuloso y porque, sinceramente, di por hecho que no encontraría nada. Un dentista viejo con un cuaderno. Debí recordar que los meticulosos son precisamente los que encuentran cosas.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'The genes are real, but in real life they only work while a tooth is forming, so no machine could misread them later.',
        es: 'Los genes son reales, pero en la vida real solo actúan mientras se forma el diente, así que ninguna máquina podría leerlos mal después.',
      },
      detail: {
        en: 'Fiction: nanobots misreading the body’s enamel signals. Science: the genes are real. Variants in AMELX, ENAM, MMP20, KLK4 and FAM83H cause amelogenesis imperfecta, in which enamel forms thin, pitted, soft or discoloured (Smith et al. 2017; Wright 2006). MMP20 acts while the enamel matrix is laid down, KLK4 while it matures (Smith et al. 2017). These genes work only in the ameloblasts, the cells that form enamel, and those cells are gone once a tooth has erupted (Smith et al. 2017). So in real life nothing is left for a machine to misread in an adult mouth: that part of the story is fiction.',
        es: 'Ficción: unos nanobots que leen mal las señales con las que el cuerpo forma el esmalte. Ciencia: los genes son reales. Las variantes en AMELX, ENAM, MMP20, KLK4 y FAM83H causan amelogénesis imperfecta, en la que el esmalte se forma fino, con hoyuelos, blando o con cambios de color (Smith et al. 2017; Wright 2006). MMP20 actúa mientras se deposita la matriz del esmalte, y KLK4 mientras madura (Smith et al. 2017). Estos genes solo trabajan en los ameloblastos, las células que forman el esmalte, y esas células desaparecen cuando el diente sale (Smith et al. 2017). Así que en la vida real no queda nada que una máquina pueda leer mal en una boca adulta: esa parte de la historia es ficción.',
      },
      sources: ['smith-2017', 'wright-2006'],
    },
  },

  // 5 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'dismissed',
    beat: 'dismissed',
    lead: 'elena',
    scenario: 'ivy',
    span: { from: 50, to: 80 },
    title: { en: 'A relic of the past', es: 'Una reliquia del pasado' },
    summary: {
      en: 'Kade brings his findings to Elena and Mateo. They do not want to hear them.',
      es: 'Kade les lleva sus hallazgos a Elena y a Mateo. No quieren oírlos.',
    },
    perspectives: [
      {
        character: 'elena',
        short: {
          en: 'Kade brought me eleven cases and asked us to test every patient’s genes first. I said eleven complaints is a list, not a study. I made a cruel joke about his drill, and Mateo laughed. That night I checked Ivy’s colour curve three times. I didn’t believe it.',
          es: 'Kade me trajo once casos y nos pidió que analizáramos antes los genes de cada paciente. Le dije que once quejas son una lista, no un estudio. Hice un chiste cruel sobre su fresa, y Mateo se rio. Esa noche revisé tres veces la curva de color de Ivy. No la creí.',
        },
        full: {
          en: 'Kade came to my lab with a folder and the face of a man breaking bad news at a funeral. I let him finish; that was the courtesy I owed a colleague. Then I did what any reviewer would do: eleven cases, no controls, patients he chose himself because they had complained. That is not a study. It is a list. Screening before every treatment would mean months of delay and a public admission of a risk I had not seen. I said he had spent his career drilling holes and now resented a machine that made them unnecessary. It was a cruel line. It was also beside the point, or so I decided. His data were weak. That night I reran Ivy Liu’s colour curve three times. It came out the same each time, and each time I found a reason not to believe it.',
          es: 'Kade vino a mi laboratorio con una carpeta y la cara de quien da malas noticias en un funeral. Le dejé terminar; era la cortesía que le debía a un colega. Luego hice lo que haría cualquier revisor: once casos, sin grupo de control, pacientes elegidos por él mismo porque se habían quejado. Eso no es un estudio. Es una lista. Analizar los genes antes de cada tratamiento supondría meses de retraso y reconocer en público un riesgo que yo no había visto. Le dije que se había pasado la vida haciendo agujeros con la fresa y que ahora le molestaba una máquina que los volvía innecesarios. Fue una frase cruel. Y también irrelevante, o eso decidí. Sus datos eran débiles. Esa noche volví a calcular tres veces la curva de color de Ivy Liu. Salió igual las tres veces, y las tres encontré un motivo para no creerla.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'I showed Elena my findings and asked for one thing: a ten-minute gene test before each treatment. She called my thinking thirty years out of date. Mateo laughed. I knew I was right, and it wasn’t enough. So that night I wrote to the eleven patients and told them what their genes said.',
          es: 'Le enseñé a Elena mis hallazgos y pedí una sola cosa: un análisis genético de diez minutos antes de cada tratamiento. Dijo que mi forma de pensar llevaba treinta años de retraso. Mateo se rio. Sabía que tenía razón, y no bastaba. Así que esa noche escribí a los once pacientes y les conté lo que decían sus genes.',
        },
        full: {
          en: 'I laid it out on the table in Elena’s lab: eleven patients, eleven genomes, two clean groups, and a photo of Ivy Liu’s molar that I had asked her permission to bring. I had rehearsed. I kept my voice level. I asked for one thing only: screen the genes before you treat. A cheek swab. Ten minutes. Elena listened with her arms folded, then explained, very politely, why my sample was too small, my controls were missing and my thinking was thirty years out of date. Mateo laughed at one of her lines, the one about drills. He looked sorry straight afterwards, but he laughed. I packed up my printouts. In the corridor I noticed I was shaking. Not from shame. From knowing I was right, and that it wasn’t enough. That night I wrote to each of the eleven, in plain words, what I had found in their own genes. It was their data, and their teeth.',
          es: 'Lo puse todo sobre la mesa del laboratorio de Elena: once pacientes, once genomas, dos grupos bien definidos y una foto de la muela de Ivy Liu que le había pedido permiso para traer. Lo había ensayado. Mantuve la voz firme. Pedí una sola cosa: analizar los genes antes de tratar. Un frotis bucal. Diez minutos. Elena escuchó con los brazos cruzados y luego me explicó, con mucha educación, por qué mi muestra era demasiado pequeña, me faltaban controles y mi forma de pensar llevaba treinta años de retraso. Mateo se rio de una de sus frases, la de las fresas. Justo después pareció arrepentido, pero se rio. Recogí mis papeles. En el pasillo me di cuenta de que temblaba. No de vergüenza. De saber que tenía razón y que no bastaba. Esa noche escribí a cada uno de los once, con palabras sencillas, lo que había encontrado en sus propios genes. Eran sus datos, y sus dientes.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'I laughed. Elena made a joke about drills, and I laughed to keep the peace. Kade looked at me, only me, for one second. That evening a mother called: her daughter’s new tooth had a ridge. I told her to wait. I hate that I told her to wait.',
          es: 'Me reí. Elena hizo un chiste sobre fresas y me reí para que no hubiera pelea. Kade me miró a mí, solo a mí, un segundo. Esa tarde llamó una madre: el diente nuevo de su hija tenía una cresta. Le dije que esperara. Odio haberle dicho que esperara.',
        },
        full: {
          en: 'I laughed. I want to be honest about that, because it’s the part I keep replaying. Elena made a joke about drills and I laughed, the way you laugh at a family dinner to keep the peace. Kade looked at me, not at her. Just for a second. Then he gathered his papers and thanked us for our time, like a patient leaving a consultation that went badly. Afterwards Elena said, “He means well, he just can’t let go.” I agreed. I believed the machines were the future and Kade was the past, and that it was kinder not to encourage him. That evening I took a call from a woman whose daughter’s new tooth had a ridge on it. I told her to wait. I hate that I told her to wait.',
          es: 'Me reí. Quiero admitirlo sin rodeos, porque es la parte que no dejo de repetir en mi cabeza. Elena hizo un chiste sobre fresas y me reí, como te ríes en una cena familiar para que no haya pelea. Kade me miró a mí, no a ella. Solo un segundo. Luego recogió sus papeles y nos dio las gracias por nuestro tiempo, como un paciente que sale de una consulta que ha ido mal. Después, Elena dijo: «Tiene buena intención, pero no sabe soltar». Le di la razón. Yo creía que las máquinas eran el futuro y Kade el pasado, y que lo más amable era no darle alas. Esa tarde atendí la llamada de una mujer cuya hija tenía una cresta en el diente nuevo. Le dije que esperara. Odio haberle dicho que esperara.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'Elena sent me Kade’s folder: “Nothing actionable.” I asked the lawyers what telling the public would cost, and finance what a pause would cost. Nobody costed what waiting would do to the patients. I wrote back: “Agreed. Keep monitoring.” Four seconds to type. My most expensive email.',
          es: 'Elena me mandó la carpeta de Kade: «Nada que requiera acción». Pregunté a los abogados cuánto costaría informar al público, y a finanzas cuánto costaría una pausa. Nadie calculó qué daño les haría la espera a los pacientes. Contesté: «De acuerdo. Sigue vigilando». Cuatro segundos para escribirlo. Mi correo más caro.',
        },
        full: {
          en: 'Elena forwarded Kade’s folder to me with a single line: “For your files. Nothing actionable.” I read it on the train home. Then I read it again. I am no geneticist, but I have read enough investor reports to recognise a pattern someone is trying not to see, and this was one. I did three things. I asked our lawyers what disclosure would cost us. I asked finance what a pause would cost us. I did not ask anyone what waiting would cost the patients, because I was afraid of the answer. Then I wrote back to Elena: “Agreed. Keep monitoring.” It took me four seconds to type. It is the most expensive email I have ever sent, and at the time it felt like prudence.',
          es: 'Elena me reenvió la carpeta de Kade con una sola línea: «Para tu archivo. Nada que requiera acción». La leí en el tren de vuelta a casa. Y la volví a leer. No soy genetista, pero he leído suficientes informes para inversores como para reconocer un patrón que alguien intenta no ver, y este lo era. Hice tres cosas. Pregunté a los abogados cuánto nos costaría informar. Pregunté a finanzas cuánto nos costaría una pausa. No pregunté a nadie cuánto les costaría esperar a los pacientes, porque me daba miedo la respuesta. Luego le contesté a Elena: «De acuerdo. Sigue vigilando». Tardé cuatro segundos en escribirlo. Es el correo más caro que he enviado nunca, y en aquel momento me pareció prudencia.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Differences in these genes run in families, and some people carry one without it showing at all.',
        es: 'Las diferencias en estos genes se heredan, y hay quien lleva una sin que se note nada.',
      },
      detail: {
        en: 'Fiction: a ten-minute cheek-swab screen for a nanobot risk, and bots that go wrong with a single copy of a variant. Science: amelogenesis imperfecta runs in families, and how it is inherited depends on the gene: AMELX is X-linked, FAM83H dominant, MMP20 and KLK4 recessive, and ENAM either dominant or recessive (Smith et al. 2017). Only a recessive variant can be carried silently: with one copy of an MMP20, KLK4 or recessive ENAM variant, the teeth look normal (Smith et al. 2017).',
        es: 'Ficción: un análisis de diez minutos con un frotis bucal para detectar el riesgo de los nanobots, y unos bots que fallan con una sola copia de una variante. Ciencia: la amelogénesis imperfecta es hereditaria, y su forma de herencia depende del gen: AMELX está ligado al cromosoma X, FAM83H es dominante, MMP20 y KLK4 son recesivos, y ENAM puede ser dominante o recesivo (Smith et al. 2017). Solo una variante recesiva puede portarse sin que se note: con una copia de una variante de MMP20, de KLK4 o recesiva de ENAM, los dientes parecen normales (Smith et al. 2017).',
      },
      sources: ['smith-2017'],
    },
  },

  // 6 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'public-display',
    beat: 'public-display',
    lead: 'ivy',
    scenario: 'ivy',
    span: { from: 50, to: 80 },
    title: { en: 'The gala', es: 'La gala' },
    summary: {
      en: 'Ivy Liu takes the stage at the sports awards, smiles on purpose, and the press turns on the clinic.',
      es: 'Ivy Liu sube al escenario de los premios deportivos, sonríe a propósito y la prensa se vuelve contra la clínica.',
    },
    perspectives: [
      {
        character: 'ivy',
        short: {
          en: 'At the sports awards I smiled as wide as I could. My scan filled the screen behind me: brown patches on my new enamel. Then I read out Kade’s letter about the genes. I’m not angry with science. I’m angry that I got comfort instead of answers.',
          es: 'En los premios deportivos sonreí todo lo que pude. Mi escáner llenaba la pantalla de detrás: manchas marrones en mi esmalte nuevo. Luego leí en voz alta la carta de Kade sobre los genes. No estoy enfadada con la ciencia. Estoy enfadada porque me dieron consuelo en lugar de respuestas.',
        },
        full: {
          en: 'They gave me player of the year and two minutes at the microphone. I had a speech about my team. I didn’t give it. I said, “You’ve all been staring at my teeth for a month, so let’s stop pretending,” and I smiled as wide as I could under the lights. Then I put my scan up on the screen behind me, ten metres high, the brown mottling creeping over the cusps. The room went silent. I could hear the cameras. I said I wasn’t angry with science. I was angry that when I asked questions, I got reassurance instead of answers. Then I read out the letter a dentist called Kade had sent me, about my genes and the bots: the only one who had asked me how it felt. Then I walked off and cried in a corridor.',
          es: 'Me dieron el premio a la mejor jugadora del año y dos minutos de micrófono. Tenía preparado un discurso sobre mi equipo. No lo di. Dije: «Llevan un mes mirándome los dientes, así que dejemos de disimular», y sonreí todo lo que pude bajo los focos. Luego proyecté mi escáner en la pantalla de detrás, de diez metros de alto: el moteado marrón avanzando por las cúspides. La sala se quedó en silencio. Se oían las cámaras. Dije que no estaba enfadada con la ciencia. Estaba enfadada porque, cuando hice preguntas, me dieron consuelo en lugar de respuestas. Luego leí en voz alta la carta que me había mandado un dentista llamado Kade, sobre mis genes y los bots: el único que me había preguntado qué sentía. Después me bajé del escenario y lloré en un pasillo.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'Forty million views by midnight. By morning, reporters had found the other patients Kade wrote to and were reading his findings on television. The regulator called. The board came in person, with lawyers. I had been managing a story when I should have been managing a risk.',
          es: 'Cuarenta millones de reproducciones a medianoche. Por la mañana, los periodistas habían encontrado a los otros pacientes a los que escribió Kade y leían sus hallazgos en televisión. Llamó el regulador. El consejo vino en persona, con abogados. Había gestionado un relato cuando tenía que gestionar un riesgo.',
        },
        full: {
          en: 'My phone lit up before Ivy had left the stage. By midnight the clip had forty million views and the headlines had found their shape: “Miracle clinic ignored warnings.” Ivy had read out Kade’s letter; by morning, journalists had found the other patients he had written to and were reading Kade’s findings aloud on breakfast television, more clearly than he had managed to present them to us. The investors called. The regulator called. The board did not call; they came, in person, with lawyers. I stood in my office with the blinds down and understood something I should have understood weeks before. I had been managing a story when I should have been managing a risk. Now the story had decided to manage me.',
          es: 'Mi teléfono se iluminó antes de que Ivy bajara del escenario. A medianoche el vídeo llevaba cuarenta millones de reproducciones y los titulares ya tenían forma: «La clínica milagro ignoró las advertencias». Ivy había leído en voz alta la carta de Kade; por la mañana, los periodistas habían encontrado a los otros pacientes a los que él escribió y leían los hallazgos de Kade en los programas matinales, con más claridad de la que él había logrado al presentárnoslos. Llamaron los inversores. Llamó el regulador. El consejo no llamó: vino en persona, con abogados. Me quedé en mi despacho con las persianas bajadas y entendí algo que debería haber entendido semanas antes. Había estado gestionando un relato cuando tenía que gestionar un riesgo. Ahora el relato había decidido gestionarme a mí.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'I watched alone, on my phone, with the sound off. I knew that molar: I built it. The brown sat exactly where Kade said it would. Reporters called me reckless. The press twists everything, I said to the empty lab. It sounded convincing. I have always sounded convincing.',
          es: 'Lo vi sola, en el teléfono, sin sonido. Conocía esa muela: la construí yo. El marrón estaba justo donde Kade dijo que estaría. Los periodistas me llamaron temeraria. La prensa lo retuerce todo, le dije al laboratorio vacío. Sonó convincente. Siempre he sonado convincente.',
        },
        full: {
          en: 'I watched it alone in the lab, on my phone, with the sound off. I didn’t need the sound. I knew that molar; I had built it. On her scan the mottling sat exactly where the maturation signal should have been clearest: the pattern Kade had described to me, the one I had called a list. Every reporter now put my name beside the word “reckless”. Some of the messages in my inbox were from patients thanking me; I could not read those either. The press distorts everything, I reasoned; one famous case is not a dataset. I said it out loud, to the empty room. It sounded convincing. I have always been able to sound convincing.',
          es: 'Lo vi sola en el laboratorio, en el teléfono, sin sonido. No me hacía falta el sonido. Conocía esa muela: la había construido yo. En su escáner, el moteado estaba justo donde la señal de maduración debería haber sido más clara: el patrón que Kade me había descrito, el que yo había llamado una lista. Ahora todos los periodistas ponían mi nombre junto a la palabra «temeraria». En mi bandeja de entrada había mensajes de pacientes dándome las gracias; tampoco pude leerlos. La prensa lo distorsiona todo, razoné; un caso famoso no es un conjunto de datos. Lo dije en voz alta, a la sala vacía. Sonó convincente. Siempre he sabido sonar convincente.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'Reporters at my door by seven. Had I leaked a report? No. I wrote to the patients I had called, and Ivy chose to read her letter aloud. I told the cameras one thing: if your new teeth have changed, see a dentist who will really look. Don’t panic. Don’t wait.',
          es: 'A las siete tenía periodistas en la puerta. ¿Había filtrado un informe? No. Escribí a los pacientes que había llamado, e Ivy decidió leer su carta en voz alta. A las cámaras les dije una cosa: si sus dientes nuevos han cambiado, vayan a un dentista que los mire de verdad. No se asusten. No esperen.',
        },
        full: {
          en: 'I was asleep when Ivy said my name. My sister woke me with a phone call: “You’re on every screen in the country.” I didn’t want to be. I wanted the patients screened and the people who had been hurt looked after, quietly, by the people who had hurt them. Instead there were reporters at my door by seven, asking whether I had leaked a report. I hadn’t leaked anything: I had written to the patients I had called, and Ivy had chosen to read her letter aloud. I told them so, and then I told them the only thing I cared about: if you’ve had the treatment and your teeth have changed, go to a dentist who will actually look at them. Don’t panic. Don’t wait. It was the first time in my career I had given advice to a camera. I hope somebody listened.',
          es: 'Estaba dormido cuando Ivy dijo mi nombre. Mi hermana me despertó con una llamada: «Sales en todas las pantallas del país». No quería salir. Quería que se analizara a los pacientes y que los afectados recibieran cuidados, sin ruido, de manos de quienes les habían hecho daño. En cambio, a las siete tenía periodistas en la puerta, preguntándome si había filtrado un informe. No había filtrado nada: había escrito a los pacientes a los que había llamado, e Ivy había decidido leer su carta en voz alta. Se lo dije, y luego les dije lo único que me importaba: si se han hecho el tratamiento y sus dientes han cambiado, vayan a un dentista que de verdad se los mire. No se asusten. No esperen. Era la primera vez en mi carrera que le daba un consejo a una cámara. Ojalá alguien escuchara.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'The next morning there were protesters outside and frightened patients inside, holding up their phones to show me their teeth. I did what I always do: names, coffee, a hand on a shoulder. One man said, “You told me it was normal.” I had. I never checked.',
          es: 'A la mañana siguiente había manifestantes fuera y pacientes asustados dentro, enseñándome los dientes en el móvil. Hice lo de siempre: nombres, café, una mano en el hombro. Un hombre me dijo: «Usted me dijo que era normal». Se lo había dicho. Nunca lo comprobé.',
        },
        full: {
          en: 'I watched the gala from the front desk with the night cleaner, and when Ivy’s scan came up on the big screen he said, “Isn’t that one of ours?” I couldn’t answer. A month ago Ivy signed my scrub top; it’s still in my locker. The next morning there were protesters outside and a queue of patients inside, frightened, holding their phones up to show me their teeth. I did what I always do: names, coffee, a hand on a shoulder. But for the first time the charm felt like a trick. One man said, “You told me it was normal.” He was right. I had. I’d said it twenty times that month, and not once had I checked.',
          es: 'Vi la gala desde el mostrador con el limpiador del turno de noche, y cuando el escáner de Ivy apareció en la pantalla gigante, él me dijo: «¿Esa no es de las nuestras?». No supe qué contestar. Hace un mes Ivy me firmó el uniforme; sigue en mi taquilla. A la mañana siguiente había manifestantes fuera y una fila de pacientes dentro, asustados, enseñándome los dientes en la pantalla del teléfono. Hice lo de siempre: nombres, café, una mano en el hombro. Pero por primera vez el encanto me pareció un truco. Un hombre me dijo: «Usted me dijo que era normal». Tenía razón. Se lo había dicho. Lo había dicho veinte veces ese mes, y ni una sola vez lo había comprobado.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Amelogenesis imperfecta is a real condition that dentists can treat; the nanobots that cause it here are invented.',
        es: 'La amelogénesis imperfecta es una enfermedad real que los dentistas pueden tratar; los nanobots que aquí la causan son inventados.',
      },
      detail: {
        en: 'Fiction: the gala, the scan on the big screen, every patient in this story, and enamel spoiled by nanobots. Science: amelogenesis imperfecta is real and treatable; it affects between about 1 in 700 and 1 in 14,000 people, depending on the population (Crawford et al. 2007). In its hypomaturation form (MMP20, KLK4), enamel reaches normal thickness but stays soft and mottled, creamy-yellow to brown; in its hypocalcified form (FAM83H), enamel is chalky and wears away (Smith et al. 2017). The amber-to-brown mottling on the tooth in this app follows that description.',
        es: 'Ficción: la gala, el escáner en la pantalla gigante, todos los pacientes de esta historia y un esmalte estropeado por nanobots. Ciencia: la amelogénesis imperfecta es real y tiene tratamiento; afecta a entre 1 de cada 700 y 1 de cada 14.000 personas, aproximadamente, según la población (Crawford et al. 2007). En su forma hipomadura (MMP20, KLK4), el esmalte alcanza un grosor normal pero queda blando y moteado, de amarillo crema a marrón; en su forma hipocalcificada (FAM83H), el esmalte es calizo y se desgasta (Smith et al. 2017). El moteado ámbar a marrón que ves en la muela de esta aplicación sigue esa descripción.',
      },
      sources: ['crawford-2007', 'smith-2017'],
    },
  },
  // 7 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'meeting',
    beat: 'meeting',
    lead: 'almasi',
    scenario: 'young-patient',
    span: { from: 0, to: 40 },
    title: { en: 'Halt or research', es: 'Parar o investigar' },
    summary: {
      en: 'Upstairs, the staff argue about halting Tooth Rebirth. Down the corridor, the treatments go on.',
      es: 'Arriba, el equipo discute si detener Tooth Rebirth. Al fondo del pasillo, los tratamientos continúan.',
    },
    perspectives: [
      {
        character: 'almasi',
        short: {
          en: 'Two options, and I liked neither. Halt, and we admit fault and may lose the clinic. Continue while we research, and every new patient joins an experiment they never agreed to. Kade asked for both: the machines, with checks and questions. I chose research without halting. The minutes called it a compromise.',
          es: 'Dos opciones, y no me gustaba ninguna. Si paramos, admitimos la culpa y quizá perdemos la clínica. Si seguimos mientras investigamos, cada paciente nuevo entra en un experimento que nunca aceptó. Kade pidió las dos cosas: las máquinas, con controles y preguntas. Elegí investigar sin detener los tratamientos. El acta lo llamó un término medio.',
        },
        full: {
          en: 'I opened the meeting with the only honest sentence I had prepared: “We have two options, and I don’t like either.” Halt the procedure, and we admit fault, fail the licence review, perhaps lose the clinic. Keep treating while we research, and every patient we treat becomes part of an experiment they never signed up for. Elena wanted to continue. Kade wanted to stop, and then surprised us all. He didn’t want to abolish the technology; he wanted to marry it to the old discipline. Screen first, look often, ask the patient. I heard wisdom in it. I also heard a year of delays. I chose research without halting the treatments. The minutes called it a compromise. It was a postponement with a nicer name.',
          es: 'Abrí la reunión con la única frase sincera que había preparado: «Tenemos dos opciones y no me gusta ninguna». Si paramos el procedimiento, admitimos la culpa, no superamos la revisión de la licencia y quizá perdemos la clínica. Si seguimos tratando mientras investigamos, cada paciente que atendamos pasa a formar parte de un experimento que nunca firmó. Elena quería continuar. Kade quería parar, y luego nos sorprendió a todos. No quería abolir la tecnología: quería unirla a la disciplina de siempre. Analizar primero, mirar a menudo, preguntar al paciente. Oí sabiduría en eso. También oí un año de retrasos. Elegí investigar sin detener los tratamientos. El acta lo llamó un término medio. Era un aplazamiento con un nombre más bonito.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'I am not against the bots. They fill a hole in a tooth better than my drill ever did. But a machine that cannot see a person should never work alone. Test the genes first. Stop and look during treatment. Ask how it feels. Kindness keeps technology honest.',
          es: 'No estoy en contra de los bots. Rellenan un agujero en una muela mejor que mi fresa. Pero una máquina que no puede ver a una persona no debería trabajar sola. Analizad antes los genes. Parad a mirar durante el tratamiento. Preguntad al paciente cómo lo nota. La amabilidad mantiene honesta a la tecnología.',
        },
        full: {
          en: 'I didn’t go in to win. I went in to say one thing clearly, in front of everyone, so that nobody could say later it hadn’t been said. I told them I’m not their enemy. I don’t want the bots gone; I’ve seen what they do for a lesion in a fissure, and it’s better than anything my drill ever did. But a machine that cannot see a person should never work alone. Screen the genes before you start. Stop during the treatment and look, with your own eyes and with the patient’s. Ask how it feels. Empathy isn’t the opposite of technology; it’s what keeps technology honest. Elena said retraction would destroy eleven years of work. I said the work was never the point.',
          es: 'No entré para ganar. Entré para decir una cosa con claridad, delante de todos, para que nadie pudiera decir después que no se había dicho. Les dije que no soy su enemigo. No quiero que desaparezcan los bots; he visto lo que hacen con una lesión en una fisura, y es mejor que todo lo que hizo nunca mi fresa. Pero una máquina que no puede ver a una persona no debería trabajar sola. Analizad los genes antes de empezar. Parad durante el tratamiento y mirad, con vuestros propios ojos y con los del paciente. Preguntad al paciente cómo lo nota. La empatía no es lo contrario de la tecnología; es lo que la mantiene honesta. Elena dijo que retirarlo destruiría once años de trabajo. Yo dije que el trabajo nunca fue lo importante.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'Stopping Tooth Rebirth would not be a pause. It would be a verdict on eleven years of work. I said the problem was small and I could fix the software in a month. While we argued, room two was treating a boy with my procedure. I chose not to think about it.',
          es: 'Parar Tooth Rebirth no sería una pausa. Sería un veredicto sobre once años de trabajo. Dije que el problema era pequeño y que podía arreglar el software en un mes. Mientras discutíamos, en la sala dos trataban a un chico con mi procedimiento. Decidí no pensar en ello.',
        },
        full: {
          en: 'Retraction is not a pause. It is a verdict. The moment we withdraw Tooth Rebirth, every paper I have written becomes a cautionary tale, every patient it helped becomes a lucky accident, and the next person who tries to grow enamel will be laughed out of the room. I said that, and I meant it. I said the cases were a small fraction, that the fix was in the software, that I could retrain the swarm’s colour model in a month. Kade talked about mirrors and conversations as if they were engineering. I told him empathy does not scale. Mateo would not meet my eyes. While we argued, treatment room two was running my procedure on a boy who had waited months for it. I knew that. I chose not to think about it.',
          es: 'Retirar el procedimiento no es una pausa. Es un veredicto. En cuanto retiremos Tooth Rebirth, cada artículo que he escrito se convertirá en una advertencia, cada paciente al que ayudó pasará a ser un golpe de suerte, y a la próxima persona que intente hacer crecer esmalte la echarán de la sala entre risas. Lo dije, y lo pensaba de verdad. Dije que los casos eran una fracción pequeña, que la solución estaba en el software, que en un mes podía reentrenar el modelo de color del enjambre. Kade hablaba de espejos y conversaciones como si eso fuera ingeniería. Le dije que la empatía no es escalable. Mateo no me miraba a los ojos. Mientras discutíamos, en la sala dos se aplicaba mi procedimiento a un chico que llevaba meses esperándolo. Lo sabía. Decidí no pensar en ello.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'I left the meeting for room two. A boy in Ivy’s number nine shirt wanted to be brave like her. I should have told him to wait. Nobody had told me I could. I held his hand and watched his face, and I told myself that was care.',
          es: 'Salí de la reunión para ir a la sala dos. Un chico con la camiseta del número nueve de Ivy quería ser valiente como ella. Debería haberle dicho que esperara. Nadie me había dicho que podía. Le di la mano, no le quité los ojos de la cara y me dije que eso era cuidar.',
        },
        full: {
          en: 'I was in that meeting for the first twenty minutes, and then I left, because I had a patient in room two: a boy who had been on the list since before Ivy’s gala and refused to cancel. He was wearing her shirt, number nine. He said she had been brave and he wanted to be brave too. I told him about the bots, the shy ones, and he laughed, and his mother thanked me for taking the time. I should have told him to wait. Nobody had told me I could. The meeting hadn’t decided anything, so the schedule decided for us. I held his hand while the swarm went in, I kept my eyes on his face instead of the screen, and I told myself that was care.',
          es: 'Estuve en esa reunión los primeros veinte minutos y luego me fui, porque tenía un paciente en la sala dos: un chico que estaba en lista de espera desde antes de la gala de Ivy y se negó a cancelar. Llevaba su camiseta, el número nueve. Dijo que ella había sido valiente y que él también quería serlo. Le hablé de los bots, los tímidos, y se rio, y su madre me agradeció que le dedicara tiempo. Debería haberle dicho que esperara. Nadie me había dicho que podía hacerlo. La reunión no había decidido nada, así que decidió la agenda. Le di la mano mientras entraba el enjambre, mantuve la vista en su cara en lugar de en la pantalla, y me dije que eso era cuidar.',
        },
      },
      {
        character: 'young-patient',
        short: {
          en: 'Everyone at school said I was mad, but Ivy Liu had it done, so I did too. On the screen the bots looked like tiny fish swimming into the dark cracks on top of my tooth. It didn’t hurt. It felt warm. Mateo printed me two pictures.',
          es: 'En el colegio todos decían que estaba loco, pero a Ivy Liu se lo hicieron, así que yo también. En la pantalla los bots parecían pececitos entrando en las grietas oscuras de arriba de mi muela. No dolió. Se notaba calentito. Mateo me imprimió dos fotos.',
        },
        full: {
          en: 'Everyone at school said I was mad because of the news, but Ivy Liu had it done and she said she wasn’t angry with science, so I’m not either. I’ve been on the list for five months. I want to be a dentist, actually, or a striker, I haven’t decided. Mateo says the bots are shy, so I didn’t talk at all, so they’d come out. On the screen they looked like a shoal of tiny fish swimming into the dark cracks on top of my tooth, and the chalky patches got smaller and smaller. It didn’t hurt. It felt warm, like drinking hot chocolate with your mouth open. When it was finished I asked if I could keep a picture. Mateo printed me two.',
          es: 'En el colegio todos decían que estaba loco por lo de las noticias, pero a Ivy Liu se lo hicieron y ella dijo que no estaba enfadada con la ciencia, así que yo tampoco. Llevo cinco meses en la lista. De mayor quiero ser dentista, o delantero, todavía no lo he decidido. Mateo dice que los bots son tímidos, así que no dije ni una palabra, para que salieran. En la pantalla parecían un banco de pececitos entrando en las grietas oscuras de arriba de mi muela, y las manchas blanquecinas se hacían cada vez más pequeñas. No dolió. Se notaba calentito, como beber chocolate caliente con la boca abierta. Al terminar pregunté si podía quedarme una foto. Mateo me imprimió dos.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Tooth decay in back teeth really does start mostly in the grooves of the chewing surface.',
        es: 'La caries de las muelas empieza de verdad sobre todo en los surcos de la cara con la que masticamos.',
      },
      detail: {
        en: 'Fiction: the meeting, the clinic and its choices. Science: the lesion being filled here is the kind dentists find first in molars. Decay in molars starts mostly in the pits and fissures of the chewing surface, and an early lesion, a “white spot”, looks chalky because porous enamel scatters more light (Fejerskov et al., Dental Caries). Enamel starts to lose mineral when the pH at its surface falls below 5.5 (Fejerskov et al., Dental Caries).',
        es: 'Ficción: la reunión, la clínica y sus decisiones. Ciencia: la lesión que se rellena aquí es de las que los dentistas encuentran primero en las muelas. En los molares, la caries empieza sobre todo en las fosas y fisuras de la cara de masticación, y una lesión temprana, una «mancha blanca», se ve blanquecina y opaca porque el esmalte poroso dispersa más la luz (Fejerskov et al., Dental Caries). El esmalte empieza a perder mineral cuando el pH de su superficie baja de 5,5 (Fejerskov et al., Dental Caries).',
      },
      sources: ['fejerskov'],
    },
  },

  // 8 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'young-patient',
    beat: 'young-patient',
    lead: 'young-patient',
    scenario: 'young-patient',
    span: { from: 40, to: 80 },
    title: { en: 'Tears in room two', es: 'Lágrimas en la sala dos' },
    summary: {
      en: 'Weeks later the boy comes back, frightened, and Elena sees her work through his eyes.',
      es: 'Semanas después, el chico vuelve asustado, y Elena ve su obra con los ojos de él.',
    },
    perspectives: [
      {
        character: 'young-patient',
        short: {
          en: 'First a tiny bump my tongue kept finding. Then a wall, and the tooth around it went yellow, like old piano keys. My teeth didn’t close properly any more. At the clinic I had practised being fine. Then the lady who invented it looked at my scan, and I started crying.',
          es: 'Primero un bultito que mi lengua encontraba todo el rato. Luego un muro, y el diente de alrededor se puso amarillo, como las teclas de un piano viejo. Los dientes ya no me cerraban bien. En la clínica había ensayado poner buena cara. Entonces la señora que lo inventó miró mi escáner, y me eché a llorar.',
        },
        full: {
          en: 'It started as a tiny bump my tongue kept finding. Then it was a wall, and the tooth around it went yellowy, like old piano keys. Then my tooth didn’t close properly on the others, and biting an apple felt like biting with somebody else’s mouth. I didn’t tell Mum for two weeks, because she’d said it was a risk and I’d said it wasn’t. Then at training I took a ball in the face, nothing bad, and I was more scared for my tooth than my nose. At the clinic I was going to be fine. I’d practised being fine. But the lady who invented it came in and looked at my scan and her face went a funny colour, and then I couldn’t stop crying. I’m sorry. I said sorry a lot.',
          es: 'Empezó como un bultito que mi lengua encontraba todo el rato. Luego fue un muro, y el diente de alrededor se puso amarillento, como las teclas de un piano viejo. Luego la muela ya no encajaba bien con las otras, y morder una manzana era como morder con la boca de otra persona. Tardé dos semanas en decírselo a mi madre, porque ella había dicho que era un riesgo y yo le había dicho que no. Luego en el entrenamiento me dieron un balonazo en la cara, nada grave, y me asusté más por la muela que por la nariz. En la clínica iba a poner buena cara. Lo había ensayado. Pero entró la señora que lo inventó, miró mi escáner y se le puso la cara de un color raro, y entonces ya no pude parar de llorar. Perdón. Pedí perdón muchas veces.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'A shape warning at a follow-up: one more case for the data, I thought. Then I saw him. Thirteen, in a football shirt too big for him, apologising to me. My enamel had grown a ridge on his tooth. I had measured everything except his fear. I sat down on the floor.',
          es: 'Un aviso de forma en una revisión: un caso más para los datos, pensé. Entonces lo vi. Trece años, una camiseta de fútbol que le quedaba grande, pidiéndome perdón. Mi esmalte le había hecho crecer una cresta en la muela. Lo había medido todo menos su miedo. Me senté en el suelo.',
        },
        full: {
          en: 'I went to room two to look at a scan. That was my reason: a shape deviation flagged at a follow-up, one more case for the dataset. Then I saw him. Thirteen, in a football shirt two sizes too big, apologising to me. On the screen my enamel had grown a ridge along his cusp, a tenth of a millimetre and rising, exactly where his genome had told the swarm something wrong and the swarm had believed it. I have spent my life trusting measurements over feelings, because feelings lie. But I had measured everything except this: a child afraid of his own mouth because of something I made. I sat down on the floor of the surgery. I could not think of anything else to do.',
          es: 'Fui a la sala dos a mirar un escáner. Ese era el motivo: una desviación de forma marcada en una revisión, un caso más para los datos. Entonces lo vi. Trece años, una camiseta de fútbol dos tallas más grande, pidiéndome perdón a mí. En la pantalla, mi esmalte le había hecho crecer una cresta a lo largo de la cúspide, una décima de milímetro y subiendo, justo donde su genoma le había dicho al enjambre algo equivocado y el enjambre se lo había creído. Me he pasado la vida confiando más en las mediciones que en los sentimientos, porque los sentimientos mienten. Pero lo había medido todo menos esto: un niño con miedo de su propia boca por algo que hice yo. Me senté en el suelo de la consulta. No se me ocurrió otra cosa.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'He came in still wearing the number nine shirt. I crouched down and realised every joke I had was a trick. So I told him the truth: something went wrong, it wasn’t his fault, and we would not leave him alone with it. Then Elena sat on the floor beside him.',
          es: 'Llegó todavía con la camiseta del número nueve. Me agaché y me di cuenta de que todos mis chistes eran un truco. Así que le dije la verdad: algo había salido mal, no era culpa suya y no íbamos a dejarlo solo con esto. Entonces Elena se sentó en el suelo a su lado.',
        },
        full: {
          en: 'His mother rang to say he had been crying in his room and wouldn’t open his mouth for her. When they arrived he was still wearing the number nine shirt. I crouched down to his level, the way I always do, and realised I had nothing to say that wasn’t a trick. No jokes about shy bots. So I told him the truth: that something had gone wrong, that it wasn’t his fault, and that we would not leave him alone with it. Then Elena came in and looked at the screen, and her face went white, and she sat down on the floor next to him. I’ve worked beside her for six years. I had never seen her sit on a floor.',
          es: 'Su madre llamó para decir que había estado llorando en su habitación y que no quería abrir la boca para que ella lo viera. Cuando llegaron, seguía con la camiseta del número nueve. Me agaché a su altura, como hago siempre, y me di cuenta de que no tenía nada que decirle que no fuera un truco. Nada de chistes sobre bots tímidos. Así que le dije la verdad: que algo había salido mal, que no era culpa suya y que no íbamos a dejarlo solo con esto. Entonces entró Elena, miró la pantalla, se quedó pálida y se sentó en el suelo a su lado. Llevo seis años trabajando con ella. Nunca la había visto sentarse en el suelo.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'I knelt by the chair with my mirror and asked if I could look. The ridge ran along one cusp, hard and shiny. His jaw ached from biting around it. I held the mirror so he could see what I saw. “It’s real, it’s small, and we will fix it.”',
          es: 'Me arrodillé junto al sillón con mi espejo y le pregunté si podía mirar. La cresta recorría una cúspide, dura y brillante. Le dolía la mandíbula de morder esquivándola. Sujeté el espejo para que viera lo que yo veía. «Es real, es pequeña y la vamos a arreglar».',
        },
        full: {
          en: 'Mateo came to fetch me, which he had never done before. I brought my mirror, knelt by the chair and asked the boy whether I could look. He nodded. The ridge ran along the mesiobuccal cusp, smooth and hard, catching the light. He had been biting around it for weeks, and his jaw ached from it. Nothing a screen could have told you. I showed him in the hand mirror, held it so he could see exactly what I saw, and said, “It’s real, it’s small, and we will find a way to fix it.” I meant every word, even the one I couldn’t yet promise. Across the room Elena was still sitting on the floor, watching me work. For once she said nothing.',
          es: 'Mateo vino a buscarme, algo que nunca había hecho. Cogí mi espejo, me arrodillé junto al sillón y le pregunté al chico si podía mirar. Asintió. La cresta recorría la cúspide mesiovestibular, lisa y dura, atrapando la luz. Llevaba semanas mordiendo como podía para esquivarla y le dolía la mandíbula. Nada que una pantalla pudiera contarte. Se la enseñé con el espejo de mano, sujetándolo para que viera exactamente lo que veía yo, y le dije: «Es real, es pequeña y vamos a encontrar la forma de arreglarla». Lo dije en serio, palabra por palabra, incluso la que todavía no podía prometer. Al otro lado de la sala, Elena seguía sentada en el suelo, mirándome trabajar. Por una vez, no dijo nada.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'A tenth of a millimetre sounds tiny, but it is a twentieth of the enamel over a cusp, and a tongue can feel it.',
        es: 'Una décima de milímetro parece muy poco, pero es la vigésima parte del esmalte de una cúspide, y la lengua lo nota.',
      },
      detail: {
        en: 'Fiction: a ridge of enamel grown by nanobots, and variants that stayed hidden until the bots met them. Science: enamel is thin, up to about 2–2.5 mm over a molar’s cusps, thinning to a knife edge at the cervical line (Ten Cate’s Oral Histology). A mandibular first molar has five cusps and a crown about 7.5 mm tall and 11 mm wide (Wheeler’s Dental Anatomy), so a small change of shape can change how the teeth meet. In real life, a boy with an AMELX variant, or anyone with a dominant FAM83H variant, would already have unusual enamel on his natural teeth (Smith et al. 2017).',
        es: 'Ficción: una cresta de esmalte construida por nanobots, y unas variantes que siguieron ocultas hasta que los bots dieron con ellas. Ciencia: el esmalte es delgado, hasta unos 2–2,5 mm sobre las cúspides de una muela, y se afina hasta un filo en la línea cervical (Ten Cate’s Oral Histology). El primer molar inferior tiene cinco cúspides y una corona de unos 7,5 mm de alto y 11 mm de ancho (Wheeler’s Dental Anatomy), así que un pequeño cambio de forma puede alterar cómo encajan los dientes. En la vida real, un chico con una variante de AMELX, o cualquiera con una variante dominante de FAM83H, ya tendría un esmalte distinto en sus dientes naturales (Smith et al. 2017).',
      },
      sources: ['ten-cate', 'wheeler', 'smith-2017'],
    },
  },

  // 9 ─────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'showdown',
    beat: 'showdown',
    lead: 'mateo',
    scenario: 'ivy',
    span: { from: 40, to: 80 },
    title: { en: 'Who it is for', es: 'Para quién es' },
    summary: {
      en: 'Kade, Elena, Mateo and Dr. Almasi face each other at last, with Ivy’s scan on the wall between them.',
      es: 'Kade, Elena, Mateo y la Dra. Almasi por fin se enfrentan cara a cara, con el escáner de Ivy en la pared entre ellos.',
    },
    perspectives: [
      {
        character: 'mateo',
        short: {
          en: 'Everyone argued about themselves: Elena’s life’s work, Kade’s pride, the clinic, my laugh. So I asked: who is Tooth Rebirth for? Nobody spoke. Then Elena whispered, “Not for me.” I told them what patients fear: not the bots, but being alone with them.',
          es: 'Todos discutían sobre sí mismos: la obra de Elena, el orgullo de Kade, la clínica, mi risa. Así que pregunté: ¿para quién es Tooth Rebirth? Nadie habló. Luego Elena susurró: «No para mí». Les conté a qué tienen miedo los pacientes: no a los bots, sino a quedarse solos con ellos.',
        },
        full: {
          en: 'I didn’t plan the question. I was just tired of hearing everyone argue about themselves: Elena about her life’s work, Kade about his pride, Saira about the clinic, me about how I’d laughed. So I asked who it was for. Nobody answered for a long time. Then Elena said, “Not for me,” very quietly, and something in the room let go. I told them what I hear in the waiting room, which nobody had ever asked me: people aren’t afraid of the bots. They’re afraid of being alone with them. They want someone to stop and say, “Look, this is what’s happening. How does it feel?” That’s my job. It always was. I’d just been doing it with jokes instead of the truth.',
          es: 'No planeé la pregunta. Solo estaba cansado de oír a todos discutir sobre sí mismos: Elena, sobre la obra de su vida; Kade, sobre su orgullo; Saira, sobre la clínica; yo, sobre cómo me había reído. Así que pregunté para quién era. Nadie contestó durante un buen rato. Luego Elena dijo «no para mí», muy bajito, y algo en la sala se destensó. Les conté lo que oigo en la sala de espera, algo que nadie me había preguntado nunca: la gente no les tiene miedo a los bots. Tiene miedo de quedarse sola con ellos. Quiere que alguien se detenga y le diga: «Mira, esto es lo que está pasando. ¿Cómo lo notas?». Ese es mi trabajo. Siempre lo fue. Solo que lo hacía con chistes en lugar de con la verdad.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'This time I called the meeting, with no slides. I told them about room two, the floor included. Kade and I finally had our real argument, voices raised. Then Mateo asked who Tooth Rebirth was for. Not for me. I said it out loud, and we started again.',
          es: 'Esta vez convoqué yo la reunión, sin diapositivas. Les conté lo de la sala dos, incluido el suelo. Kade y yo por fin tuvimos nuestra discusión de verdad, a gritos. Luego Mateo preguntó para quién era Tooth Rebirth. No para mí. Lo dije en voz alta, y empezamos de nuevo.',
        },
        full: {
          en: 'This time I called the meeting. I came without slides, which Saira says she has never seen. I told them what happened in room two, all of it, including the floor. Then Kade and I had the argument we should have had months ago, properly, voices raised, with nothing polite left in it. He said I loved the machine more than the mouth. I said he loved the past more than the patient. We were both partly right, which is the worst way to be right. Somewhere after midnight, Mateo asked a question so simple it embarrassed all of us: “Who is Tooth Rebirth for?” Not for me. I said it aloud. Then I opened Ivy’s scan and started again.',
          es: 'Esta vez convoqué yo la reunión. Llegué sin diapositivas, algo que Saira dice no haber visto nunca. Les conté lo que pasó en la sala dos, todo, incluido el suelo. Luego Kade y yo tuvimos la discusión que deberíamos haber tenido hace meses, como es debido, alzando la voz, sin rastro de cortesía. Él dijo que yo quería más a la máquina que a la boca. Yo dije que él quería más al pasado que al paciente. Los dos teníamos parte de razón, que es la peor forma de tenerla. Pasada la medianoche, Mateo hizo una pregunta tan sencilla que nos avergonzó a todos: «¿Para quién es Tooth Rebirth?». No para mí. Lo dije en voz alta. Luego abrí el escáner de Ivy y empecé de nuevo.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'I came angry. Then Elena said “I was wrong”, plainly, like a measurement. I had nothing left to fight with. So I said the truth: I can’t build a nanobot, and she can’t calm a frightened boy. Patients need both of us. At one in the morning we started drawing.',
          es: 'Llegué enfadado. Entonces Elena dijo «me equivoqué», sin más, como una medición. Ya no me quedaba nada con qué pelear. Así que dije la verdad: yo no sé construir un nanobot, y ella no sabe calmar a un chico asustado. Los pacientes nos necesitan a los dos. A la una de la madrugada empezamos a dibujar.',
        },
        full: {
          en: 'I had been angry for months, and I brought all of it to that table. I told Elena she had treated two thousand tooth surfaces and perhaps twenty people. I told Saira she had put a price on everything except fear. I said things to Mateo I regret. Then Elena, who in six years had never once said “I was wrong” in my hearing, said it. Not as a strategy. As a fact, like a measurement. After that I had nothing left to fight with. So I said what was underneath: I don’t know how to build a nanobot, and she doesn’t know how to hold a frightened boy’s gaze in a mirror. The patient needs both of us in the room. At one in the morning we started drawing on the whiteboard.',
          es: 'Llevaba meses enfadado y me senté a aquella mesa con todo ese enfado. Le dije a Elena que había tratado dos mil superficies dentales y quizá a veinte personas. Le dije a Saira que le había puesto precio a todo menos al miedo. A Mateo le dije cosas de las que me arrepiento. Entonces Elena, que en seis años no había dicho nunca «me equivoqué» delante de mí, lo dijo. No como estrategia. Como un hecho, como una medición. Después ya no me quedaba nada con qué pelear. Así que dije lo que había debajo: yo no sé construir un nanobot, y ella no sabe sostenerle la mirada en un espejo a un chico asustado. El paciente nos necesita a los dos en la sala. A la una de la madrugada empezamos a dibujar en la pizarra.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'I had my resignation letter in my bag. Instead I watched three people stop defending themselves and start designing. Before sunrise I made three decisions: stop the old procedure publicly, today; pay for every patient’s care; and let outside experts check the new plan first. I tore up the letter.',
          es: 'Llevaba mi carta de dimisión en el bolso. En cambio, vi a tres personas dejar de defenderse y ponerse a diseñar. Antes del amanecer tomé tres decisiones: parar el procedimiento antiguo en público, hoy; pagar la atención de cada paciente; y que expertos externos revisaran antes el nuevo plan. Rompí la carta.',
        },
        full: {
          en: 'I had a resignation letter in my bag: my own, drafted and signed. I had assumed the night would end with me handing it over. Instead I watched three people I had pushed too hard stop defending themselves and start designing. I understood that my job was not to choose between halting and research. It was to make sure that whatever we did next, the patient came first, and could see that they did. So I made three decisions before sunrise. We suspend the original procedure, publicly, today. We contact every patient we have treated and pay for their care, whatever it costs. And no redesigned procedure begins until an ethics board outside this building has read it. I tore up the letter. Resigning would have been easier.',
          es: 'Llevaba en el bolso una carta de dimisión: la mía, redactada y firmada. Daba por hecho que la noche terminaría conmigo entregándola. En cambio, vi a tres personas a las que había presionado demasiado dejar de defenderse y ponerse a diseñar. Entendí que mi trabajo no era elegir entre parar e investigar. Era asegurarme de que, hiciéramos lo que hiciéramos, el paciente fuera lo primero y pudiera comprobarlo. Así que tomé tres decisiones antes del amanecer. Suspendemos el procedimiento original, en público, hoy. Contactamos con todos los pacientes que hemos tratado y pagamos su atención, cueste lo que cueste. Y ningún procedimiento rediseñado empezará hasta que lo haya leído un comité de ética ajeno a este edificio. Rompí la carta. Dimitir habría sido más fácil.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Real labs can grow only a few thousandths of a millimetre of new enamel, far from a whole tooth.',
        es: 'Los laboratorios reales solo consiguen hacer crecer unas milésimas de milímetro de esmalte nuevo, lejos de un diente entero.',
      },
      detail: {
        en: 'Fiction: the showdown, and a procedure that could be redesigned in a single night. Science: natural enamel is hard, about 5.9 GPa at the surface falling to 3.5 GPa near the dentin, and stiff, about 119 falling to 80 GPa (Xu et al. 2012). The enamel grown in the laboratory matched that structure and hardness, but it was about 2.7 µm thick (Shao et al. 2019), against up to about 2–2.5 mm of natural enamel over a cusp (Ten Cate’s Oral Histology). Growing that thickness is the hard, unsolved problem a real Tooth Rebirth would face.',
        es: 'Ficción: el enfrentamiento, y un procedimiento que se pudiera rediseñar en una sola noche. Ciencia: el esmalte natural es duro, unos 5,9 GPa en la superficie que bajan a 3,5 GPa cerca de la dentina, y rígido, de unos 119 a 80 GPa (Xu et al. 2012). El esmalte obtenido en laboratorio igualaba esa estructura y esa dureza, pero medía unas 2,7 µm de grosor (Shao et al. 2019), frente a unos 2–2,5 mm de esmalte natural sobre una cúspide (Ten Cate’s Oral Histology). Conseguir ese grosor es el problema difícil y sin resolver al que se enfrentaría un Tooth Rebirth de verdad.',
      },
      sources: ['xu-2012', 'shao-2019', 'ten-cate'],
    },
  },
  // 10 ────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'redesign-ivy',
    beat: 'redesign',
    lead: 'kade',
    scenario: 'ivy-redesigned',
    span: { from: 0, to: 80 },
    title: { en: 'Stop, look, ask', es: 'Parar, mirar, preguntar' },
    summary: {
      en: 'Ivy Liu comes back. The redesigned procedure knows her genes, pauses to look, and asks her before it goes on.',
      es: 'Ivy Liu vuelve. El procedimiento rediseñado conoce sus genes, se detiene a mirar y le pregunta antes de seguir.',
    },
    perspectives: [
      {
        character: 'kade',
        short: {
          en: 'Elena runs the swarm. I run the pauses. At each one I look with a mirror and a light and ask Ivy how her bite feels. Twice a cusp looked a shade too warm, and twice Elena slowed down without arguing. At the end Ivy took my hand: “You asked.”',
          es: 'Elena lleva el enjambre. Yo llevo las pausas. En cada una miro con espejo y luz y le pregunto a Ivy qué tal nota la mordida. Dos veces una cúspide tenía un tono demasiado cálido, y las dos veces Elena fue más despacio sin discutir. Al final Ivy me cogió la mano: «Me preguntaste».',
        },
        full: {
          en: 'Elena runs the swarm. I run the pauses. That’s the arrangement, and it’s better than anything either of us would have designed alone. At each checkpoint, while Elena holds the shade tab to the tooth, I look with a mirror and a light, run the explorer gently over the new surface, and ask Ivy how her bite feels. Twice I asked Elena to slow down at a cusp where the new layer looked a shade too warm; twice she did, without arguing. At the end Ivy grabbed my hand and said, “You asked.” I’ve spent a long time feeling like a relic. It turns out a relic is just something old that someone decides is worth keeping. I’m learning the software. Slowly. Mateo is patient with me.',
          es: 'Elena lleva el enjambre. Yo llevo las pausas. Ese es el acuerdo, y es mejor que cualquiera que hubiéramos diseñado cada uno por su cuenta. En cada punto de control, mientras Elena acerca la muestra de color al diente, yo miro con espejo y luz, paso la sonda con suavidad por la superficie nueva y le pregunto a Ivy cómo nota la mordida. Dos veces le pedí a Elena que fuera más despacio en una cúspide donde la capa nueva tenía un tono demasiado cálido; las dos veces lo hizo, sin discutir. Al final, Ivy me agarró la mano y me dijo: «Me preguntaste». He pasado mucho tiempo sintiéndome una reliquia. Resulta que una reliquia no es más que algo viejo que alguien decide que merece la pena conservar. Estoy aprendiendo a usar el software. Despacio. Mateo tiene paciencia conmigo.',
        },
      },
      {
        character: 'ivy',
        short: {
          en: 'I swore I’d never sit in that chair again. But Kade asked, and Elena said sorry before hello. Now the bots work slowly, in thin layers. Every few minutes everything stops, and Elena asks, “Is this you?” When it was over, the colour was mine. Not perfect. Mine.',
          es: 'Juré que nunca volvería a sentarme en ese sillón. Pero Kade me lo pidió, y Elena me pidió perdón antes de saludarme. Ahora los bots trabajan despacio, en capas finas. Cada pocos minutos todo se detiene, y Elena pregunta: «¿Esta eres tú?». Al terminar, el color era el mío. No perfecto. Mío.',
        },
        full: {
          en: 'I swore I would never sit in that chair again. Then Kade called, and asked rather than told. Elena met me herself, no side door, and said sorry before she said hello. The new procedure starts with a swab and a conversation about my genes, a whole hour of it, with drawings. Then the swarm goes in, slower, in thin layers. Every few minutes everything stops. Elena hands me a mirror, holds a shade tab next to my tooth and asks, “Is this you?” The first time I laughed, because nobody had ever asked me that about my own body. By the third stop I was the one saying “go on”. When it was over, the colour was mine. Not perfect. Mine.',
          es: 'Juré que nunca volvería a sentarme en ese sillón. Entonces Kade me llamó y me lo pidió, en lugar de decirme lo que tenía que hacer. Elena me recibió en persona, sin puerta lateral, y me pidió perdón antes de saludarme. El nuevo procedimiento empieza con un frotis y una conversación sobre mis genes, una hora entera, con dibujos. Luego entra el enjambre, más despacio, en capas finas. Cada pocos minutos todo se detiene. Elena me da un espejo, pone una muestra de color junto a mi diente y me pregunta: «¿Esta eres tú?». La primera vez me reí, porque nadie me había preguntado eso sobre mi propio cuerpo. A la tercera parada era yo la que decía «sigue». Al terminar, el color era el mío. No perfecto. Mío.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'Now the swarm knows each patient’s genes before it starts. Where it can’t read a signal clearly, it stops and waits for us. It works in thin layers, and between them a person compares the new enamel with the old and asks the patient. Slower, yes. That is the design.',
          es: 'Ahora el enjambre conoce los genes de cada paciente antes de empezar. Donde no puede leer bien una señal, se detiene y nos espera. Trabaja en capas finas, y entre una y otra una persona compara el esmalte nuevo con el antiguo y pregunta al paciente. Más lento, sí. Ese es el diseño.',
        },
        full: {
          en: 'The redesign changed less code than I expected and more of me than I like to admit. The swarm now knows the patient’s genotype before it starts. Where a variant makes the enamel signal unreliable, the bots stop guessing: they go dormant and wait for us. The mineral goes down in shallow layers with checkpoints between them, and at every checkpoint the swarm holds still while a human being, with human eyes, compares the new enamel with the old and asks the patient what they see. It is slower. It is also the first version of Tooth Rebirth in which, whenever a number moves, somebody is already looking. That is not a cost of the design. It is the design.',
          es: 'El rediseño cambió menos código del que esperaba y más de mí de lo que me gusta admitir. Ahora el enjambre conoce el genotipo del paciente antes de empezar. Donde una variante vuelve poco fiable la señal del esmalte, los bots dejan de adivinar: quedan en reposo y nos esperan. El mineral se deposita en capas finas con puntos de control entre ellas, y en cada punto de control el enjambre se queda quieto mientras un ser humano, con ojos humanos, compara el esmalte nuevo con el antiguo y le pregunta al paciente qué ve. Es más lento. Y es la primera versión de Tooth Rebirth en la que, cada vez que un número se mueve, alguien ya está mirando. No es un coste del diseño. Es el diseño.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'The outside ethics board set eleven conditions. I accepted them all and added two: a free gene test for every patient, and the right to stop at any pause. We will treat fewer people and earn less. The board asked what number replaces the waiting list. How many patients would come back.',
          es: 'El comité de ética externo puso once condiciones. Acepté todas y añadí dos: un análisis genético gratis para cada paciente y el derecho a parar en cualquier pausa. Trataremos a menos gente y ganaremos menos. El consejo preguntó qué cifra sustituiría a la lista de espera. Respondí: cuántos pacientes volverían.',
        },
        full: {
          en: 'The outside ethics board approved the redesigned protocol with eleven conditions. I accepted all eleven and added two of my own: every patient is offered the genetic screen free of charge, and any patient can stop the treatment at any checkpoint, with no cost and no argument. Ivy asked to be the first patient, publicly, which did more for this clinic than any press officer I ever hired. We will treat fewer people this year than last. Our revenue will fall. I have explained that to the board, and for once I am not apologising for it. The board asked which number would replace the waiting list in the annual report. I gave them one: how many patients would choose to come back.',
          es: 'El comité de ética externo aprobó el protocolo rediseñado con once condiciones. Acepté las once y añadí dos mías: a todo paciente se le ofrece el análisis genético gratis, y cualquier paciente puede detener el tratamiento en cualquier punto de control, sin coste y sin discusión. Ivy pidió ser la primera paciente, en público, y eso hizo más por esta clínica que cualquier jefe de prensa que yo haya contratado. Este año trataremos a menos gente que el anterior. Los ingresos bajarán. Se lo he explicado al consejo y, por una vez, no me disculpo por ello. El consejo preguntó qué cifra sustituiría a la lista de espera en el informe anual. Le di una: cuántos pacientes elegirían volver.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'Reading a person’s genes is real, and matching a new surface to a patient’s own tooth colour is everyday dentistry.',
        es: 'Leer los genes de una persona es real, e igualar una superficie nueva con el color del propio diente es odontología de cada día.',
      },
      detail: {
        en: 'Fiction: a swarm that knows the patient’s genotype, and checkpoints where it waits for a person. Science: variants in the five amelogenesis imperfecta genes (AMELX, ENAM, MMP20, KLK4, FAM83H) are found by reading a person’s DNA; that is how they were linked to the condition (Smith et al. 2017). Matching a new surface to a patient’s own teeth is everyday dentistry: below ΔE00 = 1.8 most observers accept the match, and below 0.8 most see no difference at all, since both are 50:50 thresholds (Paravina et al. 2015).',
        es: 'Ficción: un enjambre que conoce el genotipo del paciente y puntos de control en los que espera a una persona. Ciencia: las variantes de los cinco genes de la amelogénesis imperfecta (AMELX, ENAM, MMP20, KLK4, FAM83H) se detectan leyendo el ADN de una persona; así se relacionaron con la enfermedad (Smith et al. 2017). Igualar una superficie nueva con los dientes del propio paciente es odontología cotidiana: por debajo de ΔE00 = 1,8 la mayoría de los observadores acepta el resultado, y por debajo de 0,8 la mayoría no ve ninguna diferencia, porque ambos son umbrales 50:50 (Paravina et al. 2015).',
      },
      sources: ['smith-2017', 'paravina-2015'],
    },
  },

  // 11 ────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'redesign-young-patient',
    beat: 'redesign',
    lead: 'young-patient',
    scenario: 'young-patient-redesigned',
    span: { from: 0, to: 80 },
    title: { en: 'Number nine', es: 'El número nueve' },
    summary: {
      en: 'The boy comes back for his repair, and this time he is asked at every step.',
      es: 'El chico vuelve para que le reparen la muela y esta vez le preguntan en cada paso.',
    },
    perspectives: [
      {
        character: 'young-patient',
        short: {
          en: 'This time Mateo drew my tooth and explained the wall: a gene called AMELX. He said if I said stop, everyone would stop. I didn’t believe him, so at the first pause I said stop. Everyone stopped! After that I wasn’t scared. Now my tongue can’t find the wall.',
          es: 'Esta vez Mateo dibujó mi muela y me explicó el muro: un gen que se llama AMELX. Dijo que si yo decía «para», todos pararían. No me lo creí, así que en la primera pausa dije «para». ¡Y todos pararon! Después ya no tuve miedo. Ahora mi lengua no encuentra el muro.',
        },
        full: {
          en: 'This time Mateo didn’t make jokes first. He drew my tooth on a big sheet of paper, with the bumps, and showed me where the wall was and why: something in my genes called AMELX, which I can spell now. He said the bots would stop a few times and I’d get to look every time, and if I said stop, everyone would stop. I didn’t believe that part. So at the first pause I said stop, just to check. And everyone stopped. Kade said, “Good. What do you see?” After that I wasn’t scared. At the end my tongue went looking for the wall and couldn’t find it. I told Mateo he was allowed to make jokes again.',
          es: 'Esta vez Mateo no hizo chistes antes. Dibujó mi muela en un papel grande, con los bultos, y me enseñó dónde estaba el muro y por qué: algo de mis genes que se llama AMELX, que ahora ya sé deletrear. Me dijo que los bots pararían unas cuantas veces y que yo podría mirar cada vez, y que si yo decía «para», todos pararían. Esa parte no me la creí. Así que en la primera pausa dije «para», solo para comprobarlo. Y todos pararon. Kade dijo: «Bien. ¿Qué ves?». Después de eso ya no tuve miedo. Al final mi lengua fue a buscar el muro y no lo encontró. Le dije a Mateo que ya podía volver a hacer chistes.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'My new job: head of patient care. Before treatment I sit with the family as long as it takes. With the boy, an hour and a half and a lot of paper. At every pause I say, “Let’s look together.” A week later he came back just to show me he could bite an apple.',
          es: 'Mi nuevo puesto: responsable de atención al paciente. Antes del tratamiento me siento con la familia todo lo que haga falta. Con el chico, hora y media y mucho papel. En cada pausa digo: «Vamos a mirar juntos». Una semana después volvió solo para enseñarme que podía morder una manzana.',
        },
        full: {
          en: 'My job has a new title: head of patient care. Saira made it up on a napkin. It means that before any treatment I sit with the family for as long as it takes, and during the treatment I’m the one who says, at every checkpoint, “Let’s look together.” With the boy it took an hour and a half beforehand, and a lot of paper. His mother asked the hard questions; I answered them without a single joke. When he tested us by saying stop, I saw Kade almost smile. The ridge is gone now. The new enamel sits flush with the old. He came back a week later for no reason except to show me he could bite an apple. He brought me one.',
          es: 'Mi trabajo tiene un nombre nuevo: responsable de atención al paciente. Saira se lo inventó en una servilleta. Significa que, antes de cada tratamiento, me siento con la familia todo el tiempo que haga falta, y que durante el tratamiento soy yo quien dice en cada punto de control: «Vamos a mirar juntos». Con el chico hizo falta hora y media antes de empezar, y mucho papel. Su madre hizo las preguntas difíciles; se las respondí sin un solo chiste. Cuando nos puso a prueba diciendo «para», vi a Kade casi sonreír. La cresta ya no está. El esmalte nuevo queda a ras del antiguo. Volvió una semana después sin otro motivo que enseñarme que podía morder una manzana. Me trajo una.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'At the first pause the boy said stop, and everyone stopped, the swarm too. I told him, “Good.” Then I gave him the mirror. Where his gene confused the bots, they rested, and I finished the shape by hand, the old way. Old hands, new tools.',
          es: 'En la primera pausa el chico dijo «para», y todos paramos, el enjambre también. Le dije: «Bien». Luego le di el espejo. Donde su gen confundía a los bots, estos descansaron, y yo terminé la forma a mano, a la antigua. Manos viejas, herramientas nuevas.',
        },
        full: {
          en: 'At the first checkpoint the boy said stop, and everyone in the room stopped, the swarm included. I have waited my whole career to see a patient hold that much power in a treatment room. I told him, “Good,” because it was. Then I gave him the mirror and let him look at his own tooth, and he talked us through it like a match commentator. Elena adjusted the layer at the cusp where the old ridge had been, against a limit we set together: a tenth of a millimetre, no more. Where his AMELX variant made the signal unreliable, the bots went dormant, and I finished the contour by hand, the old way. Old hands, new tools. It’s a good combination.',
          es: 'En el primer punto de control el chico dijo «para», y todos en la sala nos detuvimos, enjambre incluido. Llevo toda mi carrera esperando ver a un paciente con tanto poder en una consulta. Le dije «bien», y lo decía en serio. Luego le di el espejo y lo dejé mirar su propia muela, y nos lo fue narrando como un comentarista de fútbol. Elena ajustó la capa en la cúspide donde había estado la cresta, con un límite que fijamos juntos: una décima de milímetro, ni una más. Donde su variante de AMELX volvía poco fiable la señal, los bots quedaron en reposo y yo terminé el contorno a mano, a la antigua. Manos viejas, herramientas nuevas. Buena combinación.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'I asked the boy if I could stay. Yes, he said, if I didn’t sit on the floor again. At every pause I watched his face instead of the screen. He decided for himself when to go on. Afterwards I rewrote the protocol’s first line. It used to say “regenerate enamel”. Now: “care for the patient”.',
          es: 'Le pregunté al chico si podía quedarme. Sí, dijo, si no volvía a sentarme en el suelo. En cada pausa le miré la cara en lugar de la pantalla. Él decidía cuándo seguir. Después reescribí la primera línea del protocolo. Antes decía «regenerar el esmalte». Ahora: «cuidar del paciente».',
        },
        full: {
          en: 'I asked to be in the room, and I asked the boy’s permission first, which is new for me. He said yes, if I promised not to sit on the floor again. I watched the shape deviation the whole way. It stayed under the line we had drawn, and at each checkpoint, while Mateo and Kade talked with him, I looked at his face instead of the monitor. He was concentrating hard, tongue pushing at his cheek, deciding for himself whether to go on. When the swarm came home for the last time he said, “Is that it?” and it was. I went back to my lab and rewrote the first line of the protocol, the one about its purpose. It used to say “regenerate enamel”. Now it says “care for the patient”.',
          es: 'Pedí estar en la sala, y antes le pedí permiso al chico, algo nuevo para mí. Dijo que sí, si le prometía no volver a sentarme en el suelo. Vigilé la desviación de forma todo el tiempo. Se mantuvo por debajo de la línea que habíamos trazado, y en cada punto de control, mientras Mateo y Kade hablaban con él, yo le miraba la cara en lugar del monitor. Estaba muy concentrado, empujándose la mejilla con la lengua, decidiendo él mismo si seguir. Cuando el enjambre volvió por última vez, preguntó: «¿Ya está?», y ya estaba. Volví a mi laboratorio y reescribí la primera línea del protocolo, la de su propósito. Antes decía «regenerar el esmalte». Ahora dice «cuidar del paciente».',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'The AMELX gene is real and sits on the X chromosome; the 0.1 mm limit for shape is the story’s own rule.',
        es: 'El gen AMELX es real y está en el cromosoma X; el límite de forma de 0,1 mm es una regla de la historia.',
      },
      detail: {
        en: 'Fiction: nanobots that stop when a patient says stop, bots that misread AMELX and build a ridge, and a dentist finishing their work by hand. Science: AMELX, the gene for amelogenin, sits on the X chromosome; its real variants leave enamel thin and/or soft and discoloured (Smith et al. 2017). The 0.1 mm shape limit in this app is the story’s own rule, not a clinical standard, chosen because it is small next to enamel up to about 2–2.5 mm thick over the cusps (Ten Cate’s Oral Histology).',
        es: 'Ficción: nanobots que se detienen cuando el paciente dice «para», bots que leen mal AMELX y levantan una cresta, y un dentista que termina su trabajo a mano. Ciencia: AMELX, el gen de la amelogenina, está en el cromosoma X; sus variantes reales dejan un esmalte fino o blando y con cambios de color (Smith et al. 2017). El límite de forma de 0,1 mm de esta aplicación es una regla de la historia, no una norma clínica; se eligió porque es pequeño frente a un esmalte de hasta unos 2–2,5 mm de grosor sobre las cúspides (Ten Cate’s Oral Histology).',
      },
      sources: ['smith-2017', 'ten-cate'],
    },
  },

  // 12 ────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'aftermath',
    beat: 'aftermath',
    lead: 'child',
    scenario: 'child',
    span: { from: 0, to: 80 },
    title: { en: 'First steps', es: 'Primeros pasos' },
    summary: {
      en: 'A year later, a girl walks into the clinic for the first time, and a kinder kind of dentistry meets her at the door.',
      es: 'Un año después, una niña entra en la clínica por primera vez, y una odontología más humana la recibe en la puerta.',
    },
    perspectives: [
      {
        character: 'child',
        short: {
          en: 'I held Grandma’s hand very tight. Mateo drew my tooth. It has a tiny dark line, like a crack in the pavement. Little robots filled it in. They glowed like fireflies, so I called them all Pip. Every time they stopped, I said, “Keep going.” It was easy.',
          es: 'Le apreté mucho la mano a mi abuela. Mateo dibujó mi muela. Tiene una rayita oscura, como una grieta en la acera. Unos robots pequeñitos la rellenaron. Brillaban como luciérnagas, así que los llamé a todos Pip. Cada vez que paraban, yo decía: «Que sigan». Fue fácil.',
        },
        full: {
          en: 'The door opened by itself and I held Grandma’s hand very tight. A man called Mateo crouched down and told me his name and asked mine, and he had a picture of my tooth that he drew himself. It’s the big one at the back. It has a tiny dark line in it, like a crack in the pavement. He said little robots would fill it in, and they would stop and wait whenever I wanted to look. They glowed like fireflies. I called them all Pip, because they all looked the same. Every time they stopped, the old man with the mirror asked, “What do you think?” And I said, “Keep going.” Afterwards the lady with the clever eyes gave me a sticker and said I’d been brave. I wasn’t brave. It was easy.',
          es: 'La puerta se abrió sola y le apreté mucho la mano a mi abuela. Un señor que se llamaba Mateo se agachó, me dijo su nombre y me preguntó el mío, y tenía un dibujo de mi muela que había hecho él. Es la grande de atrás. Tiene una rayita oscura, como una grieta en la acera. Me dijo que unos robots pequeñitos la iban a rellenar, y que pararían a esperar cada vez que yo quisiera mirar. Brillaban como luciérnagas. Los llamé a todos Pip, porque eran todos iguales. Cada vez que paraban, el señor mayor del espejo me preguntaba: «¿Qué te parece?». Y yo le decía: «Que sigan». Al terminar, la señora de los ojos listos me dio una pegatina y me dijo que había sido valiente. No fui valiente. Fue fácil.',
        },
      },
      {
        character: 'elena',
        short: {
          en: 'A year on, Tooth Rebirth is slower, smaller and better. We test everyone’s genes. We stop and look. Not one patient has left frightened. Ivy plays again. The boy wants to be an Oral Technologist. Today a little girl walked in, unafraid, and I did not check my numbers once.',
          es: 'Un año después, Tooth Rebirth es más lento, más pequeño y mejor. Analizamos los genes de todos. Paramos y miramos. Ningún paciente se ha ido asustado. Ivy vuelve a jugar. El chico quiere ser tecnólogo oral. Hoy ha entrado una niña sin miedo, y no he mirado mis números ni una vez.',
        },
        full: {
          en: 'A year on, Tooth Rebirth is slower, smaller and better. We screen everyone. We stop and look. We have treated fewer patients, and not one of them has left frightened. Ivy is playing again, and sends me photos of her teammates’ smiles with rude captions. The boy wants to be an Oral Technologist; I told him he will have to learn to hold a mirror first. This morning a little girl came in holding her grandmother’s hand. Her screen had found two mild variants, so the swarm knew before it began. I watched Mateo and Kade welcome her at the door, and I did not check my numbers once until she had gone. They were fine. That is not why I was smiling. The future, it turns out, is not a machine. It is a person walking through a door unafraid.',
          es: 'Un año después, Tooth Rebirth es más lento, más pequeño y mejor. Analizamos a todo el mundo. Paramos y miramos. Hemos tratado a menos pacientes, y ni uno solo se ha ido asustado. Ivy ha vuelto a jugar y me manda fotos de las sonrisas de sus compañeras con comentarios de lo más descarados. El chico quiere ser tecnólogo oral; le dije que primero tendrá que aprender a sostener un espejo. Esta mañana ha entrado una niña de la mano de su abuela. Su análisis había encontrado dos variantes leves, así que el enjambre lo sabía antes de empezar. He visto a Mateo y a Kade recibirla en la puerta y no he mirado mis números ni una vez hasta que se ha ido. Estaban bien. No era por eso por lo que sonreía. Resulta que el futuro no es una máquina. Es una persona que cruza una puerta sin miedo.',
        },
      },
      {
        character: 'mateo',
        short: {
          en: 'I get to be the first face now. The little girl looked at the ceiling lights as if they might bite. I knelt down, told her my name and showed her my drawing of her tooth. She asked if the robots had names. She named them all Pip. Her grandmother cried a little. So did I.',
          es: 'Ahora tengo la suerte de ser la primera cara que ven. La niña miraba las luces del techo como si fueran a morderla. Me arrodillé, le dije mi nombre y le enseñé mi dibujo de su muela. Preguntó si los robots tenían nombre. Los llamó a todos Pip. Su abuela lloró un poco. Yo también.',
        },
        full: {
          en: 'I get to be the first face now. That’s the whole job, really, and it took me years to see it. The little girl came in clutching her grandmother’s hand and looking at the ceiling lights as if they might bite. I got down on one knee, told her my name, asked hers, and showed her my drawing of her molar, the one with the tiny dark line in the fissure. Then I asked what she wanted to know. She wanted to know whether the robots had names. I said not yet. She named them all Pip. At every checkpoint she checked on the Pips. When it was over she waved goodbye to the screen. Her grandmother cried a little. So did I. I’m allowed.',
          es: 'Ahora tengo la suerte de ser la primera cara que ven. En el fondo, ese es todo el trabajo, y tardé años en verlo. La niña entró agarrada a la mano de su abuela y mirando las luces del techo como si fueran a morderla. Me puse de rodillas, le dije mi nombre, le pregunté el suyo y le enseñé mi dibujo de su muela, la de la rayita oscura en la fisura. Luego le pregunté qué quería saber. Quería saber si los robots tenían nombre. Le dije que todavía no. Los llamó a todos Pip. En cada punto de control comprobaba cómo estaban los Pips. Cuando terminó, se despidió de la pantalla con la mano. Su abuela lloró un poco. Yo también. Tengo derecho.',
        },
      },
      {
        character: 'almasi',
        short: {
          en: 'This week the regulator published rules for tooth nanobots, and half of them started on our whiteboard: gene tests first, pauses at which a patient can stop, outside ethics review, years of follow-up. This morning I watched from the same doorway as on the first day. This time my arms weren’t crossed.',
          es: 'Esta semana el regulador publicó normas para los nanobots dentales, y la mitad nació en nuestra pizarra: análisis genético primero, pausas en las que el paciente puede parar el tratamiento, revisión ética externa, años de seguimiento. Esta mañana miré desde la misma puerta que el primer día. Esta vez no tenía los brazos cruzados.',
        },
        full: {
          en: 'This week the regulator published its rules for nanodental procedures, and half of them began on our whiteboard: genetic screening before treatment, checkpoints at which a patient can stop the treatment, independent ethics review, and honest follow-up for years, not weeks. I sat on the working group that wrote them, and more than once I argued against my own clinic’s interests. The clinic is smaller than the one I once planned and far better than the one I was running. When the girl came in this morning, I watched from the same doorway where I once watched our first patient with my arms crossed. This time my arms stayed at my sides. There was nothing to guard against. Only someone to protect.',
          es: 'Esta semana el regulador publicó sus normas para los procedimientos nanodentales, y la mitad nació en nuestra pizarra: análisis genético antes del tratamiento, puntos de control en los que el paciente puede parar el tratamiento, revisión ética independiente y un seguimiento honesto durante años, no semanas. Formé parte del grupo de trabajo que las redactó, y más de una vez defendí lo contrario de lo que le convenía a mi clínica. La clínica es más pequeña que la que un día planeé y mucho mejor que la que dirigía. Cuando la niña entró esta mañana, miré desde la misma puerta desde la que una vez vi a nuestro primer paciente con los brazos cruzados. Esta vez dejé los brazos caídos a los costados. No había nada de qué protegerse. Solo alguien a quien proteger.',
        },
      },
      {
        character: 'kade',
        short: {
          en: 'I still carry my mirror. Now it is part of the protocol. The girl asked what it was for. “For looking at things properly,” I said, and gave it to her. She looked at her tooth, then at mine. “Yours are old,” she said. On her way out, she ran.',
          es: 'Sigo llevando mi espejo. Ahora forma parte del protocolo. La niña me preguntó para qué servía. «Para mirar las cosas como es debido», le dije, y se lo di. Se miró la muela y luego la mía. «Las tuyas son viejas», dijo. Al salir, se fue corriendo.',
        },
        full: {
          en: 'I still carry the mirror. Now it’s part of the protocol, which is either a victory or a sign of how strange the world has become. This morning a little girl asked me what it was for. I said it’s for looking at things properly, and gave it to her, and she looked at her own tooth, then at me, and then, very seriously, at my teeth. “Yours are old,” she said. They are. I was a dentist for thirty years; this is my first year as an Oral Technologist, and it has taught me more than any of the thirty. Elena runs the swarm, I run the pauses, Mateo runs the door. On her way out, the girl ran down the corridor. That’s the measure I’ll keep.',
          es: 'Sigo llevando el espejo. Ahora forma parte del protocolo, lo cual es una victoria o una señal de lo raro que se ha vuelto el mundo. Esta mañana una niña me preguntó para qué servía. Le dije que sirve para mirar las cosas como es debido, se lo di, y ella se miró su propia muela, luego me miró a mí y luego, muy seria, miró mis dientes. «Los tuyos son viejos», dijo. Lo son. Fui dentista treinta años; este es mi primer año como tecnólogo oral, y me ha enseñado más que cualquiera de los treinta. Elena lleva el enjambre, yo llevo las pausas, Mateo se encarga de la puerta. Al salir, la niña se fue corriendo por el pasillo. Esa es la medida con la que me quedo.',
        },
      },
    ],
    whatsReal: {
      plain: {
        en: 'The molar on screen is shaped like a real lower back tooth, with five cusps and two roots.',
        es: 'La muela de la pantalla tiene la forma de una muela inferior real, con cinco cúspides y dos raíces.',
      },
      detail: {
        en: 'Fiction: the clinic, the regulator’s rules and the nanobots. Science: a real mandibular first molar has five cusps, a central fossa with grooves between them, and two roots; its crown is about 7.5 mm tall and its roots about 14 mm long (Wheeler’s Dental Anatomy). Decay in molars starts mostly in the pits and fissures of the chewing surface (Fejerskov et al., Dental Caries), which is why the girl’s small lesion sits in a fissure.',
        es: 'Ficción: la clínica, las normas del regulador y los nanobots. Ciencia: un primer molar inferior real tiene cinco cúspides, una fosa central con surcos entre ellas y dos raíces; su corona mide unos 7,5 mm de alto y sus raíces, unos 14 mm (Wheeler’s Dental Anatomy). En los molares, la caries empieza sobre todo en las fosas y fisuras de la cara de masticación (Fejerskov et al., Dental Caries); por eso la pequeña lesión de la niña está en una fisura.',
      },
      sources: ['wheeler', 'fejerskov'],
    },
  },
];
