import { describe, expect, it } from 'vitest';
import { applyUpdate, NO_MEMORY, type TurnMemory } from '../../src/understanding/memory.js';
import { rememberTurn, understand } from '../../src/understanding/understand.js';
import { fixtureBot } from '../helpers/fixtureBot.js';
import { kb, understood } from '../helpers/fixtureUnderstanding.js';

const recognizer = fixtureBot().recognizer;

/** Understands a sequence of user lines, carrying memory from turn to turn. */
function conversation(...lines: string[]) {
  let memory: TurnMemory = NO_MEMORY;
  return lines.map((line) => {
    const u = understood(line, memory);
    memory = applyUpdate(memory, rememberTurn(u));
    return u;
  });
}

describe('understand', () => {
  it('takes a price the recognizer calls off-topic as a price asked of the student, but not the price of something else', () => {
    expect(understood('whats it gonna cost an alaskan').intent).toBe('program_tuition');
    expect(understood("I live in Tucson, what's the cost of gas there?").intent).not.toBe('program_tuition');
  });

  it('reads "within a year" as a length, not as asking for a yearly rate', () => {
    expect(understood('Which program can I finish within a year?').asks.unit).toBeUndefined();
    expect(understood('How much is Birchwood a year?').asks.unit).toBe('per_year');
  });

  it('carries the previous question over to a newly named program', () => {
    const [, second] = conversation('how long does alder take', 'and cedar valley?');
    expect(second?.intent).toBe('program_duration');
    expect(second?.programs).toEqual(['cedar']);
    expect(second?.followUp).toBe(true);
  });

  it('carries the program over to a new question', () => {
    const [, second] = conversation('tell me about birchwood', 'is it online?');
    expect(second?.intent).toBe('program_delivery');
    expect(second?.programs).toEqual(['birch']);
    expect(second?.programsFromContext).toBe(true);
  });

  it('keeps the program and question when only the residency changes', () => {
    const [, second] = conversation('birchwood tuition', 'what about out of state?');
    expect(second?.intent).toBe('program_tuition');
    expect(second?.programs).toEqual(['birch']);
    expect(second?.residency).toBe('out_of_state');
  });

  it('turns a general question that names a program into that program’s question', () => {
    const [u] = conversation('what are the admission requirements at cedar valley?');
    expect(u?.intent).toBe('program_admission');
    expect(u?.programs).toEqual(['cedar']);
  });

  it('reads a state as the program located there for program questions', () => {
    const [u] = conversation('how much is the program in Idaho?');
    expect(u?.programs).toEqual(['alder']);
  });

  it('does not invent a follow-up for a fresh general question', () => {
    const [, second] = conversation('how much is alder', 'what is accreditation?');
    expect(second?.intent).toBe('accreditation_info');
    expect(second?.followUp).toBe(false);
  });

  it('compares the program under discussion with the one a comparison names', () => {
    const [, second] = conversation('tell me about alder', 'compare it with cedar valley');
    expect(second?.intent).toBe('compare_programs');
    expect(second?.programs).toEqual(['alder', 'cedar']);
  });

  it('compares the programs of the states a comparison names', () => {
    const [u] = conversation('compare the Idaho program with the Ohio one');
    expect(u?.intent).toBe('compare_programs');
    expect(new Set(u?.programs)).toEqual(new Set(['alder', 'cedar']));
  });

  it('reads a search that names a state or a region as a question about location', () => {
    const [state] = conversation('are there any pacs programs in Florida?');
    expect(state?.attribute).toBe('location');
    const [region] = conversation('anything in the midwest?');
    expect(region?.attribute).toBe('location');
  });

  it('leaves out-of-scope messages out of scope and keeps the memory', () => {
    let memory: TurnMemory = applyUpdate(NO_MEMORY, rememberTurn(understood('how much is alder')));
    const u = understood('what is the weather in Paris', memory);
    expect(u.intent).toBeUndefined();
    memory = applyUpdate(memory, rememberTurn(u));
    expect(memory.programs).toEqual(['alder']);
  });
});

describe('understand: several programs under discussion', () => {
  it('keeps them when the question points back at them', () => {
    const [, second] = conversation('compare alder and birchwood', 'how long do they take?');
    expect(second?.intent).toBe('program_duration');
    expect(second?.programs).toEqual(['alder', 'birch']);
  });

  it('asks about every program when the question does not point back', () => {
    const [, second] = conversation('compare alder and birchwood', 'is financial aid available anywhere?');
    expect(second?.programsFromContext).toBe(false);
    expect(second?.programs).toEqual([]);
  });
});

describe('understand: accreditors', () => {
  it('reads "tell me more about" an accreditor as a question about the accreditor, even with a program under discussion', () => {
    const [, second] = conversation('where is alder', 'can you tell me more about the HLC');
    expect(second?.intent).toBe('accreditors_list');
    expect(second?.accreditors).toEqual(['hlc']);
  });
});

describe('understand: intents that ask for more confidence', () => {
  it('does not act on a doubtful "start over" and offers it as a choice instead', () => {
    const base = recognizer.recognize('start over');
    const doubtful = {
      ...base,
      intent: { intent: 'cancel', score: 0.46 },
      runnerUp: { intent: 'program_start_terms', score: 0.31 },
      ambiguous: false,
    };
    const u = understand(doubtful, kb);
    expect(u.intent).toBe('cancel');
    expect(u.ambiguous).toBe(true);
  });

  it('acts on a clear "start over"', () => {
    const u = understand(recognizer.recognize('start over'), kb);
    expect(u.intent).toBe('cancel');
    expect(u.ambiguous).toBe(false);
  });

  it('takes "that one" at the end of a story as the program the story named, whatever general words the story has', () => {
    const u = understood(
      'I work at a front desk. I want to do the Alder one because my sister lives near there. I never did any tech school or any registry exam. Could I actually get into that one',
    );
    expect(u.programs).toEqual(['alder']);
    expect(understood('I never did any tech school. Which programs could I get into?').programs).toEqual([]);
  });

  it('reads years said on their own in a message about PACS work as years of work, and "within 2 years" as a length', () => {
    const admin = understood('PACS admin at a hospital in Boise, 6 yrs. which program fits?');
    expect(admin.student.imagingYears).toBe(6);
    expect(admin.figures).toEqual([]);
    expect(understood('i already do pacs stuff at a clinic, 2 yrs, no registry').student.imagingYears).toBe(2);
    expect(understood('PACS admin here, anything I can finish within 2 years?').student.imagingYears).toBeUndefined();
    expect(understood('rad tech, my job reimburses $5,250 a year').student.imagingYears).toBeUndefined();
  });

  it("reads a master's or a BS as a degree of at least a bachelor's, whatever else the story says of high school", () => {
    expect(understood("retired high school teacher with a master's in education").student.education).toBe('bachelor');
    expect(understood('just finished a BS in health information management').student.education).toBe('bachelor');
    // "Association" in a body's name is no associate's degree of the student's.
    expect(understood('which program is accredited by the Southern Association?').student.education).toBeUndefined();
    expect(understood('I have my associates. which program fits?').student.education).toBe('associate');
  });

  it('reads a state only as spelled: "main" is not Maine', () => {
    expect(understood('is that one of the main six on your list').states).toEqual([]);
    expect(understood('i live in maine. which is cheapest for me?').student.homeState).toBe('ME');
  });

  it("takes the place said right after the student's job as where they live", () => {
    expect(understood("I'm a rad tech in Ohio. How much is Birchwood for me?").student.homeState).toBe('OH');
    expect(understood("I'm a rad tech. Is there a program in Ohio?").student.homeState).toBeUndefined();
    // A place listed with the job and registration is home; one of two places, or a program's, is asked about.
    expect(understood('MRI tech, ARRT, Pittsburgh. which is cheapest for me?').student.homeState).toBe('PA');
    expect(understood('rad tech, Utah or Idaho?').student.homeState).toBeUndefined();
    expect(understood('rad tech, utah programs?').student.homeState).toBeUndefined();
  });

  it('takes a body opening a sentence that asks nothing, or said before where the writer is, as held; one asked about not', () => {
    expect(understood('ARDMS RDMS here, can I get into Cedar Valley?').student.registrations).toEqual(['ARDMS']);
    expect(understood('ARRT. boise id. 9k cap. go.').student.registrations).toEqual(['ARRT']);
    expect(understood('zero imaging experience. Cedar Valley ABII?').student.registrations).toBeUndefined();
    expect(understood('ABII?').student.registrations).toBeUndefined();
  });

  it('takes a state code closing a clause after a town the lexicon does not know as where the student lives', () => {
    expect(understood('winnemucca NV, ARRT, saved about $16,000. what can i afford?').student.homeState).toBe('NV');
    expect(understood('Grand Forks ND. Budget 9k. options?').student.homeState).toBe('ND');
    // A code in capitals that closes a short clause as a word does is no state.
    expect(understood('Sounds OK. which is cheapest for me?').student.homeState).toBeUndefined();
    expect(understood('is it OK? which is cheapest?').states).toEqual([]);
  });

  it('keeps a rate named beside a total as asked, unless the message sets it aside', () => {
    expect(
      understood("what's cheaper per credit, Alder or Birchwood, and what would Alder cost in total?").asks,
    ).toMatchObject({
      unit: 'per_credit',
      total: true,
    });
    expect(understood('Is Alder cheaper than Birchwood overall, not just per credit?').asks.unit).toBeUndefined();
  });
  it('holds no registration the student only supposes or is given by a program', () => {
    expect(
      understood("is alder's certificate the same thing as being ABII certified?").student.registrations,
    ).toBeUndefined();
    expect(understood('which program would give me ABII eligibility soonest?').student.registrations).toBeUndefined();
    expect(understood("I'm ARRT certified. can I get into Cedar Valley?").student.registrations).toEqual(['ARRT']);
  });
  it('takes a place said alone, with a budget said beside it, as where the student lives', () => {
    const u = understood('lincoln ne. 7k cap. thoughts?');
    expect(u.student.homeState).toBe('NE');
    expect(u.states).toEqual([]);
  });
});
