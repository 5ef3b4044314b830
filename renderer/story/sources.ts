import type { SourceId, Sources } from './schema';

// Every source the "What's real?" notes cite, in full (science.md lists the figures taken from each). The notes
// cite them in brackets by `cite`, the same in both languages.
export const SOURCES: Sources = {
  'ten-cate': {
    cite: 'Ten Cate’s Oral Histology',
    reference:
      'Nanci A. Ten Cate’s Oral Histology: Development, Structure, and Function, 9th ed. Elsevier, 2018; chapter “Enamel: Composition, Formation, and Structure”.',
  },
  wheeler: {
    cite: 'Wheeler’s Dental Anatomy',
    reference:
      'Nelson SJ. Wheeler’s Dental Anatomy, Physiology and Occlusion, 11th ed. Elsevier, 2020; tables of the mandibular first molar.',
  },
  fejerskov: {
    cite: 'Fejerskov et al., Dental Caries',
    reference:
      'Fejerskov O, Nyvad B, Kidd E (eds). Dental Caries: The Disease and its Clinical Management, 3rd ed. Wiley-Blackwell, 2015.',
  },
  'shao-2019': {
    cite: 'Shao et al. 2019',
    reference:
      'Shao C, Jin B, Mu Z, et al. Repair of tooth enamel by a biomimetic mineralization frontier ensuring epitaxial growth. Science Advances 2019;5(8):eaaw9569.',
  },
  'xu-2012': {
    cite: 'Xu et al. 2012',
    reference:
      'Xu C, Reed R, Gorski JP, Wang Y, Walker MP. The distribution of carbonate in enamel and its correlation with structure and mechanical properties. Journal of Materials Science 2012;47(23):8035–8043 (PMC4160314).',
  },
  'paravina-2015': {
    cite: 'Paravina et al. 2015',
    reference:
      'Paravina RD, Ghinea R, Herrera LJ, et al. Color difference thresholds in dentistry. Journal of Esthetic and Restorative Dentistry 2015;27(S1):S1–S9.',
  },
  'smith-2017': {
    cite: 'Smith et al. 2017',
    reference:
      'Smith CEL, Poulter JA, Antanaviciute A, et al. Amelogenesis imperfecta; genes, proteins, and pathways. Frontiers in Physiology 2017;8:435.',
  },
  'wright-2006': {
    cite: 'Wright 2006',
    reference:
      'Wright JT. The molecular etiologies and associated phenotypes of amelogenesis imperfecta. American Journal of Medical Genetics A 2006;140(23):2547–2555.',
  },
  'crawford-2007': {
    cite: 'Crawford et al. 2007',
    reference:
      'Crawford PJM, Aldred M, Bloch-Zupan A. Amelogenesis imperfecta. Orphanet Journal of Rare Diseases 2007;2:17.',
  },
};

/** The full reference of a source, for the teacher's detail of a "What's real?" note. */
export function sourceReference(id: SourceId): string {
  return SOURCES[id].reference;
}
