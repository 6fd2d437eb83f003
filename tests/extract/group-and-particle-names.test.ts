import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Two recall findings on made-up news: a place whose name holds lower-case words ("Dar es Salaam") was cut into
// pieces, and a group named by one word the lexicon lacks ("the Taliban") had no evidence and was dropped.
const kindOf = (paragraphs: string[], name: string): string =>
  entityTrace(paragraphs).find((e) => e.subject === name)?.outcome ?? 'absent';

describe('place-particles: lower-case words inside a place the gazetteer knows whole', () => {
  it('joins "Dar es Salaam" and "Newcastle upon Tyne" into one place each', () => {
    const text = ['Ardo Pell met the minister in Dar es Salaam on Saturday and flew to Newcastle upon Tyne.'];
    expect(kindOf(text, 'Dar es Salaam')).toBe('place');
    expect(kindOf(text, 'Newcastle upon Tyne')).toBe('place');
    expect(kindOf(text, 'Salaam')).toBe('absent');
    expect(kindOf(text, 'Dar')).toBe('absent');
  });

  it('look-alike: names the gazetteer does not know whole stay apart', () => {
    const text = ['Officials in Kenya and Uganda met in Varnby on Monday.'];
    expect(kindOf(text, 'Kenya')).toBe('place');
    expect(kindOf(text, 'Uganda')).toBe('place');
    expect(kindOf(text, 'Varnby on Monday')).toBe('absent');
  });
});

describe('group-acts: a word the lexicon lacks, acting or staffed as a group, is an organization', () => {
  it('"the X" claiming an attack, with its fighters, is an organization', () => {
    const text = [
      'Police said the attack was carried out by the Velkor. The Velkor claimed responsibility on Monday.',
      'Velkor fighters withdrew to the hills.',
    ];
    expect(kindOf(text, 'Velkor')).toBe('organization');
  });

  it('two unknown words before "fighters", an acronym with leaders or member states', () => {
    expect(kindOf(['Later, Varno Kessam fighters raided a village.'], 'Varno Kessam')).toBe('organization');
    expect(kindOf(['VTAS leaders met in Abuja.'], 'VTAS')).toBe('organization');
    expect(kindOf(['The member states of VTAS agreed.'], 'VTAS')).toBe('organization');
    expect(kindOf(['Velmoran said in a statement that talks would go on.'], 'Velmoran')).toBe('organization');
  });

  it('look-alikes: a person saying something in a statement, an adjective or a number before the noun', () => {
    expect(kindOf(['Ardo Pell said in a statement that he would resign.'], 'Ardo Pell')).toBe('person');
    expect(kindOf(['She met other Varnic members of parliament.'], 'Varnic')).not.toBe('organization');
    expect(kindOf(['Photos of the 501st Velkan members were shown.'], 'Velkan')).not.toBe('organization');
    expect(kindOf(['Hundreds of Velmarish fighters crossed.'], 'Velmarish')).not.toBe('organization');
    // A common word that only opens sentences needs a claim, not only its members: the lexicon lacks most nouns.
    expect(kindOf(['Vorld leaders gathered in Rome.'], 'Vorld')).not.toBe('organization');
  });
});
