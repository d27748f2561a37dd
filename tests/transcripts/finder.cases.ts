/** "Help me choose": the program finder. */
import type { Transcript } from '../helpers/transcript.js';

const AUDIENCE = ['New to the field', 'Registered technologist', 'Skip'];

export const finderCases: readonly Transcript[] = [
  {
    name: 'answers long questions asked while the finder waits, even when they also say something it asks, and then asks again',
    steps: [
      ['help me choose a program', 'are you already a registered imaging technologist'],
      [
        'ok so which is cheapest for me as an arizona resident',
        { says: ['lowest is Birchwood University (in-state)', 'Back to finding your program'], not: "I'll leave that" },
      ],
      [
        'is any of them online? i really do not want to move',
        {
          says: ['Alder Technical Institute** (Alder) — Every course is taught online', 'Back to finding your program'],
        },
      ],
    ],
  },
  {
    name: 'takes "I\'d rather have in-person classes than online" as not needing online, and "which would work?" from a working student as a question of fit',
    steps: [
      [
        "I'm ARRT registered. I'd rather have in-person classes than online. What are my options?",
        {
          says: /^Based on what you told me[^\n]*online or on campus/,
          not: ['needs online', 'Not a fit:\n- Cedar Valley'],
        },
      ],
      ['cancel', /.*/],
      [
        "I drive trucks, 60 hrs a week, can't do set class times. Which program would work?",
        { says: 'suits people who already work', not: 'You can narrow them down' },
      ],
    ],
  },
  {
    name: 'asks each question with buttons and ends with ranked programs, reasons and what to check',
    steps: [
      ['help me choose a program', { says: 'registered imaging technologist', buttons: AUDIENCE }],
      ['New to the field', { says: 'study online', buttons: ['Online only', 'Either is fine', 'Skip'] }],
      ['Online only', 'How much time'],
      ['Under a year', 'budget'],
      ['Under $10,000', 'which US state'],
      ['Idaho', ['Alder Technical Institute', 'in your state', /check with Birchwood/i, /not a fit/i, 'Cedar Valley']],
    ],
  },
  {
    name: 'accepts skip for every question and still recommends',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['skip', 'study online'],
      ['skip', 'How much time'],
      ['skip', 'budget'],
      ['skip', 'which US state'],
      ['skip', ['no preferences given', 'Alder', 'Birchwood']],
    ],
  },
  {
    name: 'asks a question it cannot understand again once, then leaves it out',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['skip', 'study online'],
      ['purple', 'Do you need an online program'],
      ['purple again', ["I'll leave that one out", 'How much time']],
    ],
  },
  {
    name: 'recommends at once from a story that answers most questions, then asks the rest to narrow it down',
    steps: [
      [
        "I live in Idaho, I'm new to imaging and my budget is $10,000. What do you recommend?",
        { says: ['Based on what you told me', 'Alder', 'narrow this down', 'study online'] },
      ],
      ['Online only', 'How much time'],
    ],
  },
  {
    name: 'recommends at once from one thing the story answers (a job outside health care, a fresh diploma)',
    steps: [
      [
        "I'm a sysadmin, 10 years in IT but nothing in healthcare. Which program makes sense for me?",
        {
          says: ['Based on what you told me', 'new to imaging', 'Alder', 'narrow this down'],
          not: 'registered imaging',
        },
      ],
    ],
  },
  {
    name: 'takes a student just out of high school as new to the field',
    steps: [
      [
        'I just finished high school, no college yet. Which program is best for me?',
        { says: ['Based on what you told me', 'new to imaging'], not: 'registered imaging' },
      ],
    ],
  },
  {
    name: 'counts the online study a story asks for before its question, and does not ask for it again',
    steps: [
      [
        'working full time, no medical background, budget maybe 8000 max, need online. what fits me?',
        { says: ['Based on what you told me', 'needs online study', 'How much time'], not: 'study online?' },
      ],
    ],
  },
  {
    name: 'starts the finder from what the student said when a story ends in an open request ("options?")',
    steps: [
      [
        "I'm ARRT registered, live in Idaho, want to start in the spring. options?",
        { says: ['Based on what you told me', 'narrow this down'], not: 'You can ask me' },
      ],
    ],
  },
  {
    name: 'leaves out of the ranking a program that asks for a registration the student let lapse, though they work in imaging',
    steps: [
      [
        'I was a sonographer for years but let my ARDMS lapse. Which programs would take someone like me? options?',
        { says: ['Based on what you told me', /Not a fit:\n- Cedar Valley: only for people in good standing/] },
      ],
    ],
  },
  {
    name: 'takes a story ended by a clause of one word that asks for options ("go.") the same, and the word inside a sentence not',
    steps: [
      [
        'ARRT. boise id. 9k cap. go.',
        {
          says: [
            /^Based on what you told me \(already working in imaging · tuition budget \$9,000 · lives in Idaho\)/,
            'narrow this down',
          ],
        },
      ],
      ['cancel', /start over/i],
      ["I'm in Idaho and I'd rather not go anywhere far", { not: 'Based on what you told me' }],
    ],
  },
  {
    name: 'weighs the two programs just talked about for "which one would take me?", instead of starting the finder',
    steps: [
      ['Tell me about Alder', 'Alder Technical Institute'],
      ['and Cedar Valley?', 'Cedar Valley'],
      [
        "which one would take me if I'm brand new to imaging?",
        { says: ['Cedar Valley', 'Alder'], not: ['registered imaging technologist, or new', 'Birchwood'] },
      ],
    ],
  },
  {
    name: 'answers a side question when the finder already knows where the student lives',
    steps: [
      ["I'm a nurse in Idaho. What would you recommend?", 'study online'],
      ['how long does it take?', { says: ['Alder', '9 months', 'Back to finding your program', 'study online'] }],
    ],
  },
  {
    name: 'answers a side question mid-flow and then asks the same question again',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['how much is alder?', ['$300', 'Back to finding your program', 'registered imaging technologist']],
      ['new to the field', 'study online'],
    ],
  },
  {
    name: 'does not take a job in imaging for a registration, and says what a program that asks for one takes',
    steps: [
      [
        "I'm a sonographer, help me choose a program",
        {
          says: ['already working in imaging', 'it takes only people in good standing with the ARRT or the ARDMS'],
          not: 'registered technologist',
        },
      ],
    ],
  },
  {
    name: 'answers a question over the data mid-flow, and that list becomes "those"',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['which programs are accredited by the HLC?', ['Birchwood', 'Cedar Valley', 'Back to finding your program']],
      ['which of those is fastest?', { says: ['Birchwood', 'Back to finding your program'], not: 'Alder' }],
    ],
  },
  {
    name: 'shows help mid-flow and keeps the question open',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['help', ['You can ask me', 'registered imaging technologist']],
    ],
  },
  {
    name: 'stops when the user cancels halfway',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['new to the field', 'study online'],
      ['cancel', { says: /start over/i, not: 'How much time' }],
    ],
  },
  {
    name: 'takes what the request already says and does not ask for it again',
    steps: [
      [
        'help me choose a program, I live in Ohio and I am new to the field',
        { says: 'study online', not: 'registered imaging technologist' },
      ],
      ['either is fine', 'How much time'],
      ['2 years', { says: 'budget' }],
      ['skip', { says: ['lives in Ohio', 'new to imaging'], not: 'which US state' }],
    ],
  },
  {
    name: 'keeps answers given out of turn and does not ask for them again',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['new to the field', 'study online'],
      ['my budget is $9,000', ['Got it', 'Do you need an online program']],
      ['online only', 'How much time'],
      ['12 months', { says: 'which US state', not: 'budget' }],
    ],
  },
  {
    name: 'reads "I am new" as new to the field, not as a yes to "are you registered?"',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['I am new', 'study online'],
      ['skip', 'How much time'],
      ['skip', 'budget'],
      ['skip', 'which US state'],
      ['skip', { says: 'new to imaging', not: 'registered technologist' }],
    ],
  },
  {
    name: 'starts with what the request already says, and takes "starting from scratch" as an answer, not a restart',
    steps: [
      ['help me choose — I can only study online', 'registered imaging technologist'],
      ['starting from scratch', { says: 'How much time', not: /start over/i }],
    ],
  },
  {
    name: 'remembers the budget the finder was given: "which programs fit my budget?" later is a question over the data',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['skip', 'study online'],
      ['skip', 'How much time'],
      ['skip', 'budget'],
      ['$6,000 max', 'which US state'],
      ['skip', 'Alder'],
      ['which programs fit my budget?', { says: '$6,000', not: /registered imaging technologist|study online/ }],
    ],
  },
  {
    name: 'starts the finder from a long story that ends "what would you suggest?", with what the story says',
    steps: [
      [
        "I've been an x-ray tech for 8 years in Idaho and my hospital is changing systems. I work nights. What would you suggest?",
        { says: 'study online', not: /registered imaging technologist, or new/ },
      ],
    ],
  },
  {
    name: "takes the student's years of work as experience, never as the time they have to study",
    steps: [
      [
        "I've worked as an x-ray tech for 6 years in Ohio, which program would suit me?",
        { says: 'study online', not: 'How much time' },
      ],
      ['skip', { says: 'How much time', not: /72 months|6 years available/ }],
    ],
  },
  {
    name: 'answers "which one is cheapest?" at a finder question with that ranking over the programs that fit',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['New to the field', 'study online'],
      ['which one is cheapest?', { says: /Lowest|cheapest|the lowest is/, not: ['How much time', 'Back to finding'] }],
    ],
  },
  {
    name: 'takes a one-word "new" as new to the field',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['new', { says: 'study online', not: 'Are you already registered' }],
    ],
  },
  {
    name: 'takes "been doing it 4 yrs" as the student\'s experience, even written short',
    steps: [
      [
        'ok so im a ct tech, been doing it 4 yrs. help me choose a school, i need online',
        { says: 'How much time', not: 'budget' },
      ],
    ],
  },
  {
    name: 'answers "which would work for me?" from a changing schedule with what suits people who work, before any question',
    steps: [
      [
        "My shifts rotate, so I can't commit to set class times. Which program would work for me?",
        { says: ['Alder', 'suits people who already work'], not: 'registered imaging technologist' },
      ],
      ['I work full time, help me choose a program', 'registered imaging technologist'],
    ],
  },
  {
    name: 'answers a story with an accreditor and "what are my options?" with the programs that body accredits',
    steps: [
      [
        "I'm an ARRT tech in Ohio. I want a school accredited by the Higher Learning Commission. What are my options?",
        { says: ['accredited by HLC', 'Birchwood', 'Cedar Valley'], not: ['Based on what you told me', 'Alder'] },
      ],
    ],
  },
  {
    name: 'answers a story that asks for advice in words the recognizer is unsure of with the programs that fit',
    steps: [
      [
        "i'm a nurse in ohio. where do i even look",
        { says: ['Based on what you told me', 'lives in Ohio'], not: "can't help" },
      ],
    ],
  },
  {
    name: "promises an in-state rate in the student's state only where the school has one",
    steps: [
      [
        'i live in boise and have a masters in biology. what would you suggest?',
        { says: 'in your state (Boise, Idaho)', not: 'in-state' },
      ],
    ],
  },
  {
    name: 'answers a question naming a program while the finder asks for time, though it says "a year", and a long follow-up on its price',
    steps: [
      ['help me find a program', 'registered imaging technologist'],
      ['new to the field', 'study online'],
      ['yes, online please', 'How much time'],
      [
        'birchwood would be out of state for me right? what would a year run me',
        { says: ['$12,000', 'How much time'], not: 'budget' },
      ],
      [
        'what if i get it done in 6 months, do i only pay half that',
        { says: ['about $6,000', 'your 6 months', 'How much time'], not: 'budget' },
      ],
    ],
  },
  {
    name: "reads years said after the student's own work, in words of no known job, as years worked, not a time limit",
    steps: [
      [
        'I run the archive room at a law firm in Columbus Ohio, 8 years. Could I get into one of these?',
        { says: 'Cedar Valley', not: '8 years or less' },
      ],
      ['I could do 2 years. Which program fits?', { says: 'Cedar Valley', not: 'years worked' }],
      ['how much would a year of birchwood be for me in ohio', { says: 'your 1 year at out-of-state' }],
    ],
  },
  {
    name: 'answers "is X an option for me at all?" as whether it takes the student, and "which of the rest" without X',
    steps: [
      ['im a bartender. is Cedar Valley an option for me at all?', { says: /^No: \*\*Cedar Valley/ }],
      ['Then which of the rest is cheapest?', { says: /^Leaving out Cedar Valley: /, not: '$8,000' }],
    ],
  },
  {
    name: 'reads "a non-clinical person" as new to imaging, so the ranking leaves out what needs a registration',
    steps: [
      [
        'Shortest program I can get into as a non-clinical person?',
        { says: /^Leaving out Cedar Valley, which the article rules out for you/ },
      ],
    ],
  },
  {
    name: 'reads an exam "in two months" as a registration still to come, not as a time limit',
    steps: [
      [
        'I take the ARRT exam in two months. after I pass, can I do Cedar Valley?',
        { says: /^Once the ARRT registration is in place/, not: 'for what you said you need' },
      ],
      ['my ARRT boards are in 2 months. can I do Cedar Valley?', { says: /^Once the ARRT registration is in place/ }],
    ],
  },
  {
    name: 'reads "I don\'t want to spend more than 7k" as a ceiling, and answers a question in a later clause on the side',
    steps: [
      [
        "I live in Ohio and I don't want to spend more than 7k total. What program fits me?",
        { says: 'tuition budget $7,000', not: 'at least' },
      ],
      [
        'my sister also needs CE credits, would birchwood count for that',
        { says: ['Birchwood University', 'continuing-education', 'Back to finding your program'] },
      ],
    ],
  },
  {
    name: 'answers on the side a question that follows an "if" clause, with no question mark, while the finder waits',
    steps: [
      ["I live in Tucson and I'm new to imaging, what program fits me?", { says: 'Birchwood' }],
      ['how much would birchwood run me for the year', { says: '$5,000' }],
      [
        'and if i take the full 12 months instead of 6 does the price go up',
        { says: ['your 1 year at in-state', 'Back to finding your program'] },
      ],
    ],
  },
  {
    name: '"say I get my GED in 3 months, what\'s the fastest program after that": the months are when the GED comes, "after that" is no place in a ranking',
    steps: [
      [
        'say i get my GED in 3 months, whats the fastest program after that',
        { says: ['**Fastest:** **Alder Technical Institute**'], not: ['3 months or less', 'second'] },
      ],
      [
        "what's the second fastest program that takes 3 months or less?",
        { says: 'nothing to rank', not: 'There are only' },
      ],
    ],
  },
  {
    name: '"as cheap as possible" to the budget question passes it, with no amount to filter on',
    steps: [
      ['help me choose a program', 'registered imaging technologist'],
      ["I'm new to imaging", 'online'],
      ['yes', 'How much time'],
      ['under a year', 'budget'],
      ['as cheap as possible', { says: 'which US state', not: 'Please give an amount' }],
    ],
  },
  {
    name: 'takes "in person is totally fine" and "a year max" from the request itself, and does not ask them again',
    steps: [
      [
        "Help me choose a program. I'm ARRT registered, going in person is totally fine, a year max.",
        { says: ['online or on campus', 'about 12 months available'], not: 'study online?' },
      ],
      ['$9,000', 'which US state'],
    ],
  },
  {
    name: '"I can\'t go in person" to "do you need to study online?" asks for online study',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['new to the field', 'study online'],
      ["I can't go in person", 'How much time'],
      ['skip', 'budget'],
      ['skip', 'which US state'],
      ['skip', 'needs online study'],
    ],
  },
  {
    name: '"what if I lived in Idaho instead?" right after the results gives them again for that home, with the other answers kept',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['new to the field', 'study online'],
      ['skip', 'How much time'],
      ['skip', 'budget'],
      ['$5,000', 'which US state'],
      ['Arizona', 'Your best matches: Birchwood'],
      [
        'what if I lived in Idaho instead?',
        { says: ['tuition budget $5,000 · lives in Idaho', 'No program fits every answer'], not: 'Sorry' },
      ],
      // A state said without words of living there, while the student's home is remembered.
      ['what if I said Ohio instead?', 'lives in Ohio'],
      // The budget set aside, the state the last results supposed kept.
      [
        "and if money wasn't an issue, which would fit?",
        { says: ['new to imaging · lives in Ohio', 'Birchwood'], not: 'tuition budget' },
      ],
    ],
  },
  {
    name: 'a side question that says "next" skips nothing, and "I\'m…" in a side question is no yes to the open question',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['registered technologist', 'study online'],
      ['before the next question, which of the programs are in Ohio?', ['Cedar Valley', 'study online']],
      ["I'm curious, is Cedar Valley accredited?", ['Higher Learning Commission', 'study online']],
      ["online doesn't matter to me", 'How much time'],
    ],
  },
  {
    name: '"which programs actually care that I\'m ARRT registered?" while the finder waits is answered on the side, then the finder goes on',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['registered technologist', 'study online'],
      [
        "before the next question, which of the programs actually care that I'm ARRT registered?",
        { says: ['Open to you', 'Cedar Valley', 'study online'], not: 'Sorry' },
      ],
      ["online doesn't matter to me", 'How much time'],
    ],
  },
  {
    name: '"campus could work too" changes the answer to online study; "campus is fine" beside another answer is taken too',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ['totally new, and online only pls', 'How much time'],
      ['wait actually campus could work too', ['Got it, noted.', 'how long you can study']],
      ['within a year, budget 7000', 'which US state'],
      ['skip', { says: 'Alder', not: 'needs online study' }],
    ],
  },
  {
    name: '"about 18 months and no real budget limit" answers the time and passes the budget; "which of those is cheapest?" is answered on the side',
    steps: [
      ['help me choose', 'registered imaging technologist'],
      ["I'm a beginner, and campus is fine", { says: 'How much time', not: 'study online' }],
      ["I've got about 18 months and no real budget limit", { says: 'which US state', not: 'budget' }],
      ['which of those is cheapest then?', ['Alder', '$300', 'Back to finding your program', 'which US state']],
    ],
  },
  {
    name: '"would Cedar Valley be a better pick for me once we move to Ohio?" weighs whether it takes the student, not where it is',
    steps: [
      [
        "I'm a medical assistant, nothing in imaging. would Cedar Valley be a better pick for me once we move to Ohio?",
        { says: /^No: \*\*Cedar Valley Community College\*\* takes only people/, not: 'Yes' },
      ],
    ],
  },
  {
    name: '"I\'d rather stay home" answers the online question, and "eh forget it, just tell me where Alder is" drops the finder for that question',
    steps: [
      ['help me choose a program', 'are you already a registered imaging technologist'],
      ["I'm ARRT registered", 'Do you need to study online?'],
      ["I'd rather stay home honestly, my shifts are all over the place", { says: 'How much time', not: 'online' }],
      [
        'eh forget it, just tell me where Alder is',
        { says: 'Boise, Idaho', not: ['Back to finding', 'How much time'] },
      ],
    ],
  },
  {
    name: '"never mind the quiz thing, I\'ll read up myself. Where is Alder?" drops the finder, though the words open a story',
    steps: [
      ['help me choose a program', 'are you already a registered imaging technologist'],
      [
        "never mind the quiz thing, I'll read up on them myself. where is Alder?",
        { says: 'Boise, Idaho', not: ['Back to finding', 'registered imaging technologist'] },
      ],
    ],
  },
];
