import type { Character } from './schema';

// One colour per character, the same in tabs, cues and timeline markers. Chosen for a dark blue-grey stage:
// each has a contrast of at least 5:1 against #1b2530 (the lightest panel colour), each is at least 20 CIEDE2000
// units from every other, and none is cyan-teal (the nanobots) or amber-brown (enamel anomalies).
// tests/unit/story/characters.test.ts measures all of this with culori.
export const CHARACTERS: Character[] = [
  {
    id: 'elena',
    name: { en: 'Elena Cruz', es: 'Elena Cruz' },
    role: {
      en: 'Oral Technologist, creator of Tooth Rebirth',
      es: 'Tecnóloga oral, creadora de Tooth Rebirth',
    },
    initials: 'EC',
    colour: '#a47ffc', // violet
  },
  {
    id: 'mateo',
    name: { en: 'Mateo', es: 'Mateo' },
    role: { en: 'Dental assistant', es: 'Asistente dental' },
    initials: 'M',
    colour: '#ff9a83', // coral
  },
  {
    id: 'almasi',
    name: { en: 'Dr. Saira Almasi', es: 'Dra. Saira Almasi' },
    role: { en: 'Clinic director', es: 'Directora de la clínica' },
    initials: 'SA',
    colour: '#5db5ff', // sky blue
  },
  {
    id: 'kade',
    name: { en: 'Kade', es: 'Kade' },
    role: { en: 'Dentist, trained the old way', es: 'Dentista de la vieja escuela' },
    initials: 'K',
    colour: '#77de55', // lime
  },
  {
    id: 'ivy',
    name: { en: 'Ivy Liu', es: 'Ivy Liu' },
    role: { en: 'Football star, patient', es: 'Estrella del fútbol, paciente' },
    initials: 'IL',
    colour: '#de7199', // rose
  },
  {
    id: 'young-patient',
    name: { en: 'The young patient', es: 'El joven paciente' },
    role: { en: 'Patient, thirteen years old', es: 'Paciente de trece años' },
    initials: 'YP',
    colour: '#f4c2ff', // pale orchid
  },
  {
    id: 'child',
    name: { en: 'The child', es: 'La niña' },
    role: { en: 'A new patient, on her first visit', es: 'Una paciente nueva, en su primera visita' },
    initials: 'C',
    colour: '#f5f42e', // lemon
  },
];
