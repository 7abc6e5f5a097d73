/**
 * The rules of the nrec37 round (issue 14), each with a pair it must join and a pair it must
 * keep apart, and the evidence that says which rule matched. Real names as facts; "constructed"
 * marks an invented namesake.
 */
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/core/names/index.ts';

const decide = (a: string, b: string) => compareNames(a, b).decision;
const notes = (a: string, b: string) =>
  compareNames(a, b)
    .evidence.map((e) => e.note ?? '')
    .join(' | ');

describe('nrec37 rules: one person', () => {
  it.each([
    ['English name before a Cantonese one', 'Claudia Mo Man-ching', 'Mo Man-ching'],
    ['English name before a Korean one', 'Tony Kim Sang-duk', 'Kim Sang-duk'],
    ['English name before a Pinyin one, against characters', 'Harry Wu Hongda', '吳弘達'],
    ['II is Jr.', 'Benigno Aquino II', 'Benigno Aquino Jr.'],
    ['a numeral on one side only', 'Antonio Trillanes IV', 'Antonio Trillanes'],
    ['Vietnamese tone mark placed otherwise', 'Nguyễn Thúy Hạnh', 'Nguyễn Thuý Hạnh'],
    ['Vietnamese marks dropped', 'Đặng Đình Bách', 'Dang Dinh Bach'],
    ['Arabic vowel groups kindred', 'Abdel Aziz al-Khayer', 'Abdulaziz al-Khair'],
    ['Arabic vowel left out', 'Nour al-Din al-Buhairi', 'Noureddine Bhiri'],
    ['nisba on both sides', 'Rania Alabbasi', 'Rania al-Abbasi'],
    ['Russian pet form', 'Alik Ginzburg', 'Alexander Ginzburg'],
    ['Georgian pet form', 'Aleko Elisashvili', 'Aleksandre Elisashvili'],
    ['Filipino pet form', 'Cory Aquino', 'Corazon Aquino'],
    ['Catalan name', 'Carme Forcadell', 'Carmen Forcadell'],
    ['South Asian spelling', 'Siddique Kappan', 'Sidheeq Kappan'],
    ['Korean wook', 'Kim Jung-wook', 'Kim Jeong-uk'],
    ['Korean wook in hangul', 'Kim Jung-wook', '김정욱'],
    ['ould in Arabic letters', 'Mohamed Ould Abdel Aziz', 'محمد ولد عبد العزيز'],
    ['Catalan i between surnames', 'Carme Forcadell i Lluís', 'Carme Forcadell'],
    ['Persian ث as s', 'Mahvash Sabet', 'مهوش ثابت'],
    ['first given name left out', 'Warren Kizza Besigye', 'Kizza Besigye'],
    ['first given name left out, pet form', 'Bantu Stephen Biko', 'Steve Biko'],
    ['nickname in front', 'Penguin Parit Chiwarak', 'Parit Chiwarak'],
    ['Crimean Tatar ç', 'Ahtem Çiygoz', 'Akhtem Chiygoz'],
    // 'Paul' is a Western given name, not a Pinyin syllable: no Pinyin rule keeps these apart.
    [
      'a surname whose vowels swap, after a Western given name (constructed)',
      'Paul Phelan',
      'Paul Phalen',
    ],
    ['Palestinian Khader', 'Khader Adnan', 'خضر عدنان'],
    ['Devanagari leaves the final a unwritten', 'Surendra Gadling', 'सुरेंद्र गडलिंग'],
  ])('%s: %s / %s', (_rule, a, b) => {
    expect(decide(a, b)).toBe('match');
  });
});

describe('nrec37 rules: two people', () => {
  it.each([
    ['Cantonese given names differ (constructed)', 'Claudia Mo Man-ching', 'Mo Man-kit'],
    ['only the surname agrees', 'Tony Kim', 'Kim Sang-duk'],
    ['Jr. and III: father and son', 'Benigno Aquino Jr.', 'Benigno Aquino III'],
    ['Vietnamese marks differ (constructed)', 'Đặng Đình Bách', 'Đặng Đình Bắc'],
    ['Arabic vowels differ (constructed)', 'Essam Koshak', 'Essam Kishk'],
    ['Persian vowels swapped (constructed)', 'Mohsen Shekari', 'Mohsen Shakeri'],
    ['nisba on one side (constructed)', 'Rania Alabbasi', 'Rania al-Abbas'],
    ['Pinyin syllables differ (constructed)', 'Yang Hengjun', 'Yang Hengjin'],
    ['Pinyin syllables differ, other order (constructed)', 'Jiang Tianyong', 'Jiang Tianyang'],
    ['two pet forms of Benigno: father and son', 'Ninoy Aquino', 'Noynoy Aquino'],
    ['Korean given names differ', 'Kim Jung-wook', 'Kim Jong-un'],
    ['ould beside another name', 'Mohamed Ould Abdel Aziz', 'Mohamed Ould Ghazouani'],
    ['I is an initial, not Catalan i', 'Ivan I. Ivanov', 'Ivan Petrov'],
    ['Persian ث against another surname', 'Mahvash Sabet', 'مهوش ثابتی'],
    ['father and son in an Arabic chain', 'Osama Hussain al-Najjar', 'Hussain al-Najjar'],
    ['first name of the other gender (constructed)', 'María José García', 'José García'],
    ['Arabic names in the other order (constructed)', 'Khader Adnan', 'Adnan Khader'],
    ['katakana writes its final vowel', 'Alexandra Petrova', 'アレクサンドル・ペトロフ'],
  ])('%s: %s / %s', (_rule, a, b) => {
    expect(decide(a, b)).not.toBe('match');
  });
});

describe('nrec37 rules: evidence', () => {
  it('says which rule matched', () => {
    expect(notes('Claudia Mo Man-ching', 'Mo Man-ching')).toContain(
      'an English given name before a Chinese or Korean name set aside (Claudia)',
    );
    expect(notes('Warren Kizza Besigye', 'Kizza Besigye')).toContain('a first given name left out');
    expect(notes('Benigno Aquino Jr.', 'Benigno Aquino III')).toContain('Sr. / Jr.');
    expect(notes('Kim Jung-wook', 'Kim Jeong-uk')).toContain('translit:east_asian (Korean)');
  });

  it('never claims a match in a script the engine cannot read', () => {
    expect(decide('เนติพร เสน่ห์สังคม', 'ทานตะวัน ตัวตุลานนท์')).not.toBe('match');
    expect(decide('Penguin Parit Chiwarak', 'พริษฐ์ ชีวารักษ์')).not.toBe('match');
  });
});
