import type { Glossary, GlossaryEntry, Language } from './schema';

// Words a visitor may not know, each explained in one to three plain sentences. `forms` lists every way a term
// is written in the story's texts, so the interface can open the entry from wherever the term appears;
// tests/unit/story/glossary.test.ts proves each term appears in both languages.
export const GLOSSARY: Glossary = [
  {
    id: 'enamel',
    term: { en: 'enamel', es: 'esmalte' },
    forms: { en: ['enamel'], es: ['esmalte', 'esmaltes'] },
    definition: {
      en: 'The hard, shiny outer layer of a tooth, the hardest material in the body. It is made almost entirely of mineral. The body makes it only once, while a tooth grows.',
      es: 'La capa exterior, dura y brillante, del diente: el material más duro del cuerpo. Está hecha casi por completo de mineral. El cuerpo la fabrica una sola vez, mientras crece el diente.',
    },
  },
  {
    id: 'dentin',
    term: { en: 'dentin', es: 'dentina' },
    forms: { en: ['dentin', 'dentine'], es: ['dentina'] },
    definition: {
      en: 'The yellowish layer under the enamel that makes up most of a tooth. It is softer than enamel and can feel hot and cold.',
      es: 'La capa amarillenta bajo el esmalte que forma casi todo el diente. Es más blanda que el esmalte y puede notar el frío y el calor.',
    },
  },
  {
    id: 'pulp',
    term: { en: 'pulp', es: 'pulpa' },
    forms: { en: ['pulp'], es: ['pulpa'] },
    definition: {
      en: 'The soft, living centre of a tooth, with nerves and blood vessels. It sits inside the dentin.',
      es: 'El centro blando y vivo del diente, con nervios y vasos sanguíneos. Está dentro de la dentina.',
    },
  },
  {
    id: 'cusp',
    term: { en: 'cusp', es: 'cúspide' },
    forms: { en: ['cusp', 'cusps'], es: ['cúspide', 'cúspides'] },
    definition: {
      en: 'One of the rounded points on the chewing surface of a back tooth. A lower first molar has five.',
      es: 'Cada una de las puntas redondeadas de la cara con la que mastica una muela. Un primer molar inferior tiene cinco.',
    },
  },
  {
    id: 'fissure',
    term: { en: 'fissure', es: 'fisura' },
    forms: { en: ['fissure', 'fissures'], es: ['fisura', 'fisuras'] },
    definition: {
      en: 'A narrow groove between the cusps of a back tooth. Food and germs collect there, so decay often starts in fissures.',
      es: 'Un surco estrecho entre las cúspides de una muela. Ahí se acumulan restos de comida y gérmenes, así que la caries suele empezar en las fisuras.',
    },
  },
  {
    id: 'lesion',
    term: { en: 'lesion', es: 'lesión' },
    forms: { en: ['lesion', 'lesions'], es: ['lesión', 'lesiones'] },
    definition: {
      en: 'A damaged place in a tooth. An early lesion in enamel is a chalky white spot where mineral has been lost.',
      es: 'Una zona dañada de un diente. Una lesión temprana del esmalte es una mancha blanca y opaca donde se ha perdido mineral.',
    },
  },
  {
    id: 'molar',
    term: { en: 'molar', es: 'molar (muela)' },
    forms: { en: ['molar', 'molars'], es: ['molar', 'molares', 'muela', 'muelas'] },
    definition: {
      en: 'A wide back tooth used for chewing. The tooth in this app is a lower first molar, with five cusps and two roots.',
      es: 'Un diente ancho del fondo de la boca que sirve para masticar; también se llama muela. La de esta aplicación es un primer molar inferior, con cinco cúspides y dos raíces.',
    },
  },
  {
    id: 'ameloblast',
    term: { en: 'ameloblast', es: 'ameloblasto' },
    forms: { en: ['ameloblast', 'ameloblasts'], es: ['ameloblasto', 'ameloblastos'] },
    definition: {
      en: 'A cell that makes enamel while a tooth is forming. Ameloblasts are lost when the tooth comes through the gum, which is why enamel never grows back.',
      es: 'Una célula que fabrica el esmalte mientras se forma el diente. Los ameloblastos se pierden cuando el diente sale a través de la encía; por eso el esmalte no vuelve a crecer.',
    },
  },
  {
    id: 'amelogenesis-imperfecta',
    term: { en: 'amelogenesis imperfecta', es: 'amelogénesis imperfecta' },
    forms: { en: ['amelogenesis imperfecta'], es: ['amelogénesis imperfecta'] },
    definition: {
      en: 'A real, inherited condition in which enamel forms thin, soft or discoloured. It affects about 1 in 700 to 1 in 14,000 people, and dentists can treat it.',
      es: 'Una enfermedad real y hereditaria en la que el esmalte se forma fino, blando o con cambios de color. Afecta a entre 1 de cada 700 y 1 de cada 14.000 personas, y los dentistas pueden tratarla.',
    },
  },
  {
    id: 'genotype',
    term: { en: 'genotype', es: 'genotipo' },
    forms: { en: ['genotype', 'genotypes'], es: ['genotipo', 'genotipos'] },
    definition: {
      en: 'The versions of genes a person carries, read from their DNA. In this story the swarm learns each patient’s genotype before it starts.',
      es: 'Las versiones de los genes que lleva una persona, leídas en su ADN. En esta historia, el enjambre conoce el genotipo de cada paciente antes de empezar.',
    },
  },
  {
    id: 'amelx',
    term: { en: 'AMELX', es: 'AMELX' },
    forms: { en: ['AMELX'], es: ['AMELX'] },
    definition: {
      en: 'A gene on the X chromosome for amelogenin, the main protein of forming enamel. Changes in it can leave enamel thin, soft or discoloured.',
      es: 'Un gen del cromosoma X con las instrucciones para fabricar la amelogenina, la proteína principal del esmalte en formación. Sus variantes pueden dejar el esmalte fino, blando o con cambios de color.',
    },
  },
  {
    id: 'enam',
    term: { en: 'ENAM', es: 'ENAM' },
    forms: { en: ['ENAM'], es: ['ENAM'] },
    definition: {
      en: 'A gene for enamelin, a protein that helps enamel grow to its full thickness. Changes in it can leave enamel thin, with pits and grooves.',
      es: 'Un gen con las instrucciones para fabricar la enamelina, una proteína que ayuda al esmalte a alcanzar todo su grosor. Sus variantes pueden dejar el esmalte fino, con hoyuelos y surcos.',
    },
  },
  {
    id: 'mmp20',
    term: { en: 'MMP20', es: 'MMP20' },
    forms: { en: ['MMP20'], es: ['MMP20'] },
    definition: {
      en: 'A gene for enamelysin, which works while enamel is being laid down. Changes in it leave enamel soft and mottled yellow to brown.',
      es: 'Un gen con las instrucciones para fabricar la enamelisina, que trabaja mientras se deposita el esmalte. Sus variantes dejan el esmalte blando y moteado de amarillo a marrón.',
    },
  },
  {
    id: 'klk4',
    term: { en: 'KLK4', es: 'KLK4' },
    forms: { en: ['KLK4'], es: ['KLK4'] },
    definition: {
      en: 'A gene for kallikrein 4, which clears proteins away while enamel matures and hardens. Changes in it leave enamel soft and creamy yellow to brown.',
      es: 'Un gen con las instrucciones para fabricar la calicreína 4, que retira proteínas mientras el esmalte madura y se endurece. Sus variantes dejan el esmalte blando y de color entre amarillo crema y marrón.',
    },
  },
  {
    id: 'fam83h',
    term: { en: 'FAM83H', es: 'FAM83H' },
    forms: { en: ['FAM83H'], es: ['FAM83H'] },
    definition: {
      en: 'A gene needed for enamel to harden fully. Changes in it leave enamel chalky and soft, so it wears away.',
      es: 'Un gen necesario para que el esmalte se endurezca del todo. Sus variantes dejan el esmalte calizo y blando, así que se desgasta.',
    },
  },
  {
    id: 'delta-e00',
    term: { en: 'ΔE00', es: 'ΔE00' },
    forms: { en: ['ΔE00', 'CIEDE2000'], es: ['ΔE00', 'CIEDE2000'] },
    definition: {
      en: 'A number for how different two colours look, from the CIEDE2000 formula. In dentistry, at 0.8 half of people notice a difference, and at 1.8 half would not accept the match.',
      es: 'Un número que indica cuánto se diferencian dos colores a la vista, según la fórmula CIEDE2000. En odontología, con 0,8 la mitad de la gente nota una diferencia, y con 1,8 la mitad no aceptaría el resultado.',
    },
  },
  {
    id: 'cielab',
    term: { en: 'CIELAB', es: 'CIELAB' },
    forms: { en: ['CIELAB'], es: ['CIELAB'] },
    definition: {
      en: 'A way to describe any colour with three numbers: lightness, red to green, and yellow to blue. Healthy enamel is a light, slightly yellow white.',
      es: 'Una forma de describir cualquier color con tres números: claridad, de rojo a verde y de amarillo a azul. El esmalte sano es de un blanco claro, algo amarillento.',
    },
  },
];

const regexCache = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for an entry's forms in a language: whole words, any case, longest form first. */
function patternFor(entry: GlossaryEntry, lang: Language): RegExp {
  const key = `${lang}|${entry.forms[lang].join('|')}`;
  let re = regexCache.get(key);
  if (!re) {
    const forms = [...entry.forms[lang]].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    regexCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

export interface GlossaryMatch {
  /** The entry's id. */
  id: string;
  /** Offsets into the text, end exclusive. */
  start: number;
  end: number;
}

/**
 * Where glossary terms occur in a text, in order, without overlaps (a longer match wins over a shorter one
 * starting at the same place). The interface wraps each match in a control that opens the entry.
 */
export function findGlossaryTerms(
  text: string,
  lang: Language,
  glossary: Glossary = GLOSSARY,
): GlossaryMatch[] {
  const found: GlossaryMatch[] = [];
  for (const entry of glossary) {
    for (const m of text.matchAll(patternFor(entry, lang))) {
      found.push({ id: entry.id, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GlossaryMatch[] = [];
  let reached = 0;
  for (const m of found) {
    if (m.start < reached) continue;
    out.push(m);
    reached = m.end;
  }
  return out;
}

/** A glossary entry by id, or undefined. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}
