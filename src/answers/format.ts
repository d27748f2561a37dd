/** Wording for figures: money, tuition units, residency, durations. Pure functions. */
import type { KnowledgeBase, Program, TuitionFigure } from '../knowledge/types.js';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$6,228". */
export function money(amount: number): string {
  return USD.format(amount);
}

const UNIT_WORDS: Record<TuitionFigure['unit'], string> = {
  per_credit: 'per credit',
  per_year: 'per year',
  per_semester: 'per semester',
  unspecified: '(the article does not say per what)',
};

const RESIDENCY_WORDS: Record<TuitionFigure['residency'], string> = {
  in_state: 'in-state',
  out_of_state: 'out-of-state',
  any: '',
};

/** "in-state: $6,228 per year" — always with its unit and residency. */
export function tuitionFigure(t: TuitionFigure): string {
  const who = RESIDENCY_WORDS[t.residency];
  const amount = `**${money(t.amount)}** ${UNIT_WORDS[t.unit]}`;
  return who ? `${who}: ${amount}` : amount;
}

/** "6 to 12 months", "3 years", "6 months". */
export function durationText(p: Program): string {
  const { minMonths, maxMonths } = p.duration;
  const months = (m: number): string => (m % 12 === 0 && m >= 24 ? `${m / 12} years` : `${m} months`);
  return minMonths === maxMonths ? months(minMonths) : `${minMonths} to ${months(maxMonths)}`;
}

/** An estimate of total tuition where the article gives both a per-credit rate and the credits. */
export function totalTuitionEstimate(p: Program): { amount: number; basis: string } | undefined {
  const perCredit = p.tuition.find((t) => t.unit === 'per_credit');
  if (perCredit === undefined || !p.credits.known) return undefined;
  const credits = p.credits.value;
  const unit = credits.unit === 'semester_hours' ? 'semester hours' : 'credits';
  return {
    amount: credits.amount * perCredit.amount,
    basis: `${credits.amount} ${unit} × ${money(perCredit.amount)} per credit`,
  };
}

/** "Title by Author": how every answer names where its facts come from. */
export function sourceName(kb: KnowledgeBase): string {
  return `${kb.source.title} by ${kb.source.author}`;
}

/** "Northwest Commission on Colleges and Universities (NWCCU)" for a program's accreditor. */
export function accreditorName(kb: KnowledgeBase, p: Program): string {
  const a = kb.accreditors.find((x) => x.id === p.accreditorId);
  return a ? `${a.name} (${a.abbreviation})` : p.accreditorId;
}

/** "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

/** "The article doesn't say … — please check with the school." */
export function notStated(what: string, p: Program): string {
  return `The article I draw on doesn't say ${what} at ${p.name}. Please check with ${p.shortName} directly before you decide.`;
}
