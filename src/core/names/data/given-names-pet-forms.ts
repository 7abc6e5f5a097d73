/**
 * Pet forms and spellings of the nrec37 round (issue 14): Russian and Georgian pet forms of
 * Aleksandr, Catalan, Spanish and Filipino names (Carme is the Catalan Carmen; Cory the pet form
 * Filipinos use for Corazón), and the South Asian spellings of Siddiq.
 * Data only, written from common usage: given-names-data.ts merges it. A pet form two names
 * share (Ninoy and Noynoy are both Benigno, father and son) is left out: the table would join
 * the two people.
 */
import type { GivenNameGroup } from '../types.ts';

/** Pet forms of names already in the tables, by group id. */
export const PET_FORMS: Record<string, string[]> = {
  aleksandr: ['Alik', 'Алик', 'Aleko', 'ალეკო', 'Алеко'],
  // Tamar is the Georgian Tamara.
  tamara: ['Tamuna', 'თამუნა', 'Тамуна'],
};

/** Spellings of names already in the tables, by group id. */
export const PET_FORM_SPELLINGS: Record<string, string[]> = {
  tamara: ['Tamar', 'თამარ', 'Тамар'],
};

export const PET_FORM_GROUPS: GivenNameGroup[] = [
  {
    id: 'carmen',
    gender: 'f',
    names: ['Carmen', 'Carme', 'Кармен'],
    diminutives: ['Carmencita', 'Carmeta'],
  },
  { id: 'corazon', gender: 'f', names: ['Corazón', 'Corazon'], diminutives: ['Cory'] },
  { id: 'adnan', gender: 'm', names: ['Adnan', 'Аднан', 'عدنان'], family: 'arabic' },
  {
    id: 'khidr',
    gender: 'm',
    names: ['Khidr', 'Khader', 'Khadr', 'Khodr', 'Hızır', 'Хидр', 'خضر'],
    family: 'arabic',
  },
  {
    id: 'siddiq',
    gender: 'm',
    names: ['Siddiq', 'Siddique', 'Sidheeq', 'Siddik', 'Sıddık', 'Seddiq', 'صديق', 'صدیق'],
    family: 'arabic',
  },
];
