/**
 * English function words. A message made only of these plus entity names ("and HACC?",
 * "what about Weber?") is elliptical: it continues the previous question.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but so if then of at by for with about to from in on into over under ' +
    'is are was were be been being am do does did done have has had having it its it is this that these those ' +
    'i me my we our you your he she they them their what which who whom whose where when why how ' +
    'any some all both each either neither one ones there here also too as than very just only please ' +
    'can could would should will shall may might must ok okay oh hmm um well yes yeah no not now ' +
    'me again instead same wise ' +
    'school college university program programs one option course'
  ).split(' '),
);
