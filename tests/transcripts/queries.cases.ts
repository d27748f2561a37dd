/** Questions over the programs' data: filters, superlatives, "those". */
import type { Transcript } from '../helpers/transcript.js';

export const queryCases: readonly Transcript[] = [
  {
    name: 'reads "I have 0 yrs" as no experience, never as a length the programs must fit',
    steps: [
      [
        'which one lets me sit for the ABII exam soonest? i have 0 yrs',
        { says: 'Alder', not: 'No program passes those filters' },
      ],
    ],
  },
  {
    name: 'reads "If so, which body?" as going on from the question before it, not as the question',
    steps: [
      [
        'Do any two of them share an accreditor? If so, which body?',
        { says: ['Birchwood University', 'Cedar Valley Community College', 'HLC'], not: "can't help" },
      ],
    ],
  },
  {
    name: 'reads "is accreditation the same thing as the certificate?" as two ideas compared, not as schools sharing a body',
    steps: [
      [
        'is accreditation the same thing as the certificate I get?',
        { says: 'How accreditation works', not: 'Yes, the same' },
      ],
    ],
  },
  {
    name: 'reads "for us in Idaho" as where the student lives',
    steps: [['cheapest for us in Idaho?', { says: 'As you live in Idaho', not: 'no program that is in Idaho' }]],
  },
  {
    name: 'reads "my home of record is" as where the student lives',
    steps: [['my home of record is Minnesota. cheapest for me?', { says: 'As you live in Minnesota' }]],
  },
  {
    name: 'reads "a Washington state resident" as someone living there, never as the in-state rate',
    steps: [
      [
        'which is cheaper for a Washington state resident, Alder or Birchwood?',
        { says: 'out-of-state: **$12,000** per year', not: '$5,000' },
      ],
    ],
  },
  {
    name: 'answers "what\'s the out of state number then" after a price with that rate of the same program',
    steps: [
      ['how much is Birchwood', 'in-state: **$5,000** per year'],
      ['ok whats the out of state number then', { says: 'out-of-state: **$12,000** per year', not: "can't help" }],
    ],
  },
  {
    name: "reads years spent running PACS as the student's work, never as a length the programs must take",
    steps: [
      [
        "Six years running PACS for our region and I'd like ABII certification. Which of the programs help with that?",
        { says: 'linked to ABII', not: 'takes 6 years' },
      ],
    ],
  },
  {
    name: 'checks "the only one" against every other program: another that meets it, one left open, or none',
    steps: [
      ['is Alder online?', /^Yes/],
      ['is it the only online one?', { says: ['the only one the article confirms', 'Birchwood'], not: /^Yes/ }],
      ['is Birchwood the only HLC school?', { says: /^No: \*\*Cedar Valley\*\*/ }],
      ['is Cedar Valley the only degree program?', { says: /^Yes: of the three programs, it is the only one/ }],
    ],
  },
  {
    name: 'reads "the northwest body" as the accreditor named for that region, not as programs in the region',
    steps: [
      ['which ones are accredited by the northwest body', { says: 'accredited by NWCCU', not: 'in the Northwest' }],
    ],
  },
  {
    name: 'reads a city with its state said after a question as where the student lives, never as a filter',
    steps: [
      [
        'whats cheapest for me, topeka KS',
        { says: ['As you live in Kansas', 'Birchwood (out-of-state)'], not: 'no program that is in Kansas' },
      ],
    ],
  },
  {
    name: 'reads a job said after "I\'m" later in a message, then "in" a place, as where the student lives',
    steps: [
      [
        "my aunt wants to give me $7,000 for school. I'm 23, bank teller in Fayetteville Arkansas. is there a program i can finish with that",
        { says: ['fits within a budget of $7,000', 'Alder'], not: 'in Arkansas' },
      ],
    ],
  },
  {
    name: "says where a student's home earns the in-state rate, and that the article is silent on single figures",
    steps: [
      [
        'I live in Arizona. Am I in-state anywhere?',
        {
          says: [
            /^Yes: living in Arizona, you would pay the in-state rate at \*\*Birchwood/,
            'in-state: **$5,000** per year',
          ],
          not: '$12,000',
        },
      ],
      [
        'is there a montana resident rate anywhere',
        {
          says: [/^No: .*not in Montana/, 'out-of-state: **$12,000** per year', "doesn't say whether where you live"],
          not: '$5,000',
        },
      ],
    ],
  },
  {
    name: 'reads "falls under" as belonging to, not as the fall term',
    steps: [
      [
        'which school falls under the HLC?',
        { says: ['**Two of the three programs** are accredited by HLC', 'Cedar Valley'], not: 'starts in fall' },
      ],
    ],
  },
  {
    name: 'reads studying "without leaving" home or "from the road" as needing an online program',
    steps: [
      [
        'I am a radiographer in Kingston, Jamaica. I want to do a certificate without leaving Jamaica. Which ones can I do?',
        { says: 'Alder Technical Institute** (Alder) — Every course is taught online' },
      ],
    ],
  },
  {
    name: 'reads "gets me ABII-eligible" as the goal of an exam, not a registration the student holds',
    steps: [
      [
        'which program gets me abii-eligible quickest',
        { says: ['linked to ABII (exam eligibility)', 'Fastest:** **Alder'], not: 'rules out for you' },
      ],
    ],
  },
  {
    name: 'answers another fact of the program a superlative picks, among the ones open to the student',
    steps: [
      [
        'how much is the quickest one?',
        { says: [/^\*\*Fastest:\*\* \*\*Alder/, '$300', 'per credit', '$6,000'], not: 'All in order' },
      ],
      ['where is the longest program?', { says: ['Cedar Valley', 'Columbus, Ohio'], not: 'All in order' }],
      ['how long does the cheapest one take?', { says: ['Birchwood', '6 to 12 months'], not: 'Cedar Valley' }],
      ['which is cheapest among the 6-12 month ones?', { says: 'In order', not: 'is expected to take' }],
      [
        "I'm not ARRT or ARDMS registered, I live in Ohio. what would the longest one cost me?",
        { says: [/^Leaving out Cedar Valley/, 'Birchwood', 'out-of-state', '$12,000'], not: '$8,000' },
      ],
    ],
  },
  {
    name: 'lists the programs the guide says are online and leaves the silent ones open, without naming the rest',
    steps: [['which programs are online?', { says: ['Alder', /leaves it open/i, 'Birchwood'], not: 'Cedar Valley' }]],
  },
  {
    name: 'answers "none" for a state with no program and offers the online ones instead',
    steps: [
      ['any programs in texas?', [/none of the three programs/i, 'Texas', 'online', 'Alder']],
      // The guide features a few programs, not every school: a yes/no about a state says so first.
      ['is there a program in Texas?', { says: /^Not among the programs the article features/, not: /^No\./ }],
    ],
  },
  {
    name: 'finds the program in a state',
    steps: [['is there a program in ohio?', { says: 'Cedar Valley', not: /none of/i }]],
  },
  {
    name: 'filters by accreditor',
    steps: [['which programs are accredited by the HLC?', ['Birchwood', 'Cedar Valley']]],
  },
  {
    name: 'rules out a program for beginners where the guide says it is for professionals only',
    steps: [
      [
        'which programs accept beginners?',
        { says: [/Cedar Valley.*only people in good standing/s, /Alder and Birchwood.*may be open/s] },
      ],
    ],
  },
  {
    name: 'filters by length',
    steps: [
      [
        'which programs take under a year?',
        { says: ['Alder'], not: /Cedar Valley Community College\*\* \(Cedar Valley\) — takes/ },
      ],
    ],
  },
  {
    name: 'names the fastest program with its duration',
    steps: [['which program is the fastest?', ['Birchwood', '6 to 12 months']]],
  },
  {
    name: 'ranks when asked to order the programs by a measure, in the order said last',
    steps: [
      ['order the programs by duration', { says: [/Fastest:/, 'All in order'] }],
      ['sort them by length, longest first', { says: /Longest:.*Cedar Valley/ }],
      ['now rank them from shortest to longest', { says: /Fastest:/, not: /Longest:/ }],
    ],
  },
  {
    name: 'leaves out of "which would take longest for me?" the program the student said they cannot get into',
    steps: [
      [
        "I've worked in a hospital for 3 years, no formal registry.",
        'keep in mind that you hold no imaging registration yet',
      ],
      ['which one would take longest for me?', { says: 'Leaving out Cedar Valley', not: /Longest:.*Cedar Valley/ }],
    ],
  },
  {
    name: 'answers "which are fastest and which are online?" as two questions over all the programs',
    steps: [
      [
        'which programs are fastest and which are online?',
        { says: ['All in order', 'Cedar Valley', 'online'], not: 'I ranked the one program' },
      ],
    ],
  },
  {
    name: 'takes the place a message opens with, after who the student is, as their home, not as a filter',
    steps: [
      [
        'single mom in Arizona, need online. what are my options?',
        { says: 'Alder', not: /online and (is )?in Arizona/ },
      ],
      [
        'dental assistant in Ohio, 2 kids. which one is cheapest for me?',
        { says: /out-of-state/, not: 'nothing to rank' },
      ],
    ],
  },
  {
    name: 'answers "is there anything cheaper than X?" about the other programs, not about X',
    steps: [
      [
        'is there any program cheaper than Birchwood per year?',
        { says: 'less than $5,000 per year', not: /^The article doesn't say that directly/ },
      ],
      ['anything shorter than Cedar Valley?', { says: ['Alder', 'Birchwood'], not: 'Which program should I compare' }],
    ],
  },
  {
    name: 'leaves out the programs of an accreditor the question says "not" to',
    steps: [['which programs are not accredited by the HLC?', { says: 'Alder', not: ['Birchwood', 'Cedar Valley'] }]],
  },
  {
    name: 'compares only like units for the cheapest and lists what it could not compare',
    steps: [['which program is cheapest?', ['different units', 'Cedar Valley', '$8,000']]],
  },
  {
    name: 'leaves out the program named after "besides", "other than" or "but not"',
    steps: [
      [
        'is there anything in Idaho besides Alder?',
        { says: [/^No\. Leaving out Alder: None of the two programs is in Idaho/] },
      ],
      [
        'any online programs other than Alder?',
        { says: 'Leaving out Alder', not: /Alder Technical Institute\*\* \(Alder\) —/ },
      ],
      [
        'which is the fastest program but not Birchwood',
        { says: ['Leaving out Birchwood', 'Fastest'], not: /Fastest:\*\* \*\*Birchwood/ },
      ],
    ],
  },
  {
    name: 'ranks only the programs the student is not ruled out of when asked for "the fastest one I\'m eligible for"',
    steps: [
      [
        "I'm new to imaging. What's the quickest program I'm eligible for?",
        {
          says: ['Leaving out Cedar Valley, which the article rules out for you', 'Fastest'],
          not: /Fastest:\*\* \*\*Cedar/,
        },
      ],
    ],
  },
  {
    name: 'ranks on both measures when asked for the quickest and the cheapest',
    steps: [
      ['which program is the quickest and cheapest?', { says: ['Fastest', 'Birchwood', 'different units', '$300'] }],
    ],
  },
  {
    name: 'reads "best for someone who already works" as the flexible programs',
    steps: [
      ['Which program is best for someone who already works in a hospital?', { says: 'Alder', not: 'Did you mean' }],
    ],
  },
  {
    name: "shows each school's rate for where the student lives when ranking on price",
    steps: [
      [
        'I live in Arizona. Which program is cheapest?',
        { says: ['in-state at Birchwood', 'in-state: **$5,000** per year'], not: '$12,000' },
      ],
      [
        'I live in Ohio. Which program is cheapest?',
        { says: ['out-of-state rate wherever a school has one', '$12,000'], not: '$5,000' },
      ],
    ],
  },
  {
    name: 'finds the program that starts in spring',
    steps: [['which programs start in the spring?', 'Alder']],
  },
  {
    name: 'checks a budget against an estimate and leaves a yearly figure without a program total open',
    steps: [
      [
        'which programs cost under $7,000?',
        {
          says: [
            /^\*\*One of the three programs\*\* fits[^\n]*\n- \*\*Alder/,
            "going by the article's figures and my estimates",
            /leaves it open/i,
            'Birchwood',
            'Over that budget: Cedar Valley',
          ],
        },
      ],
    ],
  },
  {
    name: 'limits "which of those" to the last list shown',
    steps: [
      ['which programs are accredited by the HLC?', 'Birchwood'],
      ['which of those is fastest?', { says: 'Birchwood', not: 'Alder' }],
    ],
  },
  {
    name: 'takes a bound that follows its figure ("9 months or less")',
    steps: [['which programs take 9 months or less?', { says: ['Alder', /9 months or less/] }]],
  },
  {
    name: 'reads "can I finish one in a year or less?" as a question about time, not about getting in',
    steps: [
      [
        'Can I finish any of the programs in a year or less? Which ones?',
        { says: ['Alder', 'Birchwood'], not: /good standing/ },
      ],
    ],
  },
  {
    name: 'reads "doesn\'t need a license" as no registration to get in, never listing the program that needs one as a yes',
    steps: [
      [
        "Is there any program that doesn't need a license?",
        {
          says: [/^Yes/, 'Alder', 'Birchwood', 'name no registration or license'],
          not: /Cedar Valley\*\* \(Cedar Valley\) — the article/,
        },
      ],
      ['shortest program that doesnt need a license', { says: ['Fastest', 'Birchwood'], not: /No program passes/ }],
    ],
  },
  {
    name: 'answers "which program is closest?" from where the student lives',
    steps: [["I'm in Ohio, which program is closest?", { says: /^Closest to Ohio: \*\*Cedar Valley/ }]],
  },
  {
    name: 'ranks on the unit the question names, even when only one program gives a figure in it',
    steps: [
      [
        'which program is cheapest per year?',
        { says: [/yearly tuition.*for one program only/s, 'Birchwood', '$5,000 per year'], not: /per-credit rates/ },
      ],
    ],
  },
  {
    name: 'takes a registration the student holds as a fact about them, not as the question or a filter',
    steps: [
      [
        "I'm a sonographer (ARDMS) living in Ohio. Which program is the cheapest for me?",
        {
          says: /compared like with like|can't honestly say|Of the totals I can estimate/,
          not: [/linked to ARDMS/, /ARDMS\*\* is the/],
        },
      ],
    ],
  },
  {
    name: 'answers "is X the quickest?" with where the one program named stands among all of them',
    steps: [
      ['Is Cedar Valley the quickest program?', { says: /^No/, not: /^Yes/ }],
      ['does Cedar Valley take the longest?', { says: [/^Yes/, 'Cedar Valley'] }],
    ],
  },
  {
    name: 'takes the time a student gives in a sentence of its own, but never the years they have worked',
    steps: [
      ['I have about 10 months. Which programs can I finish?', { says: ['10 months or less', 'Alder'] }],
      ["I've worked as an x-ray tech for 10 years. Which programs can I finish?", { not: '120 months' }],
    ],
  },
  {
    name: "does not confirm a unit the guide doesn't give, even when the amount is right",
    steps: [["Is Cedar Valley's $8,000 per year?", { says: /^The article doesn't say/, not: /^Yes/ }]],
  },
  {
    name: 'reads "is X cheaper for residents?" as its own rates by residency, and "the cheapest for residents" as a ranking',
    steps: [
      [
        'is Birchwood cheaper for Arizona residents?',
        { says: [/^Yes/, 'in-state', '$5,000'], not: 'compared like with like' },
      ],
      [
        'is Birchwood the cheapest for Arizona residents?',
        { says: /can't be set against the others/, not: /^Yes: Birchwood's in-state/ },
      ],
    ],
  },
  {
    name: 'ranks when a superlative comes with words of a general topic ("the cheapest pacs cert")',
    steps: [
      [
        'whats the cheapest pacs cert u got',
        { says: /which is cheapest|Lowest|the lowest is/, not: 'What a PACS certificate is' },
      ],
    ],
  },
  {
    name: 'sets aside what comes after "instead of" or "rather than": it is no filter',
    steps: [
      [
        'which school gives an associate degree instead of just a certificate?',
        { says: ['Cedar Valley'], not: ['None of', 'Alder', 'Birchwood'] },
      ],
    ],
  },
  {
    name: 'lists a narrowed scope as that part of the list, never as all the guide features',
    steps: [
      ['which programs are accredited by the HLC?', 'Birchwood'],
      ['which of those are there?', { says: ['Birchwood', 'Cedar Valley'], not: ['features two', 'features 2'] }],
    ],
  },
  {
    name: 'ranks on cost by the totals it can estimate first, for each rate where the student has not said where they live',
    steps: [
      [
        'which program is cheapest?',
        {
          says: [
            /^\*\*Of the totals I can estimate, the lowest is Birchwood University \(in-state\)/,
            "doesn't give enough to estimate a total for Cedar Valley",
          ],
        },
      ],
    ],
  },
  {
    name: 'takes "an ARRT tech in Ohio" as a registration held and a home, not a question about ARRT or a filter on Ohio',
    steps: [
      [
        "I'm an ARRT tech in Ohio and need a program whose courses count toward continuing education",
        { says: 'Birchwood', not: ['**ARRT** is the', 'in Ohio and'] },
      ],
    ],
  },
  {
    name: 'names the programs at the place asked for in a ranking ("the second shortest"), counting equal lengths as one place',
    steps: [['which is the second shortest program?', /^\*\*Second shortest:\*\* \*\*Birchwood\*\*/]],
  },
  {
    name: 'takes "it" after a ranking as the program the reply led with, or the programs at the place asked',
    steps: [
      ['I live in Arizona. Which is the cheapest program?', /Of the totals I can estimate, the lowest is Birchwood/],
      ['how long is it?', { says: '**Birchwood University** is expected to take **6 to 12 months**', not: 'Alder' }],
      ['which is the second shortest program?', /^\*\*Second shortest:\*\* \*\*Birchwood\*\*/],
      ['how much is it?', { says: 'Birchwood', not: 'Alder' }],
    ],
  },
  {
    name: 'reads "western" as the West, a place said apart from the measure ("comes second when you sort by length")',
    steps: [
      [
        'Out of the schools in the western US, which one is quickest to finish?',
        { says: 'in the West', not: 'Cedar Valley' },
      ],
      ['which program comes second when you sort by length, shortest first?', '**Second shortest:** **Birchwood**'],
      ['Can you order the programs longest to shortest?', /^\*\*Longest:\*\* \*\*Cedar Valley/],
    ],
  },
  {
    name: 'works out the gap in totals for credits the student gives, and the gap asked again after a price question',
    steps: [
      ['I live in Arizona. How much more per year is Birchwood out of state than in state?', '$7,000'],
      ["and what's the gap in dollars?", { says: '$7,000', not: 'Alder' }],
      ['is Alder cheaper per credit than Birchwood?', 'Alder'],
      ['tell me about Alder', 'Alder'],
      ['how much is Birchwood?', 'Birchwood'],
      [
        'so if I took 10 credits at each, how much would I save going with Alder?',
        { says: ['your 10 credits × $300'] },
      ],
    ],
  },
  {
    name: 'ranks the programs linked to a body the student wants, not the one they hold or who they are',
    steps: [
      [
        'ARRT rad tech in Boise. I want the cheapest program that still gets me to ABII certification.',
        { says: 'linked to ABII', not: ['only for registered', 'No program passes'] },
      ],
      [
        "what's the cheapest program with ABII continuing education?",
        { says: ['linked to ABII (continuing education)', 'Birchwood'], not: '**ABII** is the' },
      ],
    ],
  },
  {
    name: 'ranks "the 2nd cheapest by price per credit" on that scale only',
    steps: [
      [
        'whats the 2nd cheapest program if you go by price per credit',
        {
          says: /^The article gives per-credit rates for one program only/,
          not: ['depends on where you live', 'Estimated tuition at'],
        },
      ],
    ],
  },
  {
    name: 'takes "and the least?" after "the longest" as the other end of the same ranking',
    steps: [
      ['which is the longest program?', /^\*\*Longest:\*\* \*\*Cedar Valley/],
      ['and the least?', /^\*\*Fastest:\*\*/],
      ['which program costs the most per year?', 'yearly tuition for one program only'],
      [
        'and the least?',
        { says: /^The article gives yearly tuition for one program only: \*\*Birchwood University, in-state/ },
      ],
    ],
  },
  {
    name: 'takes what the student earns as no budget ("making about 30k")',
    steps: [
      [
        "I'm ARRT registered and making about 30k. Which program is cheapest?",
        { says: 'Of the totals I can estimate', not: ['budget of $30,000', 'No program passes'] },
      ],
    ],
  },
  {
    name: 'keeps the residency said before the question for a budget, and names what is over it',
    steps: [
      [
        "My budget is $7,000 total and I'd be an out-of-state student anywhere. Which programs could I realistically afford?",
        { says: ['Alder', 'at out-of-state: $12,000 per year', 'Over that budget: Cedar Valley'], not: '$5,000' },
      ],
    ],
  },
  {
    name: 'reads the home of "I\'m a support analyst in Reno NV", and ranks again for "I live in Boise if that matters"',
    steps: [
      [
        "I'm a support analyst in Reno NV. How much is Birchwood?",
        { says: 'out-of-state: **$12,000**', not: '$5,000' },
      ],
      ['which is the cheapest program for me?', { says: 'As you live in Nevada', not: 'in-state: about' }],
      ['I live in Boise if that matters', { says: 'As you live in Idaho', not: 'keep in mind' }],
    ],
  },
  {
    name: 'names the second cheapest of the totals it can estimate for where the student lives',
    steps: [
      [
        'I live in Arizona. Which is the second cheapest program?',
        /^As you live in Arizona[\s\S]*\*\*Second lowest of the totals I can estimate: Alder Technical Institute/,
      ],
    ],
  },
  {
    name: 'works out a cost per month from the estimated total or the yearly rate, labelled with its basis, and says when it cannot',
    steps: [
      ['how much would Alder cost per month?', { says: ['Per month: about $667', 'my estimate', '9 months'] }],
      [
        "if I finish Alder in 6 months, what's that per month?",
        { says: ['about $1,000', '6 months'], not: 'take **9' },
      ],
      [
        'I live in Arizona. what would Birchwood be per month?',
        { says: ['about $417', '$5,000 per year divided by 12'] },
      ],
      ['Cedar Valley monthly?', { says: "doesn't give enough to work out a monthly cost" }],
      ['which is cheaper, Alder or Birchwood?', 'Alder'],
      // Remembered: the student lives in Arizona, so Birchwood's in-state rate only.
      ['and per month?', { says: ['$667', '$417'], not: ['Sorry', '$1,000'] }],
      ['tell me about Birchwood', 'Birchwood University'],
      ['per year?', { says: 'in-state: **$5,000** per year', not: ['Sorry', '$12,000'] }],
    ],
  },
  {
    name: 'names the program nearest to the city or state the student gives, by estimated straight-line distance, or asks where they live',
    steps: [
      [
        'which program is closest to Salt Lake City?',
        {
          says: [
            /^Closest to Salt Lake City: \*\*Alder Technical Institute\*\* in Boise, Idaho, about \d+ miles/,
            'my estimates',
          ],
        },
      ],
      [
        'which is closer to Phoenix, Alder or Cedar Valley?',
        { says: /^Closest to Phoenix: \*\*Alder/, not: 'Birchwood' },
      ],
      ["what's the nearest program?", { says: 'Tell me the city or state you live in', not: 'Closest' }],
      ['I live in Chicago. which school is nearest to me?', /^Closest to Chicago: \*\*Cedar Valley/],
      [
        'Is Birchwood close to Denver?',
        /^From Denver: \*\*Birchwood University\*\* in Tucson, Arizona, about \d+ miles/,
      ],
      // Miles are a distance, never a budget.
      [
        'which programs are within 500 miles of Salt Lake City?',
        { says: /^Within 500 miles of Salt Lake City, by my estimate: \*\*Alder\*\*/, not: 'budget' },
      ],
      ['anything within 100 miles of Boston?', { says: /^None of the programs is within 100 miles of Boston/ }],
    ],
  },
  {
    name: 'measures from the middle of a state when no city is given, and from a program\'s own city as "right there"',
    steps: [
      ['I live in Ohio. closest one?', { says: [/^Closest to Ohio: \*\*Cedar Valley/, 'the middle of Ohio'] }],
      ['I am in Tucson, which program is nearest and how much is it?', { says: ['right there in Tucson', '$5,000'] }],
    ],
  },
  {
    name: 'leaves out of a filtered list the program a student without a registration cannot enter, saying why',
    steps: [
      [
        'army medic here, no imaging certs. which programs take under 3 years?',
        { says: [/^Leaving out Cedar Valley, which the article rules out for you/, 'Alder', 'Birchwood'] },
      ],
      ['I failed my ARRT registry exam twice. Can I get into Cedar Valley?', { says: /^No/, not: /^Yes/ }],
      ['is any of the programs taught in Spanish?', { says: "doesn't say what language", not: 'Sorry' }],
    ],
  },
  {
    name: 'answers "and the next one?" after a ranking with its next place, and says when there is no such place',
    steps: [
      ["what's the shortest program?", /Fastest:\*\* \*\*Alder/],
      ['and the next one?', /^\*\*Second shortest:\*\* \*\*Birchwood/],
      ['and after that?', /^\*\*Third shortest:\*\* \*\*Cedar Valley/],
      ["what's the fastest program?", /Fastest:\*\* \*\*Alder/],
      ['and the next fastest?', /^\*\*Second shortest:\*\* \*\*Birchwood/],
    ],
  },
  {
    name: 'multiplies an estimated total for the people who all take the program, and keeps the home they share',
    steps: [
      [
        'how much would Alder be for the two of us?',
        { says: ['about $6,000', 'For two people: about $12,000', 'my estimate'] },
      ],
      [
        'my wife and I live in Arizona, what would Birchwood cost us?',
        { says: ['in-state', 'For two people: about $5,000 to $10,000'], not: '$12,000' },
      ],
      ['if I sent all three to Alder, what is the total?', { says: 'For three people: about $18,000' }],
      ['which three programs are online?', { not: 'For three people' }],
      ['and how much is tuition across all three?', { says: '$300', not: 'For three people' }],
    ],
  },
  {
    name: 'keeps the filter and the rate of a ranking for its next place ("and the second cheapest?")',
    steps: [
      ['which program under a year is cheapest for an out of state student?', ['Alder', 'Birchwood']],
      [
        'and the second cheapest?',
        {
          says: ['Of the programs from my last answer', 'Birchwood (out-of-state)'],
          not: ['Cedar Valley', 'in-state'],
        },
      ],
    ],
  },
  {
    name: 'reads "east of the Mississippi" as a region, not as the state of Mississippi',
    steps: [
      ['anything east of the mississippi?', { says: 'Cedar Valley', not: ['in Mississippi', 'Alder', 'Birchwood'] }],
    ],
  },
  {
    name: 'answers "which ones are tied?" after a ranking by length',
    steps: [
      ['rank the programs from shortest to longest', 'Fastest'],
      ['which ones are tied?', { says: /^None of them are tied/, not: 'The article features' }],
      // Said short, "ties" is not a misspelling of "tips".
      ['any ties?', /^None of them are tied/],
    ],
  },
  {
    name: 'says a place in a ranking over both rates of a program depends on where the student lives',
    steps: [
      ['which is the cheapest program?', 'Birchwood'],
      ['and the second cheapest?', { says: /^The second lowest depends on where you live/ }],
    ],
  },
  {
    name: 'rules out the programs with separate in-state and out-of-state rates for "the same price wherever you live"',
    steps: [
      [
        'which schools charge everyone the same price regardless of where you live?',
        { says: ['Alder', 'Cedar Valley', "doesn't say whether where you live changes it", /Ruled out: Birchwood/] },
      ],
    ],
  },
  {
    name: "ranks on a yearly rate at the student's own rate for each school, from the home they gave",
    steps: [
      [
        'I live in Ohio. Which program is cheapest per year?',
        { says: 'Birchwood University, out-of-state: $12,000 per year', not: 'in-state: $5,000' },
      ],
    ],
  },
  {
    name: 'names the one program a filter is asked of instead of counting "one of the one programs"',
    steps: [
      [
        'which continuing-ed bodies does the Birchwood writeup name?',
        { says: ['Of Birchwood', 'continuing'], not: 'One of the one' },
      ],
    ],
  },
  {
    name: 'prices at the rate of a home listed with who the student is, or said with "currently"',
    steps: [
      [
        'sonographer, ARDMS, Pittsburgh. what would Birchwood cost me?',
        { says: ['as you live in another state', 'out-of-state: $12,000 per year'], not: '$5,000' },
      ],
      [
        'x-ray tech here, currently Tucson. how much is Birchwood?',
        { says: ['as you live in Arizona', 'in-state: $5,000 per year'], not: '$12,000' },
      ],
    ],
  },
  {
    name: 'reads "my residency" as no rate of its own, so both rates stand',
    steps: [
      [
        'what would Birchwood cost me since my residency keeps changing?',
        { says: [/in-state: \**\$5,000\** per year/, /out-of-state: \**\$12,000\** per year/] },
      ],
    ],
  },
  {
    name: 'lists the programs with separate rates for "different amounts for residents and non residents"',
    steps: [
      [
        'which schools charge residents and non residents different amounts',
        {
          says: [
            /^\*\*One of the three programs\*\* charges in-state and out-of-state students differently/,
            'Birchwood',
          ],
        },
      ],
    ],
  },
  {
    name: 'answers "which programs take the same amount of time?" with the ties, with no ranking before it',
    steps: [['which of the programs take the same amount of time as each other', /^None of them are tied/]],
  },
  {
    name: 'takes a place said as a sentence of its own in a story, or "cost from" a place, as where the student lives',
    steps: [
      [
        'sub teacher. BS in kinesiology. cheyenne wy. zero imaging experience. how much would birchwood be?',
        { says: ['as you live in another state', '$12,000 per year'], not: '$5,000' },
      ],
    ],
  },
  {
    name: 'prices "what would X cost from <state>?" at that home\'s rate',
    steps: [
      ['what would birchwood cost from ohio?', { says: ['as you live in another state', '$12,000'], not: '$5,000' }],
    ],
  },
  {
    name: 'reads "$700 a month" as money by the month, never as a length or a budget for the whole',
    steps: [
      [
        'I can put about $700 a month toward school. what could I swing?',
        { says: ['Per month', 'in-state: about $417'], not: ['1 month', 'budget of $700'] },
      ],
    ],
  },
  {
    name: 'answers "what if I add $X?" and "what if I had $Y?" after a budget with what fits the new budget',
    steps: [
      ['I have $4,000. Which programs can I afford?', { says: 'within a budget of $4,000' }],
      ['what if I add $2,500 to that?', { says: ['within a budget of $6,500', 'Alder Technical Institute'] }],
      ['and what if I had $9,000?', { says: 'within a budget of $9,000', not: '$15,500' }],
    ],
  },
  {
    name: 'reads "which program shares our accreditor?" after naming the body in a sentence before as that body',
    steps: [
      [
        "We're accredited by the NWCCU. Which program shares our accreditor?",
        { says: 'Alder Technical Institute', not: ['Birchwood', 'Cedar Valley'] },
      ],
    ],
  },
  {
    name: 'reads "the only one without financial aid" as the aid denied, not asked for',
    steps: [
      [
        'is Alder the only one without financial aid?',
        { says: ['only one the article confirms', 'Birchwood'], not: ['No:', 'Cedar Valley'] },
      ],
    ],
  },
  {
    name: 'answers "does that rule me out?" the right way round, and takes a job outside healthcare for a newcomer to imaging',
    steps: [
      ["I'm a cashier. does that rule me out of Cedar Valley?", { says: 'Yes, it rules you out', not: 'No:' }],
      ['whats the fastest one that would take me', { says: 'Leaving out Cedar Valley', not: '- Cedar Valley' }],
    ],
  },
  {
    name: 'reads "never sat for the ARRT" as holding no registration, and "is it out for sure?" as a question of getting in',
    steps: [
      [
        'I have an associate degree in radiography but never sat for the ARRT. So Cedar Valley is out for sure?',
        { says: 'Yes, it rules you out', not: ["can't help", 'you are registered'] },
      ],
    ],
  },
  {
    name: 'ranks them all when the last sentence asks for the quickest, though an earlier one named a program',
    steps: [
      [
        'rad tech (arrt) in columbus. cedar valley is down the road but 2 yrs is way too long for me. whats the quickest thing i can do?',
        { says: ['Fastest:', 'Alder Technical Institute'], not: 'expected to take **2 years**' },
      ],
    ],
  },
  {
    name: 'leaves out a program supposed out of reach ("if Cedar Valley won\'t take me, …")',
    steps: [
      [
        "If Cedar Valley won't take me, which programs are closest to it in length?",
        { says: ['Alder Technical Institute', 'Birchwood University'], not: 'Cedar Valley Community College' },
      ],
    ],
  },
  {
    name: 'takes "rank all 3 by cost for me" after a story as a ranking, and documents to gather as what programs ask for',
    steps: [
      [
        'ARRT xray tech in tucson. rank all 3 by cost for me, cheapest first',
        { says: ['the lowest is Birchwood University', 'Alder'], not: "I'll keep in mind" },
      ],
      [
        'What documents should he get together before applying?',
        { says: 'What programs ask for', not: 'only with a registration' },
      ],
      [
        'Does Alder charge out-of-state students more per credit?',
        { says: "doesn't say whether out-of-state students pay a different rate", not: 'Yes: the article gives' },
      ],
    ],
  },
  {
    name: "names the programs beyond the last answer's that meet a filter none of those meets",
    steps: [
      ['compare Alder and Birchwood', 'Alder'],
      [
        'If one of them also wants an associate degree out of this, which program fits?',
        {
          says: [
            'None of the two programs awards an associate degree',
            'Beyond those',
            'Cedar Valley Community College',
          ],
        },
      ],
    ],
  },
  {
    name: 'answers a fact asked of the programs a filter keeps ("how long are the online programs?"), naming those left open',
    steps: [
      [
        'how long are the online programs',
        {
          says: ['The one program that is offered online', 'Alder', '9 months', "doesn't settle it for Birchwood"],
          not: ['Cedar Valley', 'Every course is taught online'],
        },
      ],
    ],
  },
  {
    name: 'leaves out a program set aside with "leaving X out" or "skipping X"',
    steps: [
      ['ok leaving alder out, which is cheapest?', { says: /^Leaving out Alder: /, not: 'Of Alder' }],
      ['skipping birchwood, which is fastest?', { says: /^Leaving out Birchwood: / }],
    ],
  },
  {
    name: 'reads "which programs can I do online?" as the online filter, and a degree the student holds as no filter',
    steps: [
      ['which programs can i do online', { says: /^\*\*One of the three programs\*\* is offered online/ }],
      [
        'I work as a telecom tech in fairbanks alaska, AAS in electronics tech. which programs can i do online from alaska',
        { says: /^\*\*One of the three programs\*\* is offered online/, not: 'associate degree' },
      ],
    ],
  },
  {
    name: "ranks the way to a body's credential by the programs that lead to it, not those that only count towards its CE",
    steps: [
      [
        'whats the quickest way to get ABII certified',
        { says: ['(Alder and Cedar Valley)', '**Fastest:** **Alder Technical Institute**'], not: '- Birchwood' },
      ],
    ],
  },
  {
    name: 'reads "for somebody in Dallas, Texas" as where the student lives, not as a filter on where programs are',
    steps: [
      [
        'which program is cheapest for somebody in dallas texas',
        { says: /^As you live in Texas/, not: 'no program that is in Texas' },
      ],
    ],
  },
  {
    name: 'ranks only the programs a newcomer can get into, and says so next to the price of one they cannot',
    steps: [
      ["I'm new to imaging, never worked in healthcare", { says: 'No: **Cedar Valley' }],
      [
        'which program is cheapest?',
        { says: /^Leaving out Cedar Valley, which the article rules out for you/, not: '- Cedar Valley' },
      ],
      ['how much is Cedar Valley?', { says: "From what you've told me, Cedar Valley wouldn't take you" }],
    ],
  },
  {
    name: 'reads a one-word question with the sentence before it ("online ones only. cheapest?")',
    steps: [
      ['online ones only. cheapest?', { says: /^I ranked the one program that is offered online/, not: '- Birchwood' }],
    ],
  },
  {
    name: '"which programs am I allowed into, and which is fastest" gets the verdict per program and the ranking over the open ones',
    steps: [
      [
        'austin tx, zero imaging experience. which programs am i even allowed into, and which is fastest',
        { says: ['**Not for you**', 'Leaving out Cedar Valley, which the article rules out for you: **Fastest:**'] },
      ],
    ],
  },
  {
    name: '"which program would give me ABII eligibility soonest?" ranks the programs leading to the credential, not held by the student',
    steps: [
      [
        'Which program would give me ABII eligibility soonest?',
        { says: /\*\*Fastest:\*\* \*\*Alder Technical Institute\*\*/, not: 'rules out for you' },
      ],
    ],
  },
  {
    name: '"no imaging creds whatsoever" rules out the program that asks for a registration in a later ranking "of the ones that would take me"',
    steps: [
      ['IT analyst in Phoenix, no imaging creds whatsoever. Which programs am I eligible for?', '**Not for you**'],
      [
        'Of the ones that would take me, which is fastest?',
        { says: /^Leaving out Cedar Valley, which the article rules out for you: \*\*Fastest:\*\*/ },
      ],
    ],
  },
  {
    name: 'a short question of getting in, naming no program, is about the one just discussed; a second question after one over all programs asks over all again',
    steps: [
      ['Tell me about Cedar Valley', 'Cedar Valley Community College'],
      ['could I get in?', { says: /^Only if you are registered: \*\*Cedar Valley/, not: 'Not for you' }],
      [
        "I'm not registered with anyone. which programs could I do right now, and what's cheapest?",
        { says: ['**Not for you**', 'Leaving out Cedar Valley'], not: 'Of Cedar Valley' },
      ],
    ],
  },
  {
    name: '"association" and "associated" are no associate degree',
    steps: [
      [
        'which of the schools is accredited by an association?',
        { says: 'is accredited by the Higher Learning Commission', not: 'associate' },
      ],
    ],
  },
  {
    name: '"which programs charge by the credit?" lists those with a rate per credit, and leaves open a figure with no unit',
    steps: [
      ['could I finish a program in 12 weeks?', /^No\. None of the three programs takes 3 months or less/],
      [
        'which programs charge by the credit?',
        {
          says: [
            '**One of the three programs** charges by the credit',
            'Alder Technical Institute** (Alder) — $300 per credit',
            'Cedar Valley',
          ],
          not: 'Birchwood',
        },
      ],
    ],
  },
  {
    name: '"anything faster than X I could get into?" ranks against X over the programs open to the student, not a verdict on X',
    steps: [
      [
        'I have no registry. is there anything faster than Birchwood I could get into?',
        {
          says: /^Leaving out Cedar Valley, which the article rules out for you: The only program left, Alder, is not one that takes 6 months or less/,
          not: 'None of the one',
        },
      ],
      ['tell me about Birchwood', 'Birchwood University'],
      ["is there anything faster than Birchwood that I'd qualify for?", { not: 'nothing in it rules you out' }],
    ],
  },
  {
    name: 'a story that wishes for a degree, with no word of reaching anyone, is no request to be put in touch',
    steps: [
      [
        "Lancaster PA, 22, no college, working at target. my parents said they can give me $15k total. I'd rather come out with an actual degree, not just a cert",
        { says: /awards an associate degree[\s\S]*Cedar Valley Community College/, not: 'automated assistant' },
      ],
    ],
  },
  {
    name: 'help someone else pays is no budget, and "after the 2k?" takes it off the cost',
    steps: [
      [
        'My hospital reimburses $2,000 a year once I pass each class. Will Alder admit me?',
        { says: /^The article doesn't say: it names no entry requirement/, not: 'Probably not' },
      ],
      ["what's the whole program cost?", { says: 'about $6,000' }],
      ['and after the 2k?', { says: /^About \*\*\$4,000\*\* out of your own pocket/ }],
    ],
  },
  {
    name: "a sum spent on one program's credits, however the question is put",
    steps: [
      [
        'with $3,000, how many credits can I pay for at Alder?',
        { says: /^At \$300 per credit, \$3,000 covers about \*\*10 credits\*\* at \*\*Alder Technical Institute\*\*/ },
      ],
    ],
  },
  {
    name: '"what\'s left for me to pay" is the cost less the help',
    steps: [
      [
        "my employer covers 60% of tuition. what's left for me to pay at Alder?",
        { says: /^About \*\*\$2,400\*\* out of your own pocket/ },
      ],
    ],
  },
  {
    name: '"what is left for me after that?" from a student with money of their own and no help is what is left over',
    steps: [
      ['I have $9,000. how much is Alder?', '$300'],
      ['what is left for me after that?', { says: /^About \*\*\$3,000\*\* left over/ }],
    ],
  },
  {
    name: 'the town of the hospital the asker works at is where they are, not a place the programs must be in',
    steps: [
      [
        'HR manager at a hospital in Denver, Colorado. Our tuition benefit caps at $7,000. Which of these programs would fit under that for one of our staff?',
        { says: /^\*\*One of the three programs\*\* fits within a budget of \$7,000/, not: 'is in Colorado' },
      ],
    ],
  },
  {
    name: 'a home denied ("I don\'t live in Arizona", "im not in arizona") is no home and no place the programs must be in',
    steps: [
      [
        'how much is birchwood for me, im not in arizona',
        { says: 'out-of-state: **$12,000** per year', not: 'in-state' },
      ],
      [
        "I don't live in Arizona. how much is Birchwood?",
        { says: 'out-of-state: **$12,000** per year', not: 'in-state' },
      ],
      [
        "cheapest per year for someone who isn't an Arizona resident?",
        { says: 'Birchwood University, out-of-state: $12,000 per year', not: 'in Arizona' },
      ],
    ],
  },
  {
    name: '"which program should I skip?" after what the student needs lists the programs that fail it',
    steps: [
      [
        "money is tight, I'd need financial aid. which program should I skip because of that?",
        { says: /^\*\*One of the three programs\*\* offers no financial aid.*\n- \*\*Alder Technical Institute\*\*/s },
      ],
    ],
  },
  {
    name: 'which accreditor or state the most programs share: the largest group, then the others, or none standing out',
    steps: [
      [
        'which accreditor shows up the most among the programs?',
        {
          says: [
            '**Higher Learning Commission (HLC)** accredits the most',
            'two (Birchwood and Cedar Valley)',
            'NWCCU (Alder)',
          ],
        },
      ],
      ['which state has the most programs?', { says: ['None stands out', '**Idaho**: Alder'], not: 'Tucson' }],
    ],
  },
  {
    name: 'not wanting to apply to a college, or getting in without being admitted, filters for programs that need no admission',
    steps: [
      ["which is better if I don't want to apply to a university", { says: 'needs no admission', not: 'Sorry' }],
      ['compare alder and birchwood', 'Alder vs Birchwood'],
      [
        'which of those two lets you in without being admitted to the college itself?',
        { says: ['needs no admission', 'Alder Technical Institute'], not: 'Cedar Valley' },
      ],
    ],
  },
  {
    name: 'how many of the bodies accredit a program, then which of them turns up more than once',
    steps: [
      [
        'how many of the accrediting bodies actually accredit one of the programs?',
        {
          says: /^Two of the six accredit at least one of the featured programs; MSCHE, WASC, SACS and NEASC accredit none/,
        },
      ],
      [
        'which of them turns up more than once',
        { says: '**Higher Learning Commission (HLC)** accredits the most', not: 'side by side' },
      ],
    ],
  },
  {
    name: 'two rankings asked after what they are among ("Of the programs I could get into, which is the quickest and which is the cheapest?") are both answered',
    steps: [
      [
        'Of the programs I could get into, which is the quickest and which is the cheapest?',
        ['**Fastest:** **Alder Technical Institute**', 'the lowest is Birchwood University'],
      ],
    ],
  },
  {
    name: '"anything shorter?" after one program, or "my shorter options" beside one named, sets the others against it',
    steps: [
      ['tell me about cedar valley', 'Cedar Valley Community College'],
      [
        'two years is a lot though. anything shorter?',
        { says: ['take less than 2 years', 'Alder', 'Birchwood'], not: 'expected to take **2 years**' },
      ],
      [
        "cedar valley's 2 years sounds like overkill. What are my shorter options?",
        ['take less than 2 years', 'Alder'],
      ],
    ],
  },
  {
    name: '"can I finish a PACS cert in 5 months?" is a yes or no over every program\'s length',
    steps: [
      ['can I finish a PACS cert in 5 months?', /^No\. None of the three programs takes 5 months or less/],
      ['can I finish a PACS cert in 10 months?', { says: [/^Yes\./, 'Alder Technical Institute (takes 9 months)'] }],
    ],
  },
  {
    name: '"what accrediting body covers schools in New England?" gives the body named for the region; "England" in a region\'s name is no country abroad',
    steps: [
      [
        'what accrediting body covers schools in New England?',
        { says: 'Going by the names it lists, the body for a school in New England is likely', not: 'international' },
      ],
    ],
  },
  {
    name: '"I\'m torn between Alder and Cedar Valley. … Which one?" chooses among the two named, not every program',
    steps: [
      [
        "I'm torn between Alder and Cedar Valley. My end goal is ABII certification. Which one?",
        {
          says: ['Of Alder and Cedar Valley', 'Alder Technical Institute', 'Cedar Valley Community College'],
          not: 'Birchwood',
        },
      ],
    ],
  },
  {
    name: '"could I finish in one summer?" is a length of about three months, not a summer start; "a summer term" is still a start',
    steps: [
      [
        'Is there a program I could finish in one summer?',
        { says: /^No\. None of the three programs takes 3 months or less/, not: 'starts in' },
      ],
      ['which programs start in a summer term?', { says: 'starts in summer', not: '3 months' }],
    ],
  },
  {
    name: 'months worked ("a PACS analyst for about 18 months") are set against the years a certification asks for',
    steps: [
      [
        "I've been a PACS analyst for about 18 months. Could I get ABII certified through Cedar Valley?",
        {
          says: [
            /^The article doesn't say for certain/,
            'With your 18 months in the field, you would need 6 months more',
            'if you keep working in the field while you study you may have them by the end',
          ],
        },
      ],
      [
        'PACS analyst 3 years. Could I get ABII certified through Cedar Valley?',
        { says: [/^Yes:/, 'With your three years in the field, you already meet that'] },
      ],
    ],
  },
  {
    name: '"I\'m ARRT registered. Is there a program that wants that?" and "which programs care about those?" after a body ask which programs require the body pointed at',
    steps: [
      [
        "I'm ARRT registered too. Is there a program that specifically wants that?",
        { says: 'Only Cedar Valley asks for the ARRT', not: 'The guide features' },
      ],
      ['what is the ARDMS?', 'American Registry of Diagnostic Medical Sonographers'],
      ['which of the programs actually cares about those?', 'Only Cedar Valley asks for the ARDMS'],
    ],
  },
  {
    name: '"which is the easiest to get into?" names the program that needs no admission to the school itself; "and the hardest?" asks the same of getting in',
    steps: [
      [
        'Which program is the easiest to get into?',
        { says: ['Alder: You enrol in the certificate alone', 'Only with a registration'] },
      ],
      ['and the hardest?', { says: 'Cedar Valley is open to you only with a registration', not: 'The guide features' }],
    ],
  },
  {
    name: '"I\'m ARRT registered. Does that open anything else up?" as a first message says which programs the registration opens',
    steps: [
      [
        "I'm an MRI tech, ARRT (MR). Does that open anything else up?",
        { says: /^Yes: \*\*Cedar Valley Community College\*\* takes people in good standing/, not: "can't help" },
      ],
    ],
  },
  {
    name: '"does Cedar Valley count my ARRT?" weighs the registration for entry; a registration described beside a body the student holds ("ARRT(T)… my therapy registration") is that one',
    steps: [
      [
        'does Cedar Valley count my ARRT?',
        /^Yes: \*\*Cedar Valley Community College\*\* takes people in good standing/,
      ],
      [
        "I'm ARRT(T). does Cedar Valley count a therapy registration?",
        { says: /^Yes: \*\*Cedar Valley Community College\*\*/, not: "doesn't mention" },
      ],
    ],
  },
  {
    name: '"of those quicker ones, which is cheapest?": the word naming the list pointed at is no ranking; the one asked is',
    steps: [
      ['anything quicker than Cedar Valley?', 'Alder'],
      [
        'of those quicker ones, which is cheapest?',
        { says: ['Of the programs from my last answer', 'the lowest is'], not: '**Fastest:**' },
      ],
    ],
  },
  {
    name: '"if I went with Birchwood, would it count toward my ARRT CE?" asks what the courses count toward, not whether the student gets in',
    steps: [
      [
        'if I went with Birchwood, would it count toward my ARRT CE?',
        { says: "the article doesn't connect it to ARRT", not: 'entry requirement' },
      ],
    ],
  },
  {
    name: '"…CE credits due. Is there a program that would pull double duty for that?" asks about continuing education, not which program requires the registration',
    steps: [
      [
        "I'm ARRT registered and I've got CE credits due by June. Is there a program that would pull double duty for that?",
        { says: 'continuing education', not: 'asks for the ARRT to get in' },
      ],
    ],
  },
  {
    name: '"if Cedar Valley falls through, is there a cheaper alternative that stays under 7k?" sets Cedar Valley aside and asks over the others',
    steps: [
      ['how much is Cedar Valley?', '$8,000'],
      [
        'if Cedar Valley falls through, is there a cheaper alternative that stays under 7k?',
        { says: ['Leaving out Cedar Valley', 'Alder'], not: "doesn't give start terms" },
      ],
    ],
  },
  {
    name: '"which accreditor shows up behind the most of the featured schools?" asks for the body most programs share',
    steps: [
      [
        'so which accreditor shows up behind the most of the featured schools, and which schools?',
        /^\*\*Higher Learning Commission \(HLC\)\*\* accredits the most of the three programs: two \(Birchwood and Cedar Valley\)/,
      ],
    ],
  },
  {
    name: '"is Cedar Valley open to a nurse?" asks whether the program takes that person',
    steps: [
      [
        'is Cedar Valley open to a nurse?',
        { says: /^No: \*\*Cedar Valley Community College\*\* takes only people/, not: "can't help" },
      ],
    ],
  },
  {
    name: 'help pointed at in a story is the budget asked about, and "what\'s left?" asks what would remain of it',
    steps: [
      [
        'I do IT support in Boise. Ten years of servers behind me. Trying to move into imaging. My company will reimburse up to $7,000 total. Which programs would stay inside that?',
        { says: ['fits within a budget of $7,000', 'Alder'], not: /^The guide doesn't say whether employers/ },
      ],
      [
        "and if I went with Birchwood instead, what's left?",
        { says: '$7,000 less my estimate', not: 'entry requirement' },
      ],
    ],
  },
  {
    name: 'help paid per credit: what is left of each credit to pay, over the credits the article gives',
    steps: [
      ["My clinic reimburses $250 per credit hour. I'm a sonographer.", 'employers help with tuition'],
      [
        'how much would Alder cost me out of my own pocket?',
        { says: ['About **$1,000** out of your own pocket', "$250 of each credit's $300 paid for you"] },
      ],
    ],
  },
  {
    name: '"why didn\'t you include Cedar Valley?" after a list says which of the conditions asked it fails',
    steps: [
      ['which programs can I finish within a year?', 'Two of the three programs'],
      [
        "why didn't you include Cedar Valley?",
        "**Cedar Valley Community College** doesn't meet what you asked for: takes 2 years",
      ],
      ['why not Alder?', '**Alder Technical Institute** is among them: takes 9 months'],
      // ("Why can't you give me a total?" asks about a figure, not why a program was left out.)
      [
        "why can't you give me a total for Birchwood?",
        { says: 'Estimated tuition at **Birchwood University**', not: 'among them' },
      ],
    ],
  },
  {
    name: '"why not Cedar Valley?" after a list, for a student it does not take, says both what it fails and who it takes',
    steps: [
      ['I have no imaging registration. which programs are online?', 'online'],
      [
        'why not Cedar Valley?',
        { says: ["doesn't meet what you asked for: on campus", 'takes only people in good standing'] },
      ],
    ],
  },
  {
    name: 'a software engineer is taken for someone new to imaging',
    steps: [["I'm a software engineer. which program takes the longest?", 'Leaving out Cedar Valley']],
  },
  {
    name: '"is it taught online?" says nothing about the student: no program is left out of a later ranking for it',
    steps: [
      ['is Cedar Valley taught online?', 'on campus'],
      ['which program takes the longest?', { says: '**Longest:** **Cedar Valley', not: 'Leaving out' }],
    ],
  },
  {
    name: 'someone new to PACS is not taken for someone new to imaging',
    steps: [["I'm new to PACS. which program takes the longest?", { says: 'Cedar Valley', not: 'Leaving out' }]],
  },
  {
    name: '"which charges the most?" and "which one charges less?" rank on price',
    steps: [
      ['which program charges the most?', 'come highest'],
      [
        'Alder or Cedar Valley, which one charges less?',
        { says: 'Of Alder and Cedar Valley', not: 'Estimated tuition at' },
      ],
    ],
  },
  {
    name: 'numbered questions, or three questions in a row, are each answered on their own',
    steps: [
      [
        'Two things for my advisor: 1) which programs are accredited by the HLC 2) which ones take under a year',
        {
          says: [
            'Two of the three programs** are accredited by HLC',
            'Two of the three programs** take 1 year or less',
          ],
        },
      ],
      [
        'Is Alder online? Who accredits it? How long does it take?',
        { says: ['Every course is taught online', 'Northwest Commission', 'expected to take **9 months**'] },
      ],
    ],
  },
  {
    name: 'the total or a home told right after a ranking by price ranks again on it',
    steps: [
      ['which is cheapest for someone in Arizona?', 'the lowest is Birchwood'],
      [
        'no I mean the total for the whole thing',
        { says: 'Of the totals I can estimate', not: /^Estimated tuition at/ },
      ],
      ["I'm in Ohio btw", { says: 'As you live in Ohio', not: /^Estimated tuition at/ }],
    ],
  },
  {
    name: '"are both online?" after a filter over two programs that kept one asks of the two, not of the one kept',
    steps: [
      ['compare Alder and Birchwood', 'Alder'],
      ['which of those two starts in the fall?', 'One of the two programs'],
      ['are both online?', { says: ['Not both', 'Alder and Birchwood'], not: /^Yes/ }],
    ],
  },
  {
    name: '"could I finish a PACS certificate in 10 weeks?" and "…over one summer?" ask whether any program takes that little',
    steps: [
      ['Could I finish a PACS certificate in 10 weeks?', /^No\. None of the three programs takes 2\.5 months or less/],
      ['can I do a program over one summer?', /^No\. None of the three programs takes 3 months or less/],
    ],
  },
  {
    name: '"do any of the programs end with a certification exam?" says the programs linked to one, not ones counting towards continuing education',
    steps: [
      [
        'do any of the programs end with a certification exam?',
        { says: ['is linked to a certification exam', 'Alder'], not: 'counting towards' },
      ],
    ],
  },
  {
    name: '"which programs take only six months?" asks for six months at most, not for programs that can take six',
    steps: [
      [
        'which programs take only six months?',
        { says: ["doesn't confirm that any program takes 6 months or less", 'only at the faster end'], not: /^\*\*/ },
      ],
      ['which programs are just 9 months long?', { says: 'takes 9 months or less' }],
    ],
  },
  {
    name: '"which of the programs could I finish entirely online?" asks how they are taught, not how long they take',
    steps: [
      [
        'Which of the programs could I finish entirely online?',
        { says: ["**Alder Technical Institute**'s program is online"], not: 'expected to take' },
      ],
    ],
  },
  {
    name: '"I live in Columbus, Ohio. Online only and I want it done fast. Which program?" ranks the online programs by length',
    steps: [
      [
        'I live in Columbus, Ohio. Online only and I want it done fast. Which program?',
        { says: ['offered online', '**Fastest:** **Alder Technical Institute**'] },
      ],
    ],
  },
  {
    name: '"which programs would take someone with my background?" asks who gets in; "without going back for a full degree" sets degrees aside',
    steps: [
      [
        'Which PACS programs would take someone with my background?',
        { says: 'open to you only with a registration', not: 'The article features' },
      ],
      [
        'without going back for a full degree, which programs are online?',
        { says: 'does not award an associate degree', not: 'None of the three' },
      ],
    ],
  },
  {
    name: '"can I afford Alder?" after a budget weighs Alder against that budget',
    steps: [
      ['my budget is 4000 dollars.', 'Alder'],
      [
        'can I afford Alder?',
        { says: /^No: \*\*Alder Technical Institute\*\*: about \$6,000/, not: "can't be set against" },
      ],
    ],
  },
  {
    name: '"which program would give me the deepest grounding in radiology itself?" asks for the degree programs',
    steps: [
      [
        'which program would give me the deepest grounding in radiology itself?',
        { says: ['awards an associate degree', 'Cedar Valley'], not: 'The article features' },
      ],
    ],
  },
  {
    name: '"which one is the ideal fit for earning multiple qualifications?" asks what a program is good for, not who gets in',
    steps: [
      [
        'which one does the article call the ideal fit for earning multiple qualifications at once?',
        { says: ['awards an associate degree', 'Cedar Valley'], not: 'open to you only' },
      ],
    ],
  },
  {
    name: 'a condition stated, then "which of the programs qualify?", filters by that condition',
    steps: [
      [
        'My employer only pays for schools in Idaho or Arizona. Which of the programs qualify?',
        { says: ['in Idaho or Arizona', 'Alder', 'Birchwood'], not: 'Cedar Valley' },
      ],
    ],
  },
  {
    name: '"can I get ABII certified with zero years in imaging?" lists the routes, and the one that needs years first',
    steps: [
      [
        'can I get ABII certified with zero years in imaging?',
        {
          says: [
            'Alder Technical Institute',
            'Not yet with your time in the field: Cedar Valley',
            'two years of it first',
          ],
          not: 'is the American Board of Imaging Informatics',
        },
      ],
    ],
  },
  {
    name: '"of those two, which is closer to Salt Lake City?" ranks only the two just listed',
    steps: [
      ['which programs are accredited by HLC?', 'Two of the three programs'],
      [
        'of those two, which is closer to Salt Lake City?',
        { says: 'Closest to Salt Lake City: **Birchwood University**', not: 'Alder' },
      ],
    ],
  },
];
