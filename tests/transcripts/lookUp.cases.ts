/** Single questions and their follow-ups, answered from the fixture knowledge base. */
import type { Transcript } from '../helpers/transcript.js';

export const lookUpCases: readonly Transcript[] = [
  {
    name: 'answers both facts of "cost and time for Alder?"',
    steps: [['cost and time for Alder?', { says: ['$300', '9 months'] }]],
  },
  {
    name: 'reads "if I finish in 6 months do I only pay half?" after a price as its price for 6 months, not the gap between rates',
    steps: [
      ['im in arizona, how much is Birchwood?', 'in-state: **$5,000** per year'],
      [
        'if I finish in 6 months do I only pay half?',
        { says: 'about $2,500 (my estimate: your 6 months', not: 'more per year' },
      ],
    ],
  },
  {
    name: 'gives the facts without a yes when the yes depends on what the guide is silent on (the weekly workload)',
    steps: [
      [
        'would 10 hrs a week be enough to finish Alder in a year?',
        { says: ['9 months', 'weekly workload'], not: /^Yes/ },
      ],
    ],
  },
  {
    name: 'reads time gone by ("3 months ago") as the student\'s past, not time to study',
    steps: [
      [
        'i moved to arizona 3 months ago, how much is Birchwood for me',
        { says: '6 to 12 months', not: 'your 3 months' },
      ],
    ],
  },
  {
    name: 'reads a year at a college after a diploma as schooling, not as time to study',
    steps: [
      [
        'hs diploma + 1 yr at SLCC. what can i get into',
        { says: 'Cedar Valley is out of reach', not: 'Taking 1 year' },
      ],
    ],
  },
  {
    name: 'reads "the technologist" a yes-or-no question asks about as a person, not as a filter',
    steps: [
      [
        'Would the technologist be charged the in-state rate at Birchwood right away?',
        { says: 'in-state: **$5,000** per year', not: 'no such restriction' },
      ],
    ],
  },
  {
    name: 'reads "the full year" after a price as that program\'s price for a year, as an estimate',
    steps: [
      ['how much is Birchwood for me? im in idaho', 'out-of-state: **$12,000** per year'],
      ['and if it took the full year', { says: 'about $12,000 (my estimate: your 1 year', not: "can't help" }],
    ],
  },
  {
    name: 'reads a state right before who the student is as their home',
    steps: [
      ["what would Birchwood cost me? i'm a georgia RT", { says: 'out-of-state: **$12,000** per year', not: '$5,000' }],
    ],
  },
  {
    name: "reads a coworker's state as someone else's home",
    steps: [
      [
        "what would Birchwood cost me? my arizonan coworker says it's cheap",
        { says: 'out-of-state: **$12,000** per year', not: 'as you live in Arizona' },
      ],
    ],
  },
  {
    name: 'asks the same question of programs named after it on their own ("and Cedar Valley?", "what about Birchwood?")',
    steps: [
      ['how much is Alder? and Cedar Valley?', { says: ['$300', '$8,000'] }],
      ['how long is Alder? what about Birchwood?', { says: ['9 months', '6 to 12 months'], not: '**Where:**' }],
    ],
  },
  {
    name: "spells out a program's accreditor when asked what it stands for, not the program's own name",
    steps: [
      [
        "what does Alder's accreditor's acronym stand for?",
        { says: 'Northwest Commission on Colleges and Universities', not: 'stands for **Alder' },
      ],
    ],
  },
  {
    name: 'reads GED classes under way as no diploma yet',
    steps: [['im halfway thru GED classes. can i apply now', { says: /^Not yet/, not: /^Yes/ }]],
  },
  {
    name: 'reads a name the student denies holding as no question about it',
    steps: [
      [
        'I run a research MRI scanner. No ARRT or ARMRIT. Would Cedar Valley count that experience?',
        { says: /^No: \*\*Cedar Valley/, not: "can't say yes or no" },
      ],
    ],
  },
  {
    name: 'answers "how long and how much for me?" of the program just discussed, at the student\'s rate',
    steps: [
      ['tell me about Birchwood. I live in Arizona', 'Tucson'],
      [
        'how long and how much for me',
        { says: ['6 to 12 months', 'in-state: **$5,000** per year'], not: "can't help" },
      ],
    ],
  },
  {
    name: 'reads a school that "takes" a person as admitting them, and "how long would it take" as time',
    steps: [
      ['would Cedar Valley take a pharmacist?', { says: 'you would not qualify', not: '2 years' }],
      ['does Birchwood take people without a degree?', { says: 'no requirements specific', not: 'awards' }],
      ['how long would Alder take someone like me?', { says: '9 months', not: 'requirements' }],
      ['how long would it take me to finish Alder?', '9 months'],
    ],
  },
  {
    name: 'reads a veterinarian, a pharmacist or a physician as a health background outside imaging',
    steps: [
      [
        "I'm a veterinarian in Ithaca NY. Could I get into Cedar Valley?",
        { says: /^No: \*\*Cedar Valley/, not: 'Only if' },
      ],
    ],
  },
  {
    name: 'takes "does that get me into X?" as a question of getting in, with a Roman numeral no name, and a story with a budget as no farewell',
    steps: [
      [
        "i'm an industrial radiographer, ASNT level II. does that get me into Cedar Valley?",
        { says: ["The article doesn't mention **ASNT**, and it is not one of the bodies"], not: ['II**', 'For you'] },
      ],
      [
        'home health aide in boise, 45, kids are grown. i want something quick that pays better. $5000 is all i have',
        { says: 'budget of $5,000', not: 'Goodbye' },
      ],
    ],
  },
  {
    name: 'reads a registration written with its modalities ("ARRT(R)") as the registration, with the home said after it',
    steps: [
      [
        'ARRT(R) tech in Tucson AZ. how much is Birchwood for me?',
        { says: 'as you live in Arizona, the in-state rate', not: '$12,000' },
      ],
    ],
  },
  {
    name: 'reads a price asked "for" one state as the price for someone living there, not as programs in that state',
    steps: [
      ['how much is Birchwood for arizona?', { says: 'as you live in Arizona, the in-state rate', not: '$12,000' }],
      [
        'which is cheapest for idaho?',
        { says: ['As you live in Idaho', 'Birchwood (out-of-state)'], not: 'the one program that is in Idaho' },
      ],
    ],
  },
  {
    name: 'reads years at college and dropping out of it as schooling past high school, never as time to study or no diploma',
    steps: [
      [
        'I dropped out of college after 2 years. can I apply to Birchwood?',
        { says: 'your schooling covers a high school diploma', not: [/^Not yet/, /^No/] },
      ],
      [
        'im an ER scribe, dropped out of pre-med after 2 yrs of bio. do i qualify for Alder?',
        { says: 'Alder Technical Institute', not: [/^Not yet/, 'GED'] },
      ],
      ['I did 2 years of college. can I apply to Birchwood?', { says: 'your schooling covers', not: /^No/ }],
    ],
  },
  {
    name: 'gives no yes or no to a question about a program and something the guide never names',
    steps: [
      [
        "does Cedar Valley's associate degree cover RIS?",
        {
          says: [/^The article doesn't mention \*\*RIS\*\*, so I can't say yes or no/, 'associate degree'],
          not: /^Yes/,
        },
      ],
    ],
  },
  {
    name: 'answers a price asked in words the recognizer takes for off-topic, at the rate of the student who asks it',
    steps: [
      [
        'whats it gonna cost an alaskan',
        {
          says: ['Birchwood University** (as you live in another state, the out-of-state rate)', '$12,000'],
          not: "can't help",
        },
      ],
      [
        "cool. i live in tucson AZ, what's my cost",
        { says: ['as you live in Arizona, the in-state rate', '$5,000'], not: "can't help" },
      ],
      ["what's the cost of living in tucson?", { says: 'says nothing about housing or living costs', not: '$5,000' }],
    ],
  },
  {
    name: 'takes a price quoted back as a question about the program it belongs to, not as a budget',
    steps: [
      [
        'is the 8,000 per year or for the whole 2 years?',
        { says: ['Cedar Valley', '$8,000'], not: ['Ruled out', 'budget'] },
      ],
      ['I have $8,000 saved, what can I afford?', { says: 'budget of $8,000' }],
    ],
  },
  {
    name: 'answers "which one is for sonographers?" among the bodies just explained, and says where the guide maps no state to a body',
    steps: [
      ['ARRT, ARDMS - what are they?', ['ARRT', 'ARDMS']],
      ["which one's for sonographers?", { says: /^The \*\*ARDMS\*\*/, not: 'features' }],
      ['is NWCCU the accreditor for Idaho schools?', { says: ["doesn't say which states", 'Alder'] }],
      ['which schools want the associate degree?', { says: /^Some schools do/, not: 'awards an associate' }],
    ],
  },
  {
    name: 'leaves to the school whether it would accept what the student has, and says where the guide is silent',
    steps: [
      [
        "would they accept my application form if it's handwritten?",
        {
          says: [/^Whether a school would accept yours is for the school to say/, 'an application form and fee'],
          not: /^Yes/,
        },
      ],
      ['would schools accept my high school diploma?', /^Yes, most likely/],
    ],
  },
  {
    name: 'lists the bodies the guide names when asked for them as a group, and the accreditors when asked for those',
    steps: [
      [
        'which organizations does the guide mention?',
        {
          says: [
            'ABII',
            'Alder',
            'ARRT',
            'Cedar Valley',
            'good standing',
            'no link to a featured program',
            'NMTCB',
            'NEASC',
          ],
          not: [/can't help/, 'short names'],
        },
      ],
      ['what acronyms come up in it?', ['ABII', 'NWCCU', 'short names', 'Birchwood University']],
      ['which accrediting bodies are mentioned?', { says: ['six', 'accredits Alder'], not: ['ABII'] }],
      [
        "list every organization the guide names that isn't a school or an accreditor",
        { says: ['ABII', 'ARRT'], not: ['NEASC', 'regional accrediting'] },
      ],
      ['none of them are in CA right? so im out of state everywhere?', { not: /^Goodbye/ }],
      [
        'which accreditor covers Idaho, according to the article?',
        { says: "doesn't say which body covers Idaho", not: 'NEASC' },
      ],
    ],
  },
  {
    name: 'gives tuition with its unit and labels a total as an estimate with its basis',
    steps: [
      [
        'how much is alder?',
        { says: ['$300', 'per credit', /estimate/i, '$6,000', '20 credits × $300'], not: /can't estimate a total/ },
      ],
    ],
  },
  {
    name: 'gives both residency rates, each with its unit, and only the asked one when a residency is given',
    steps: [
      ['how much does birchwood cost?', ['in-state', '$5,000', 'out-of-state', '$12,000', 'per year']],
      ['what about out of state?', { says: ['$12,000', 'per year'], not: ['$5,000'] }],
    ],
  },
  {
    name: 'carries the question over to a newly named program',
    steps: [
      ['how long does alder take?', '9 months'],
      ['and cedar valley?', ['Cedar Valley', '2 years']],
    ],
  },
  {
    name: 'carries the program over to a new question',
    steps: [
      ['tell me about birchwood', ['Birchwood University', 'Tucson, Arizona']],
      ['is it online?', { says: ["doesn't say", 'Birchwood'], not: ['Alder'] }],
    ],
  },
  {
    name: 'says where the guide is silent and points to the school',
    steps: [['does birchwood offer financial aid?', [/doesn't say/i, /check with Birchwood/i]]],
  },
  {
    name: 'answers no where the guide says no',
    steps: [['can I get financial aid at alder?', [/no/i, 'Alder']]],
  },
  {
    name: 'understands a misspelled program name',
    steps: [['how much is birchwod', '$5,000']],
  },
  {
    name: 'asks which program when an overview names none, then answers the pick',
    steps: [
      ['tell me about a program', { says: 'Which program', buttons: ['Alder', 'Birchwood', 'Cedar Valley'] }],
      ['Cedar Valley', ['Cedar Valley Community College', 'Columbus, Ohio']],
    ],
  },
  {
    name: 'answers a new question instead of insisting on the pending choice',
    steps: [
      ['tell me about a program', 'Which program'],
      ['what is pacs?', { says: 'What PACS is', not: 'Which program' }],
    ],
  },
  {
    name: 'greets, thanks and says goodbye, and takes "have a great day" as a wish, not a question',
    steps: [
      ['hello', /hi/i],
      ['thanks!', /welcome/i],
      ['bye', /goodbye/i],
      ["that's all I needed, have a great day", /^Goodbye/],
    ],
  },
  {
    name: 'declines off-topic questions without inventing facts',
    steps: [['what is the capital of france?', { says: /can't help/i, not: /\$/ }]],
  },
  {
    name: 'says what the guide does not cover when asked about pay, from the knowledge',
    steps: [
      ['what salary could I earn?', 'says nothing about pay'],
      ['how often do accreditors review a school?', "doesn't say how often"],
      ['how much is Alder?', '$300'],
      ['how much is it in Canadian dollars?', { says: "don't convert currencies", not: '$300 per credit' }],
      [
        'I moved to Arizona two months ago. Do I count as in-state for Birchwood yet?',
        { says: 'who counts as in-state', not: /^(Yes|No)/ },
      ],
      ['Is there any of these I could do without moving?', { says: /Yes — per the article, \*\*Alder/, not: 'Sorry' }],
      [
        'is Birchwood nonprofit?',
        { says: 'says nothing about nonprofit, public or private status for Birchwood', not: /^(Yes|No)/ },
      ],
    ],
  },
  {
    name: 'says the guide neither judges value for money nor carries a date, rather than giving a verdict or a nearby fact',
    steps: [
      [
        'is Alder worth $300 a credit?',
        { says: /^The article says nothing about whether the program is worth its price for Alder/, not: /^Yes/ },
      ],
      [
        'which program gives the most bang for the buck?',
        { says: "doesn't judge whether a program is worth its price", not: 'Cedar Valley' },
      ],
      [
        'is this info up to date? when was it written?',
        { says: 'carries no date', not: 'Everything I say comes from' },
      ],
    ],
  },
  {
    name: 'lists every program when asked which programs there are, and picks one by its place in the list',
    steps: [
      [
        'which programs are there?',
        ['three', 'Alder Technical Institute', 'Birchwood University', 'Cedar Valley Community College'],
      ],
      ['the second one', ['Birchwood University', 'Tucson']],
    ],
  },
  {
    name: 'starts over on a clear "start over" and forgets the program under discussion',
    steps: [
      ['how much is alder?', '$300'],
      ['start over', /start over/i],
      ['is it online?', ['Alder', 'Birchwood', 'Cedar Valley']],
    ],
  },
  {
    name: 'names the professional bodies a program asks for as alternatives',
    steps: [['what are the prerequisites for cedar valley?', ['ARRT', 'ARDMS']]],
  },
  {
    name: 'takes the home of the student, not of their cousin',
    steps: [
      [
        'My cousin lives in Arizona and I live in Ohio. What would I pay at Birchwood?',
        { says: ['out-of-state', '12,000'], not: '5,000' },
      ],
    ],
  },
  {
    name: 'reads "100% online" as a share, never as a budget',
    steps: [['is Birchwood 100% online?', { says: /doesn't say/i, not: [/\$100\b/, /limit/i] }]],
  },
  {
    name: 'answers "want me to hold both" with no when any one of the bodies is enough',
    steps: [['Does Cedar Valley want me to hold both ARRT and ARDMS?', { says: [/^No/, 'ARRT', 'ARDMS'] }]],
  },
  {
    name: 'compares a program with the rate the student gave before "cheaper than that"',
    steps: [['My school charges $350 per credit. Would Alder be cheaper than that?', { says: [/^Yes/, '$300'] }]],
  },
  {
    name: 'says the guide is silent on residency when it gives one rate, even when the question names the rate',
    steps: [
      [
        "Is Alder's $300 rate only for Idaho residents?",
        { says: /doesn't say whether in-state students pay a different rate/, not: /^(Yes|No)\b/ },
      ],
    ],
  },
  {
    name: "confirms an amount that is the guide's own figure for the student",
    steps: [['Does Birchwood cost $5,000 for Arizona residents?', { says: [/^Yes/, '$5,000'] }]],
  },
  {
    name: 'does not confirm a figure when the question asks what it is for',
    steps: [
      ["Is Cedar Valley's $8,000 for the whole program or per year?", { says: /doesn't say/i, not: /^(Yes|No)\b/ }],
    ],
  },
  {
    name: 'reads "do I need a bachelor\'s degree for…" as an entry requirement, not as what the program awards',
    steps: [
      [
        "do I need a bachelor's degree for Birchwood?",
        { says: /no requirements specific to \*\*Birchwood University\*\*/, not: /awards|^No\b/ },
      ],
    ],
  },
  {
    name: 'says no to a program that needs a registration when the student says they have none',
    steps: [["I don't have any certification yet. Is Cedar Valley open to me?", { says: [/^No/, 'ARRT'] }]],
  },
  {
    name: 'reads "never sat for the registry" as no registration, and "<program> ok?" after a story as whether it takes them',
    steps: [
      [
        'I have an associate degree in radiography but never sat for the registry. Cedar Valley ok?',
        { says: [/^No/, 'ARRT'] },
      ],
    ],
  },
  {
    name: 'answers "can I sign up?" from a student still in high school with "not yet"',
    steps: [['im still in high school (junior) can i sign up for a pacs certificate', { says: /^Not yet/ }]],
  },
  {
    name: 'gives each program its accreditor when asked for "the accreditor for each program"',
    steps: [
      [
        'tell me the accreditor for each program',
        {
          says: [
            /Alder Technical Institute\*\* is accredited by/,
            /Cedar Valley Community College\*\* is accredited by/,
          ],
        },
      ],
    ],
  },
  {
    name: 'says the guide never mentions a name typed in capitals it does not know, and nothing of the kind for words it knows',
    steps: [
      ['what is DICOM?', { says: /^The article doesn't mention \*\*DICOM\*\*/, not: 'Sorry' }],
      // A yes or no about a body the guide never names would be a guess: what it does say follows.
      [
        'is Alder accredited by JRCERT?',
        {
          says: [/^The article doesn't mention \*\*JRCERT\*\*, so I can't say yes or no/, 'Northwest Commission'],
          not: /^Yes/,
        },
      ],
      ['is HL7 part of PACS or a separate thing?', { says: "The article doesn't mention **HL7**" }],
      [
        'Is the CIIP the same thing as ARRT registration?',
        { says: "The article doesn't mention **CIIP**", not: [/\bYes\b/, 'registered with the ARRT'] },
      ],
      ['I need this ASAP, how long is Alder?', { says: '9 months', not: "doesn't mention" }],
      ['HOW LONG IS CEDAR VALLEY', { says: '2 years', not: "doesn't mention" }],
    ],
  },
  {
    name: 'reads a state code typed in capitals where a place goes as that state, and not in "a CT tech"',
    steps: [
      ["I'm a CT tech, how much is Birchwood?", { says: ['$5,000', '$12,000'], not: 'Connecticut' }],
      ['I live in NY. How much is Birchwood?', { says: ['out-of-state rate', '$12,000'], not: '$5,000' }],
    ],
  },
  {
    name: 'answers a student the college turned down from whether the certificate needs admission to the college',
    steps: [
      [
        "I got rejected from Alder's regular admissions last year. Can I still do their certificate?",
        { says: /^Yes: you do not need to be admitted to Alder Technical Institute itself/ },
      ],
    ],
  },
  {
    name: 'takes a registry in what the student says of themselves as about them, not as a question about that registry',
    steps: [
      [
        'ultrasound tech no registry yet, working on ARDMS. meanwhile which ones can i apply to',
        { says: 'Cedar Valley', not: /^\*\*ARDMS\*\* is/ },
      ],
      [
        'Im a veteran, was a radiology tech in the Air Force, have ARRT. fastest option?',
        { says: 'Fastest', not: /\*\*ARRT\*\* is the/ },
      ],
    ],
  },
  {
    name: 'reads "is there any way in?" from a student without a diploma as whether they get in',
    steps: [['I dont have a high school diploma, I left in 10th grade. Is there any way in?', { says: /^Not yet/ }]],
  },
  {
    name: 'reads "does that count?" after what the student does as whether it gets them in',
    steps: [['im a phlebotomist, 3 yrs. does that count for cedar valley?', { says: [/^No/, 'ARRT'] }]],
  },
  {
    name: 'names the programs that share an accreditor, with the one named or with each other',
    steps: [
      [
        'which program is accredited by the same body as Birchwood?',
        { says: ['Birchwood', 'Cedar Valley'], not: 'Alder' },
      ],
      ['which schools share the same accreditor?', { says: ['Birchwood', 'Cedar Valley'], not: 'Alder' }],
      ['does Alder have the same accreditor as Cedar Valley?', { says: /^No, different ones/ }],
    ],
  },
  {
    name: 'says what letters of an abbreviation stand for, from the name the guide gives, the one just discussed first',
    steps: [
      ['what does the E in NEASC stand for?', { says: '*E* stands for **England**', not: "doesn't mention" }],
      ['what does the SC in NEASC stand for?', { says: '*SC* stands for **Schools and Colleges**' }],
      ['what is the ARRT?', 'American Registry of Radiologic Technologists'],
      [
        'what does the R stand for?',
        { says: 'In **ARRT** (the American Registry of Radiologic Technologists), *R* stands for **Registry**' },
      ],
      ['who accredits Alder?', 'Northwest Commission'],
      ["what's the W part mean?", { says: '*W* stands for **Northwest**', not: 'Sorry' }],
    ],
  },
  {
    name: 'names the board that usually registers a job, said as general knowledge, and again for another job after it',
    steps: [
      [
        "I'm a nuclear medicine tech. Which of the boards would I be with?",
        {
          says: ['**NMTCB** is the body that usually registers', 'general knowledge rather than the article'],
          not: 'Sorry',
        },
      ],
      ['and if I did ultrasound instead?', { says: '**ARDMS** is the body that usually registers', not: 'Sorry' }],
      [
        "I'm a sonographer, can I get into Cedar Valley?",
        { says: /^Only if you are registered/, not: 'usually registers' },
      ],
    ],
  },
  {
    name: 'names the accrediting bodies that accredit none of the programs, and lists each body with its programs',
    steps: [
      [
        "which of the accrediting bodies don't accredit any of the programs?",
        { says: [/^MSCHE, WASC, SACS and NEASC accredit none/, 'NWCCU**): accredits Alder'], not: /^\*\*Alder/ },
      ],
      [
        'list the accreditation bodies',
        { says: ['HLC**): accredits Birchwood and Cedar Valley', 'no featured program'] },
      ],
    ],
  },
  {
    name: 'says "not yet" to a student without a high school diploma, once for every program',
    steps: [
      [
        'I never finished high school. Can I still do one of these?',
        { says: [/^Not yet/, 'high school diploma'], not: /Alder|Birchwood/ },
      ],
    ],
  },
  {
    name: 'answers "do I have to relocate?" the other way round from "is it online?", and a move asked about is no home',
    steps: [
      ['do I have to relocate to Idaho for Alder?', { says: [/^No/, 'online'], not: /in-state|Boise, Idaho\./ }],
      ['Is Alder online?', /^Yes/],
      ['how are classes delivered at Alder?', { says: 'online', not: /^(Yes|No)/ }],
    ],
  },
  {
    name: 'takes a registration the student let lapse as not held, and "in good standing with" as held',
    steps: [
      [
        'I let my ARRT registration lapse. Can I still get into Cedar Valley?',
        { says: /^No/, not: /you are registered/ },
      ],
      [
        "I'm a technologist in good standing with the ARDMS. Could I enroll at Cedar Valley?",
        { says: [/^Yes/, 'you are registered with the ARDMS'] },
      ],
    ],
  },
  {
    name: 'gives the registration a program asks for when the student may or may not hold it',
    steps: [['Can a sonographer apply to Cedar Valley?', { says: [/^Only if you are registered/, 'ARDMS'] }]],
  },
  {
    name: 'answers "is A or B faster?" with which one, never with yes or no',
    steps: [['Is Alder or Cedar Valley faster?', { says: /Alder\*\* is faster/, not: /^(Yes|No)/ }]],
  },
  {
    name: 'says the guide maps no state to an accreditor, and names who accredits the programs in that state',
    steps: [
      ['Which accreditor covers Ohio?', { says: ["doesn't say which body covers Ohio", 'Cedar Valley'] }],
      ['who accredits schools in Texas?', { says: 'None of the featured programs is in Texas', not: 'Alder' }],
      ['how many regional accreditors are there?', 'six'],
      [
        'and which one covers Idaho?',
        { says: ["doesn't say which body covers Idaho", 'Alder'], not: 'is in Idaho, according' },
      ],
      ['what about Georgia?', { says: ["doesn't say which body covers Georgia", 'None of the featured programs'] }],
    ],
  },
  {
    name: 'keeps a registration held in one clause when another lapsed in the next',
    steps: [
      [
        'I let my ARDMS go inactive a while back, but my ARRT is current. Can I still get into Cedar Valley?',
        { says: /^Yes/, not: 'would not qualify' },
      ],
      ["My ARRT lapsed but I'm still ARDMS registered. Would Cedar Valley take me?", { says: /^Yes/ }],
    ],
  },
  {
    name: 'reads a name said with a body as that body\'s credential, and a registration "accepted" or "counted" as weighed for entry',
    steps: [
      [
        'My ARRT(N) lapsed but my ARDMS (RDMS) is still current. Would Cedar Valley take me?',
        { says: [/^Yes/, 'you are registered with the ARDMS'], not: ["doesn't mention", 'would not qualify'] },
      ],
      ['RDMS (ARDMS) in Tucson. can I get into Cedar Valley?', { says: /^Yes/, not: 'Only if you are registered' }],
      ['would my ARRT be accepted at Cedar Valley?', { says: /^Yes: \*\*Cedar Valley/, not: 'admitted to' }],
      ['I let my ARRT go years ago. does it count for Cedar Valley?', { says: /^No/ }],
      [
        "I'm ARRT registered. would Birchwood count toward my CE?",
        { says: 'continuing-education', not: ['nothing in it rules you out', 'entry requirement'] },
      ],
      [
        "I'm ARRT registered. would I count as out-of-state at Birchwood? I live in Ohio",
        { says: /^Yes: Birchwood's in-state rate is for residents of Arizona/ },
      ],
    ],
  },
  {
    name: 'a student who never worked in imaging does not earn a credential that needs years in the field first',
    steps: [
      [
        "I've never worked in imaging. would Cedar Valley get me ABII certified?",
        { says: /^No: \*\*Cedar Valley Community College\*\*: A chance to earn/ },
      ],
      ['with no imaging work history, would Cedar Valley get me the ABII?', { says: /^No/, not: 'you are registered' }],
    ],
  },
  {
    name: 'a missed renewal is a lapse whatever else names the body, "knock me out" asks whether it rules them out, and a year after "lapsed" is no budget',
    steps: [
      [
        'ARRT(R) in Tucson. I missed my ARRT renewal last month so I am not current. does that knock me out of Cedar Valley?',
        { says: /^Yes, it rules you out: \*\*Cedar Valley/, not: 'you are registered' },
      ],
      [
        'ardms lapsed 2020, never renewed. which programs could I do?',
        { says: 'Cedar Valley', not: ['budget', '2,020'] },
      ],
    ],
  },
  {
    name: 'keeps a lapse to the sentence that says it, and a body said to be current as held',
    steps: [
      [
        'ARDMS went inactive in March. ARRT is current. Could Cedar Valley take me?',
        { says: [/^Yes/, 'you are registered with the ARRT'], not: ['would not qualify', 'the ARDMS.'] },
      ],
    ],
  },
  {
    name: 'takes a registration still on its way as neither held nor ruled out',
    steps: [
      [
        "I passed my ARRT boards last week but my registration hasn't come through yet. Can I apply to Cedar Valley?",
        {
          says: [/^Once the ARRT registration is in place/, 'ask Cedar Valley'],
          not: ['you are registered', 'would not qualify'],
        },
      ],
      [
        "My ARDMS exam isn't till next month. Could I get into Cedar Valley?",
        /^Once the ARDMS registration is in place/,
      ],
    ],
  },
  {
    name: 'puts what rules the student out before the requirements of a program they ask about',
    steps: [
      [
        "I'm an RN. I was planning on Cedar Valley. Anything I should know before I apply?",
        { says: [/^\*\*For you\*\*/, 'would not qualify', 'Nearly every program also asks for'] },
      ],
      ['what does Cedar Valley require?', { says: 'Nearly every program also asks for' }],
      [
        "I'm an RN. Tell me about Cedar Valley.",
        { says: [/^\*\*For you\*\*[\s\S]*would not qualify/, '**Online:** no, on campus'], not: 'on_campus' },
      ],
      ['tell me about Alder', { says: 'Alder Technical Institute', not: 'For you' }],
    ],
  },
  {
    name: 'forgets a registration the student later says has lapsed',
    steps: [
      [
        'I was ARRT registered but let it go inactive years ago. Can I get into Cedar Valley?',
        { says: /^No/, not: 'you are registered' },
      ],
      ["I'm ARRT registered but currently on probation with the ARRT. Would Cedar Valley take me?", { says: /^No/ }],
      ['My ARRT is currently under a sanction from an ethics review. Could I still get into Cedar Valley?', /^No/],
      ["I'm an echo tech in Boise but never took my registry.", { says: 'you hold no imaging registration yet' }],
      ["I'm ARRT registered.", 'ARRT'],
      ['Actually my ARRT lapsed last year. Could I get into Cedar Valley?', { says: /^No/, not: /you are registered/ }],
    ],
  },
  {
    name: 'answers "what is <program>?" with its profile, and a question about its credential\'s name with the credential',
    steps: [
      ['what is Alder?', { says: ['Alder Technical Institute', 'Boise, Idaho', '9 months'] }],
      [
        'What is an imaging informatics associate degree?',
        { says: ['Cedar Valley', 'associate degree'], not: 'stands for' },
      ],
    ],
  },
  {
    name: 'answers "is X only for professionals?" as a yes or no about that program',
    steps: [['Is Cedar Valley only for professionals?', { says: [/^Yes/, 'Cedar Valley'], not: 'One of the one' }]],
  },
  {
    name: 'answers "do I need to be ARRT registered?" with the programs that ask for it',
    steps: [
      [
        'do I need to be ARRT registered?',
        { says: [/^Only Cedar Valley asks for the ARRT/, 'no registration requirement for Alder and Birchwood'] },
      ],
      ['what about for Birchwood specifically?', { says: 'no requirements specific to **Birchwood University**' }],
      [
        'and does the ARDMS count the same as ARRT for Cedar Valley?',
        {
          says: /^For getting in, yes: \*\*Cedar Valley Community College\*\* takes good standing with any one/,
          not: /^No/,
        },
      ],
      [
        'Do I have to be ABII certified before I can apply to any of these?',
        { says: [/^No: none of the programs asks for the ABII/, 'Cedar Valley Community College** asks for another'] },
      ],
    ],
  },
  {
    name: 'takes a registry exam the student failed or is still studying for as no registration',
    steps: [
      ['I failed my ARRT exam. Can I still get into Cedar Valley?', { says: /^No/, not: /you are registered/ }],
      ["I'm studying for my ARDMS boards. Could I get into Cedar Valley?", { says: /^No/, not: /you are registered/ }],
    ],
  },
  {
    name: 'says the years of work the guide gives belong to a certification, not to entry',
    steps: [
      [
        'Does Cedar Valley require me to have worked in the field?',
        { says: ['names no work experience needed to enroll', 'two years in the field only for'] },
      ],
    ],
  },
  {
    name: 'answers "am I eligible for its ABII exam?" from what the program leads to, not its entry requirements',
    steps: [
      ["Am I eligible for Alder's ABII exam after finishing?", { says: [/^Yes/, 'ABII'], not: 'entry requirement' }],
    ],
  },
  {
    name: 'explains a term the guide names, from its program section, and tells apart a body from a phrase',
    steps: [
      [
        'what does good standing mean?',
        { says: ['**Good standing**', 'does not say what it involves', /section "Cedar Valley/] },
      ],
      ['Is the ARRT the same as the ARDMS?', { says: /^No, they are different bodies/ }],
      ['i keep seeing ARRT and AART, are they the same org?', { says: /^No, not by the article's names/, not: /^Yes/ }],
      ['what is the ABII?', 'American Board of Imaging Informatics'],
      [
        'is that the same as ARRT?',
        { says: /^No, they are different bodies: the (ABII and the ARRT|ARRT and the ABII)/ },
      ],
      ['Do I need to be in good standing with the ARRT?', { says: 'ARRT', not: 'different bodies' }],
      ['Do I need to be in good standing with the ARRT for Cedar Valley?', { says: 'ARRT', not: /^No/ }],
    ],
  },
  {
    name: 'answers "can I get into the longest one?" for the program leading that ranking, and keeps it for "it"',
    steps: [
      [
        "I'm an RT with ARRT, can I apply to the longest program?",
        { says: [/^Yes: \*\*Cedar Valley/, 'Longest:'], not: 'Alder Technical Institute takes' },
      ],
      ['how much is it?', { says: 'Cedar Valley', not: ['Alder', 'Birchwood'] }],
    ],
  },
  {
    name: 'notes a background or registration said on its own and says what it means where an entry rule settles it',
    steps: [
      [
        "I'm a nurse",
        { says: [/^Thanks, I'll keep in mind/, /No: \*\*Cedar Valley/], not: 'Alder Technical Institute takes' },
      ],
    ],
  },
  {
    name: 'names the program its credits belong to, and the part of the college that runs it',
    steps: [
      ['how many credits is Alder?', /^\*\*Alder Technical Institute\*\* takes 20 credits/],
      ['which department runs Birchwood?', { says: "run by Birchwood's School of Health Sciences", not: 'Sorry' }],
    ],
  },
  {
    name: 'says whom a program is aimed at, from what the article says it suits',
    steps: [
      [
        'who is Birchwood aimed at?',
        { says: /^The article says \*\*Birchwood\*\* suits students outside its area/, not: 'Sorry' },
      ],
    ],
  },
  {
    name: 'reads "an Arizona person" as where the student lives, not as a program filter',
    steps: [['which is cheapest for an arizona person', { says: /^As you live in Arizona/, not: 'in Arizona.' }]],
  },
  {
    name: 'takes "and once it\'s reinstated?" as the suspended registration held again',
    steps: [
      ['my ARDMS got suspended last year, im working on getting reinstated. can i still do Cedar Valley', /^No: /],
      ['and once its reinstated?', /^Yes: \*\*Cedar Valley/],
    ],
  },
  {
    name: 'reads "I\'m not ARRT registered, just a physician" as ruled out where a registration is required',
    steps: [["would Cedar Valley take me? I'm not ARRT registered, just a physician", /^No: \*\*Cedar Valley/]],
  },
  {
    name: 'takes "I do IT at a clinic, no registry" as a statement about the student, not a question it cannot answer',
    steps: [
      ['I do IT at a clinic, no registry', { says: [/^Thanks, I'll keep in mind/, 'Cedar Valley'], not: 'Sorry' }],
    ],
  },
  {
    name: 'ranks by cost for "if I only care about cost, what\'s my best bet?" at the student\'s own rates',
    steps: [
      [
        "If I only care about cost and I'm in Arizona what's my best bet",
        { says: [/^As you live in Arizona/, 'the lowest is Birchwood University (in-state)'], not: 'Sorry' },
      ],
    ],
  },
  {
    name: 'asks the last question again when the student adds a registration and asks whether it changes things',
    steps: [
      ["I'm an MRI tech. can I get into Cedar Valley?", /^Only if you are registered/],
      [
        "oh wait I'm also ARDMS registered actually, forgot. does that change things?",
        { says: /^Yes: \*\*Cedar Valley/, not: 'Sorry' },
      ],
    ],
  },
  {
    name: 'says first which programs a registration added later opens, when asked whether it changes things',
    steps: [
      ["I'm an MRI tech. can I get into Alder?", 'Alder'],
      [
        "oh wait I'm also ARDMS registered actually. does that change things?",
        { says: [/^Yes: \*\*Cedar Valley/, 'Alder'], not: 'Sorry' },
      ],
    ],
  },
  {
    name: 'takes "what if I renew it first?" after a lapsed registration as that registration held again',
    steps: [
      ['My ARRT lapsed last year. Can I still apply to Cedar Valley?', /^No: \*\*Cedar Valley/],
      ['what if I renew it first', { says: [/^Yes: \*\*Cedar Valley/, 'ARRT'] }],
    ],
  },
  {
    name: 'asks "what about <program>?" after "which programs could I get into?" as the same question of getting in',
    steps: [
      ["I'm a nurse. could i even get into a PACS program?", /^Cedar Valley is out of reach for now/],
      [
        'what about cedar valley',
        { says: [/No: \*\*Cedar Valley/, 'You need to be in good standing'], not: 'A two-year degree' },
      ],
    ],
  },
  {
    name: 'weighs the years a student has worked against a certification that asks for years of work, not against the program length',
    steps: [
      [
        'i have 1 year in the field, does that work at Cedar Valley?',
        {
          says: ['names no work experience needed to enroll', 'With your one year, you would need one year more'],
          not: 'expected to take',
        },
      ],
      [
        'how many years does she need to work for the ABII via Cedar Valley',
        { says: 'at least two years', not: 'expected to take' },
      ],
      ["how long is Cedar Valley? I've worked 3 years in imaging", 'expected to take **2 years**'],
    ],
  },
  {
    name: 'reads years said right after a job outside imaging as years in that job, not as a program length',
    steps: [
      [
        "i'm a network admin, 5 yrs. would that get me in anywhere",
        { says: 'Cedar Valley is out of reach', not: 'Taking 5 years' },
      ],
    ],
  },
  {
    name: 'reads "I\'m an RT" as a radiologic technologist, not as a name the guide does not mention',
    steps: [
      [
        "I'm an RT, which programs can I get into?",
        { says: [/^Cedar Valley is open to you only with a registration/], not: "doesn't mention" },
      ],
    ],
  },
  {
    name: 'says no to "am I eligible for the longest one?" for a student it rules out, then ranks the programs open to them',
    steps: [
      [
        "am i eligible for the longest one? i'm a nurse",
        { says: [/^No: \*\*Cedar Valley/, 'Leaving out Cedar Valley', 'Birchwood'], not: 'exam' },
      ],
    ],
  },
  {
    name: 'keeps a program that asks for a registration open only "with a registration" for a professional who has not named one',
    steps: [
      [
        "I'm a sonographer. Which programs am I eligible for?",
        {
          says: [/^Cedar Valley is open to you only with a registration/, '**Only with a registration**'],
          not: /Open to you:/,
        },
      ],
    ],
  },
  {
    name: 'credits the schooling a student names against the basics, where the guide sets no entry rule of its own',
    steps: [
      [
        'I have a GED, can I apply to Birchwood?',
        {
          says: [
            /^The article doesn't say for certain, but nothing in it rules you out/,
            'your schooling covers a high school diploma or equivalent',
            'still need',
          ],
        },
      ],
    ],
  },
  {
    name: 'tells a newcomer that nothing in the guide rules them out where it sets no entry rule of its own',
    steps: [
      [
        "I've never worked in healthcare. Could I get into Birchwood?",
        {
          says: [
            /^The article doesn't say for certain, but nothing in it rules you out/,
            'nearly every program asks for',
          ],
        },
      ],
    ],
  },
  {
    name: 'answers "do I need a degree?" from what the guide says only some schools ask for, then the basics',
    steps: [
      [
        "Do I need a bachelor's degree?",
        { says: [/^Not as a rule/, 'nearly every PACS program asks for'], not: /^Yes/ },
      ],
      [
        'Do I have to be a radiologist to get into a program?',
        { says: [/^Some schools do/, 'associate degree in imaging'] },
      ],
    ],
  },
  {
    name: 'answers "which accreditor covers a region?" from the bodies named for it and the programs there, never the programs of the region alone',
    steps: [
      [
        'which accreditor covers the northwest?',
        {
          says: [
            "doesn't say which body covers which states",
            'likely the Northwest Commission',
            'Alder Technical Institute',
          ],
        },
      ],
      [
        'which accreditor is for New England?',
        { says: 'New England Association', not: /^No\b|None of the three programs/ },
      ],
    ],
  },
  {
    name: 'answers "can I take the ABII exam after X?" and "how many years for the ABII at X?" from what the program leads to',
    steps: [
      [
        'Can I take the ABII exam after finishing Birchwood?',
        { says: ['another way', 'continuing-education'], not: 'entry requirement' },
      ],
      [
        'How many years of work do I need for the ABII at Cedar Valley?',
        { says: 'two years', not: 'registration requirement' },
      ],
    ],
  },
  {
    name: 'answers "is it only for local students?" with no and "can people from elsewhere do it?" with yes where the guide says it suits them, and getting in from elsewhere as open',
    steps: [
      [
        'Is Birchwood only for local students?',
        {
          says: [
            /^No: the article says \*\*Birchwood University\*\* suits students outside its area too/,
            'beyond Tucson',
          ],
        },
      ],
      [
        'I live in Ohio. Can I still do Birchwood?',
        {
          says: [
            /^The article doesn't say for certain, but nothing in it rules you out/,
            'Birchwood suits students outside its area',
          ],
        },
      ],
      [
        'Can people from other states do Birchwood?',
        { says: /^Yes: the article says \*\*Birchwood University\*\* suits students outside its area/ },
      ],
      ['Is Birchwood cheaper than Alder for someone from out of state?', { not: /suits students outside/ }],
    ],
  },
  {
    name: 'answers "is it a good fit for me?" from whom the guide says a program suits, but "can I get in?" never from it',
    steps: [
      [
        'I work full-time. Is Alder a good fit for someone like me?',
        { says: /^Yes: the article says \*\*Alder Technical Institute\*\* suits people who already work/ },
      ],
      ['Can I get into Alder?', { says: /^The article doesn't say for certain, but nothing in it rules you out/ }],
      ['I work in IT. Am I qualified for any of these?', { not: [/You can likely get into/, /Open to you/] }],
    ],
  },
  {
    name: "takes a body right after an imaging job as that person's registration, but not in a question about what is required",
    steps: [
      [
        'rad tech here (ARRT), can I do the Cedar Valley program?',
        { says: /^Yes: \*\*Cedar Valley Community College\*\* takes people/ },
      ],
      ['can an MRI tech with ARRT get into Cedar Valley?', { says: /^Yes/ }],
      ['do rad techs need ARRT for Cedar Valley?', { not: /^Yes: .*you are registered/ }],
    ],
  },
  {
    name: 'answers a basic requirement asked of one program from what nearly every program asks for, and a body the program has no link to with no',
    steps: [
      [
        'does Alder require an application fee?',
        { says: [/^Most likely: the article doesn't list Alder's own/, 'application form and fee'] },
      ],
      [
        'does Birchwood have anything to do with the ARRT?',
        { says: /^No: the article doesn't link \*\*Birchwood University\*\* to the ARRT/ },
      ],
      [
        'I live in Ohio. Does Alder have a cheaper in-state rate?',
        { says: 'Alder', not: ['Lowest per-credit', 'Cedar Valley'] },
      ],
    ],
  },
  {
    name: 'answers a claim put negatively, a GED, a question of how many and a question about a coworker',
    steps: [
      [
        'neither Alder nor Birchwood has anything to do with the ARRT, correct?',
        { says: /^Right: the article doesn't link \*\*Alder Technical Institute\*\* and \*\*Birchwood University\*\*/ },
      ],
      [
        "Alder doesn't have anything to do with the ABII, right?",
        { says: /^Not quite: the article does link \*\*Alder Technical Institute\*\* to the ABII/ },
      ],
      ['I have a GED, not a regular diploma. Does that count?', { says: /^Yes, most likely/, not: 'need it first' }],
      [
        'how many application forms do I need?',
        { says: /^The article says only that nearly every PACS program asks for an application form/, not: /^Yes/ },
      ],
      ['my coworker is ARRT registered. Can she do Cedar Valley?', { says: /^Yes/ }],
    ],
  },
  {
    name: 'answers the fact a story asks about, not the place the story names ("close to me in Boise… can I get help paying for it?")',
    steps: [
      [
        "I'm thinking about Alder since it's close to me in Boise. Can I get help paying for it?",
        { says: 'financial aid', not: /^Yes: \*\*Alder Technical Institute\*\*: Boise/ },
      ],
    ],
  },
  {
    name: 'answers a choice between two facts ("a certificate or a degree?") with the fact, never a bare yes',
    steps: [
      ['Is Cedar Valley a certificate or a degree program?', { says: 'associate degree', not: /^(Yes|No)/ }],
      ['Is Alder online or on campus?', { says: 'online', not: /^(Yes|No)/ }],
    ],
  },
  {
    name: 'answers "does that still work for X?" from the registrations the student states, not with definitions of the bodies',
    steps: [
      [
        'My ARDMS certification is current but my ARRT expired. Does that still work for Cedar Valley?',
        { says: /^Yes: \*\*Cedar Valley/, not: 'is the American Registry' },
      ],
    ],
  },
  {
    name: 'answers "is it a license?" with what the thing is, and "is it good for a newcomer?" with whom it suits',
    steps: [
      ['is a PACS certification a license?', { not: [/^Yes/, /^No/] }],
      ['is PACS certification a good path for a newcomer?', /^Yes/],
    ],
  },
  {
    name: 'gives each fact asked for in a row ("how long and how much?") for the program named',
    steps: [['the Idaho one - how long and how much?', { says: ['9 months', '**$300** per credit'] }]],
  },
  {
    name: 'answers "is X a good fit for me?" first from what the student says they need, then from getting in',
    steps: [
      [
        'I need financial aid to pay for school. Would Alder be a good fit for me?',
        { says: [/^Probably not/, 'no aid', 'As for getting in'] },
      ],
      ['I have to study online. Is Alder a good fit for me?', { says: [/^Likely/, 'online', 'As for getting in'] }],
      ['I graduated in 2009. Is Alder a good fit for me?', { not: ['limit', 'budget', 'Probably not'] }],
    ],
  },
  {
    name: 'says first what the guide is silent on about the student, then what it says about getting in',
    steps: [
      [
        'I have a felony from years ago. Is Alder a good fit for me?',
        { says: [/^The guide says nothing about criminal records/, 'Alder'] },
      ],
    ],
  },
  {
    name: "answers the question a message asks after the student's situation the guide is silent on",
    steps: [
      [
        'I have a criminal record. Which programs are online?',
        [/^The guide says nothing about criminal records/, 'Alder'],
      ],
      ['I have a felony, how much is Alder?', [/^The guide says nothing about criminal records/, '$300', 'per credit']],
      ['can I get into Alder with a felony?', [/^The guide says nothing about criminal records/, 'Alder']],
      ['I have a felony. What should I do?', { says: /^The guide says nothing about criminal records/, not: '$' }],
    ],
  },
  {
    name: 'reads a body the student wants to reach ("eligible for the ABII exam") as a goal, not a registration they hold',
    steps: [
      [
        'which programs make me eligible for the ABII exam?',
        {
          says: ['Alder', 'sit the American Board of Imaging Informatics (ABII) exam'],
          not: /out of reach|as someone regist/i,
        },
      ],
      ['I want ABII certification eventually. Am I eligible for Cedar Valley?', { not: /as someone regist/i }],
    ],
  },
  {
    name: 'answers a budget first and then says what the guide lacks about an employer paying',
    steps: [
      [
        'My employer reimburses up to $6,000 a year. Which programs cost less than that?',
        {
          says: [
            /^(?!The guide doesn't say whether employers)/,
            /Birchwood[\s\S]*The guide doesn't say whether employers/,
          ],
        },
      ],
      ['does my employer pay for it?', { says: /^The guide doesn't say whether employers/, not: 'Alder' }],
    ],
  },
  {
    name: 'reads a background the student denies ("a nurse, not a radiographer") as not theirs',
    steps: [["I'm a nurse, not a radiographer. Is Cedar Valley open to me?", { says: [/^No/, 'ARRT'] }]],
  },
  {
    name: 'says "not yet" to a student still in high school',
    steps: [["I'm a junior in high school. Can I enroll anywhere now?", /^Not yet/]],
  },
  {
    name: 'says a basic the student lacks is most likely needed first',
    steps: [["I don't have an application fee saved up. Can I still apply?", /^Most likely you would need it first/]],
  },
  {
    name: "says the guide gives no accreditor's region and ranks no accreditors, then what it does say",
    steps: [
      [
        'what region does NWCCU cover?',
        { says: [/^The article doesn't say which states or region NWCCU covers/, 'Alder (Boise, Idaho)'] },
      ],
      ['is WASC better than HLC?', { says: [/^The article doesn't rank accrediting bodies/, 'Birchwood'] }],
    ],
  },
  {
    name: 'answers "why not?" right after an answer with that answer and its reason',
    steps: [
      ['can I get financial aid at alder?', [/^No/, 'no aid']],
      ['why not?', { says: [/^No/, 'no aid'], not: ['Sorry', 'matter'] }],
    ],
  },
  {
    name: 'reads a length, credits or residency said with a word of price as what the cost is for',
    steps: [
      ['if I do all 20 credits at Alder what is the bill?', { says: ['$6,000', 'my estimate'], not: 'takes 9 months' }],
      ["I'm an Arizona resident, what's Birchwood's in-state rate?", { says: '$5,000', not: 'Tucson' }],
      [
        'which is pricier for me: a year at Birchwood or the Cedar Valley program?',
        { says: ['$8,000'], not: ['expected to take'] },
      ],
    ],
  },
  {
    name: 'reads "never sat for the ARRT exam" as no registration',
    steps: [['I finished my radiography degree but never sat for the ARRT exam. Can I do Cedar Valley?', /^No/]],
  },
  {
    name: 'takes a registration the program accepts as opening it to a student who is also a nurse',
    steps: [
      [
        "I hold ARRT and I'm also a nurse. Which is the fastest program I can get into?",
        { not: 'Leaving out Cedar Valley' },
      ],
    ],
  },
  {
    name: 'estimates a yearly rate over the time the student gives, labelled with that basis',
    steps: [
      [
        'I live in Arizona. What would Birchwood cost me if I finish in 9 months?',
        { says: ['about $3,750 (my estimate: your 9 months at in-state: $5,000 per year)'] },
      ],
    ],
  },
  {
    name: 'tells "could I attend in person?" about an online program from "do I have to?"',
    steps: [
      [
        'I live near Boise. Could I drive up to Alder for classes?',
        { says: [/^You wouldn't need to/, 'online', 'ask Alder'], not: /^Yes/ },
      ],
      ['do I have to move to Boise for Alder?', { says: /^No/ }],
    ],
  },
  {
    name: 'answers a second question joined by "and whats…" as well as the first',
    steps: [['how long does Alder take and whats the total?', ['9 months', '$6,000']]],
  },
  {
    name: 'checks what the student needs on each program that may take them ("…and do from here without moving?")',
    steps: [
      [
        'Im new to imaging and live in Ohio. Which ones could I actually get into and do from here without moving?',
        {
          says: ["**Online, as you need**: Alder, per the article; it doesn't say for Birchwood"],
          not: /Online, as you need[^\n]*Cedar/,
        },
      ],
      [
        'Im a nurse and I need financial aid. Which programs could I get into?',
        {
          says: "**Offering financial aid, as you need**: none of them for certain, per the article; it doesn't say for Birchwood; not Alder",
        },
      ],
      ['could I do Alder without moving?', { says: /^Yes/, not: /^No/ }],
    ],
  },
  {
    name: 'says a registry is no accrediting body, and takes "my registry" as the one the student holds',
    steps: [
      [
        'is the ARRT one of the regional accreditors?',
        { says: [/^No: the \*\*ARRT\*\*/, 'MSCHE, NWCCU, HLC, WASC, SACS and NEASC'] },
      ],
      [
        'Im an ARDMS registered sonographer. Which program descriptions mention my registry?',
        { says: [/^\*\*ARDMS\*\*/, 'Cedar Valley Community College'], not: 'Alder' },
      ],
    ],
  },
  {
    name: 'reads "a registry" asked of programs as a registration to get in, and an exam still to come as none held',
    steps: [
      [
        'which ones dont ask for any registry at all?',
        { says: ['name no registration', 'Alder', 'Birchwood'], not: 'Cedar Valley' },
      ],
      ['does Alder need a registry?', { says: /^No/, not: 'Certifications' }],
      ['does Cedar Valley require a registry?', { says: [/^Yes/, 'ARRT'] }],
      [
        'my husband does ultrasound but his ARDMS exam isnt till next month. Could he apply to Cedar Valley now?',
        { says: /^Once the ARDMS registration is in place/, not: 'you are registered' },
      ],
    ],
  },
  {
    name: 'works out how many credits a sum covers at a per-credit rate, and whether that is the whole program',
    steps: [
      [
        'how many credits would $4,000 cover at Alder?',
        ['about **13 credits**', '$4,000 ÷ $300', 'takes 20 credits', 'falls short by about $2,000'],
      ],
      ['tell me about Alder', 'Alder Technical Institute'],
      [
        "I've got $9,000 put away. How many credits would that cover there?",
        ['about **30 credits**', 'That covers the 20 credits'],
      ],
    ],
  },
  {
    name: 'reads years in nuclear medicine as years of work, not as a length the student needs',
    steps: [
      [
        "I'm NMTCB certified, nuclear med for 6 yrs. am I eligible for all three programs?",
        { says: 'Cedar Valley', not: ['6 years', 'as you need'] },
      ],
    ],
  },
  {
    name: 'answers "what would I need for X?" and "what would I be missing?" with its entry rules, not its price',
    steps: [
      [
        'what would i need for cedar valley',
        { says: ['good standing', 'Nearly every program also asks for'], not: '$8,000' },
      ],
      ['im a paramedic', 'non-imaging background'],
      ['so what would i be missing for cedar valley', { says: 'good standing', not: '$8,000' }],
    ],
  },
  {
    name: 'answers both of two questions asked one after the other, "If so, …" included',
    steps: [
      ['Is Alder online? If so, how long does it take?', { says: ['taught online', '9 months'] }],
      ['Is Cedar Valley accredited? What does it cost?', { says: ['Higher Learning Commission', '$8,000'] }],
    ],
  },
  {
    name: 'answers "is that per year?" from the units the figures come in: yes, no or not said',
    steps: [
      ['how much is Birchwood', '$5,000'],
      ['is that per year', { says: 'Yes: the article gives Birchwood University', not: "doesn't say that directly" }],
      ['is Alder per semester?', { says: ['No.', '$300** per credit'], not: 'Yes' }],
      ["is Cedar Valley's tuition per year?", { says: "The article doesn't say.", not: ['Yes', 'No.'] }],
    ],
  },
  {
    name: 'takes a city and state said alone before a question of price as where the student lives',
    steps: [
      ['grand junction co. birchwood how much', { says: 'as you live in another state', not: 'in-state: **$5,000**' }],
    ],
  },
  {
    name: 'reads "does that still count for X?" as a question of getting in, and a letter of recommendation as one of entry',
    steps: [
      [
        "I'm registered with the ARDMS. Does that still count for Cedar Valley's PACS certificate?",
        { says: 'Yes: **Cedar Valley Community College** takes people' },
      ],
      [
        'does Cedar Valley also want a letter of recommendation?',
        { says: ['You need to be in good standing', 'Nearly every program also asks for'] },
      ],
    ],
  },
  {
    name: 'reads "do I have to be in <its city>?" as whether the program needs attending, and good standing as no place',
    steps: [
      [
        'can i do Birchwood from ohio or do i have to be in tucson',
        { says: "doesn't say whether the program can be taken online", not: 'entry requirement' },
      ],
      ['Do I need to be in good standing with the ARRT for Cedar Valley?', { says: 'ARRT', not: 'online' }],
    ],
  },
  {
    name: 'reads "the full name of X" as what its short name stands for, and "the name of X\'s program" as its credential',
    steps: [
      ["what's the full name of Alder?", { says: 'stands for **Alder Technical Institute**', not: 'you earn' }],
      ["whats the exact name of Cedar Valley's program again", { says: 'you earn', not: 'stands for' }],
    ],
  },
  {
    name: 'answers "is that per year or for the whole two years?" as a question of the unit, the figure quoted being no budget',
    steps: [
      ['how much is Cedar Valley', '$8,000'],
      [
        'Is that per year or for the whole two years?',
        { says: "The article doesn't say.", not: ['Yes', 'takes 2 years'] },
      ],
      [
        "is cedar valley's 8k for the whole 2 years or per year",
        { says: "The article doesn't say.", not: ['past your limit', 'No:'] },
      ],
      ["I'm a cashier. does that shut me out of Cedar Valley?", { says: 'Yes, it rules you out' }],
    ],
  },
  {
    name: 'answers "do I have to go to <its state>?" with how it is taught, and "do they charge me more?" from the student\'s home',
    steps: [
      ['how much is birchwood for someone in Ohio', 'out-of-state'],
      [
        'and do i have to actually go to arizona for it',
        { says: "doesn't say whether the program can be taken online", not: /^Yes/ },
      ],
      [
        "I'm in Idaho. ok what about birchwood, do they charge me more",
        {
          says: "Yes: living in Idaho, you would pay Birchwood's out-of-state rate ($12,000 per year), against $5,000 per year",
        },
      ],
      ['I live in Ohio. does Alder charge me more?', { says: "The article doesn't say: it gives Alder one figure" }],
    ],
  },
  {
    name: 'reads "enroll as a regular student" as admission to the school itself, and "New Mexico" as no foreign country',
    steps: [
      [
        "Does Alder's program require her to enroll as a regular Alder student?",
        { says: 'No: you do not need to be admitted to Alder Technical Institute itself' },
      ],
      [
        'I am a tech at a hospital in Shiprock, New Mexico. how much is birchwood for me?',
        {
          says: '(as you live in another state, the out-of-state rate)',
          not: ['outside the 50 states', 'international'],
        },
      ],
    ],
  },
  {
    name: 'answers whether aid can be used at a program, not whether the student gets in, when they say they qualify for a grant',
    steps: [
      [
        'my son qualifies for a pell grant. can he use it at Alder?',
        {
          says: /^No: \*\*Alder Technical Institute\*\*: The program runs outside regular admission, so no aid/,
          not: 'getting in',
        },
      ],
      [
        'am I eligible for financial aid at Birchwood?',
        { says: "doesn't say whether financial aid is available at Birchwood", not: 'entry requirement' },
      ],
    ],
  },
  {
    name: 'says no yes or no when a topic is compared with something else ("the same as a license?")',
    steps: [['is a certificate the same as a license for newcomers?', { says: 'Fixture summary', not: /^Yes/ }]],
  },
  {
    name: 'says where the guide is silent when the gap is named before a short question ("… non profit. like a charity??")',
    steps: [
      ['she says they pay for housing - wait what??', { says: 'nothing about housing', not: "can't help" }],
      ['it says something about being non profit. like a charity??', { says: 'nonprofit', not: "can't help" }],
    ],
  },
  {
    name: 'reads a program\'s "in-state vs out-of-state" with no fact named as the gap between its rates',
    steps: [
      [
        'birchwood in-state vs out-of-state, whats the difference',
        { says: ['$7,000 more per year', 'Birchwood'], not: 'Did you mean' },
      ],
    ],
  },
  {
    name: 'answers "is X the one where you don\'t have to get into the college itself?" with yes where it needs no admission',
    steps: [
      [
        'is Alder the one where you dont have to get into the college itself?',
        { says: /^Yes: you do not need to be admitted to Alder/ },
      ],
    ],
  },
  {
    name: 'does not take a body the student likens theirs to ("my NMTCB is equivalent to ARRT") as one they hold',
    steps: [
      [
        'my NMTCB is equivalent to ARRT right? can i get into cedar valley',
        { says: /^No: \*\*Cedar Valley Community College\*\* takes only/, not: 'registered with the ARRT' },
      ],
    ],
  },
  {
    name: 'answers "is ARRT a license or a certification?" with what the ARRT is, and whether a program has two rates',
    steps: [
      ['is ARRT a license or a certification', { says: /^\*\*ARRT\*\* is the American Registry/ }],
      [
        'does birchwood do the in state/out of state thing too',
        { says: /^Yes: the article gives \*\*Birchwood\*\* one rate/ },
      ],
      [
        'does alder have in-state and out-of-state tuition?',
        { says: /^The article doesn't say: it gives \*\*Alder\*\* one figure/ },
      ],
    ],
  },
  {
    name: 'weighs a registration the student holds for entry when they ask whether it is "enough" or would "matter"',
    steps: [
      ['is my ARDMS enough for every program or just one', { says: /^You can likely get into Cedar Valley/ }],
      [
        'would my ARRT matter at alder or is that just a cedar valley thing',
        { says: ['names no entry requirement of its own for **Alder', 'Yes: **Cedar Valley'] },
      ],
    ],
  },
  {
    name: 'takes a body said "with" the student as theirs ("im in boise with ARDMS"), but not one they want',
    steps: [
      ['im in boise idaho with ARDMS. can i do cedar valley', { says: /^Yes: \*\*Cedar Valley Community College\*\*/ }],
    ],
  },
  {
    name: 'does not take a body the student wants in a program ("a program with ABII") as one they hold',
    steps: [['i want a program with ABII, can i get into cedar valley', { says: /^Only if you are registered/ }]],
  },
  {
    name: 'answers a yes/no question that follows an "if" clause ("if they say no, could I take the GED instead?")',
    steps: [['if they say no could i just go take the GED instead', { says: 'high school diploma or an equivalent' }]],
  },
  {
    name: "does not take the registration of someone else's imaging job ('shes a sonographer w ARDMS') as the student's",
    steps: [
      [
        'we live in boise. im a respiratory therapist, shes a sonographer w ARDMS. can i get into cedar valley',
        { not: ['you are registered with the ARDMS', /^Yes/] },
      ],
    ],
  },
  {
    name: 'answers "so what do they actually need from me" with what programs ask for, and of a program just named, its own',
    steps: [
      ['so what do they actually need from me', { says: /^\*\*What programs ask for\*\*/ }],
      ['tell me about birchwood', { says: 'Birchwood' }],
      ['ok and whats the bare minimum they need from me', { says: 'Birchwood', not: /tuition|\$5,000/ }],
    ],
  },
  {
    name: 'does not say courses that count towards a body\'s CE make the student certified, nor read "automatic" as a question about the bot',
    steps: [
      [
        'if i do birchwood for CE does that mean i end up ABII certified',
        { says: 'links it to ABII another way', not: /^Yes/ },
      ],
      [
        'is the ABII part automatic when i graduate from cedar valley',
        { says: 'after working in the field', not: 'automated assistant' },
      ],
    ],
  },
  {
    name: 'leaves a body the student denies ("ARDMS, not ARRT") out of the question',
    steps: [
      [
        'im ARDMS not ARRT. would birchwoods classes count for my ardms CE',
        { says: "doesn't connect it to ARDMS", not: 'ARRT' },
      ],
    ],
  },
  {
    name: 'answers a question about a fact the article gives even when the story around it touches a silence',
    steps: [
      ['what do the jobs pay?', { says: 'nothing about pay or jobs' }],
      [
        'i need a job after. are all of these accredited?',
        { says: /^Yes: all three are accredited/, not: 'pay or jobs' },
      ],
    ],
  },
  {
    name: 'weighs the registrations a student holds for entry when they ask whether having them helps at a program',
    steps: [
      [
        "I'm dual credentialed, ARRT and ARDMS. Does having both help me at Cedar Valley at all?",
        { says: /^Yes: \*\*Cedar Valley Community College\*\* takes/ },
      ],
    ],
  },
  {
    name: 'weighs a credential the article never names against what a program asks for',
    steps: [
      [
        'does cedar valley take CCI?',
        {
          says: [/^\*\*Cedar Valley Community College\*\* takes only people/, "wouldn't meet Cedar Valley's rule"],
          not: 'financial aid',
        },
      ],
      [
        'does alder accept ASCP?',
        { says: /^The article names no registration that \*\*Alder Technical Institute\*\* asks for/ },
      ],
    ],
  },
  {
    name: 'answers the question a message asks, not a statement after it that reads as small talk',
    steps: [
      ["what do the jobs pay? i'm 16 and graduating early", { says: 'nothing about pay or jobs', not: 'Did you mean' }],
    ],
  },
  {
    name: 'reads "what does <program> want" as what the program asks of applicants',
    steps: [
      [
        'so what does cedar valley want instead',
        { says: /^For \*\*Cedar Valley Community College\*\*:\n- You need to be in good standing/ },
      ],
    ],
  },
  {
    name: 'a body that accredits one program, said at the start before "one", points at that program ("NWCCU one: how many credits?")',
    steps: [
      ['tell me about Cedar Valley', 'Cedar Valley Community College'],
      ['NWCCU one: how many credits?', { says: /^\*\*Alder Technical Institute\*\* takes 20 credits/ }],
    ],
  },
  {
    name: 'where the student earns their pay is where they live ("I make $24/hr in Mesa, Arizona")',
    steps: [
      [
        'I make $24/hr in Joplin, Missouri. what would birchwood cost me?',
        {
          says: /^Estimated tuition at \*\*Birchwood University\*\* \(as you live in another state, the out-of-state rate\)/,
        },
      ],
    ],
  },
  {
    name: 'a cheaper rate for where the student lives, at the one program pointed to, is about its rates, not a ranking',
    steps: [
      ['tell me about Cedar Valley', 'Cedar Valley Community College'],
      [
        'does living in Ohio get me a cheaper rate there?',
        { says: /^The article doesn't say: it gives Cedar Valley one figure/, not: 'lowest' },
      ],
      [
        'I live in Arizona. does that get me a cheaper rate at birchwood?',
        { says: /^Yes: living in Arizona, you would pay Birchwood's lower, in-state rate/ },
      ],
    ],
  },
  {
    name: 'a school taking a kind of person the student may be ("does Cedar Valley take therapists?") asks what it requires',
    steps: [
      [
        'Radiation therapist, ARRT(T), in good standing. Does Cedar Valley take therapists?',
        { says: /^For \*\*Cedar Valley Community College\*\*:\n- You need to be in good standing/ },
      ],
    ],
  },
  {
    name: "whether either of two programs shares a third one's accreditor weighs each against that one, named or placed by its city",
    steps: [
      ['tell me about Alder and Birchwood', 'Alder Technical Institute'],
      [
        'is either one run by the same accreditor as the school in Columbus?',
        { says: /^Yes: Birchwood shares Cedar Valley's accreditor, the HLC\./ },
      ],
      ['tell me about Alder', 'Alder Technical Institute'],
      [
        'is either one run by the same accreditor as Cedar Valley?',
        { says: /^No: Cedar Valley is accredited by the HLC, and Alder is not\./ },
      ],
    ],
  },
  {
    name: 'a registration on probation is neither held nor lapsed: whether it is good standing is left to the school',
    steps: [
      [
        "My ARRT is active but I'm on probation with them. Can I get into Cedar Valley?",
        {
          says: /^Only if you are registered: \*\*Cedar Valley Community College\*\* takes only people in good standing/,
        },
      ],
    ],
  },
  {
    name: '"would they still consider me?" asks whether the school takes the student',
    steps: [
      [
        "My ARRT registration is current, but I'm on probation with the ARRT. Would Cedar Valley still consider me?",
        { says: /^Only if you are registered: \*\*Cedar Valley Community College\*\*/ },
      ],
    ],
  },
  {
    name: 'a "local" of a town is where the student lives, not the in-state rate everywhere',
    steps: [
      [
        "I'm a Boise local. how much is birchwood?",
        {
          says: /^Estimated tuition at \*\*Birchwood University\*\* \(as you live in another state, the out-of-state rate\)/,
        },
      ],
      [
        'Boise local, hard cap of $8,000 total for school',
        { says: '(as you live in another state, the out-of-state rate)', not: 'in-state: **$5,000**' },
      ],
    ],
  },
  {
    name: 'probation said of one body leaves another body the student holds in good standing',
    steps: [
      [
        'My ARDMS is in good standing, but my ARRT is on probation. can I get into Cedar Valley?',
        { says: /^Yes: \*\*Cedar Valley Community College\*\* takes people in good standing/ },
      ],
    ],
  },
  {
    name: '"get onto" a course asks about getting in, and a registration not yet taken is not held',
    steps: [
      [
        "Haven't done the ARRT yet. Can I get onto Cedar Valley's course?",
        { says: /^No: \*\*Cedar Valley Community College\*\* takes only people in good standing/ },
      ],
    ],
  },
  {
    name: 'the school "itself" asks about its own admission; "get accepted at" asks whether the student gets in',
    steps: [
      [
        'do I have to apply to Alder itself first?',
        { says: /^No: you do not need to be admitted to Alder Technical Institute itself/ },
      ],
      [
        'Would I get accepted at Birchwood with just a GED?',
        {
          says: 'your schooling covers a high school diploma or equivalent',
          not: 'requires admission to the college itself',
        },
      ],
    ],
  },
  {
    name: 'bodies with names so alike the article may mean one: "the same?" and "a typo?" are not settled',
    steps: [
      [
        'Is the ARRT the same as the AART?',
        { says: /^No, not by the article's names: .* it never says how they relate/ },
      ],
      ["isn't AART a typo for ARRT?", { says: /^The article doesn't say: it names the American Registry/ }],
      ['are ABII and ARRT the same thing?', { says: /^No, they are different bodies: the ABII and the ARRT/ }],
    ],
  },
  {
    name: 'bodies weighed as alternatives for getting in: either will do, and neither is said to be held',
    steps: [
      [
        "for Cedar Valley, does it matter whether I'm ARRT or ARDMS?",
        {
          says: /^No: for getting in, \*\*Cedar Valley Community College\*\* takes good standing with any one/,
          not: 'you are registered',
        },
      ],
      [
        'does Cedar Valley prefer ARDMS or ARRT?',
        { says: /^No: for getting in, \*\*Cedar Valley Community College\*\*/ },
      ],
    ],
  },
  {
    name: 'a credential the article never names, asked as what courses count toward or what a school takes',
    steps: [
      [
        "Would Birchwood's courses count for my CCI credential?",
        { says: "The article doesn't mention **CCI**", not: /^Yes/ },
      ],
      [
        'does Cedar Valley take my CCI?',
        {
          says: /^\*\*Cedar Valley Community College\*\* takes only people in good standing .* doesn't mention \*\*CCI\*\*, so it is not one of those/,
        },
      ],
    ],
  },
  {
    name: '"what does that change?" after a registration said later, and "is MDCB enough?" for a never-named credential',
    steps: [
      ["I'm an MRI tech. can I get into Alder?", 'Alder'],
      ["oh and I'm ARDMS registered. what does that change?", { says: /^Yes: \*\*Cedar Valley Community College\*\*/ }],
      [
        'is MDCB enough for Cedar Valley?',
        { says: /^\*\*Cedar Valley Community College\*\* takes only people .* doesn't mention \*\*MDCB\*\*/ },
      ],
    ],
  },
  {
    name: '"right away" is straight after the program, and "a year of experience" is how long the student has worked, not a filter',
    steps: [
      [
        'could I get ABII certified through Cedar Valley right away?',
        { says: /^No: \*\*Cedar Valley Community College\*\*/ },
      ],
      [
        "I've been a PACS analyst for 1 year. If I do Alder, can I sit for the ABII exam when I finish even though I only have a year of experience?",
        { says: /^Yes: \*\*Alder Technical Institute\*\*/, not: 'names no such restriction' },
      ],
    ],
  },
  {
    name: 'a credential the student earned through a body ("RDCS through ARDMS") holds that body',
    steps: [
      ["I've done echo for 7 years, RDCS through ARDMS. Would Cedar Valley take me?", { says: /^Yes/, not: 'Only if' }],
    ],
  },
  {
    name: "whether the student can start a program they can't enter says first that it wouldn't take them",
    steps: [
      ["I'm a nurse. can I start at Cedar Valley right away?", { says: [/^\*\*For you\*\*/, 'No: **Cedar Valley'] }],
      ['can I start at Alder right away?', { not: 'For you' }],
    ],
  },
  {
    name: '"which certifications does it accept?" asks what the program takes to get in, not what it leads to',
    steps: [
      ['tell me about cedar valley', 'Cedar Valley Community College'],
      [
        'which certifications does it accept?',
        { says: 'good standing with the American Registry', not: "doesn't say" },
      ],
      ["I'm a nurse. can I get into cedar valley?", /^No/],
      [
        'which registries does it accept then?',
        { says: 'American Registry of Diagnostic Medical Sonographers', not: "doesn't say" },
      ],
    ],
  },
  {
    name: '"what do nearly all of them ask for?" asks what programs ask of applicants, not for help',
    steps: [
      ['which program is hardest to get into?', 'Cedar Valley'],
      ['what do nearly all of them ask for', { says: 'What programs ask for', not: 'You can ask me' }],
    ],
  },
  {
    name: '"does she need any imaging background first?" asks what programs ask of applicants, however unsure the recognizer',
    steps: [
      [
        "My son wants to do Alder's program. does he need any imaging background first?",
        { says: 'What programs ask for', not: 'Sorry' },
      ],
    ],
  },
  {
    name: '"what do I need to hold to be admitted?" asks what the program takes, not whether the college must admit you',
    steps: [
      [
        'what do I need to hold to be admitted to cedar valley?',
        { says: 'American Registry of Diagnostic Medical Sonographers', not: /^Yes: you must be admitted/ },
      ],
    ],
  },
  {
    name: 'the programs linked to a body in the way asked ("which programs help with ABII continuing education?") are given, not the body',
    steps: [
      [
        'which programs help with ABII continuing education?',
        {
          says: /^\*\*One of the three programs\*\* is linked to ABII \(continuing education\)/,
          not: 'is the American Board',
        },
      ],
      [
        'I need continuing education hours for my ABII. Which of the programs would help me with that?',
        /^\*\*One of the three programs\*\* is linked to ABII \(continuing education\)/,
      ],
      [
        'which school gets you eligible for the ABII exam',
        /^\*\*One of the three programs\*\* is linked to ABII \(exam eligibility\)/,
      ],
    ],
  },
  {
    name: 'credits counted toward a body\'s continuing education ("do birchwood\'s credits count toward ABII continuing ed?") are the link the article gives, not a credit transfer',
    steps: [
      [
        "do birchwood's credits count toward ABII continuing ed?",
        { says: /^Yes: \*\*Birchwood University\*\*: Courses count towards/, not: 'transferring credits' },
      ],
    ],
  },
  {
    name: '"what would I need to qualify for X?" and "what does X require besides my ARRT?" give what the program asks for, not only a verdict',
    steps: [
      ['im a paramedic. can I get into cedar valley?', /^No: \*\*Cedar Valley Community College\*\*/],
      [
        'what would I need to add to qualify for cedar valley?',
        { says: [/^\*\*For you\*\*/, 'For **Cedar Valley Community College**:', 'Nearly every program also asks for'] },
      ],
      ["I'm ARRT registered now.", 'ARRT'],
      [
        'what does cedar valley require to apply besides my ARRT?',
        { says: /^For \*\*Cedar Valley Community College\*\*:/, not: 'is the American Registry' },
      ],
    ],
  },
  {
    name: '"could I start in January or do I have to wait until fall?" asks when a program starts, not whether the student gets in',
    steps: [
      [
        'could I start at Alder in January or do I have to wait until fall?',
        { says: 'you can start in the spring and fall', not: 'entry requirement' },
      ],
    ],
  },
  {
    name: '"why is it so much longer?" after the longest says the guide gives no reason, then what sets the program apart',
    steps: [
      ['longest program?', '**Longest:** **Cedar Valley Community College**'],
      [
        'why is it so much longer than the others?',
        {
          says: [
            /^The article doesn't say why \*\*Cedar Valley Community College\*\* takes 2 years\./,
            'associate degree',
          ],
          not: 'Leaving out',
        },
      ],
      ['tell me about alder', 'Alder Technical Institute'],
      [
        'the slowest one, why is it so long?',
        /^The article doesn't say why \*\*Cedar Valley Community College\*\* takes 2 years\./,
      ],
    ],
  },
  {
    name: 'a heading of names before the question ("ARRT vs ARDMS: which one do I need for each program?") is what the question asks about',
    steps: [
      [
        'ARRT vs ARDMS: which one do I need for each program?',
        { says: /^Only Cedar Valley asks for the ARRT or the ARDMS to get in/, not: 'The guide features' },
      ],
    ],
  },
  {
    name: '"could a nurse do Cedar Valley\'s program?" asks whether the program takes that person',
    steps: [
      [
        "could a nurse do cedar valley's program?",
        /^No: \*\*Cedar Valley Community College\*\* takes only people in good standing/,
      ],
      [
        'would a paramedic be able to join Alder?',
        /names no entry requirement of its own for \*\*Alder Technical Institute\*\*/,
      ],
    ],
  },
  {
    name: 'a credential of the student\'s described but not named ("my Canadian registration", "my state license") is weighed against what the program asks for',
    steps: [
      [
        'Would Cedar Valley accept my Canadian registration?',
        {
          says: ["doesn't mention **Canadian registration**", 'takes only people in good standing'],
          not: 'international',
        },
      ],
      ['Does Cedar Valley count my state license?', "doesn't mention **state license**"],
    ],
  },
  {
    name: 'a registration written with its modalities ("ARRT(R)(CT), Columbus") is one the student holds',
    steps: [
      [
        'ARRT(R)(CT), Columbus. options at cedar valley?',
        { not: 'is the American Registry of Radiologic Technologists. A registry' },
      ],
      ['can I get in there?', /^Yes: \*\*Cedar Valley Community College\*\*/],
    ],
  },
  {
    name: '"whole program at Alder?" in a few words asks what the program costs in all, not its profile',
    steps: [
      ['whole program at alder?', { says: ['$300** per credit', 'about $6,000 (my estimate'], not: "I'm not sure" }],
      ['cedar valley, whole program?', { says: '$8,000', not: "can't help" }],
    ],
  },
  {
    name: 'a home in the state of a program with one rate, or a discount for its residents, gets "the article doesn\'t say whether in-state students pay a different rate"',
    steps: [
      [
        'if I lived in Idaho would Alder charge me a lower per-credit rate?',
        { says: ["doesn't say whether in-state students pay a different rate at Alder", '$300** per credit'] },
      ],
      [
        'does Alder knock anything off for Idaho residents?',
        { says: "doesn't say whether in-state students pay a different rate", not: "I'm not sure" },
      ],
    ],
  },
  {
    name: '"is the ABII the one that accredits these schools?" and "does the ARRT accredit schools, like the HLC does?" get "No" and the bodies that do',
    steps: [
      [
        'is the ABII the one that accredits these schools?',
        { says: [/^No: the \*\*ABII\*\*/, 'accrediting bodies it lists'] },
      ],
      [
        'does the ARRT accredit schools, like the HLC does?',
        { says: /^No: the \*\*ARRT\*\*/, not: 'Higher Learning Commission, one of' },
      ],
    ],
  },
  {
    name: '"if we both do Alder" is tuition for two people; "he does Cedar Valley and I do Alder, total?" adds the two programs',
    steps: [
      ["what's the combined cost if we both do Alder?", 'For two people: about $12,000'],
      [
        'and if he does Cedar Valley and I do Alder, total?',
        { says: 'Together: at least about $14,000', not: 'per what). The guide' },
      ],
    ],
  },
  {
    name: '"my hospital pays up to $3,000 a year… how many Alder credits would that cover?" divides the yearly sum by the rate',
    steps: [
      [
        'my hospital pays up to $3,000 a year toward education. how many Alder credits would that cover?',
        { says: '$3,000 a year covers about **10 credits a year**', not: "doesn't give the number of credits" },
      ],
    ],
  },
  {
    name: '"Cedar Valley prepares you for all three levels. What are the three levels called?" asks the name of the levels, not of the school',
    steps: [
      [
        'Cedar Valley says it preps you for all three levels of PACS certification. What are the three levels called?',
        { says: 'It does not name the levels', not: 'stands for' },
      ],
      [
        'Cedar Valley says it preps you for all three levels of PACS certification. What are those three levels called?',
        { says: 'It does not name the levels', not: 'stands for' },
      ],
    ],
  },
  {
    name: '"anywhere from 6 to 12 months" at a program of that length is its whole range, both ends',
    steps: [
      [
        'I live in Arizona. What would Birchwood cost in total if I take anywhere from 6 to 12 months?',
        'about $2,500 to $5,000 (my estimate: 6 to 12 months',
      ],
    ],
  },
  {
    name: '"does any other program mention those levels?" after a term says "No" and names the only program the article links to it',
    steps: [
      ['what are the three levels of PACS certification?', 'It does not name the levels'],
      [
        'does any other program mention those levels?',
        /^No: among the featured programs, the article mentions the three levels of PACS certification only for \*\*Cedar Valley Community College\*\*/,
      ],
    ],
  },
  {
    name: '"how much is Birchwood per semester?" converts its yearly rates, taking a year as two semesters, as a labelled estimate',
    steps: [
      [
        'how much is Birchwood per semester?',
        {
          says: [
            "doesn't give a figure per semester",
            'in-state: $2,500 per semester and out-of-state: $6,000 per semester (my estimate',
          ],
        },
      ],
      ['how much is Alder per credit?', '$300'],
      ['and Birchwood per semester?', { says: '$2,500 per semester', not: "I'm not sure" }],
      ['Birchwood quotes it per year. What is that per semester?', '$2,500 per semester'],
    ],
  },
  {
    name: '"I never finished high school but I got my GED" counts the GED: schooling held after schooling missed replaces it',
    steps: [
      [
        'I dropped out at sixteen but I got my GED last year. Is that enough to apply?',
        { says: /^Yes, most likely/, not: 'Not yet' },
      ],
      ['which programs am I shut out of?', { says: ['Not for you', 'Cedar Valley'], not: 'The article features' }],
    ],
  },
  {
    name: '"…AART in the guide. Who is that?" explains the term an earlier sentence named, not the guide\'s author',
    steps: [
      [
        'I keep seeing AART in the guide. who is that?',
        { says: 'American Association of Radiologic Technologists', not: 'Everything I say comes from' },
      ],
    ],
  },
  {
    name: 'moving mid-program: what the article is silent on about the student comes first, without a flat yes or no',
    steps: [
      [
        "I live in Tucson but I'm moving to Ohio halfway through the program. would I keep the in-state rate at Birchwood?",
        { says: ["doesn't say what happens to your tuition rate", '$12,000'], not: /\n\n(Yes|No):/ },
      ],
    ],
  },
  {
    name: '"I can only take 4 credits a term": the terms the program\'s credits take at that pace, and what each term costs later',
    steps: [
      [
        'I work two jobs, so I can only take 4 credits a term. How long would Alder take me?',
        {
          says: ['At 4 credits a term, its 20 credits would take about **5 terms** (my estimate: 20 ÷ 4)', '9 months'],
        },
      ],
      [
        'what would each term cost at that pace?',
        { says: 'about **$1,200 a term** (my estimate: 4 × $300 per credit)' },
      ],
      [
        'I can take 3 credits a semester. how long would Birchwood take?',
        "doesn't give the number of credits for Birchwood",
      ],
      ['five credit hours per term is my limit. how long would Alder take?', 'would take about **4 terms**'],
    ],
  },
  {
    name: '"why is Cedar Valley so expensive?" says the guide gives no reason, then what sets the program apart',
    steps: [
      [
        'why is Cedar Valley so expensive?',
        { says: ["doesn't say why it costs that", 'associate degree'], not: 'Why imaging archives matter' },
      ],
      [
        "why can't you give me a total for Alder?",
        { says: 'Estimated tuition at **Alder', not: "doesn't say why it costs" },
      ],
    ],
  },
  {
    name: '"is the ARRT also the registry for sonographers?" names the body the guide lists apart for that work',
    steps: [
      [
        'is the ARRT also the registry for sonographers?',
        { says: /^Not as the article names them: it lists the \*\*ARDMS\*\*/, not: /^\*\*ARRT\*\* is/ },
      ],
    ],
  },
  {
    name: '"oh wait, I\'m not licensed in anything" is taken in as no registration, whatever query word leaned the recognizer',
    steps: [
      ['cheapest?', 'lowest'],
      [
        "oh wait i'm not licensed in anything lol",
        { says: ['you hold no imaging registration yet', 'Cedar Valley'], not: 'The article features' },
      ],
    ],
  },
  {
    name: '"so Alder is the one for a new grad like me?" asks whether the student can get in, not for the overview',
    steps: [
      [
        'so Alder is the one for a new grad like me?',
        { says: 'names no entry requirement of its own', not: '**Alder Technical Institute** (Alder)' },
      ],
    ],
  },
  {
    name: '"could I just do Cedar Valley since it\'s only two years?" asks about getting in: the reason after "since" is no fact asked',
    steps: [
      ['I have no imaging registration.', 'hold no imaging registration'],
      [
        "could I just do Cedar Valley since it's only two years?",
        { says: /^No: \*\*Cedar Valley Community College\*\* takes only/ },
      ],
    ],
  },
  {
    name: 'a budget across the programs the student can get into says what each one that fits comes to',
    steps: [
      [
        "I have $7,000 and I'm ARRT registered in Ohio. which could I get into within that?",
        'as you need**: Alder (about $6,000 (my estimate: 20 credits × $300 per credit) in total)',
      ],
    ],
  },
  {
    name: '"out of school for 11 years, do I need a recommendation letter?" asks about the letter: no finder, no study time',
    steps: [
      [
        "I've been out of school for 11 years. do I really need a recommendation letter?",
        { says: 'What programs ask for', not: ['132 months', 'find a program'] },
      ],
    ],
  },
  {
    name: '"what is PACS according to your source?" asks what PACS is: where the answer comes from is no question',
    steps: [
      ['what is PACS according to your source?', { says: '**What PACS is**', not: 'Everything I say comes from' }],
      ['according to your source', 'Everything I say comes from'],
    ],
  },
  {
    name: '"do I have to drive to campus for classes?" about an online program is answered no',
    steps: [
      ['tell me about Alder', 'Alder Technical Institute'],
      ['do i have to drive to campus in boise for classes?', { says: /^No/ }],
      ['will I need to travel to Idaho for it?', { says: /^No/ }],
    ],
  },
  {
    name: '"who is a PACS cert meant for?" asks whom certificates suit, not whether the student gets in',
    steps: [['who is a PACS cert meant for?', { says: 'Who the certificate suits', not: 'Only with a registration' }]],
  },
  {
    name: 'two questions with the same answer get it once',
    steps: [
      [
        'When was this guide written? Is it out of date?',
        {
          says: /^The guide carries no date[^]*confirm them with each school\.$/,
          not: /each school\.[^]*The guide carries/,
        },
      ],
    ],
  },
  {
    name: '"…, right? Does Birchwood?" asks the same question of another program',
    steps: [
      [
        'Alder is taught online, right? Does Birchwood?',
        { says: ['Alder Technical Institute', 'Birchwood University'] },
      ],
      ['Is Cedar Valley online? Is Alder?', { says: ['Cedar Valley Community College', 'Alder Technical Institute'] }],
    ],
  },
  {
    name: '"what\'s the difference between a certificate and an associate degree?" sets the two kinds side by side',
    steps: [
      [
        "what's the difference between a certificate and an associate degree?",
        {
          says: [
            '**A certificate** (Alder and Birchwood): 6 to 12 months',
            '**An associate degree** (Cedar Valley): 2 years',
          ],
        },
      ],
    ],
  },
  {
    name: '"do Birchwood credits count toward my CE?" asks the link to continuing education the guide gives, not transfer rules',
    steps: [
      ['do birchwood credits count toward my CE', { says: /^Yes: \*\*Birchwood/, not: 'transferring credits' }],
      ['would my old credits count toward Birchwood?', 'transferring credits'],
    ],
  },
  {
    name: '"does Alder make me have an associate degree first?" asks what it requires, not what it awards',
    steps: [
      [
        'Does Alder make me have an associate degree first?',
        { says: 'Nearly every program also asks for', not: 'awards' },
      ],
    ],
  },
  {
    name: '"what does Alder add up to?" and "what\'s the damage at Alder?" ask the price, not what Alder asks for',
    steps: [
      ['what does Alder add up to', { says: '$300', not: 'Nearly every program also asks for' }],
      ["what's the damage at Alder", '$300'],
    ],
  },
  {
    name: '"is any school accredited by it?" right after a body no program has asks about that body, not whether all are accredited',
    steps: [
      ['what does WASC stand for?', 'Western Association'],
      ['is any school accredited by it?', { says: 'None of the featured programs', not: /^Yes/ }],
    ],
  },
  {
    name: '"so Alder then?" and "ok Birchwood it is" name a program with nothing else, and get it',
    steps: [
      ['so Alder then?', { says: 'Boise', not: 'not sure I understood' }],
      ['ok Birchwood it is', { says: 'Tucson', not: 'Sorry' }],
    ],
  },
  {
    name: '"ARDMS — does the article talk about it at all?" asks about the body the question points back at, and holds none',
    steps: [
      [
        'ARDMS — does the article talk about it at all?',
        { says: 'American Registry of Diagnostic Medical Sonographers', not: 'Sorry' },
      ],
      ['could I get into Cedar Valley?', { says: 'Only if you are registered', not: /^Yes/ }],
    ],
  },
  {
    name: '"does Birchwood charge more if you\'re out of state?" asks whether its rates differ by residency',
    steps: [
      ["does Birchwood charge more if you're out of state?", { says: [/^Yes: \*\*Birchwood/, '$5,000', '$12,000'] }],
    ],
  },
  {
    name: '"how many classes is Alder?" asks the program\'s credits, not its length',
    steps: [
      ['how many classes is Alder?', { says: '20 credits', not: '9 months' }],
      ['tell me about Birchwood', 'Tucson'],
      ['how many courses would I take?', { says: "doesn't give the number of credits", not: '6 to 12 months' }],
    ],
  },
  {
    name: '"would it be a good choice for someone brand new?" right after one program asks it of that program',
    steps: [
      ['tell me about Cedar Valley', 'Columbus'],
      ['would it be a good choice for someone brand new?', { says: /^No: \*\*Cedar Valley/, not: /^Yes/ }],
    ],
  },
  {
    name: '"…for the associate degree?" names the program asked about, not its credential as the question',
    steps: [
      [
        'does Cedar Valley run evening classes 10 hours a week for the associate degree?',
        { says: "doesn't describe the weekly workload", not: /^Yes/ },
      ],
      ['how much is tuition for the associate degree at Cedar Valley?', '$8,000'],
    ],
  },
  {
    name: '"does Alder take 10 hours a week? I work full time": what the student says of themselves after a question is not the question',
    steps: [
      [
        'does Alder take 10 hours a week? I work full time',
        { says: "doesn't describe the weekly workload", not: 'expected to take' },
      ],
    ],
  },
  {
    name: '"saw ARDMS on a job posting. what is it" asks what the body is, and "does any program care whether I have it?" which programs ask for it',
    steps: [
      [
        'saw ARDMS on a job posting. what is it',
        { says: 'American Registry of Diagnostic Medical Sonographers', not: 'pay or jobs' },
      ],
      [
        'does any program on your list care whether I have it?',
        { says: /^Only Cedar Valley asks for the ARDMS to get in/, not: /^\*\*ARDMS\*\* is/ },
      ],
    ],
  },
  {
    name: '"RDMS sonographer here. can I get into Cedar Valley?": a credential the story gives the student\'s work is weighed against the bodies the program takes',
    steps: [
      [
        'RDMS sonographer here. can I get into Cedar Valley?',
        { says: ["doesn't mention **RDMS**", 'If it is held through the ARDMS'], not: /^Yes/ },
      ],
    ],
  },
  {
    name: '"halfway through my GED… before I finish the GED?": schooling still ahead is not held; "once I have my GED" supposes it',
    steps: [
      [
        "I'm halfway through my GED. Can I apply to a program before I finish the GED?",
        { says: /^Not yet, most likely/, not: /^Yes/ },
      ],
      ['ok once I have my GED which of the programs could take me?', { says: 'Cedar Valley', not: /^Not yet/ }],
    ],
  },
  {
    name: '"what paperwork should I start collecting?" asks what an application needs, not for a recommendation',
    steps: [
      [
        'what paperwork should I start collecting now for applying?',
        { says: 'What programs ask for', not: 'registered imaging technologist' },
      ],
    ],
  },
  {
    name: '"can I do Alder from Texas?" asks whether it can be studied from there; "can someone from Texas apply?" whether they get in',
    steps: [
      [
        'can I do Alder from Texas?',
        { says: "**Alder Technical Institute**'s program is online", not: 'entry requirement' },
      ],
      ['tell me about Birchwood', 'Tucson'],
      [
        'could I take it from Ohio?',
        { says: "doesn't say whether the program can be taken online", not: 'entry requirement' },
      ],
    ],
  },
  {
    name: '"I read about the ARDMS…" is a body the student knows of, not one they hold',
    steps: [
      [
        'I read about the ARDMS online last week. could I get into Cedar Valley?',
        { says: /^Only if you are registered/, not: /^Yes/ },
      ],
    ],
  },
  {
    name: '"Is Birchwood accredited, and roughly what would I pay a year…?" answers both questions',
    steps: [
      [
        'Is Birchwood accredited, and roughly what would I pay a year as a Nevada resident?',
        ['Higher Learning Commission', 'out-of-state: **$12,000** per year'],
      ],
    ],
  },
  {
    name: '"…Could I do Cedar Valley\'s?" asks whether the student gets in, so a credential the story gives is weighed',
    steps: [
      [
        "I am an RDMS sonographer in Tucson. I would love to finish a PACS certificate soon. Could I do Cedar Valley's?",
        { says: 'If it is held through the ARDMS', not: "can't tell you anything about it" },
      ],
    ],
  },
  {
    name: "\"what's my cost there as an Arizona resident?\" after a program is that program's price at the student's rate",
    steps: [
      ['tell me about Birchwood', 'Birchwood'],
      ["what's my cost there as an arizona resident", { says: ['in-state: **$5,000**'], not: "can't help" }],
    ],
  },
  {
    name: '"what else would I have to send in?" asks the admission basics, though the recognizer guesses a program fact',
    steps: [['what else would i have to send in', { says: 'What programs ask for', not: 'Boise' }]],
  },
  {
    name: '"can you do Cedar Valley online?" asks how it is taught, not whether it takes "you"',
    steps: [['can you do Cedar Valley online?', { says: 'on campus', not: 'takes only people' }]],
  },
  {
    name: '"is that accreditor the one that covers the south?" weighs the body\'s name against the region',
    steps: [
      ['who accredits Alder?', 'Northwest Commission'],
      [
        'is that accreditor the one that covers the south?',
        { says: ['Going by the names, probably not', '(**SACS**)'], not: 'Yes' },
      ],
    ],
  },
  {
    name: "a program's own credential name in a message says nothing of the student's schooling",
    steps: [
      [
        'my advisor keeps mentioning the imaging informatics associate degree. would Birchwood take me?',
        { says: 'names no entry requirement of its own', not: 'your associate degree' },
      ],
    ],
  },
  {
    name: '"I can save $500 a month. How long until I could pay for Alder?" works out the months of saving',
    steps: [
      [
        'I can save $500 a month. how long until I could pay for Alder?',
        { says: ['At $500 a month', 'about **12 months** of saving', '20 credits × $300 per credit'] },
      ],
      [
        'I can save $500 a month. how long until I could pay for Cedar Valley?',
        { says: "doesn't give enough to work out a total", not: 'months** of saving' },
      ],
    ],
  },
  {
    name: '"what does Cedar Valley cost per year?" reads its figure without a unit both ways, spread over its length',
    steps: [
      [
        'what does Cedar Valley cost per year?',
        { says: ['If $8,000 is the price of the whole program, that is about **$4,000 per year** over its 2 years'] },
      ],
    ],
  },
  {
    name: '"what would Birchwood cost me now vs after we move?" gives each rate, by when',
    steps: [
      [
        "I live in Nevada now but we're moving to Tucson. what would Birchwood cost me now vs after we move?",
        {
          says: [
            'While you live in Nevada, Birchwood would charge you its out-of-state rate; once you live in Arizona, its in-state rate',
            'in-state: **$5,000** per year',
            'out-of-state: **$12,000** per year',
          ],
        },
      ],
    ],
  },
];
