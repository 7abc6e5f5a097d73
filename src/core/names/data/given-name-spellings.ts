/**
 * More spellings of names in the main table, as German and French reports write them
 * (Nadeschda, Alexandre, Jewgeni). Data only: given-names-data.ts adds them to their groups.
 */
export const EXTRA_SPELLINGS: Record<string, string[]> = {
  aleksandr: ['Alexandre', 'Aleksandre', 'Alessandro', 'Alejandro'],
  aleksei: ['Alexej', 'Alexeï', 'Alexeï', 'Alekseï', 'Aleksiej'],
  evgenii: ['Jewgeni', 'Jewgenij', 'Ievgueni', 'Evgueni', 'Jauhien'],
  nadezhda: ['Nadeschda', 'Nadejda', 'Nadieżda'],
  sergei: ['Sergueï', 'Sergiej'],
  mikhail: ['Mikhaïl', 'Michaił'],
  nikolai: ['Nikolaï', 'Nikołaj'],
  andrei: ['Andreï'],
};
