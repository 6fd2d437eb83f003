import {describe, expect, it} from 'vitest';
import {entityTrace} from '../helpers/explain-entities.js';

// Names met on news brief had not seen, in made-up text: a lone two-letter acronym acting as a body, and a name
// taken back as "it" or "the party" that nothing says is a person's.
const outcome = (lines: string[], name: string): string | undefined =>
  entityTrace(lines).find((e) => e.subject === name)?.outcome;

describe('two-letter acronyms acting as bodies', () => {
  it.each([
    ['The UN said on Monday that aid would resume.', 'UN'],
    ['A VU spokesman said the convoy would leave on Friday.', 'VU'],
    ['VU peacekeepers were sent to the border town.', 'VU'],
    ['The VU voted to send more money to the region.', 'VU'],
  ])('%s → %s is an organization', (text, name) => {
    expect(outcome([text], name)).toBe('organization');
  });

  it.each([
    ['The PM said the plan was sound.', 'PM'],
    ['Prices rose from US$5 to EUR 7, the firm said.', 'EUR'],
    ['Police in Austin, TX said nothing on Monday.', 'TX'],
    ['Ardo Pell is the PI on the dig at Varnby.', 'PI'],
    ['Ardo Pell thanked AJ for the help.', 'AJ'],
  ])('%s → %s is no organization', (text, name) => {
    expect(outcome([text], name)).not.toBe('organization');
  });

  it('"the US said" stays a place', () => {
    expect(outcome(['The US said on Monday that aid would resume.'], 'US')).toBe('place');
  });
});

describe('a name taken back as "it" or "the party"', () => {
  it.each([
    [['Sinn Féin said it would back the motion.'], 'Sinn Féin'],
    [['The vote was close. Velna Dall and its leader stayed away.'], 'Velna Dall'],
    [['Velna Dall lost two seats on Monday. The party said the count was unfair.'], 'Velna Dall'],
    // One unknown word that "said it fired" was a body already (unknown-word-source), with no group cue near.
    [['Hezbollah said it fired rockets at the border.'], 'Hezbollah'],
    // Speaks of itself as a thing: "describes itself as", "calls itself".
    [['Velna Dall describes itself as standing for "clean rivers and open books".'], 'Velna Dall'],
    [['Sorva Marsk now calls itself a movement of the political centre.'], 'Sorva Marsk'],
  ])('%j → %s is an organization', (lines, name) => {
    expect(outcome(lines, name)).toBe('organization');
  });

  it.each([
    [['Anna Holm said it would cost too much.'], 'Anna Holm'],
    [['Anna Holm described herself as a centrist.'], 'Anna Holm'],
    [['Mayor Ardo Pell lost two seats on Monday. The party said the count was unfair.'], 'Ardo Pell'],
  ])('%j → %s stays a person', (lines, name) => {
    expect(outcome(lines, name)).toBe('person');
  });
});

describe('acronyms that name a thing, not a body', () => {
  it.each([
    ['Players chat on the VXR channel. The VXR channel was busy on Monday.', 'VXR'],
    ['The game has a QPI for mods. Fans built tools on the QPI within a week.', 'QPI'],
    ['The filing listed the XRL of each copy. Several XRLs still worked on Friday.', 'XRL'],
  ])('%s → %s is no organization', (text, name) => {
    expect(outcome([text], name)).not.toBe('organization');
  });

  it.each([
    ['The general secretary of the VRT union said the strike would go ahead.', 'VRT'],
    ['The VTA banned him on Friday.', 'VTA'],
  ])('%s → %s is an organization', (text, name) => {
    expect(outcome([text], name)).toBe('organization');
  });
});
