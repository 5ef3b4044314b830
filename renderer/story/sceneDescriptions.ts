import type { SceneDescriptions } from './schema';

// What the 3D view shows in each chapter, in one sentence: the canvas's accessible description.
export const SCENE_DESCRIPTIONS: SceneDescriptions = {
  success: {
    en: 'A lower molar turns slowly while a cyan swarm of nanobots leaves its reservoir and fills the chalky lesions in the fissures of its chewing surface.',
    es: 'Una muela inferior gira despacio mientras un enjambre cian de nanobots sale de su depósito y rellena las lesiones blanquecinas de las fisuras de su cara de masticación.',
  },
  flood: {
    en: 'In the weeks after the treatment the repaired molar rests, its new enamel settling to the colour of the old, with the finished nanobots faded to dim specks.',
    es: 'En las semanas posteriores al tratamiento la muela reparada reposa, su esmalte nuevo toma el color del antiguo y los nanobots que han terminado quedan como motas tenues.',
  },
  'ivy-treatment': {
    en: 'Nanobots rebuild Ivy Liu’s molar, its chewing surface worn thin by acid, chalky spots near the gum line and a lesion in a fissure, while a faint warm tint creeps into the new enamel.',
    es: 'Los nanobots reconstruyen la muela de Ivy Liu, con la cara de masticación gastada por el ácido, manchas blanquecinas junto a la encía y una lesión en una fisura, mientras un leve tono cálido tiñe el esmalte nuevo.',
  },
  investigation: {
    en: 'Weeks after Ivy’s treatment, dormant bots wake inside her new enamel and amber-to-brown mottling begins to spread over the cusps.',
    es: 'Semanas después del tratamiento de Ivy, los bots en reposo se reactivan dentro de su esmalte nuevo y un moteado ámbar a marrón empieza a extenderse por las cúspides.',
  },
  dismissed: {
    en: 'Ivy’s molar darkens further, brown patches growing over the cusps and small ridges rising where the bots added too much enamel.',
    es: 'La muela de Ivy se oscurece aún más: crecen manchas marrones sobre las cúspides y se levantan pequeñas crestas donde los bots añadieron demasiado esmalte.',
  },
  'public-display': {
    en: 'Ivy’s molar at its worst, mottled amber to brown across the cusps, with ridges catching the light.',
    es: 'La muela de Ivy en su peor momento, moteada de ámbar a marrón por las cúspides, con crestas que atrapan la luz.',
  },
  meeting: {
    en: 'Nanobots fill the decay in the fissures of the young patient’s molar, and the chalky patches turn glossy.',
    es: 'Los nanobots rellenan la caries de las fisuras de la muela del joven paciente, y las manchas blanquecinas se vuelven brillantes.',
  },
  'young-patient': {
    en: 'In the weeks after his treatment, a ridge grows along one cusp of the boy’s molar and the enamel around it turns creamy yellow.',
    es: 'En las semanas posteriores a su tratamiento, una cresta crece a lo largo de una cúspide de la muela del chico y el esmalte de alrededor se vuelve amarillo crema.',
  },
  showdown: {
    en: 'Ivy’s molar replays the weeks after her treatment, the mottling and the ridges spreading again, as the team argues over her scan.',
    es: 'La muela de Ivy repite las semanas posteriores a su tratamiento, con el moteado y las crestas extendiéndose de nuevo, mientras el equipo discute ante su escáner.',
  },
  'redesign-ivy': {
    en: 'The redesigned swarm rebuilds Ivy’s molar in thin layers, holding still at each checkpoint, and the new enamel keeps her own colour.',
    es: 'El enjambre rediseñado reconstruye la muela de Ivy en capas finas, quieto en cada punto de control, y el esmalte nuevo conserva su propio color.',
  },
  'redesign-young-patient': {
    en: 'The redesigned swarm repairs the boy’s molar, pausing at each checkpoint, and where his genes would confuse the bots they rest, so no ridge grows.',
    es: 'El enjambre rediseñado repara la muela del chico, parando en cada punto de control, y donde sus genes confundirían a los bots estos descansan, así que no crece ninguna cresta.',
  },
  aftermath: {
    en: 'Nanobots fill the tiny dark line in a fissure of the child’s molar, pausing whenever she wants to look, and the tooth keeps its own colour.',
    es: 'Los nanobots rellenan la rayita oscura de una fisura de la muela de la niña, parando cada vez que ella quiere mirar, y el diente conserva su propio color.',
  },
};
