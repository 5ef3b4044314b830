import type { SpeakerNotes } from './schema';

// For a teacher presenting the story: what to point at on screen in each chapter, and one question for the
// class. Shown in the presenter view.
export const SPEAKER_NOTES: SpeakerNotes = {
  success: {
    point: {
      en: 'Point at the chalky patches in the fissures, then at the cyan bots filling them layer by layer. The “Restored” bar shows how much of the missing enamel is back.',
      es: 'Señalad las manchas blanquecinas de las fisuras y luego los bots cian que las rellenan capa a capa. La barra «Restaurado» muestra cuánto esmalte perdido ha vuelto.',
    },
    question: {
      en: 'Why can’t your body grow new enamel on its own?',
      es: '¿Por qué el cuerpo no puede fabricar esmalte nuevo por sí solo?',
    },
  },
  flood: {
    point: {
      en: 'Show the time bar: these seconds now stand for the weeks after the treatment, not for growth. Nothing changes on this tooth, which is the point.',
      es: 'Mostrad la barra de tiempo: estos segundos son ahora las semanas posteriores al tratamiento, no crecimiento. En esta muela no cambia nada, y eso es lo importante.',
    },
    question: {
      en: 'If a new treatment works for the first patient, is that enough to offer it to everyone?',
      es: 'Si un tratamiento nuevo funciona con el primer paciente, ¿basta con eso para ofrecérselo a todo el mundo?',
    },
  },
  'ivy-treatment': {
    point: {
      en: 'Watch the colour difference ΔE00 in the panel climb towards 0.8. Compare the max, one spot, with the mean over the whole crown.',
      es: 'Observad cómo la diferencia de color ΔE00 del panel sube hacia 0,8. Comparad el máximo, en un solo punto, con la media de toda la corona.',
    },
    question: {
      en: 'Elena found a reasonable explanation for the rising number: why might that be dangerous?',
      es: 'Elena encontró una explicación razonable para el número que subía: ¿por qué podría ser peligroso?',
    },
  },
  investigation: {
    point: {
      en: 'Point at the amber-to-brown patches spreading over the cusps. Kade links them to the genes MMP20 and KLK4, which in real life act only while a tooth forms.',
      es: 'Señalad las manchas de ámbar a marrón que se extienden por las cúspides. Kade las relaciona con los genes MMP20 y KLK4, que en la vida real solo actúan mientras se forma el diente.',
    },
    question: {
      en: 'Kade asked patients how their teeth felt, not how they looked: what can a question find that a scan cannot?',
      es: 'Kade preguntó a los pacientes cómo notaban los dientes, no cómo se veían: ¿qué puede descubrir una pregunta que no descubra un escáner?',
    },
  },
  dismissed: {
    point: {
      en: 'Keep the tooth on screen while reading: the anomalies keep growing while the team argues. Open the glossary entries for the five genes.',
      es: 'Mantened la muela en pantalla mientras leéis: las anomalías siguen creciendo mientras el equipo discute. Abrid las entradas del glosario de los cinco genes.',
    },
    question: {
      en: 'Elena said eleven cases are a list, not a study: was she right, and was that a reason to wait?',
      es: 'Elena dijo que once casos son una lista, no un estudio: ¿tenía razón, y era eso un motivo para esperar?',
    },
  },
  'public-display': {
    point: {
      en: 'This is the tooth Ivy showed on stage: point at the brown mottling and the ridges. Stress that amelogenesis imperfecta is a real condition dentists treat every day.',
      es: 'Esta es la muela que Ivy enseñó en el escenario: señalad el moteado marrón y las crestas. Recordad que la amelogénesis imperfecta es una enfermedad real que los dentistas tratan a diario.',
    },
    question: {
      en: 'Was Ivy right to make her teeth public, and who else did her choice affect?',
      es: '¿Hizo bien Ivy al mostrar sus dientes en público, y a quién más afectó su decisión?',
    },
  },
  meeting: {
    point: {
      en: 'While the staff argue, the swarm treats the young patient: point at the decay in the fissures being filled. The meeting decides nothing, and the schedule goes on.',
      es: 'Mientras el equipo discute, el enjambre trata al joven paciente: señalad la caries de las fisuras que se va rellenando. La reunión no decide nada, y la agenda sigue.',
    },
    question: {
      en: 'Halt or research: what would you have chosen, and what would it cost?',
      es: 'Parar o investigar: ¿qué habríais elegido vosotros, y qué costaría?',
    },
  },
  'young-patient': {
    point: {
      en: 'Point at the ridge growing along one cusp and watch the shape deviation pass 0.1 mm, the story’s own limit. Compare it with enamel about 2 mm thick.',
      es: 'Señalad la cresta que crece a lo largo de una cúspide y ved cómo la desviación de forma pasa de 0,1 mm, el límite de la historia. Comparadla con un esmalte de unos 2 mm de grosor.',
    },
    question: {
      en: 'Why does seeing one frightened boy change Elena’s mind when eleven cases did not?',
      es: '¿Por qué ver a un chico asustado hace cambiar de opinión a Elena cuando once casos no lo lograron?',
    },
  },
  showdown: {
    point: {
      en: 'Ivy’s weeks after the treatment play again behind the argument. Use the “What’s real?” note: real labs grow only about 2.7 µm of enamel, not 2 mm.',
      es: 'Las semanas posteriores al tratamiento de Ivy vuelven a pasar detrás de la discusión. Usad la nota «¿Qué es real?»: los laboratorios reales solo hacen crecer unas 2,7 µm de esmalte, no 2 mm.',
    },
    question: {
      en: 'Mateo asks who Tooth Rebirth is for: how would you answer for a technology you use?',
      es: 'Mateo pregunta para quién es Tooth Rebirth: ¿cómo responderíais vosotros sobre una tecnología que usáis?',
    },
  },
  'redesign-ivy': {
    point: {
      en: 'The swarm now stops at each checkpoint: point at the prompt and at the bots holding still. Watch ΔE00 stay under 0.8 this time.',
      es: 'Ahora el enjambre se detiene en cada punto de control: señalad el mensaje y los bots quietos. Observad cómo esta vez ΔE00 se queda por debajo de 0,8.',
    },
    question: {
      en: 'What does the redesign add that is not a machine?',
      es: '¿Qué añade el rediseño que no sea una máquina?',
    },
  },
  'redesign-young-patient': {
    point: {
      en: 'Compare this run with chapter 8: the shape deviation stays under 0.1 mm and no ridge grows. Where the bots rest, Kade finishes by hand.',
      es: 'Comparad esta simulación con el capítulo 8: la desviación de forma se queda por debajo de 0,1 mm y no crece ninguna cresta. Donde los bots descansan, Kade termina a mano.',
    },
    question: {
      en: 'The boy says stop just to check: why does it matter that everyone stopped?',
      es: 'El chico dice «para» solo para comprobarlo: ¿por qué importa que todos se detuvieran?',
    },
  },
  aftermath: {
    point: {
      en: 'Point at the tiny dark line in the fissure and the Pips filling it, pausing whenever the child wants to look. Open the cross-section to show enamel, dentin and pulp.',
      es: 'Señalad la rayita oscura de la fisura y los Pips que la rellenan, parando cada vez que la niña quiere mirar. Abrid el corte transversal para mostrar el esmalte, la dentina y la pulpa.',
    },
    question: {
      en: 'What should a dentist of 2045 keep from a dentist of today?',
      es: '¿Qué debería conservar un dentista de 2045 de un dentista de hoy?',
    },
  },
};
