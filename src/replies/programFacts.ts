/**
 * One sentence (or short block) per program attribute, straight from the structured data.
 * Unknown facts say so and send the student to the school.
 */
import {
  convertedRate,
  costEstimate,
  creditsCovered,
  monthlyCost,
  spreadOver,
  type CostEstimate,
} from '../advice/costs.js';
import type { Quantity } from '../advice/queryEngine.js';
import type { Asks } from '../understanding/understand.js';
import { applicableFigures, residencyAt, STUDENT_RESIDENCIES, studentResidency } from '../advice/tuition.js';
import type { KnowledgeBase, Program, ProgramAttribute } from '../knowledge/types.js';
import {
  accreditorName,
  commonRequirementPhrases,
  count,
  yearsText,
  creditsText,
  durationText,
  estimateText,
  MODE_WORDS,
  monthlyText,
  money,
  moneyRange,
  joinAnd,
  notStated,
  place,
  relationSentence,
  requirementText,
  ruledOutNote,
  tuitionFigure,
  tuitionFigures,
  UNIT_WORDS,
} from './format.js';
import { bullets } from './reply.js';

/** What the question adds to an attribute answer: the residency asked or implied, and figures the student gave. */
export interface FactOptions {
  /** In-state or out-of-state, when the question says so. */
  readonly residency?: string;
  /** The student's state, which makes each program's rate in-state or out-of-state. */
  readonly homeState?: string;
  /** True when the student lives outside the US states, which makes every split rate the out-of-state one. */
  readonly abroad?: boolean;
  /** Amounts in the question: a unit asked about ("per year"), credits the student will take. */
  readonly figures?: readonly Quantity[];
  /** Details asked for by name: a tuition unit, the number of credits. */
  readonly asks?: Asks;
  /** Whether the question is a yes/no one ("is Weber online?"), which the answer may open with. */
  readonly yesNo?: boolean;
  /** Programs the article rules the student out of, from what they said: a price answer says so. */
  readonly ruledOut?: readonly string[];
}

/** The answer for one attribute of one program, in markdown. */
export type FactWriter = (p: Program, kb: KnowledgeBase, options: FactOptions) => string;

const RESIDENCY_NAMES = { in_state: 'in-state', out_of_state: 'out-of-state' } as const;

const tuition: FactWriter = (p, kb, { residency, homeState, abroad, figures = [], asks = {}, ruledOut = [] }) => {
  // "How many OIT credits would $6,228 pay for?": a sum spent on credits.
  const bought = creditsBought(p, figures, asks);
  if (bought !== undefined) return bought;
  const asked = studentResidency(residency);
  const theirs = residencyAt(p, asked, homeState);
  const leads: string[] = [];
  // "Would I pay the in-state rate?" where the article gives one figure with no residency: it doesn't say.
  // "If I lived in Oregon, would OIT charge me less?": a home in the program's state asks the same.
  const saidOrHome = asked ?? (theirs === 'in_state' ? theirs : undefined);
  if (saidOrHome !== undefined && p.tuition.every((t) => t.residency === 'any')) {
    leads.push(
      `The article doesn't say whether ${RESIDENCY_NAMES[saidOrHome]} students pay a different rate at ${p.name}: it gives one figure, ${tuitionFigures(p.tuition, { plain: true })}, without a residency.`,
    );
  }
  // "I can take 3 credits a term: what would each term cost?": the pace at the rate per credit.
  const pace = paceOf(figures);
  const perCredit = p.tuition.find((t) => t.unit === 'per_credit');
  if (pace !== undefined)
    leads.push(
      perCredit === undefined
        ? `The article doesn't give ${p.shortName}'s tuition per credit, so I can't say what a ${pace.per} at ${pace.credits} credits would cost.`
        : `At ${pace.credits} credits a ${pace.per}, that is about **${money(pace.credits * perCredit.amount)} a ${pace.per}** (my estimate: ${pace.credits} × ${money(perCredit.amount)} per credit).${
            p.credits.known ? ` ${termsAtPace(p, pace, 'Its')}` : ''
          }`,
    );
  const unit = figures.find((f) => f.measure === 'money' && f.per !== undefined)?.per ?? asks.unit;
  if (
    unit !== undefined &&
    !p.tuition.some((t) => t.unit === unit) &&
    !(pace !== undefined && perCredit !== undefined)
  ) {
    // "What's EFSC per year?": a semester's rate as a year's, labelled as the estimate it is.
    const converted = (theirs !== undefined ? applicableFigures(p, theirs) : p.tuition).flatMap((t) => {
      const amount = convertedRate(t, unit);
      return amount === undefined ? [] : [tuitionFigure({ ...t, amount, unit }, { plain: true })];
    });
    // "HACC over its three years, what's that per year?": a figure without a unit, read as the whole program's price.
    const [unstated] = p.tuition.filter((t) => t.unit === 'unspecified');
    const spread =
      unstated !== undefined && p.tuition.length === 1 && unit !== 'per_credit'
        ? spreadOver(unstated.amount, p, unit)
        : undefined;
    leads.push(
      `The article doesn't give a figure ${UNIT_WORDS[unit]} for ${p.name}: it gives ${tuitionFigures(p.tuition, { plain: true })}.` +
        (converted.length > 0
          ? ` Taking a year as two semesters, that is about ${joinAnd(converted)} (my estimate; the article doesn't say how many semesters a year ${p.shortName} runs).`
          : '') +
        (spread !== undefined && unstated !== undefined
          ? ` If ${money(unstated.amount)} is the price of the whole program, that is about **${spread.low === spread.high ? money(spread.low) : moneyRange(spread.low, spread.high)} ${UNIT_WORDS[unit]}** over its ${durationText(p)} (my estimate); if it is already ${UNIT_WORDS[unit]}, it is ${money(unstated.amount)}. Ask ${p.shortName} which it is.`
          : ''),
    );
  }
  const shown = theirs !== undefined ? applicableFigures(p, theirs) : [...p.tuition];
  const who =
    // Only when the rate follows from where they live: "for an out-of-stater" asks for a rate whatever their home.
    homeState !== undefined && asked === undefined && theirs !== undefined && shown.some((t) => t.residency !== 'any')
      ? ` (as you live in ${homeState === p.location.stateCode ? p.location.state : 'another state'}, the ${RESIDENCY_NAMES[theirs]} rate)`
      : abroad === true && theirs !== undefined && shown.some((t) => t.residency !== 'any')
        ? ` (as you live outside the 50 states, most likely the ${RESIDENCY_NAMES[theirs]} rate; the article says nothing about students from US territories or other countries)`
        : '';
  const lines = shown.map((t) => tuitionFigure(t) + (t.note ? `. ${t.note}` : ''));
  let text = `${leads.length > 0 ? `${leads.join(' ')}\n\n` : ''}Estimated tuition at **${p.name}**${who}:\n${bullets(lines)}`;
  const credits = figures.find((f) => f.measure === 'credits' && f.per === undefined)?.value;
  // "What would Weber cost if I finish in 9 months?", "two semesters at EFSC": the time the student gives.
  // "Anywhere from 6 to 12 months" at a program that takes 6 to 12 months: its own range, both ends.
  const spans = [...new Set(figures.filter((f) => f.measure === 'months' && f.strict !== true).map((f) => f.value))];
  const ownRange = spans.length === 2 && spans.includes(p.duration.minMonths) && spans.includes(p.duration.maxMonths);
  const months = ownRange ? undefined : spans[0];
  const estimate = costEstimate(p, theirs, credits, months);
  // Asked for the whole cost without saying where the student lives: an estimate for each rate that allows one.
  // "What does that come to a month?": the estimate spread over the months it takes.
  const perMonth = asks.perMonth === true;
  const written = (e: CostEstimate | undefined): string =>
    e === undefined
      ? "the article doesn't give enough to work it out"
      : perMonth
        ? monthlyText(monthlyCost(e, months))
        : estimateText(e);
  const byRate =
    estimate === undefined && theirs === undefined && (asks.total === true || perMonth)
      ? STUDENT_RESIDENCIES.filter((r) => p.tuition.some((t) => t.residency === r)).map(
          (r) => `${RESIDENCY_NAMES[r]}: ${written(costEstimate(p, r, credits, months))}`,
        )
      : [];
  const heading = perMonth ? 'Per month' : 'In total';
  // "How much for the two of us?": each pays the program's tuition.
  const people = asks.people ?? 1;
  if (estimate !== undefined) {
    text += `\n\n**${heading}: ${written(estimate)}**; fees and rate changes are not included.`;
    if (people > 1 && !perMonth)
      text += `\n\n**For ${count(people)} people: about ${moneyRange(estimate.low * people, estimate.amount * people)}** (my estimate: ${count(people)} × the total above, as each pays tuition).`;
  } else if (byRate.length > 0)
    text += `\n\n**${heading}**, by where you live:\n${bullets(byRate)}\n\nFees and rate changes are not included.`;
  else if (perMonth)
    text += `\n\nThe article doesn't give enough to work out a monthly cost for ${p.shortName}: ${tuitionFigures(p.tuition, { plain: true })}, and no total.`;
  else if (p.tuition.some((t) => t.unit === 'per_credit'))
    text += `\n\nThe article doesn't say how many credits the program takes, so I can't estimate a total.`;
  if (ruledOut.includes(p.id)) text += `\n\n${ruledOutNote(kb, p)}`;
  return text;
};

const location: FactWriter = (p) => `**${p.name}** is in ${place(p)}.`;

const accreditation: FactWriter = (p, kb) => {
  const body = kb.accreditors.find((a) => a.id === p.accreditorId);
  // "SACSCOC": the article names a commission of one of the regional bodies.
  const part =
    p.accreditorAsNamed !== undefined && body !== undefined
      ? `, part of the ${body.name} (${body.abbreviation}), which is one of`
      : ', one of';
  return `**${p.name}** is accredited by the ${accreditorName(kb, p)}${part} the ${count(kb.accreditors.length)} US regional accrediting bodies the article lists.`;
};

/** "3 credit hours per term": the student's pace, when the message gives one. */
function paceOf(figures: readonly Quantity[]): { credits: number; per: 'term' | 'year' } | undefined {
  const pace = figures.find((f) => f.measure === 'credits' && f.per !== undefined);
  return pace === undefined ? undefined : { credits: pace.value, per: pace.per === 'per_year' ? 'year' : 'term' };
}

/** "3 credits a term". */
function paceWords(pace: { credits: number; per: 'term' | 'year' }): string {
  return `${pace.credits} ${pace.credits === 1 ? 'credit' : 'credits'} a ${pace.per}`;
}

/** "Its 12 semester hours would take about **4 terms** (my estimate: 12 ÷ 3).", after the lead given; credits known. */
function termsAtPace(p: Program, pace: { credits: number; per: 'term' | 'year' }, lead: string): string {
  if (!p.credits.known) return '';
  const { amount, unit } = p.credits.value;
  const count = Math.ceil(amount / pace.credits);
  return `${lead} ${creditsText(amount, unit)} would take about **${count} ${pace.per}${count === 1 ? '' : 's'}** (my estimate: ${amount} ÷ ${pace.credits}${amount % pace.credits === 0 ? '' : ', rounded up'}).`;
}

/** How many terms (or years) a program's credits take at the student's pace, as a labelled estimate. */
function paceText(p: Program, pace: { credits: number; per: 'term' | 'year' }): string {
  if (!p.credits.known)
    return `The article doesn't give the number of credits for ${p.shortName}, so I can't work out how long it would take at ${paceWords(pace)}.`;
  return `${termsAtPace(p, pace, `At ${paceWords(pace)}, its`)} The article's ${durationText(p)} is the expected time, and it doesn't say how long a ${pace.per} is there.`;
}

const duration: FactWriter = (p, _kb, { figures = [] }) => {
  const pace = paceOf(figures);
  const expected = `The program at **${p.name}** is expected to take **${durationText(p)}** to complete.`;
  return pace === undefined ? expected : `${paceText(p, pace)}\n\n${expected}`;
};

const delivery: FactWriter = (p, _kb, { asks = {}, yesNo = false }) => {
  if (p.delivery.known) {
    const online = p.delivery.value === 'online';
    // "Do I have to relocate?" asks the opposite of "is it online?".
    // "Could I drive up for classes?": online says they needn't; whether they could is the school's to say.
    if (asks.attendWish === true && online)
      return `You wouldn't need to: per the article, **${p.name}**'s program is ${MODE_WORDS[p.delivery.value]}. It doesn't say whether ${p.shortName} also teaches it on campus, so ask ${p.shortName} if you'd like to attend in person.`;
    // "Do I have to move?" is answered no; "could I do it without moving?" yes.
    const lead = !yesNo || !online ? 'Per' : asks.inPerson === true && asks.staying !== true ? 'No — per' : 'Yes — per';
    const noMove = asks.inPerson === true && online ? ' You would not need to move or attend in person.' : '';
    return `${lead} the article, **${p.name}**'s program is ${MODE_WORDS[p.delivery.value]}.${p.delivery.note ? ` ${p.delivery.note}` : ''}${noMove}`;
  }
  return `${p.delivery.note ? `${p.delivery.note}\n\n` : ''}${notStated('whether the program can be taken online', p)}`;
};

const financialAid: FactWriter = (p) => {
  if (!p.financialAid.known) return notStated('whether financial aid is available', p);
  const head = p.financialAid.value
    ? `Yes, financial aid is available at **${p.name}**.`
    : `No — financial aid is not available for the PACS program at **${p.name}**.`;
  return p.financialAid.note ? `${head} ${p.financialAid.note}` : head;
};

/**
 * "Does HACC require me to have worked in the field?": the years of work the article gives belong to
 * a certification, not to entry ('' when it gives none for the program).
 */
export function workExperienceNote(p: Program, studentYears?: number): string {
  return p.relations
    .filter((r) => r.afterWorkYears !== undefined)
    .map((r) => {
      const years = r.afterWorkYears ?? 0;
      // "I have 2 years in the field": how those years stand against the certification's.
      const theirs =
        studentYears === undefined
          ? ''
          : studentYears >= years
            ? ` With your ${yearsText(studentYears)}, you already meet that.`
            : ` With your ${yearsText(studentYears)}, you would need ${yearsText(years - studentYears)} more for that part.`;
      return `\n\nThe article names no work experience needed to enroll. It mentions ${yearsText(years)} in the field only for ${r.bodyName} (${r.body}) certification: ${r.condition ?? ''}.${theirs}`;
    })
    .join('');
}

const admission: FactWriter = (p, kb, { asks = {} }) => {
  const lines: string[] = [];
  const workNote = asks.experience === true ? workExperienceNote(p) : '';
  if (p.requirements.known) lines.push(`You need to be ${requirementText(kb, p.requirements.value)}.`);
  if (p.requiresInstitutionAdmission.known) {
    lines.push(
      p.requiresInstitutionAdmission.value
        ? 'You must be admitted to the college itself.'
        : (p.requiresInstitutionAdmission.note ?? 'You do not need to be admitted to the college itself.'),
    );
  }
  if (p.openToNewcomers.known && !p.openToNewcomers.value)
    lines.push(p.openToNewcomers.note ?? 'Not open to newcomers to imaging.');
  const common = `\n\nNearly every program also asks for:\n${bullets(commonRequirementPhrases(kb))}`;
  if (lines.length === 0)
    return `The article lists no requirements specific to **${p.name}**.${workNote}${common}\n\nCheck the exact list with ${p.shortName}.`;
  return `For **${p.name}**:\n${bullets(lines)}${workNote}${common}`;
};

const startTerms: FactWriter = (p) =>
  p.startTerms.known
    ? `At **${p.name}** you can start in the ${joinAnd([...p.startTerms.value])}.`
    : notStated('when the program starts', p);

/** "I've got $4,000 put away: how many credits would that cover there?": the sum over the rate per credit. */
function creditsBought(p: Program, figures: readonly Quantity[], asks: Asks): string | undefined {
  // "My hospital pays up to $3,000 a year. How many OIT credits would that cover?": so many credits a year.
  const spent = figures.find((f) => f.measure === 'money' && (f.per === undefined || f.per === 'per_year'));
  const sum = spent?.value;
  const covered = asks.credits === true && sum !== undefined ? creditsCovered(p, sum) : undefined;
  if (sum === undefined || covered === undefined) return undefined;
  const yearly = spent?.per === 'per_year' ? ' a year' : '';
  const needed = p.credits.known ? creditsText(p.credits.value.amount, p.credits.value.unit) : undefined;
  const whole =
    needed === undefined
      ? ` The article doesn't say how many credits ${p.shortName} takes, so I can't tell whether that is the whole program.`
      : covered.shortBy === undefined
        ? ` That covers the ${needed} the program takes.`
        : ` The program takes ${needed}, so it falls short by about ${money(covered.shortBy)}.`;
  return `At ${money(covered.rate)} per credit, ${money(sum)}${yearly} covers about **${covered.credits} credits${yearly}** at **${p.name}** (my estimate: ${money(sum)} ÷ ${money(covered.rate)}; fees not included).${whole}`;
}

/** What finishing the program earns: "an associate degree, the …" or "its …, a certificate rather than a degree". */
function awardOf(p: Program): string {
  return p.credential.kind === 'associate_degree'
    ? `an associate degree, the ${p.credential.name}`
    : `its ${p.credential.name.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}, a certificate rather than a degree`;
}

const credential: FactWriter = (p, _kb, { figures = [], asks = {} }) => {
  const award = awardOf(p);
  const credits = p.credits.known
    ? `It takes ${creditsText(p.credits.value.amount, p.credits.value.unit)}.`
    : "The article doesn't give the number of credits.";
  // "How many credits is it?": the credits first, then what it awards.
  const asked = asks.credits === true || figures.some((f) => f.measure === 'credits');
  const bought = creditsBought(p, figures, asks);
  if (bought !== undefined) return bought;
  // "What school inside Weber runs it?": the part of the college that runs the program, where the article names it.
  const runBy = p.department.known ? ` The program is run by ${p.shortName}'s ${p.department.value}.` : '';
  return asked
    ? `${p.credits.known ? `**${p.name}** takes ${creditsText(p.credits.value.amount, p.credits.value.unit)}.` : `The article doesn't give the number of credits for ${p.name}.`} On finishing you earn ${award}.${runBy}`
    : `On finishing **${p.name}** you earn ${award}. ${credits}${runBy}`;
};

const certifications: FactWriter = (p) => {
  const lines = p.relations.map((r) => `${relationSentence(r)}.`);
  if (p.certificationLevels.known) lines.unshift(p.certificationLevels.value);
  // "Does EFSC lead to a certificate?": what it awards, then that the article links it to nothing beyond that.
  if (lines.length === 0)
    return `On finishing **${p.name}** you earn ${awardOf(p)}. ${notStated('whether it leads to any outside exam or certification beyond that', p)}`;
  return `Certifications and exams related to **${p.name}**:\n${bullets(lines)}`;
};

/**
 * Whether the article gives a program's `attribute` at all: false where its writer can only say
 * that the article doesn't (see `notStated`).
 */
export function factStated(attribute: ProgramAttribute, p: Program): boolean {
  switch (attribute) {
    case 'delivery':
      return p.delivery.known;
    case 'financial_aid':
      return p.financialAid.known;
    case 'start_terms':
      return p.startTerms.known;
    case 'certifications':
      return p.relations.length > 0 || p.certificationLevels.known;
    case 'tuition':
    case 'location':
    case 'accreditation':
    case 'duration':
    case 'admission':
    case 'credential':
      return true;
  }
}

/** The writer for every attribute the bot answers. */
export const FACT_WRITERS: Record<ProgramAttribute, FactWriter> = {
  tuition,
  location,
  accreditation,
  duration,
  delivery,
  financial_aid: financialAid,
  admission,
  start_terms: startTerms,
  credential,
  certifications,
};
