// Word lists for the date extractor: the vocabulary the rules in ./rules.ts are built from.
// Data only; ./fragments.ts turns these lists into regex fragments and ./normalize.ts reads them
// back to compute values.

/** Month names and abbreviations → month number (1–12). Keys are lower case, without a period. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month names that are also common English words: they need date context to count as a month. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march']);

/** Weekday names → ISO weekday number (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Cardinal number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
  a: 1, an: 1, couple: 2,
};

/** Ordinal words → value (days of a month, quarters, halves, centuries). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4,
};

/** Time units → the TIMEX3 duration designator and how many of them one unit is. */
export const UNITS: Readonly<Record<string, { designator: 'Y' | 'Q' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S'; factor: number }>> = {
  year: { designator: 'Y', factor: 1 },
  month: { designator: 'M', factor: 1 },
  week: { designator: 'W', factor: 1 },
  fortnight: { designator: 'W', factor: 2 },
  day: { designator: 'D', factor: 1 },
  hour: { designator: 'H', factor: 1 },
  minute: { designator: 'MIN', factor: 1 },
  second: { designator: 'S', factor: 1 },
  decade: { designator: 'Y', factor: 10 },
  century: { designator: 'Y', factor: 100 },
  // TimeML's quarter designator, as TimeBank writes it ("every quarter" P1Q, "the past two quarters" P2Q).
  quarter: { designator: 'Q', factor: 1 },
};

/** Seasons → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};


/** Parts of the day → TIMEX3 time code. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI',
};

/** Decade words → the decade's first two digits after the century ("nineties" → 9). */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Words before a bare four-digit number that make it a year ("in 1990", "since 1990"). */
export const YEAR_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'of', 'from', 'before', 'after', 'during', 'through',
  'throughout', 'to', 'between', 'early', 'late', 'mid', 'fiscal', 'year', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'end', 'start', 'beginning', 'middle', 'circa', 'c.', 'and', 'or', 'for', 'fy',
  'election', 'elections', 'census', 'calendar', 'budget', 'beyond', 'within', 'into', 'year-end',
  'ending', 'ended', 'due', 'post', 'pre', 'both', 'season', 'class', 'versus', 'vs', 'vs.',
]);

/** Words after a four-digit number that show it counts things ("2024 people"), not a year. */
export const COUNT_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'people', 'persons', 'troops', 'soldiers', 'men', 'women', 'children', 'tons', 'tonnes', 'km',
  'kilometers', 'kilometres', 'miles', 'metres', 'meters', 'feet', 'dollars', 'euros', 'pounds',
  'percent', 'per', 'points', 'votes', 'seats', 'units', 'cases', 'deaths', 'civilians', 'refugees',
]);

/** Irregular past-tense verb forms (regular ones end in -ed). Used to read the tense of a sentence. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'made', 'took', 'came', 'went', 'saw', 'gave',
  'held', 'began', 'left', 'spoke', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'led',
  'sent', 'spent', 'built', 'brought', 'thought', 'found', 'got', 'knew', 'kept', 'became', 'ran',
  'wrote', 'struck', 'shot', 'hit', 'put', 'set', 'cut', 'fought', 'flew', 'drove', 'broke', 'chose',
  'stood', 'sat', 'felt', 'heard', 'meant', 'understood', 'withdrew', 'overtook', 'undertook',
  'forbade', 'forgave', 'grew', 'threw', 'wore', 'swore', 'tore', 'hid', 'bit', 'lit', 'fled', 'sought',
  'taught', 'caught', 'dealt', 'lent', 'shook', 'slept', 'sang', 'rang', 'sank', 'drank', 'swam',
  'arose', 'awoke', 'bore', 'beat', 'bound', 'bred', 'clung', 'crept', 'dug', 'fed', 'forgot', 'froze',
  'hung', 'laid', 'lay', 'leapt', 'quit', 'rode', 'shut', 'slid', 'spun', 'split', 'spread', 'stole',
  'stuck', 'stung', 'strove', 'swept', 'swung', 'woke', 'wove', 'wept', 'wound', 'signed', 'agreed',
  'announced', 'reported', 'confirmed', 'declared', 'launched', 'stated', 'noted', 'added',
  // Forms shared with the present, read as past next to a date ("a message read Wednesday night").
  'read', 'spread', 'cast', 'broadcast', 'let', 'hurt', 'cost', 'shed', 'bet',
]);

/** Auxiliaries that put the following verb in the future. */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'gonna']);

/** Words that mark a future reference in the sentence even without an auxiliary ("next" not before "to"). */
export const FUTURE_WORDS: ReadonlySet<string> = new Set(['next', 'upcoming', 'forthcoming', 'coming', 'effective', 'payable']);

/** Words that make the verb after "to" a future one: "is scheduled to meet", "plans to visit". */
export const FUTURE_BEFORE_TO: ReadonlySet<string> = new Set([
  'scheduled', 'due', 'set', 'slated', 'poised', 'expected', 'expects', 'plans', 'plan', 'planning',
  'intends', 'intend', 'aims', 'aim', 'going', 'about', 'supposed', 'likely', 'ready', 'preparing',
  'hopes', 'hope', 'agrees', 'promises', 'pledges', 'vows', 'threatens', 'wants', 'hoping', 'seeking', 'trying',
  'aiming', 'intending', 'expecting',
]);

/**
 * Past verbs of intent: the decision is past, what follows "to" is ahead ("In July, the G7 agreed" /
 * "agreed to withdraw by March").
 */
export const PAST_INTENT_BEFORE_TO: ReadonlySet<string> = new Set([
  'agreed', 'decided', 'promised', 'pledged', 'vowed', 'threatened', 'planned', 'intended', 'hoped',
  'prepared', 'offered', 'undertook', 'committed',
  // after an auxiliary: "did not plan to remove him on Thursday", "has decided to admit them in March"
  'plan', 'intend', 'decide', 'agree', 'promise', 'pledge', 'vow', 'threaten', 'hope', 'want', 'prepare', 'offer',
]);

/** Verbs that move a time ahead: "postponed until Tuesday", "extended its deadline to Nov. 16", "gave them until May". */
export const DEFERRAL_VERBS: ReadonlySet<string> = new Set([
  'postponed', 'delayed', 'extended', 'deferred', 'adjourned', 'rescheduled', 'pushed', 'moved', 'gave', 'given',
  'granted', 'postpone', 'delay', 'extend', 'defer', 'adjourn', 'give', 'grant', 'postpones', 'delays', 'extends',
]);

/** Words that mark a past reference in the sentence. */
export const PAST_WORDS: ReadonlySet<string> = new Set(['ago', 'last', 'previous', 'earlier', 'recently']);

/** Present reporting verbs: "Police say the man was killed Monday" takes the tense of what is reported. */
export const REPORTING_PRESENT: ReadonlySet<string> = new Set([
  'say', 'says', 'tell', 'tells', 'report', 'reports', 'add', 'adds', 'note', 'notes', 'claim', 'claims',
  'insist', 'insists', 'believe', 'believes', 'think', 'thinks', 'according', 'argue', 'argues', 'recall', 'recalls',
  'show', 'shows', 'suggest', 'suggests', 'estimate', 'estimates', 'expect', 'expects',
]);

/** Modal auxiliaries: a verb group that starts with one carries no usable tense. */
export const MODALS: ReadonlySet<string> = new Set([
  'would', 'could', 'might', 'may', 'should', 'must', 'can', "'d", '’d', 'ought',
]);

/** Forms of "be"/"have" that begin a present verb group ("is expected", "has said"). */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'am', "'s", "'re", '’s', '’re', 'be', 'being',
]);

/** Forms of "have" that begin a perfect (past-reference) verb group. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', "'ve", '’ve']);

/** Holidays with a fixed or computable date. `month`/`day` fixed; `rule` for movable feasts. */
export const HOLIDAYS: Readonly<Record<string, { month: number; day?: number; rule?: 'thanksgiving' | 'election' }>> = {
  'christmas': { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'new year’s day': { month: 1, day: 1 },
  'new year’s eve': { month: 12, day: 31 },
  'independence day': { month: 7, day: 4 },
  'thanksgiving': { month: 11, rule: 'thanksgiving' },
  'thanksgiving day': { month: 11, rule: 'thanksgiving' },
  'election day': { month: 11, rule: 'election' },
  'halloween': { month: 10, day: 31 },
  'valentine’s day': { month: 2, day: 14 },
  "valentine's day": { month: 2, day: 14 },
};

/** Approximators and comparatives before a duration or date → TIMEX3 mod. */
export const QUANTITY_MODS: Readonly<Record<string, string>> = {
  'about': 'APPROX', 'around': 'APPROX', 'approximately': 'APPROX', 'roughly': 'APPROX', 'some': 'APPROX',
  'almost': 'APPROX', 'nearly': 'APPROX', 'close to': 'APPROX', 'circa': 'APPROX', 'an estimated': 'APPROX',
  'more than': 'MORE_THAN', 'over': 'MORE_THAN', 'just over': 'MORE_THAN', 'upwards of': 'MORE_THAN',
  'less than': 'LESS_THAN', 'under': 'LESS_THAN', 'just under': 'LESS_THAN', 'fewer than': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE', 'no less than': 'EQUAL_OR_MORE', 'no fewer than': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  'not more than': 'EQUAL_OR_LESS',
};

/** Words for a boundary of a period → TIMEX3 mod ("the end of 2024" → END). */
export const BOUNDARY_MODS: Readonly<Record<string, string>> = {
  end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID', turn: 'START',
  early: 'START', late: 'END', mid: 'MID', 'first half': 'START', 'second half': 'END',
};

/** Adverbs for a set: how often. */
export const SET_ADVERBS: Readonly<Record<string, string>> = {
  annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', nightly: 'P1D',
  hourly: 'PT1H', quarterly: 'P3M', biannually: 'P6M', biennially: 'P2Y', fortnightly: 'P2W',
};

/** Words for the reference point itself ("now") or vague past/future ("recently", "the future"). */
export const REF_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  'now': 'PRESENT_REF', 'right now': 'PRESENT_REF', 'just now': 'PAST_REF', 'currently': 'PRESENT_REF',
  'current': 'PRESENT_REF', 'presently': 'PRESENT_REF', 'at present': 'PRESENT_REF',
  'nowadays': 'PRESENT_REF', 'these days': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  'recently': 'PAST_REF', 'recent': 'PAST_REF', 'lately': 'PAST_REF', 'the past': 'PAST_REF',
  'more recently': 'PAST_REF', 'most recently': 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the foreseeable future': 'FUTURE_REF',
  'the distant future': 'FUTURE_REF', 'soon': 'FUTURE_REF', 'going forward': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF', 'the long term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
  'the near term': 'FUTURE_REF', 'the medium term': 'FUTURE_REF', 'the longer term': 'FUTURE_REF',
  'someday': 'FUTURE_REF', 'the years to come': 'FUTURE_REF',
};
