// Titles and roles that introduce or follow a person's name. Data, read by ./rules.ts.
// Multi-word titles are written with single spaces; matching is case-insensitive, and the longest
// title wins ("Deputy National Security Advisor" over "Advisor").

/** Words that may stand before a core title: "Deputy", "Principal Deputy", "Vice", "former". */
export const TITLE_PREFIXES = ['principal deputy', 'deputy', 'vice', 'acting', 'former', 'interim', 'assistant', 'under', 'senior', 'chief', 'first', 'outgoing', 'incoming'];

/** Core titles. "of <body or country>" may follow any of them ("Minister of Defense of Denmark"). */
export const TITLES = [
  'president', 'prime minister', 'premier', 'chancellor', 'vice president', 'vice-president',
  'minister', 'defence minister', 'defense minister', 'foreign minister', 'interior minister', 'finance minister',
  'economy minister', 'justice minister', 'health minister', 'energy minister', 'trade minister',
  'foreign secretary', 'home secretary', 'defence secretary', 'defense secretary', 'state secretary',
  'secretary of state', 'secretary of defense', 'secretary of defence', 'secretary', 'secretary general', 'secretary-general',
  'national security advisor', 'national security adviser', 'security advisor', 'security adviser', 'advisor', 'adviser',
  'press secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'nsc spokesperson', 'white house press secretary',
  'ambassador', 'envoy', 'special envoy', 'special representative', 'representative', 'senator', 'sen.', 'rep.', 'congressman', 'congresswoman',
  'governor', 'gov.', 'mayor', 'speaker', 'chairman', 'chairwoman', 'chair', 'director', 'director general', 'commissioner',
  'head', 'chief of staff', 'chief', 'leader', 'supreme leader', 'opposition leader', 'party leader',
  'general', 'gen.', 'lieutenant general', 'lt. gen.', 'major general', 'maj. gen.', 'admiral', 'adm.', 'colonel', 'col.', 'commander',
  'king', 'queen', 'prince', 'crown prince', 'princess', 'emir', 'sheikh', 'sultan', 'pope',
  'deputy', 'mp', 'judge', 'justice', 'prosecutor', 'attorney general', 'lawmaker', 'official', 'diplomat', 'journalist', 'ceo',
];

/** Honorifics: a name follows, and no role is recorded. */
export const HONORIFICS = ['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady'];

/** Verbs of saying that follow or precede a name ("Frederiksen told", "said Bødskov"). */
export const REPORTING_VERBS = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'announced', 'announces', 'stated', 'states', 'wrote', 'writes',
  'noted', 'notes', 'argued', 'argues', 'explained', 'explains', 'warned', 'warns', 'stressed', 'stresses', 'emphasized',
  'emphasised', 'insisted', 'insists', 'claimed', 'claims', 'confirmed', 'confirms', 'denied', 'denies', 'urged', 'urges',
  'called', 'calls', 'welcomed', 'welcomes', 'met', 'meets', 'spoke', 'speaks', 'reaffirmed', 'reiterated', 'declared',
  'pledged', 'promised', 'vowed', 'signed', 'visited', 'asked', 'replied', 'responded', 'tweeted', 'proposed', 'thanked',
];

/** Name particles written in lower case inside a name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'bin', 'ibn', 'ben', 'al', 'el', 'ter', 'zu'];

/**
 * Capitalized words that are never part of a person's name, even after a first name or a title:
 * calendar words, sentence openers, common capitalized nouns of political news.
 */
export const NOT_NAME_WORDS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'it', 'his', 'her', 'their', 'our', 'its',
  'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'as', 'if', 'when', 'while', 'after', 'before',
  'according', 'however', 'although', 'also', 'today', 'yesterday', 'tomorrow', 'read', 'more', 'new', 'fact', 'sheet', 'statement',
  'readout', 'office', 'ministry', 'department', 'administration', 'government', 'house', 'council', 'committee', 'agency', 'forces',
  'force', 'army', 'navy', 'party', 'union', 'nations', 'state', 'states', 'republic', 'kingdom', 'federation', 'summit', 'agreement',
  'treaty', 'declaration', 'charter', 'act', 'article', 'group', 'alliance', 'coalition', 'university', 'institute', 'center', 'centre',
  'foundation', 'bank', 'fund', 'program', 'programme', 'initiative', 'plan', 'strategy', 'policy', 'security', 'defense', 'defence',
  'foreign', 'affairs', 'national', 'international', 'global', 'joint', 'bilateral', 'trilateral', 'european', 'western', 'eastern',
  'northern', 'southern', 'west', 'east', 'north', 'south', 'cold', 'war', 'world', 'general', 'secretary', 'minister', 'president',
  'prime', 'chancellor', 'senator', 'ambassador', 'spokesperson', 'spokesman', 'advisor', 'adviser', 'press', 'chief', 'head',
  'deputy', 'vice', 'principal', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'king', 'queen', 'prince', 'pope', 'supreme', 'leader',
  'court', 'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'embassy', 'base', 'air', 'airport', 'sea', 'ocean', 'river',
  'island', 'islands', 'strait', 'gulf', 'city', 'province', 'region', 'district', 'street', 'square', 'palace', 'hall', 'hospital',
  'twitter', 'facebook', 'internet', 'covid', 'coronavirus', 'christmas', 'easter', 'ramadan', 'islamic', 'muslim', 'christian',
  'democrats', 'republicans', 'democratic', 'republican', 'communist', 'socialist', 'liberal', 'conservative', 'labour', 'labor',
  'americans', 'allies', 'ally', 'partners', 'members', 'member', 'nato', 'un', 'eu', 'g7', 'g20', 'us', 'u.s.', 'uk',
];
