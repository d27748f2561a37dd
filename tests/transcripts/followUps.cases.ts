/** Short follow-ups that lean on the previous turn. */
import type { Transcript } from '../helpers/transcript.js';

export const followUpCases: readonly Transcript[] = [
  {
    name: 'keeps the program the student named as the one discussed after explaining a body',
    steps: [
      ['thinking about Cedar Valley. what is the ABII, and would I be eligible?', '**ABII** is the American Board'],
      ['how much is it', { says: 'Cedar Valley Community College', not: 'Alder' }],
    ],
  },
  {
    name: 'answers "why does that matter for X specifically?" with X, not the last topic once more',
    steps: [
      ['how has medical imaging changed?', 'Imaging in medicine'],
      ['why does that matter for archives specifically', { says: 'Why archives matter', not: 'Put simply' }],
    ],
  },
  {
    name: 'spells out "those two acronyms" just named as two programs\' accreditors',
    steps: [
      ['who accredits Alder and Birchwood?', 'Higher Learning Commission'],
      [
        'what do those two acronyms stand for',
        {
          says: ['**NWCCU** is the Northwest Commission', '**HLC** is the Higher Learning Commission'],
          not: "can't help",
        },
      ],
    ],
  },
  {
    name: 'prices the program just priced for the time the student then gives',
    steps: [
      ['I live in Tucson. how much is Birchwood for me', 'about $2,500 to $5,000'],
      [
        'and if I get it done in 6 months?',
        { says: 'about $2,500 (my estimate: your 6 months at in-state: $5,000 per year)', not: 'entry requirement' },
      ],
    ],
  },
  {
    name: 'gives a student who lives abroad or in a US territory the out-of-state rate, saying the guide is silent on them',
    steps: [
      [
        'I live in Toronto, Canada. how much would birchwood be for me?',
        { says: ['outside the 50 states', 'out-of-state', '$12,000', 'territories or other countries'], not: '$5,000' },
      ],
      ['and what about for someone in Tucson?', { says: ['$5,000'], not: 'outside the 50 states' }],
      [
        "I'm in San Juan, Puerto Rico. how much would birchwood be for me?",
        { says: 'outside the 50 states', not: '$5,000' },
      ],
    ],
  },
  {
    name: 'reads "an Arizonan" as where the student lives, "not an Arizona resident" as where they do not, and "the NWCCU school" as the program it accredits',
    steps: [
      ["I'm an Arizonan. how much is birchwood?", { says: ['as you live in Arizona', '$5,000'], not: '$12,000' }],
      [
        "I'm obviously not an arizona resident. what would birchwood charge me?",
        { says: ['out-of-state', '$12,000'], not: ['$5,000', 'you live in Arizona'] },
      ],
      ['how long does the NWCCU school take?', { says: ['Alder', '9 months'], not: 'Birchwood' }],
      ["is birchwood's 12,000 the in-state or out-of-state price?", { says: ['out-of-state', '$12,000'], not: /^Yes/ }],
      [
        'for an Idahoan, is the NWCCU school or Birchwood cheaper?',
        { says: ['**Alder**', '$6,000', 'out-of-state'], not: [/^Yes/, 'accrediting bodies'] },
      ],
    ],
  },
  {
    name: 'takes a registration, a residency or a diploma the student denies as not theirs',
    steps: [
      [
        "I took the ARRT limited scope exam but I'm not ARRT registered. can I get into cedar valley?",
        { says: /^No: \*\*Cedar Valley/, not: /^Yes/ },
      ],
      ["I'm not an Arizona resident, how much is birchwood?", { says: ['out-of-state', '$12,000'], not: '$5,000' }],
      ["I'm an AZ resident, how much is birchwood?", { says: ['in-state', '$5,000'], not: '$12,000' }],
      [
        'left school at 16 and never got a diploma or GED. can I still do one of these programs?',
        { says: /^Not yet/, not: /^Yes/ },
      ],
    ],
  },
  {
    name: 'takes a city with its state, in a message about the student, as where they live',
    steps: [
      [
        "58, drive a school bus in Santa Fe NM, bachelor's in history. how much would birchwood be for me?",
        { says: ['another state', 'out-of-state', '$12,000'], not: '$5,000' },
      ],
    ],
  },
  {
    name: 'picks programs by their place in the list just shown',
    steps: [
      ['which programs are there?', 'Birchwood University'],
      ['the second one', /^\*\*Birchwood University\*\*/],
      ['how much is the last one?', 'Cedar Valley Community College'],
    ],
  },
  {
    name: 'answers "what if I was registered instead?" for that student, then keeps what the student really said',
    steps: [
      ["I'm a nurse. Could I get into Cedar Valley?", /^No: \*\*Cedar Valley/],
      ['what if I was an ARRT registered tech instead?', /^Yes: \*\*Cedar Valley/],
      ['and could I get into Cedar Valley?', { says: /^No: \*\*Cedar Valley/, not: /^Yes/ }],
    ],
  },
  {
    name: 'answers a longer "what if…" about the student for the program just discussed, not as a question about jobs',
    steps: [
      [
        "bachelor's in biology, zero healthcare work experience. would Cedar Valley let me in?",
        /^No: \*\*Cedar Valley/,
      ],
      ['what if i got a job as an xray tech first?', { says: /^Only if you are registered/, not: 'pay or jobs' }],
    ],
  },
  {
    name: 'takes "so total roughly?" after a price as the whole cost of that program',
    steps: [
      ['how much is Birchwood for an Arizona resident?', 'in-state'],
      ['so total roughly?', { says: ['Birchwood', 'In total: about'], not: 'Sorry' }],
    ],
  },
  {
    name: 'asks a short or "which" follow-up of the two programs just compared, not of every program',
    steps: [
      ['compare Alder and Birchwood', 'Alder vs Birchwood'],
      ['which has financial aid?', { says: ['Alder', 'Birchwood'], not: 'Cedar Valley' }],
      ['how about time-wise', { says: ['9 months', '6 to 12 months'], not: 'Cedar Valley' }],
      ['which programs offer financial aid?', 'Cedar Valley'],
    ],
  },
  {
    name: 'answers "are they the same length?" and "is that the same one as the Ohio school?" with a yes or no first',
    steps: [
      ['compare Alder and Birchwood', 'Alder vs Birchwood'],
      [
        'are they the same length?',
        { says: [/^No, not the same for both/, '9 months', '6 to 12 months'], not: 'Sorry' },
      ],
      ['who accredits Alder?', 'Northwest Commission'],
      [
        'is that the same one as the Ohio school?',
        { says: [/^No, not the same for both/, 'Higher Learning Commission'], not: /^Yes/ },
      ],
    ],
  },
  {
    name: 'takes "by how much?" after "is Cedar Valley longer than Birchwood?" as the gap in length',
    steps: [
      ['is Cedar Valley longer than Birchwood?', /^Yes: \*\*Cedar Valley\*\* takes longer/],
      ['by how much?', { says: '12 to 18 months longer', not: '$' }],
    ],
  },
  {
    name: 'reads "which one gets me done first?" as a comparison of length, and "how many times longer is the other one?" as its gap',
    steps: [
      [
        'between Cedar Valley and Birchwood, which one gets me done first',
        /^\*\*Birchwood\*\* is faster than Cedar Valley/,
      ],
      ['how many times longer is the other one', { says: 'about 2 to 4 times as long' }],
    ],
  },
  {
    name: 'ranks every program for "which is the longest program?" right after comparing two',
    steps: [
      ['compare Alder and Birchwood', 'Alder vs Birchwood'],
      ['Which is the longest program?', { says: /^\*\*Longest:\*\* \*\*Cedar Valley/, not: 'neither is clearly' }],
    ],
  },
  {
    name: 'takes "the other one" as the rest of the list or pair just shown, asking the same question of it',
    steps: [
      ['which programs are there?', 'Birchwood University'],
      ['how long is the first one', '**Alder Technical Institute** is expected to take **9 months**'],
      ['how long is the second one?', 'Birchwood University'],
      ['is Alder faster than Birchwood?', 'Alder'],
      ["what's the other one's accreditor?", { says: 'Birchwood University', not: ['Sorry', 'Alder'] }],
      ['which programs take a year or less?', 'Birchwood'],
      ['how long is the first one?', '9 months'],
      ['what about the other online one, how much is it?', { says: ['Birchwood', '$5,000'], not: 'online' }],
    ],
  },
  {
    name: 'takes "the others" after one program as every other program, and "and the other one?" as the same question',
    steps: [
      ['tell me about Birchwood', 'Birchwood University'],
      ['how much are the others?', { says: ['Alder', 'Cedar Valley'], not: 'Sorry' }],
      ['compare Alder and Cedar Valley', 'Alder'],
      ['how long is the first one?', '9 months'],
      ['and the other one?', { says: ['Cedar Valley', '2 years'], not: '**Cedar Valley Community College** (' }],
    ],
  },
  {
    name: 'asks the last comparison again for a new home or on another measure, with no yes or no about the old one',
    steps: [
      ["I'm in Tucson. Alder vs Birchwood, which one is cheaper for me?", /^\*\*Birchwood\*\* costs less/],
      [
        'what if I moved to Boise before enrolling, would that flip it?',
        { says: ['out-of-state: **$12,000** per year', 'Alder'], not: [/^(Yes|No)\b/, 'Sorry', '$5,000'] },
      ],
      ['how about length, which is less?', { says: ['Alder', '9 months'], not: 'costs less' }],
      ['compare Alder and Cedar Valley', 'Alder'],
      ['how about cost, which is less for me?', { says: 'Alder', not: 'Sorry' }],
    ],
  },
  {
    name: 'asks a ranking again for a student who changes what they said ("and if I\'m not registered?"), and "what else" leaves out the program discussed',
    steps: [
      ['Which program is fastest if you are ARRT registered?', 'Alder'],
      ["and if I'm not registered with anything?", { says: ['Leaving out Cedar Valley', '**Fastest:**'], not: /^No/ }],
      ['tell me about Alder', 'Alder Technical Institute'],
      [
        'what else is there that I could finish in under a year?',
        { says: ['Leaving out Alder', 'Birchwood'], not: '**Alder' },
      ],
    ],
  },
  {
    name: 'asks "what about online?" or "do I have to live in Arizona?" of the one program just answered',
    steps: [
      ['Does Alder require applicants to be registered technologists?', /^No/],
      ['what about online?', { says: [/^Yes/, 'Alder'], not: 'Cedar Valley' }],
      ['What do I need to apply to Birchwood?', 'Birchwood'],
      ['do I have to live in Arizona to apply?', { says: [/^No/, 'Birchwood'], not: 'Cedar Valley' }],
    ],
  },
  {
    name: 'answers a bare "by whom?" about the program under discussion',
    steps: [
      ['is cedar valley accredited', 'Higher Learning Commission'],
      ['by whom?', 'Higher Learning Commission'],
    ],
  },
  {
    name: 'takes "and the fastest?" after "the cheapest" as the next ranking',
    steps: [
      ['whats the cheapest option', /different units/i],
      ['and the fastest?', /Fastest/],
    ],
  },
  {
    name: 'understands in-district as a residency in a tuition follow-up',
    steps: [
      ['how much is birchwood for out of state students', '$12,000'],
      ['what about in-district?', { says: '$5,000', not: '$12,000' }],
    ],
  },
  {
    name: 'takes "i dont care" as skipping a finder question',
    steps: [
      ['help me choose a program', 'registered imaging technologist'],
      ['new to the field', 'online'],
      ['either is fine', 'How much time'],
      ['i dont care about time', 'budget'],
    ],
  },
  {
    name: 'introduces itself when asked who it is',
    steps: [['who are you?', /advisor for PACS/]],
  },
  {
    name: 'answers "it" for both programs under discussion, not for every program',
    steps: [
      ['compare alder and birchwood', 'Alder'],
      ['how much is it?', { says: ['Alder', 'Birchwood'], not: 'Cedar Valley' }],
    ],
  },
  {
    name: 'compares "the two" programs talked about one after the other',
    steps: [
      ['tell me about alder', 'Alder Technical Institute'],
      ['and Cedar Valley?', 'Cedar Valley'],
      ['which of the two is faster?', { says: /Alder\*\* is faster/, not: 'Which program should I compare' }],
    ],
  },
  {
    name: 'takes "it" after an accreditor as that body, so its programs are the ones asked about',
    steps: [
      ['what is NWCCU?', 'Northwest Commission'],
      ['which programs does it accredit?', { says: 'Alder', not: ['Birchwood', 'Cedar Valley'] }],
      ['how much are they?', { says: '$300', not: ['$5,000', '$8,000'] }],
    ],
  },
  {
    name: 'takes "that" after an accreditor as that body, and "that body" after a program as its accreditor',
    steps: [
      ['what does NWCCU stand for?', 'Northwest Commission'],
      ['which school has that?', { says: /Alder Technical Institute\*\* is accredited by/, not: 'Birchwood' }],
      ['is Cedar Valley accredited?', 'Higher Learning Commission'],
      ["what's the full name of that body?", { says: /^\*\*HLC\*\* is the Higher Learning Commission/, not: 'NEASC' }],
    ],
  },
  {
    name: 'says the last topic or term again in one line when asked to put it more simply',
    steps: [
      ['what is PACS?', { says: /^\*\*/ }],
      [
        'and what does that mean in plain english?',
        { says: /^Put simply: Fixture summary of what pacs is/, not: 'Accreditation' },
      ],
      ['what is the ABII?', 'American Board of Imaging Informatics'],
      ["i don't get it", { says: /^Put simply:\s+\*\*ABII\*\*/ }],
    ],
  },
  {
    name: 'asks a question of cost again for the home the student then gives, and keeps a comparison a comparison',
    steps: [
      ['is Birchwood cheaper than Alder?', 'where you live'],
      ['I live in Arizona', { says: /^\*\*Birchwood\*\* costs less than Alder/, not: 'keep in mind' }],
      ['what if I lived in Idaho instead?', { says: ['out-of-state', '$12,000'], not: ['$5,000', 'Sorry'] }],
      ['how much is Birchwood?', '$12,000'],
      ["what if i'm in-state?", { says: '$5,000', not: 'Sorry' }],
    ],
  },
  {
    name: 'explains in short what a fact means for a student when asked "is that good?", and never reads the question as goodbye',
    steps: [
      ['is Alder accredited?', 'Northwest Commission'],
      ['so is that good?', { says: /^Put simply: /, not: 'Goodbye' }],
      ['how long is Cedar Valley?', '2 years'],
      ['is that good?', { not: 'Goodbye' }],
      ["so I'm thinking about PACS", { not: 'Goodbye' }],
      ['ok bye', /^Goodbye/],
    ],
  },
  {
    name: "answers short questions that only point back at the last term or the last program's accreditor",
    steps: [
      ['what does ABII stand for?', 'American Board of Imaging Informatics'],
      ['and who else offers that?', { says: 'Cedar Valley', not: 'Sorry' }],
      ['which accreditor does Birchwood have?', 'Higher Learning Commission'],
      ['what does that stand for?', { says: /^\*\*HLC\*\* is the Higher Learning Commission/ }],
      ['who else has that one?', { says: ['Birchwood', 'Cedar Valley'], not: ['Alder', 'Sorry'] }],
    ],
  },
  {
    name: 'gives the whole cost of the program just priced, by residency, when asked for it as a follow-up',
    steps: [
      ['how much is Birchwood?', '$5,000'],
      [
        "what's that for the whole program?",
        { says: ['In total', 'about $2,500 to $5,000', 'about $6,000 to $12,000'], not: 'Sorry' },
      ],
    ],
  },
  {
    name: 'gives one fact of every program when asked about "these programs" without naming one',
    steps: [
      [
        'hey what credentials can i get from these programs',
        { says: ['Alder Technical Institute', 'Birchwood University', 'Cedar Valley Community College'], not: 'Sorry' },
      ],
    ],
  },
  {
    name: 'reads "are both…?" as a question about the two programs just listed, and answers "not both" when only one passes',
    steps: [
      ['tell me about Alder and Cedar Valley', 'Alder'],
      ['are both online?', { says: [/^Not both\./, 'Alder'], not: 'Birchwood' }],
    ],
  },
  {
    name: 'asks a question of cost again for where the student will move, and takes a move as their home',
    steps: [
      ['I live in Arizona. How much would Birchwood cost me?', { says: ['in-state', '$5,000'], not: '$12,000' }],
      ['and if I moved to Idaho before starting?', { says: ['out-of-state', '$12,000'], not: ['$5,000', 'Sorry'] }],
      [
        "I'm from Ohio but I'm moving to Arizona next year. What would I pay at Birchwood after I move?",
        { says: ['in-state', '$5,000'], not: '$12,000' },
      ],
    ],
  },
  {
    name: 'answers "is that one online?" about the one program the last answer named',
    steps: [
      ['which program is fastest?', /Fastest:.*Alder/],
      ['and is that one online?', { says: [/^Yes/, 'Alder'], not: ['Birchwood', 'Cedar Valley'] }],
    ],
  },
  {
    name: 'answers "does any other school share it?" after an accreditor, and "is that the shortest?" after a length',
    steps: [
      ['who accredits Birchwood?', 'HLC'],
      ['does any other school on the list share it?', { says: 'Cedar Valley', not: 'Sorry' }],
      ['who accredits Alder?', 'Northwest Commission'],
      ['which other schools does that body accredit?', { says: /^No other featured program is accredited by NWCCU/ }],
      ['how long is Cedar Valley?', '2 years'],
      ['is that the shortest?', { says: [/^No/, 'Cedar Valley'], not: 'Sorry' }],
    ],
  },
  {
    name: 'answers "and if I weren\'t registered?" and "what if I was just a nurse?" for the program just discussed, and "what if I live in Idaho?" after an overview with the cost there',
    steps: [
      ["I'm ARRT registered. Can I get into Cedar Valley?", /^Yes/],
      ["and if I weren't registered?", { says: [/^No/, 'Cedar Valley'], not: 'Sorry' }],
      ["I'm ARRT registered. Can I get into Cedar Valley?", /^Yes/],
      // Nothing but a background outside imaging replaces the registration said before.
      ['what if I was just a nurse instead?', { says: [/^No/, 'Cedar Valley'], not: [/^Yes/, 'Sorry'] }],
      ["I'm only an RN, so could I do Cedar Valley?", { says: [/^No/, 'Cedar Valley'], not: /^Yes/ }],
      ['tell me about Birchwood', 'Birchwood University'],
      ['what if I live in Idaho?', { says: ['out-of-state', '$12,000'], not: 'Sorry' }],
    ],
  },
  {
    name: 'keeps the program a statement names as the one the next questions are about, and re-asks a cost for a new home after a nearness answer',
    steps: [
      ["I live in Columbus, a few minutes from Cedar Valley, and I'm ARRT registered.", /^Thanks/],
      ['how much will it cost me?', { says: 'Cedar Valley Community College', not: ['Alder', 'Birchwood'] }],
      ['is there financial aid there?', { says: 'Cedar Valley', not: ['Alder', 'Birchwood'] }],
      ['I live in Tucson. closest program to me and how much?', { says: ['right there in Tucson', '$5,000'] }],
      ['what if I moved to Idaho before enrolling?', { says: ['out-of-state', '$12,000'], not: 'requirement' }],
    ],
  },
  {
    name: 'reads a place that opens a message about the student as their home ("Denver, no certs…", "Sacramento: …")',
    steps: [
      [
        'Denver, no imaging certs at all. which is cheapest for me?',
        { says: 'As you live in Colorado', not: 'in-state: about' },
      ],
      ['Sacramento: what would Birchwood cost me?', { says: ['out-of-state', '$12,000'], not: '$5,000' }],
      ['Ohio programs?', { says: 'Cedar Valley', not: 'As you live in Ohio' }],
    ],
  },
  {
    name: 'carries a question about one accrediting body over to the next body named',
    steps: [
      ['what states does the Northwest Commission cover?', ['NWCCU', 'Alder']],
      ['and HLC, which states?', { says: ['HLC', 'Birchwood', 'Cedar Valley'], not: 'Alder' }],
    ],
  },
  {
    name: 'carries "what does it stand for" over to the next abbreviation, in the letters typed',
    steps: [
      ['what does ATI stand for?', { says: '**ATI** stands for **Alder Technical Institute**' }],
      ['and CVCC?', { says: '**CVCC** stands for **Cedar Valley Community College**', not: 'side by side' }],
    ],
  },
  {
    name: 'takes "and Birchwood?" with nothing talked about before as a question about that program',
    steps: [['and Birchwood?', { says: ['Birchwood University', 'Tucson'], not: 'compare' }]],
  },
  {
    name: 'says "as you live in…" only when the rate follows from the student\'s home, not for a rate asked by name',
    steps: [
      ['I live in Idaho. How much is Birchwood?', ['as you live in another state, the out-of-state rate', '$12,000']],
      ['and for an in-state student?', { says: '$5,000', not: 'as you live in' }],
    ],
  },
  {
    name: 'takes "my friend in Ohio" as where someone else lives, and "how many times more" as a question of price',
    steps: [
      ['I live in Arizona. How much is Birchwood?', '$5,000'],
      [
        'how many times more would my friend in Ohio pay for that same program?',
        { says: ['$7,000 more per year', 'Birchwood', '2.4 times'], not: 'Cedar Valley' },
      ],
      ['per year of study, how does Cedar Valley compare with Birchwood in-state?', { not: /^The program at/ }],
    ],
  },
  {
    name: 'answers "do they have the same accreditor?" of the two programs in play, not of the programs that share one',
    steps: [
      ['which is cheaper, alder or cedar valley?', 'Cedar Valley'],
      [
        'do they have the same accreditor?',
        { says: [/^No, different ones/, 'Alder', 'Cedar Valley'], not: 'Birchwood' },
      ],
    ],
  },
  {
    name: 'takes "the acronym" as the name just explained',
    steps: [
      ['what is the ABII?', 'American Board of Imaging Informatics'],
      ['what does the acronym even stand for', { says: /^\*\*ABII\*\* is the American Board of Imaging Informatics/ }],
    ],
  },
  {
    name: 'keeps what the student says of themselves in a message it cannot answer',
    steps: [
      ['do any of these need an IT background? im an ARRT rad tech who can barely use excel lol', "can't help"],
      ['so would cedar valley take me?', { says: /^Yes/, not: 'Only if' }],
    ],
  },
  {
    name: 'reprices the last answer for a home given "if that matters"',
    steps: [
      ['how much is birchwood?', 'in-state'],
      [
        'im in Oregon btw if that matters',
        { says: ['as you live in another state', '$12,000'], not: ["I'll keep in mind", '$5,000'] },
      ],
    ],
  },
  {
    name: 'reads "closer to ABII" as a question about the body, not about distance from home',
    steps: [
      ['i live in reno', 'Nevada'],
      ['which one gets me closer to ABII', { says: 'American Board of Imaging Informatics', not: 'miles' }],
      ['which one is closest to me?', 'miles'],
    ],
  },
  {
    name: 'reads "what about the other online one?" after one program as the others that meet it, not that one again',
    steps: [
      ['is Alder online?', 'Every course is taught online'],
      [
        'what about the other online one',
        { says: ['Leaving out Alder', 'Birchwood'], not: 'Every course is taught online' },
      ],
    ],
  },
  {
    name: 'reads "does finishing it make me eligible for the exam?" as what the program leads to, not as getting in',
    steps: [
      ['does Alder lead to any exam?', 'ABII'],
      [
        'and birchwood, does finishing it make me eligible for the exam too',
        { says: 'continuing-education', not: 'entry requirement' },
      ],
    ],
  },
  {
    name: 'takes "I\'m registered with them" right after a registry was explained as holding that registry',
    steps: [
      ['What does ARDMS stand for?', 'American Registry of Diagnostic Medical Sonographers'],
      [
        "I'm registered with them but I never did the ARRT. Does that shut me out of Cedar Valley?",
        { says: 'No, it does not rule you out', not: 'Yes, it rules you out' },
      ],
    ],
  },
  {
    name: 'reads "whats that rate" and "and the other rate" as the price of the program just discussed',
    steps: [
      ['what is the out-of-state rate at Birchwood', '$12,000'],
      ['and the other rate', { says: ['Birchwood', '$5,000', '$12,000'], not: ['Alder', 'Cedar Valley'] }],
      ['I live in Tucson.', { says: 'in-state: **$5,000** per year', not: '$12,000' }],
      ['whats that rate', { says: ['Birchwood', 'in-state: **$5,000** per year'], not: "can't help" }],
    ],
  },
  {
    name: 'answers "is X in-state for me?" from the student\'s home and X\'s rates, and "where is X" as its place',
    steps: [
      [
        'I live in Tucson. Is Birchwood in-state for me?',
        { says: /^Yes: Birchwood's in-state rate is for residents of Arizona/ },
      ],
      ['where is birchwood for out of state students', { says: 'Tucson', not: '$12,000' }],
    ],
  },
  {
    name: 'answers "whats the total then and how long" about the one program just named, both facts in order',
    steps: [
      ['i live in Nampa, Idaho. which program is closest to me', { says: 'Closest to Nampa' }],
      ['whats the total then and how long', { says: ['about $6,000', 'expected to take **9 months**'] }],
    ],
  },
  {
    name: 'answers "is that the total or do I pay that more than once?" from the unit of the price just given',
    steps: [
      ['how much is birchwood? i live in tucson', { says: '$5,000' }],
      [
        'is that the total or do i pay that more than once',
        { says: /^No: the article gives Birchwood's tuition per year/ },
      ],
      ['how much is cedar valley', { says: '$8,000' }],
      ['is that the total or do i pay that more than once', { says: /^The article doesn't say: it gives \$8,000/ }],
    ],
  },
  {
    name: 'asks the same question of another program after "and thru X?"',
    steps: [
      ['what does it take to get the ABII cert thru cedar valley', { says: 'related to **Cedar Valley' }],
      ['and thru birchwood?', { says: /^Certifications and exams related to \*\*Birchwood University/ }],
    ],
  },
  {
    name: 'prices a number of credits said after the price of one program ("ok say it was 15 credits, what would that be")',
    steps: [
      ['how much is alder', { says: '$300' }],
      [
        'ok say it was 15 credits what would that be',
        { says: 'about $4,500 (my estimate: your 15 credits × $300 per credit)' },
      ],
      ['what if it ends up being 22 credits there instead of 20', { says: 'about $6,600' }],
    ],
  },
  {
    name: 'says what would be left of the sum the student has after the program just priced',
    steps: [
      ['i have 6500 saved. how much is alder', { says: 'about $6,000' }],
      ['how much would i have left over after', { says: /^About \*\*\$500\*\* left over: \$6,500 less my estimate/ }],
    ],
  },
  {
    name: 'asks "which of the three…?" of every program, not of the one just discussed',
    steps: [
      ['tell me about birchwood', { says: 'Birchwood' }],
      ['which of the three does the guide say has no financial aid', { says: 'Alder' }],
    ],
  },
  {
    name: 'reads "the shortest drive" as distance, and "the next closest after that" as the next place in that order',
    steps: [
      [
        'i live in oklahoma city, which school is the shortest drive for me',
        { says: /^Closest to Oklahoma City: \*\*Birchwood University\*\*/ },
      ],
      [
        'whats the next closest one after that',
        { says: /^Second closest to Oklahoma City, after Birchwood: \*\*Cedar Valley Community College\*\*/ },
      ],
    ],
  },
  {
    name: 'asks a fact of the one program just discussed when the message points back at it, whatever the recognizer leans to',
    steps: [
      ['does birchwood offer financial aid?', { says: 'Birchwood University' }],
      ["ok what's the normal price then", { says: /^Estimated tuition at \*\*Birchwood University\*\*/ }],
    ],
  },
  {
    name: 'reads "start soonest" as when programs start, and "whichever lets me start soonest" as no request to start over',
    steps: [
      [
        'which program can i start soonest?',
        { says: /^At \*\*Alder Technical Institute\*\* you can start/, not: 'Fastest' },
      ],
      [
        'i want whichever lets me start soonest',
        { says: /^At \*\*Alder Technical Institute\*\* you can start/, not: 'start over' },
      ],
      ['never mind, start over', { says: "let's start over" }],
    ],
  },
  {
    name: "takes a program's city said alone as where the student lives",
    steps: [['tucson. how much is birchwood for me?', { says: 'as you live in Arizona, the in-state rate' }]],
  },
  {
    name: 'reads "in-state or out for me" as the rate the home decides, not as a question of getting in',
    steps: [
      [
        'i live in denver CO. birchwood in-state or out for me',
        {
          says: /^Estimated tuition at \*\*Birchwood University\*\* \(as you live in another state, the out-of-state rate\)/,
        },
      ],
    ],
  },
  {
    name: 'prices credits the student supposes at another program named after a price',
    steps: [
      ['how much is birchwood?', { says: 'in-state: **$5,000** per year' }],
      [
        'ok and alder if it were 15 credits?',
        { says: 'about $4,500 (my estimate: your 15 credits × $300 per credit)' },
      ],
    ],
  },
  {
    name: 'asks "is it an accreditor?" again of another body named alone after it',
    steps: [
      ['is ARRT an accreditor too?', { says: /^No: the \*\*ARRT\*\*/ }],
      [
        'and the ARDMS?',
        {
          says: /^No: the \*\*ARDMS\*\* \(American Registry of Diagnostic Medical Sonographers\) isn't one of the six/,
        },
      ],
    ],
  },
  {
    name: 'what the student pays themselves after a grant or yearly help: the estimate less the help, for the time they give',
    steps: [
      [
        'what would Alder cost me out of pocket after a $2,000 grant?',
        { says: [/^About \*\*\$4,000\*\* out of your own pocket/, 'less $2,000'] },
      ],
      ['I live in Arizona. Birchwood out of pocket after $1,000 a year?', /^About \*\*\$1,500 to \$4,000\*\*/],
      [
        "if I finish in 6 months, what would I owe after the 1,500? I'm out of state",
        { says: /^About \*\*\$4,500\*\* out of your own pocket/, not: 'takes' },
      ],
    ],
  },
  {
    name: '"home is <city> <state>" is where the student lives, and "a year at <program>" after a price is that program\'s price for a year',
    steps: [
      ['home is Tucson Arizona. how much is Birchwood for me?', '(as you live in Arizona, the in-state rate)'],
      ['I live in Ohio now. how much is Alder?', '$300'],
      [
        'and a year at Birchwood for me?',
        { says: 'about $12,000 (my estimate: your 1 year at out-of-state: $12,000 per year)', not: 'expected to take' },
      ],
    ],
  },
  {
    name: '"is that over or under $X?" after a price says which side of the amount, not yes or no',
    steps: [
      ['how much is Alder?', '$300'],
      ['is that over or under $7,000?', { says: /^Under: \*\*Alder Technical Institute\*\*/, not: /^Yes/ }],
      ['is it over or under 5k?', { says: /^Over: \*\*Alder/ }],
    ],
  },
  {
    name: 'tuition help said once is taken off later prices, and "and if I went with X instead?" works it out again',
    steps: [
      [
        'My employer reimburses up to $1,000 a year. I live in Boise. What would Alder leave me paying myself?',
        { says: [/^About \*\*\$5,000\*\* out of your own pocket/, 'less $1,000 a year'], not: 'employers paying' },
      ],
      [
        'and if I went with Birchwood instead?',
        { says: [/^About \*\*\$5,000 to \$11,000\*\* out of your own pocket/, 'out-of-state: $12,000 per year'] },
      ],
      ['how long is it?', { says: /^The program at \*\*Birchwood University\*\* is expected to take/ }],
    ],
  },
  {
    name: 'a share of the cost paid by someone else leaves the rest of the estimate ("my job covers half")',
    steps: [
      [
        "my job covers half of my tuition. what would alder cost me after my employer's half?",
        { says: [/^About \*\*\$3,000\*\* out of your own pocket/, 'less the half paid for you'] },
      ],
    ],
  },
  {
    name: '"would I have anything left over?" after a price weighs the money said before against that program',
    steps: [
      ['I have $7,000 saved. How much is Alder?', 'Alder Technical Institute'],
      ['would I have anything left over?', { says: /^About \*\*\$1,000\*\* left over: \$7,000 less my estimate/ }],
    ],
  },
  {
    name: '"cover the rest" is the rest of the cost, not the other programs',
    steps: [
      ['tell me about Alder', 'Alder Technical Institute'],
      [
        'Can I use financial aid to cover the rest?',
        {
          says: /^No — financial aid is not available for the PACS program at \*\*Alder Technical Institute\*\*/,
          not: 'Birchwood',
        },
      ],
    ],
  },
  {
    name: 'the help is taken off the cost, not the money the student saved, when both are said',
    steps: [
      [
        'I have $5k saved and my employer gives a $1,000 tuition grant. what would alder cost me after the grant?',
        { says: [/^About \*\*\$5,000\*\* out of your own pocket/, 'less $1,000'] },
      ],
    ],
  },
  {
    name: '"what else would they want?" asks more of the school under discussion, not about the other schools',
    steps: [
      ['tell me about Cedar Valley', 'Cedar Valley Community College'],
      ['what else would they want when I apply', { says: /Cedar Valley Community College/, not: 'Alder' }],
    ],
  },
  {
    name: '"which ones can I get into?" after one program the student can\'t enter asks across every program',
    steps: [
      ["I'm a nurse and I live in Columbus, Ohio. can I get into Cedar Valley?", /^No/],
      [
        'ok so which ones can I actually get into',
        { says: ['Not for you', 'Cedar Valley', 'Alder', 'Birchwood'], not: /^No/ },
      ],
    ],
  },
  {
    name: 'where the student works ("a grocery store in Phoenix") is kept as their home for later questions',
    steps: [
      [
        "I've got a GED and I stock shelves at a grocery store in Phoenix. what would I need to apply?",
        'What programs ask for',
      ],
      ['which program is closest to me?', { says: 'Closest to Phoenix', not: 'Tell me the city' }],
    ],
  },
  {
    name: '"how fast could I wrap it up" and "cost and timeline" ask the length of the program discussed',
    steps: [
      ['tell me about birchwood', 'Birchwood University'],
      ["and how fast could i wrap it up once I'm in", { says: '6 to 12 months', not: 'Sorry' }],
      [
        'ok, cost and timeline as a Tucson resident?',
        ['in-state: **$5,000** per year', 'expected to take **6 to 12 months**'],
      ],
    ],
  },
  {
    name: '"our funding requires the provider to be accredited" is the student\'s rule, not a question about aid or admission',
    steps: [
      ['which programs are there?', 'Alder'],
      [
        'Our funding requires the provider to be accredited. Are all of these?',
        {
          says: [/^Yes/, 'Birchwood University**: accredited', 'Cedar Valley Community College**: accredited'],
          not: /financial aid|requirements/,
        },
      ],
    ],
  },
  {
    name: '"ballpark then if it turned out to be 25 credits?" after the credits asks the price of those credits',
    steps: [
      ["How many credits is Alder's certificate?", '20 credits'],
      [
        'ballpark then if it turned out to be 25 credits?',
        { says: 'about $7,500 (my estimate: your 25 credits × $300 per credit)', not: 'Sorry' },
      ],
    ],
  },
  {
    name: 'a deadline "9 months out" is the most time the student has, so a 6 to 12 month program fits only at its faster end',
    steps: [
      ['tell me about birchwood', 'Birchwood University'],
      [
        'my deadline is about 9 months out. can I get through the whole program before then?',
        { says: ["doesn't say for certain", 'only at the faster end'], not: [/^Yes/, 'per year'] },
      ],
    ],
  },
  {
    name: '"what if I get ARDMS registered?" and "ugh. what if I sit for the ARDMS and pass it" suppose the registration held',
    steps: [
      ["I'm a nurse. can I get into cedar valley?", /^No/],
      ['what if I get ARDMS registered?', /^Yes: \*\*Cedar Valley/],
      ["I'm a nurse. can I get into cedar valley?", /^No/],
      [
        'ugh. what if I sit for the ARDMS this spring and pass it',
        { says: /^Yes: \*\*Cedar Valley/, not: 'is the American Registry' },
      ],
    ],
  },
  {
    name: '"assuming that works out…" right after a supposed registration answers for the student supposed',
    steps: [
      ["I'm a nurse. can I get into Cedar Valley?", /^No: \*\*Cedar Valley Community College\*\* takes only/],
      ['what if I get ARRT registered?', /^Yes: \*\*Cedar Valley Community College\*\*/],
      ['ok assuming that works out, how much is it?', { says: '**$8,000**', not: "wouldn't take you" }],
    ],
  },
  {
    name: 'a statement about the student that names a program ("I\'m a nurse interested in Birchwood.") says what it means at that program',
    steps: [
      [
        "I'm a nurse interested in Birchwood.",
        { says: ["Thanks, I'll keep in mind", '**Birchwood University**'], not: 'Cedar Valley' },
      ],
    ],
  },
  {
    name: 'a registration whose renewal is overdue is not in good standing',
    steps: [
      ["I'm ARRT registered.", 'ARRT'],
      [
        'my ARRT renewal is overdue. can I still get into cedar valley?',
        /^No: \*\*Cedar Valley Community College\*\* takes only people in good standing/,
      ],
    ],
  },
  {
    name: '"in-state vs out of state difference there" right after one program gives the gap between its two rates',
    steps: [
      ['tell me about birchwood', '**Birchwood University**'],
      [
        'in-state vs out of state difference there',
        /^Out-of-state students pay \*\*\$7,000 more per year\*\* at \*\*Birchwood University\*\*/,
      ],
    ],
  },
  {
    name: '"is a GED ok at Alder?" asks whether the student gets in, not something the guide lacks',
    steps: [
      [
        'is a ged ok at alder',
        { says: 'names no entry requirement of its own for **Alder Technical Institute**', not: "can't help" },
      ],
    ],
  },
  {
    name: 'a body named as the student\'s goal ("my goal is ABII certification") is not one they hold',
    steps: [
      [
        'My goal is ABII certification. can I get into cedar valley?',
        /^Only if you are registered: \*\*Cedar Valley Community College\*\*/,
      ],
    ],
  },
  {
    name: 'years asked about ("is that 2 years of school or 2 years of working in the field?") are not years the student worked',
    steps: [
      [
        'is the 2 years at cedar valley 2 years of school or 2 years of working in the field?',
        {
          says: 'two years in the field only for American Board of Imaging Informatics (ABII) certification',
          not: 'With your two years',
        },
      ],
    ],
  },
  {
    name: '"and at Alder?" right after the gap between one program\'s two rates asks the same gap of the program named',
    steps: [
      [
        'how much more do out of state students pay at birchwood?',
        /^Out-of-state students pay \*\*\$7,000 more per year\*\*/,
      ],
      ['and at Alder?', /^The article gives \*\*Alder Technical Institute\*\* one figure/],
    ],
  },
  {
    name: '"…, so do I get the in-state rate?": the question after ", so" is what is asked, the part before is its premise',
    steps: [
      ['I live in Oregon. What would a year of Birchwood run me?', '$12,000'],
      [
        "Oregon's in the same accreditation region as Arizona, so do I get the in-state rate?",
        { says: /^No: Birchwood's in-state rate is for residents of Arizona/, not: 'the same for both' },
      ],
    ],
  },
  {
    name: 'a single parent who works "at an imaging center in Boise" lives there: "single mom" is the student, not someone else',
    steps: [
      ['single mom of 2, full time front desk at an outpatient imaging center in Boise.', { not: "can't help" }],
      [
        'how much is Birchwood?',
        { says: 'as you live in another state, the out-of-state rate', not: 'in-state: **$5,000**' },
      ],
    ],
  },
  {
    name: '"my mom works at a hospital in Tucson. I live in Ohio." lives in Ohio: the workplace is the mother\'s',
    steps: [
      ['my mom works at a hospital in Tucson. I live in Ohio.', { not: "can't help" }],
      ['how much is Birchwood?', { says: 'as you live in another state, the out-of-state rate', not: 'in Arizona' }],
    ],
  },
  {
    name: '"how many credits would $1,000 buy at Birchwood?", then "and at Alder?" spends the same sum there',
    steps: [
      ["I've saved up $1,000. How many credits would that buy me at Birchwood?", "doesn't give the number of credits"],
      ['and at Alder?', 'covers about **3 credits** at **Alder Technical Institute**'],
    ],
  },
  {
    name: '"per month thats like?" right after a program asks its price a month, in chat spelling ("hw long n hw much")',
    steps: [
      ['birchwood hw long n hw much, im in boise', ['6 to 12 months', 'out-of-state: **$12,000** per year']],
      ['per month thats like?', 'Per month: about $1,000'],
    ],
  },
  {
    name: '"once I\'m done, can I go for the ABII?" wishes for the body in its question, though the message opens by supposing',
    steps: [
      ['what are the admission requirements?', 'What programs ask for'],
      [
        "once I'm done can I go for the ABII?",
        { says: 'American Board of Imaging Informatics', not: 'registered with the ABII' },
      ],
      // A body inside the supposition is still held for that answer.
      ["once I'm ARRT registered can I get into Cedar Valley?", { says: /^Yes:/ }],
    ],
  },
  {
    name: 'a job told alone is taken in, and "X says two years, can I do that one?" asks about getting in, not the length',
    steps: [
      ['I work IT help desk in Tucson.', { says: 'Cedar Valley', not: 'not sure I understood' }],
      ['Cedar Valley says two years, can i do that one', { says: /^No: \*\*Cedar Valley/ }],
    ],
  },
  {
    name: 'a medical physicist is not registered with an entry body, and "which one leads to the ABII?" wishes for the body',
    steps: [
      [
        "I'm a medical physicist in Tucson. What's the quickest program someone like me could actually enroll in?",
        { says: 'Leaving out Cedar Valley', not: /\*\*Fastest:\*\* \*\*Cedar Valley/ },
      ],
      [
        'among those, which one actually leads to ABII?',
        { says: 'American Board of Imaging Informatics', not: 'registered with the ABII' },
      ],
    ],
  },
  {
    name: '"what if I moved there first and got residency, would that flip it?" asks the comparison again for the new home',
    steps: [
      ["I'm in Tucson. Alder vs Birchwood, which one is cheaper for me?", /^\*\*Birchwood\*\* costs less/],
      [
        'what if I moved to Boise first and got residency there, would that flip it?',
        { says: ['out-of-state: **$12,000** per year', 'Alder'], not: ['$5,000', /^(Yes|No)\b/] },
      ],
    ],
  },
  {
    name: '"could a newbie do that one?" asks whether a kind of person gets into the program discussed',
    steps: [
      ['tell me about Cedar Valley', 'Cedar Valley'],
      ['could a newbie do that one?', { says: /^No: \*\*Cedar Valley/, not: 'Sorry' }],
      ['can a total newbie do it?', { says: /^No: \*\*Cedar Valley/, not: 'Sorry' }],
    ],
  },
  {
    name: '"is the ABII the same org as the ARRT that Cedar Valley wants?" likens the bodies and holds neither',
    steps: [
      ['is the ABII the same org as the ARRT that Cedar Valley wants?', 'different bodies'],
      ['could I get into Cedar Valley?', { says: 'Only if you are registered', not: /^Yes/ }],
    ],
  },
  {
    name: '"would I get an in-state rate?" right after a program asks about its rates, though no price was asked before',
    steps: [
      ['tell me about Alder', 'Boise'],
      ['would I get an in-state rate?', { says: ['$300', 'per credit'], not: 'Sorry' }],
    ],
  },
  {
    name: '"which one covers Birchwood?" right after the accreditors asks which body accredits it',
    steps: [
      ['what are the six regional accreditors?', 'six'],
      [
        'which one covers Birchwood?',
        { says: /^\*\*Birchwood University\*\* is accredited by the Higher Learning Commission/ },
      ],
    ],
  },
  {
    name: '"what about Alder since she\'s in Idaho? would she get an in-state rate?" is one question: the rate of Alder',
    steps: [
      [
        "what about Alder since she's in Idaho? would she get an in-state rate?",
        { says: ["doesn't say whether in-state students pay a different rate", '$300'], not: '**Where:**' },
      ],
    ],
  },
  {
    name: '"do the other schools cover all three levels too?" asks the term of the other programs, not their profiles',
    steps: [
      ['tell me about Cedar Valley', 'Columbus'],
      [
        'do the other schools cover all three levels too?',
        {
          says: "doesn't link **Alder Technical Institute** and **Birchwood University** to the three levels",
          not: '**Where:**',
        },
      ],
    ],
  },
  {
    name: '"which of those matters most?" right after a topic points at what the topic named, not at the programs',
    steps: [
      ['why do imaging archives matter?', 'Why archives matter'],
      ['which of those matters most?', { says: 'Why archives matter', not: 'The article features' }],
    ],
  },
  {
    name: '"which of the featured schools have some connection to that board?" right after a body asks which programs it is linked to',
    steps: [
      ['what does ABII stand for?', 'American Board of Imaging Informatics'],
      [
        'which of the featured schools have some connection to that board?',
        { says: ['American Board of Imaging Informatics', 'Alder Technical Institute'], not: 'The article features' },
      ],
    ],
  },
  {
    name: '"the cheaper one", "the longer one" after two programs side by side point at one of the two',
    steps: [
      ['compare Alder and Cedar Valley', 'side by side'],
      [
        'the cheaper one, is it online?',
        { says: ['Alder Technical Institute', 'online'], not: ['Cedar Valley', 'costs less'] },
      ],
      ['the longer one, where is it?', { says: 'Columbus, Ohio', not: 'Boise' }],
    ],
  },
  {
    name: '"what\'s that come to per year?" after a program\'s length asks its price by the year',
    steps: [
      ['how long is Cedar Valley?', '2 years'],
      [
        "what's that come to per year, roughly?",
        { says: '**$4,000 per year** over its 2 years', not: 'expected to take' },
      ],
    ],
  },
  {
    name: '"what about Birchwood?" right after the months of saving for Alder counts them again, at each of its rates',
    steps: [
      ['I can save $500 a month. how long until I could pay for Alder?', 'about **12 months** of saving'],
      [
        'what about Birchwood?',
        { says: ['At $500 a month', 'Birchwood University**, by where you live', 'of saving'] },
      ],
    ],
  },
];
