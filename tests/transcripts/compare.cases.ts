/** Comparisons: named programs, "all", the last list, and asking for the programs. */
import type { Transcript } from '../helpers/transcript.js';

export const compareCases: readonly Transcript[] = [
  {
    name: 'answers "how much cheaper than a year of X?" after two programs were compared with the same two, not X\'s two rates',
    steps: [
      ['im in idaho. Cedar Valley or Birchwood, which is cheaper for me?', 'Cedar Valley'],
      ['how much cheaper than a full year of Birchwood', { says: 'Cedar Valley', not: 'Out-of-state students pay' }],
    ],
  },
  {
    name: 'compares the price for someone else ("which costs him less?") as for the student',
    steps: [
      [
        'Alder or Birchwood, which costs him less?',
        { says: 'It depends on where you live', not: 'Estimated tuition at' },
      ],
    ],
  },
  {
    name: 'settles which costs less when a figure without a unit, even as the whole price, is above the other total',
    steps: [
      [
        'is Cedar Valley more expensive than Alder?',
        /^Yes: \*\*Cedar Valley\*\* very likely costs more than Alder, by at least about \$2,000/,
      ],
      [
        'Cedar Valley vs Alder, which is cheaper overall?',
        { says: /^\*\*Alder\*\* very likely costs less/, not: "can't compare" },
      ],
    ],
  },
  {
    name: 'takes a body the student holds as about them, not as the fact to compare ("I\'m an ARRT rad tech… which is the better choice?")',
    steps: [
      [
        "I'm an ARRT rad tech living in Boise. Is Alder or Cedar Valley the better choice for me?",
        { says: ['**For you**', '**Alder vs Cedar Valley**', '**Time to complete**'] },
      ],
    ],
  },
  {
    name: 'compares two named programs on every attribute',
    steps: [
      [
        'compare alder and cedar valley',
        ['Alder vs Cedar Valley', 'Location', 'Boise, Idaho', 'Columbus, Ohio', 'Tuition'],
      ],
    ],
  },
  {
    name: 'compares every program when asked for all of them',
    steps: [['compare all the programs', 'Alder vs Birchwood vs Cedar Valley']],
  },
  {
    name: 'asks which program to compare with when only one is known, with buttons, and re-asks after a wrong answer',
    steps: [
      ['compare birchwood', { says: 'compare Birchwood with', buttons: ['Alder', 'Cedar Valley', 'All of them'] }],
      ['something else entirely', 'Please pick a program'],
      ['alder', 'Birchwood vs Alder'],
    ],
  },
  {
    name: 'asks for both programs when none is known',
    steps: [
      [
        'compare programs',
        {
          says: 'Which programs would you like to compare',
          buttons: ['Alder', 'Birchwood', 'Cedar Valley', 'All of them'],
        },
      ],
      ['alder', 'compare Alder with'],
      ['birchwood', 'Alder vs Birchwood'],
    ],
  },
  {
    name: 'compares "those" from the last list',
    steps: [
      ['which programs are accredited by the HLC?', 'Birchwood'],
      ['compare them', 'Birchwood vs Cedar Valley'],
    ],
  },
  {
    name: 'compares the program under discussion with the one named',
    steps: [
      ['tell me about alder', 'Alder Technical Institute'],
      ['compare it with birchwood', 'Alder vs Birchwood'],
    ],
  },
  {
    name: 'answers a different question instead of insisting on the pick',
    steps: [
      ['compare birchwood', 'compare Birchwood with'],
      ['what is pacs?', { says: 'What PACS is', not: 'Please pick' }],
    ],
  },
  {
    name: 'answers the question a card button carries when it is clicked in Web Chat (value only, no text)',
    steps: [[{ type: 'message', value: { text: 'Tell me about Cedar Valley' } }, 'Cedar Valley Community College']],
  },
  {
    name: 'lets the user cancel the pick',
    steps: [
      ['compare birchwood', 'compare Birchwood with'],
      ['cancel', /start over/i],
    ],
  },
  {
    name: 'ranks the compared programs on the one measure asked about',
    steps: [
      [
        'compare alder and cedar valley, which one is faster?',
        { says: ['**Alder** is faster', '9 months', '2 years'], not: 'tuition' },
      ],
    ],
  },
  {
    name: 'does not name a winner where the article gives overlapping lengths',
    steps: [
      [
        'compare alder and birchwood, which one is faster?',
        { says: ['neither is clearly faster', '9 months', '6 to 12 months'], not: /\*\*\w+\*\* is faster/ },
      ],
    ],
  },
  {
    name: 'asks about the program named before "than" when the other is "that"',
    steps: [
      ['how long is cedar valley?', '2 years'],
      ['and is Alder quicker than that?', { says: [/^Yes/, /\*\*Alder\*\* is faster than Cedar Valley/] }],
    ],
  },
  {
    name: 'answers one program against a figure with yes or no, without asking for a second program',
    steps: [['is Cedar Valley longer than a full year?', { says: [/^Yes/, '2 years'], not: /compare/i }]],
  },
  {
    name: 'takes "the Idaho one" and "the school in Ohio" as the programs there, inside a comparison',
    steps: [
      ['is the Idaho one cheaper than the school in Ohio?', { says: /Alder|Cedar Valley/, not: /ranked|Only \*\*/ }],
      ['compare the Idaho one and the Ohio one', { says: ['Alder vs Cedar Valley', 'Tuition'] }],
    ],
  },
  {
    name: 'uses the out-of-state rate of the other program for "a resident" of one program\'s state',
    steps: [
      [
        'which costs less for an Idaho resident, alder or birchwood?',
        { says: ['Birchwood', 'out-of-state', '$12,000'], not: '$5,000' },
      ],
    ],
  },
  {
    name: 'compares two programs named by their cities with a comparative, however the recognizer leans',
    steps: [
      [
        'is the Columbus program longer than the Boise one?',
        { says: /^Yes: \*\*Cedar Valley\*\* takes longer than Alder/ },
      ],
    ],
  },
  {
    name: 'reads "is that more than X?" with no measure named as a question of cost',
    steps: [
      ['I live in Arizona. Tell me about Birchwood', 'Birchwood'],
      ['is that more than Alder?', { says: /^No: \*\*Alder\*\* costs more than Birchwood/ }],
    ],
  },
  {
    name: 'compares the programs that pass a filter ("compare the two that take under a year")',
    steps: [
      [
        'compare the two that take under a year',
        { says: ['Alder vs Birchwood', 'Tuition', 'Estimated total'], not: 'Cedar Valley' },
      ],
    ],
  },
  {
    name: 'says first, in a comparison for a student who said who they are, which program rules them out',
    steps: [
      [
        'Alder vs Cedar Valley for a nurse with no registration',
        { says: ['For you', /No: \*\*Cedar Valley/, 'Alder vs Cedar Valley'] },
      ],
      ['so which should i pick?', { says: 'Cedar Valley', not: 'registered imaging technologist, or new' }],
      ['compare alder and birchwood', { says: 'Alder vs Birchwood', not: 'For you' }],
    ],
  },
  {
    name: 'answers "which is longer?" with the one that takes longer',
    steps: [['which is longer, Alder or Cedar Valley?', { says: /\*\*Cedar Valley\*\* takes longer than Alder/ }]],
  },
  {
    name: 'keeps the question when its options follow a colon ("which is faster: A or B?")',
    steps: [['which is faster: Alder or Cedar Valley?', { says: /Alder\*\* is faster/, not: 'side by side' }]],
  },
  {
    name: 'compares programs on the one fact asked for, not the whole table',
    steps: [
      [
        'compare the length of alder and cedar valley',
        { says: ['Alder', '9 months', 'Cedar Valley', '2 years'], not: ['side by side', 'Tuition'] },
      ],
    ],
  },
  {
    name: 'answers "which costs more?" and "is A more expensive than B?" the way they were asked',
    steps: [
      ['I live in Arizona. Which costs more, Alder or Birchwood?', { says: /^\*\*\w+\*\* costs more than/ }],
      ['Is Alder more expensive than Birchwood for me?', { says: /^(Yes|No): \*\*\w+\*\* costs more than/ }],
    ],
  },
  {
    name: 'compares the two programs just talked about when asked "which one is cheaper?", asks for residency when that decides it, and answers once it is given',
    steps: [
      ['Tell me about Alder', 'Alder Technical Institute'],
      ['and Birchwood?', 'Birchwood'],
      ['which one is cheaper?', { says: [/^It depends on where you live/, 'Alder', 'Birchwood'], not: 'Cedar Valley' }],
      ['I live in Arizona', { says: /^\*\*Birchwood\*\* costs less than Alder/, not: 'Cedar Valley' }],
      ['which one is cheaper?', { says: /^\*\*Birchwood\*\* costs less than Alder/, not: 'Cedar Valley' }],
    ],
  },
  {
    name: 'ranks every program on "which is faster?" after a ranking of all of them',
    steps: [
      ['which program is cheapest?', 'different units'],
      ['which is faster?', { says: ['Fastest', 'Cedar Valley'] }],
    ],
  },
  {
    name: 'answers each measure of "which is X and which is Y" for the two programs listed on their own',
    steps: [
      [
        'which is quicker and which is cheaper, Alder or Cedar Valley?',
        { says: ['**Alder** is faster', '9 months', '**$300** per credit', '**$8,000**'], not: 'Birchwood' },
      ],
      [
        'Cedar Valley vs Alder: which is shorter, and which costs less?',
        { says: ['9 months', '2 years', '**$300** per credit'], not: ['Which programs', 'Birchwood'] },
      ],
    ],
  },
  {
    name: 'gives each fact named when two programs are compared on two of them',
    steps: [
      [
        'compare alder and birchwood on price and length',
        { says: ['**$300** per credit', '**$5,000** per year', '9 months', '6 to 12 months'], not: 'Location' },
      ],
    ],
  },
  {
    name: 'works out by how much two rates in the same unit differ, and says when the units do not allow it',
    steps: [
      [
        "what's the difference between Birchwood's in-state and out-of-state tuition?",
        { says: ['**$7,000 more per year**', 'my estimate: $12,000 − $5,000'] },
      ],
    ],
  },
  {
    name: 'answers a cost comparison for each rate of the program whose rate depends on where the student lives',
    steps: [
      [
        'which costs less, Birchwood or Alder?',
        {
          says: [
            'If you live in Arizona, **Birchwood** costs less: about $2,500 to $5,000',
            "If you live anywhere else, the article's figures don't settle it",
          ],
        },
      ],
    ],
  },
  {
    name: 'works out by how much longer one program takes than another',
    steps: [
      [
        'how much longer is Cedar Valley than Alder?',
        { says: ['**Cedar Valley** takes longer', 'That is 15 months (1.25 years) longer'] },
      ],
    ],
  },
  {
    name: 'works out by how much and how many times, from the two lengths or the two estimates',
    steps: [
      ['how many times longer is Cedar Valley than Alder?', ['15 months', 'about 2.7 times as long', 'my estimate']],
      [
        'how much more is Alder than Birchwood for someone in Arizona?',
        ['Birchwood', 'by about $1,000 to $3,500 in total', 'my estimate'],
      ],
    ],
  },
  {
    name: 'asks "same question for A vs B" of the new pair, on the measure just compared',
    steps: [
      ['which is shorter, alder or cedar valley?', /^\*\*Alder\*\* is faster than Cedar Valley/],
      [
        'same question for birchwood vs cedar valley',
        { says: /^\*\*Birchwood\*\* is faster than Cedar Valley/, not: 'side by side' },
      ],
    ],
  },
  {
    name: 'takes where the student works, said with "I work", as where they live',
    steps: [
      [
        'I work for the county health service in Arizona. Which costs more, Alder or Birchwood?',
        { says: /^\*\*Alder\*\* costs more than Birchwood/, not: 'out-of-state' },
      ],
    ],
  },
  {
    name: 'does not take a place the student asks about working in as their home',
    steps: [
      [
        'Can I work in Ohio after I finish? Which costs more, Alder or Birchwood?',
        { says: 'It depends on where you live', not: 'Ohio' },
      ],
    ],
  },
  {
    name: 'takes a place "in" a sentence that asks nothing, in a message about the student, as where they live',
    steps: [
      [
        'Retail manager at a big mall in Tucson. Saving up, I have $4,000. Which costs more, Alder or Birchwood?',
        { says: /^\*\*Alder\*\* costs more than Birchwood/, not: 'out-of-state' },
      ],
    ],
  },
  {
    name: 'does not take the place of a program the student is interested in as where they live',
    steps: [
      [
        'I am interested in the program in Arizona. Which costs more, Alder or Birchwood?',
        { says: 'It depends on where you live' },
      ],
    ],
  },
  {
    name: 'reads a length said with a residency ("a year of Birchwood out of state") as what a price is for, not as lengths compared',
    steps: [
      [
        "is Cedar Valley's number bigger than a year of Birchwood out of state",
        { says: ['$8,000', '$12,000'], not: 'takes 2 years' },
      ],
    ],
  },
  {
    name: 'takes "Columbus, Georgia" as a place in Georgia, not the Columbus in Ohio the guide knows',
    steps: [
      [
        'I live in Columbus, Georgia. which program is closest?',
        { says: 'Closest to Georgia', not: ['right there in Columbus', 'in or next to your city'] },
      ],
    ],
  },
  {
    name: 'reads a state code written in lower case after a city ("columbus ga"), but not a word such as "or"',
    steps: [
      ['i live in columbus ga. which program is closest?', { says: 'Closest to Georgia' }],
      ['i live in tucson or boise, which program is closest?', { not: 'Closest to Oregon' }],
      ['i live in lebanon PA. which program is least far from me', { says: 'Closest to Pennsylvania' }],
      ['i work in the OR as a scrub tech, which program is closest', { not: 'Oregon' }],
      ['yoga teacher in sedona az. which program is closest?', { says: 'Closest to Arizona' }],
      ['i want to study in person or. which program is closest?', { not: 'Closest to Oregon' }],
    ],
  },
  {
    name: 'compares lengths at their shortest when the student asks about finishing as fast as possible',
    steps: [
      [
        'is Alder shorter than Birchwood if I rush through Birchwood as fast as possible?',
        { says: /^No: at their fastest, \*\*Birchwood\*\* is quicker/ },
      ],
    ],
  },
  {
    name: 'weighs the price for "which is less" and "is a year at X more or less than Y\'s total"',
    steps: [
      ['cedar valley vs alder, which is less', { says: /^\*\*Alder\*\* very likely costs less than Cedar Valley/ }],
      [
        'i live in tucson. is a year at birchwood more or less than alders total',
        { says: /^\*\*Birchwood\*\* costs less than Alder/, not: 'expected to take' },
      ],
    ],
  },
  {
    name: "adds two programs' costs when the message asks for them together, counting a figure without a unit as at least the whole price",
    steps: [
      [
        'One would do Alder and the other Cedar Valley. What is the total bill?',
        {
          says: [
            /^\*\*Together: at least about \$14,000\*\*/,
            "counts Cedar Valley's $8,000 as the price of the whole program",
          ],
        },
      ],
    ],
  },
  {
    name: 'adds two estimated totals at the rate the student pays',
    steps: [
      [
        'i live in arizona. alder and birchwood combined, how much?',
        { says: /^\*\*Together: about \$8,500 to \$11,000\*\*/ },
      ],
    ],
  },
  {
    name: 'sets a program just priced against another\'s total, and reads "how many times more" as price',
    steps: [
      ['how much is Birchwood?', { says: 'in-state: **$5,000** per year' }],
      [
        "how does that compare with Alder's total?",
        { says: /^It depends on where you live\. If you live in Arizona, \*\*Birchwood\*\* costs less/ },
      ],
      [
        'how many times more is birchwood than alder',
        { says: /^It depends on where you live/, not: 'expected to take' },
      ],
    ],
  },
  {
    name: 'a multiple of length asked as yes or no is weighed against the two lengths ("three times as long as")',
    steps: [
      [
        'is Cedar Valley three times as long as Alder?',
        { says: [/^Yes, roughly: \*\*Cedar Valley\*\* takes longer than Alder/, 'about 2.7 times as long'] },
      ],
      ['is Cedar Valley five times as long as Alder?', { says: [/^No: /, 'about 2.7 times as long'] }],
    ],
  },
  {
    name: 'the runner-up of a ranking is its second place, asked with the measure or alone',
    steps: [
      ['which takes the longest?', /^\*\*Longest:\*\* \*\*Cedar Valley Community College\*\*/],
      ['and the runner-up for longest?', /^\*\*Second longest:\*\* \*\*Birchwood\*\*/],
      ['runner up?', /^\*\*Third longest:\*\* \*\*Alder\*\*/],
    ],
  },
  {
    name: '"than the quickest one" sets the program that leads the ranking beside the one asked about',
    steps: [
      ['which program takes the longest?', { says: /^\*\*Longest:\*\* \*\*Cedar Valley Community College\*\*/ }],
      [
        'how many times longer is it than the quickest one?',
        {
          says: 'Cedar Valley takes 2 years; Alder takes 9 months. That is 15 months (1.25 years) longer, about 2.7 times as long',
        },
      ],
    ],
  },
  {
    name: 'a rate said of each program ("Birchwood in-state or Alder out-of-state") prices each at its own rate',
    steps: [
      [
        'which costs more, Birchwood in-state or Alder out-of-state?',
        {
          says: /^\*\*Alder\*\* costs more than Birchwood, by about \$1,000 to \$3,500 in total/,
          not: 'It depends on where you live',
        },
      ],
    ],
  },
  {
    name: 'a multiple asked of two figures in different units is weighed as numbers, and said not to be like for like',
    steps: [
      [
        "Is Birchwood's out-of-state rate more than three times Cedar Valley's?",
        {
          says: /^No, as numbers: Birchwood's out-of-state: \*\*\$12,000\*\* per year is about 1\.5 times Cedar Valley's \*\*\$8,000\*\*.* doesn't give them in the same unit/,
        },
      ],
    ],
  },
  {
    name: '"which is the quickest one again?" after a pair was set side by side ranks all the programs again',
    steps: [
      ['which program takes the longest?', { says: /^\*\*Longest:\*\*/ }],
      ['how many times longer is it than the quickest one?', { says: 'about 2.7 times as long' }],
      ['which is the quickest one again', { says: /^\*\*Fastest:\*\* \*\*Alder Technical Institute\*\*/ }],
    ],
  },
  {
    name: '"which is higher" of two prices is which costs more',
    steps: [['which is higher, Birchwood in-state or Alder?', { says: /^\*\*Alder\*\* costs more than Birchwood/ }]],
  },
  {
    name: "the gap between a program's two rates comes with how much more it is as a percentage, also when asked again",
    steps: [
      ['birchwood: how much more per year do out of state students pay', ['$7,000 more per year', 'about 140% more']],
      ['what percent more is that', { says: 'about 140% more', not: 'Where:' }],
    ],
  },
  {
    name: '"how many times longer than the X one?" right after a ranking compares its leader with the program named',
    steps: [
      ['which program takes the longest?', 'Longest'],
      [
        'how many times longer than the alder one',
        { says: ['**Cedar Valley** takes longer than Alder', 'times as long'], not: 'Birchwood' },
      ],
    ],
  },
  {
    name: '"…, right? By how much?" asks the gap in what the sentence before names, once, not a price',
    steps: [
      ['how much is cedar valley?', '$8,000'],
      [
        'alder takes less time though, right? by how much?',
        { says: ['**Alder** is faster than Cedar Valley', '15 months'], not: ['Birchwood', '$'] },
      ],
      [
        'alder is shorter than cedar valley right? by how much?',
        { says: '15 months', not: /faster than Cedar Valley[\s\S]*faster than Cedar Valley/ },
      ],
    ],
  },
  {
    name: '"a single 3-credit class at each" is an amount of credits to price, not a question about credits',
    steps: [
      ['is alder cheaper than cedar valley?', 'Alder'],
      [
        "ok and for a single 3-credit class at each, what's the dollar difference?",
        { says: 'your 3 credits × $300 per credit', not: 'takes 20 credits' },
      ],
    ],
  },
  {
    name: '"how many months between the longest and the shortest?" sets the two ends of the ranking side by side',
    steps: [
      [
        'how many months between the longest and the shortest program?',
        { says: ['Cedar Valley takes 2 years; Alder takes 9 months', '15 months'], not: 'All in order' },
      ],
    ],
  },
  {
    name: '"more or less than double?" is answered with the side of the multiple, not a yes or a no',
    steps: [
      [
        "Is Birchwood's out-of-state price more or less than double Cedar Valley's price?",
        { says: [/^Less, as numbers/, 'about 1.5 times'], not: /^(Yes|No)/ },
      ],
      ["Is Birchwood's out-of-state price more than double Cedar Valley's price?", /^No, as numbers/],
    ],
  },
  {
    name: 'the gap between in-state and out-of-state tuition at each school is worked out where a program has both, and "in percentage terms?" asks it again',
    steps: [
      [
        "what's the gap between in-state and out-of-state tuition at each school?",
        {
          says: [
            /^\*\*One of the three programs\*\* gives separate in-state and out-of-state rates: Birchwood\./,
            '**$7,000 more per year**',
            'Alder and Cedar Valley one figure each',
          ],
        },
      ],
      ['in percentage terms?', { says: 'about 140% more', not: 'when the program starts' }],
    ],
  },
  {
    name: '"which schools charge out-of-staters more?" lists the programs with two rates',
    steps: [
      [
        'which schools charge out-of-staters more?',
        /^\*\*One of the three programs\*\* charges in-state and out-of-state students differently/,
      ],
    ],
  },
  {
    name: '"by what factor is it pricier?" after two programs asks how many times the one costs the other',
    steps: [
      ['Alder vs Cedar Valley per credit?', '**Alder** very likely costs less than Cedar Valley'],
      ['ok so by what factor is cedar valley pricier', /^\*\*Cedar Valley\*\* very likely costs more than Alder/],
    ],
  },
  {
    name: '"most expensive per credit" right after the cheapest is a ranking of its own, not the price of the leader',
    steps: [
      ['cheapest per credit', 'Alder Technical Institute'],
      [
        'most expensive per credit',
        { says: 'The article gives per-credit rates for one program only', not: /^Estimated tuition at/ },
      ],
    ],
  },
  {
    name: '"does any other school share its accreditor?" sets the program named against every other one',
    steps: [
      [
        'does any other school have the same accreditor as Alder?',
        /^No: Alder is accredited by the NWCCU, and neither/,
      ],
      [
        'does any other featured school share HLC with Birchwood?',
        /^Yes: Cedar Valley shares Birchwood's accreditor, the HLC\./,
      ],
    ],
  },
  {
    name: '"Cedar Valley takes 2 years. Is Alder faster?" sets the program asked of against the one named before the question',
    steps: [
      [
        'Cedar Valley takes 2 years. Is Alder faster?',
        { says: /^Yes: \*\*Alder\*\* is faster than Cedar Valley/, not: 'quickest of the three' },
      ],
      ['Alder is 9 months. is Cedar Valley quicker?', /^No: \*\*Alder\*\* is faster than Cedar Valley/],
      ['Cedar Valley takes 2 years though, is Alder faster?', /^Yes: \*\*Alder\*\* is faster than Cedar Valley/],
    ],
  },
  {
    name: 'chat\'s "n" between two questions is "and": both are answered',
    steps: [
      ['tell me about alder', 'Alder Technical Institute'],
      ['how long n how much', { says: ['9 months', '$300'] }],
    ],
  },
  {
    name: '"a year at Birchwood vs Alder, which is less?": less of a length spent at a program is money, not time, and the cost is for that length',
    steps: [
      ['a year at Birchwood vs Alder, which is less?', { says: ['costs less', '$6,000'], not: 'expected to take' }],
      [
        'I live in Arizona. Birchwood for 6 months vs Alder, which is less?',
        { says: ['**Birchwood** costs less', 'about $2,500 (my estimate: your 6 months'], not: '6 to 12 months' },
      ],
    ],
  },
  {
    name: '"which of the two would I finish sooner?" after two programs compares their lengths, not every program\'s',
    steps: [
      ['tell me about Alder', 'Alder Technical Institute'],
      ['and Cedar Valley?', 'Cedar Valley Community College'],
      ['which of the two would I finish sooner?', { says: '**Alder** is faster than Cedar Valley', not: 'Fastest' }],
    ],
  },
  {
    name: '"why?" after "which is faster, Cedar Valley or Alder?" gives the same comparison, with its lengths, not the whole table',
    steps: [
      ['which is faster, Cedar Valley or Alder?', '**Alder** is faster than Cedar Valley'],
      ['why?', { says: '**Alder** is faster than Cedar Valley', not: 'side by side' }],
    ],
  },
  {
    name: '"more than twice as long?" weighs the multiple as a bound, not as about equal',
    steps: [
      [
        'is Cedar Valley more than twice as long as Alder?',
        { says: /^Yes: \*\*Cedar Valley\*\* takes longer than Alder/ },
      ],
      ['is Cedar Valley less than twice as long as Alder?', /^No: /],
    ],
  },
  {
    name: '"difference between NWCCU and HLC?" sets the two bodies side by side, not the programs',
    steps: [
      [
        'difference between NWCCU and HLC?',
        {
          says: ['**NWCCU** is the Northwest Commission', '**HLC** is the Higher Learning Commission'],
          not: 'side by side',
        },
      ],
    ],
  },
  {
    name: '"and is Birchwood any cheaper?" after one program\'s price sets Birchwood against it ("any" is "at all", not other programs)',
    steps: [
      ["I'm in Boise. what would Alder cost me all in?", 'about $6,000'],
      [
        'and is Birchwood any cheaper for an Idaho resident?',
        { says: ["can't tell which costs less", '**Birchwood**: out-of-state', '**Alder**: **$300** per credit'] },
      ],
    ],
  },
  {
    name: '"is Birchwood\'s rate for someone like me higher than Alder\'s?" compares prices, not who gets in',
    steps: [
      [
        "Is Birchwood's yearly rate for someone like me higher than Alder's?",
        { says: 'It depends on where you live', not: 'entry requirement' },
      ],
    ],
  },
  {
    name: '"which is less?" between two programs asks the cost; totals that overlap are said to overlap; "which is less than 10 months?" still filters',
    steps: [
      [
        'I live in Ohio. between Alder and Birchwood, which is less?',
        { says: 'estimates of the two totals overlap', not: "can't be compared honestly" },
      ],
      ['which is less than 10 months?', { says: 'Alder', not: 'estimates of the two totals overlap' }],
    ],
  },
  {
    name: 'a multiple asked of a figure of no stated unit and a rate per credit weighs the figure against the estimated total, never against the rate',
    steps: [
      [
        'Is Cedar Valley more than twice the cost of Alder?',
        {
          says: [/^The article doesn't say what Cedar Valley's \$8,000 covers/, 'about 1.3 times', '$6,000'],
          not: ['26.7 times', 'as numbers'],
        },
      ],
    ],
  },
  {
    name: '"of those two, which one would I finish first?" after two answers of one program each ranks those two, and "by how much?" gives the gap',
    steps: [
      ['which program is accredited by the NWCCU?', 'Alder'],
      ['and which one is in Ohio?', 'Cedar Valley'],
      ['of those two, which one would I finish first?', { says: ['Alder and Cedar Valley', 'Alder: 9 months'] }],
      ['by how much?', { says: ['15 months', 'longer'], not: '$8,000' }],
    ],
  },
  {
    name: 'a pair compared "for me" by a student whose state is known leads with which costs them less',
    steps: [
      [
        'I live in Arizona. compare Birchwood and Cedar Valley for me',
        { says: [/^\*\*Birchwood\*\* very likely costs less than Cedar Valley/, 'side by side'] },
      ],
    ],
  },
];
