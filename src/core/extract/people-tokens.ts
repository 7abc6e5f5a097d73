/** A capitalised word of a sentence, with its offsets in the sentence (people.ts reads them). */
export interface Token {
  text: string;
  start: number;
  end: number;
}
