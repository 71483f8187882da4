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
  // Military, religious and royal ranks, and the offices of sport and party politics.
  'lieutenant', 'lieutenant colonel', 'lieutenant-colonel', 'lieutenant general', 'lieutenant-general', 'major', 'brigadier',
  'brigadier general', 'field marshal', 'marshal', 'captain', 'commodore', 'sergeant', 'corporal', 'air marshal', 'vice admiral', 'rear admiral',
  'cardinal', 'archbishop', 'bishop', 'rabbi', 'chief rabbi', 'imam', 'ayatollah', 'grand ayatollah', 'reverend', 'rev.', 'patriarch', 'mullah',
  'emperor', 'empress', 'crown princess', 'grand duke', 'duke', 'duchess', 'shah', 'tsar', 'czar', 'king', 'queen',
  'baroness', 'baron', 'earl', 'viscount', 'countess', 'marquess', 'archduke',
  'coach', 'head coach', 'manager', 'team manager', 'skipper', 'chief executive', 'chief executive officer', 'chairperson',
  'candidate', 'presidential candidate', 'nominee', 'president-elect', 'prime minister-designate', 'secretary-general-designate',
  'undersecretary', 'under-secretary', 'under secretary', 'assistant secretary', 'permanent secretary', 'chief justice', 'dictator',
  'rebel leader', 'commander-in-chief', 'chief of staff', 'governor-general', 'lord mayor', 'deputy mayor', 'party chairman',
  'constable', 'chief constable', 'superintendent', 'chief inspector', 'inspector', 'detective', 'sheriff', 'police chief',
];

/**
 * Title words that are also common surnames ("John Major", "Billie Jean King", "Gary Player"): as
 * the last word of a capitalized run after a given name they belong to the name, not to a title.
 */
export const TITLE_SURNAMES = ['king', 'major', 'bishop', 'marshal', 'judge', 'prince', 'cardinal', 'chancellor', 'player', 'driver', 'coach', 'captain', 'sergeant', 'deputy', 'chief', 'general'];

/**
 * Nouns that name what a person does or is, written in lower case right before a name: "West
 * Indian all-rounder Phil Simmons", "his wife Hillary". Not titles (no role is recorded), but a
 * name after them is a person.
 */
export const DESCRIPTORS = [
  // sport
  'all-rounder', 'batsman', 'batter', 'bowler', 'spinner', 'off-spinner', 'leg-spinner', 'paceman', 'seamer', 'fast bowler',
  'wicketkeeper', 'wicket-keeper', 'opener', 'striker', 'forward', 'centre-forward', 'center-forward', 'midfielder', 'defender',
  'goalkeeper', 'keeper', 'winger', 'fullback', 'full-back', 'sweeper', 'playmaker', 'centre-back', 'center-back', 'stopper',
  'scrum-half', 'fly-half', 'flanker', 'hooker', 'quarterback', 'linebacker', 'wide receiver',
  'pitcher', 'catcher', 'outfielder', 'infielder', 'shortstop', 'slugger', 'hitter', 'reliever', 'left-hander', 'right-hander',
  'sprinter', 'hurdler', 'jumper', 'high jumper', 'long jumper', 'pole vaulter', 'thrower', 'runner', 'middle-distance runner',
  'marathon runner', 'marathoner', 'swimmer', 'diver', 'cyclist', 'rider', 'driver', 'jockey', 'boxer', 'fighter', 'wrestler',
  'golfer', 'tennis player', 'player', 'skater', 'skier', 'rower', 'sailor', 'gymnast', 'weightlifter', 'lifter', 'athlete',
  'teammate', 'team-mate', 'compatriot', 'countryman', 'countrywoman', 'champion', 'world champion', 'olympic champion',
  'defending champion', 'titleholder', 'title-holder', 'runner-up', 'challenger', 'finalist', 'semifinalist', 'semi-finalist',
  'quarterfinalist', 'quarter-finalist', 'medallist', 'medalist', 'wildcard', 'qualifier', 'seed', 'seeded', 'newcomer', 'rookie', 'veteran', 'youngster',
  'international', 'star', 'superstar', 'legend', 'hopeful', 'debutant', 'substitute', 'replacement', 'trainer', 'referee', 'umpire',
  // public life and occupations
  'opposition leader', 'dissident', 'activist', 'campaigner', 'politician', 'legislator', 'senator', 'negotiator', 'mediator',
  'businessman', 'businesswoman', 'tycoon', 'magnate', 'billionaire', 'millionaire', 'banker', 'economist', 'analyst',
  'strategist', 'trader', 'dealer', 'broker', 'investor', 'executive', 'entrepreneur', 'lawyer', 'attorney', 'solicitor',
  'barrister', 'defence lawyer', 'defense lawyer', 'writer', 'author', 'novelist', 'poet', 'playwright', 'screenwriter',
  'filmmaker', 'film-maker', 'actor', 'actress', 'singer', 'musician', 'composer', 'conductor', 'pianist', 'guitarist', 'artist',
  'painter', 'sculptor', 'photographer', 'designer', 'architect', 'reporter', 'correspondent', 'editor', 'columnist',
  'commentator', 'historian', 'scientist', 'physicist', 'chemist', 'biologist', 'professor', 'researcher', 'scholar',
  'doctor', 'surgeon', 'physician', 'psychiatrist', 'priest', 'monk', 'nun', 'cleric', 'preacher', 'pastor', 'evangelist',
  'founder', 'co-founder', 'owner', 'aide', 'adviser', 'advisor', 'deputy', 'assistant', 'secretary', 'colleague', 'successor',
  'predecessor', 'rival', 'opponent', 'critic', 'ally', 'loyalist', 'hardliner', 'moderate', 'reformer', 'nationalist',
  'suspect', 'defendant', 'accused', 'victim', 'hostage', 'prisoner', 'detainee', 'refugee', 'survivor', 'witness', 'fugitive',
  'gunman', 'militant', 'rebel', 'warlord', 'spy', 'agent', 'pilot', 'astronaut', 'cosmonaut', 'explorer', 'soldier', 'officer',
  'policeman', 'policewoman', 'detective', 'inspector', 'farmer', 'worker', 'student', 'teacher', 'nurse', 'mother', 'father',
  // kin
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'widow', 'widower', 'nephew', 'niece', 'cousin', 'uncle', 'aunt',
  'grandson', 'granddaughter', 'grandfather', 'grandmother', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend',
  'son-in-law', 'daughter-in-law', 'brother-in-law', 'sister-in-law', 'stepson', 'stepdaughter', 'partner',
];

/** Kin and personal nouns after a possessive: "Yeltsin's wife", "Smith's lawyer". */
export const POSSESSED_PERSONAL = [
  'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'children', 'father', 'mother', 'parents', 'brother', 'sister',
  'widow', 'family', 'fiancee', 'fiancée', 'girlfriend', 'boyfriend', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'bodyguard',
  'bodyguards', 'biographer', 'memoirs', 'birthday', 'funeral', 'death', 'assassination', 'assassins', 'killers', 'murder',
  'resignation', 'career', 'health', 'illness', 'heart', 'condition', 'hospitalisation', 'hospitalization', 'retirement',
  'grandfather', 'grandmother', 'nephew', 'niece', 'uncle', 'aunt', 'cousin', 'stepson', 'stepdaughter',
];

/**
 * Lower-case nouns right before a capitalized run that make it the name of a thing, not of a
 * person: "the aircraft carrier Ronald Reagan", "Hurricane Bertha" (capitalized: a title-like use),
 * "the film Michael Collins".
 */
export const THING_BEFORE = [
  'carrier', 'aircraft carrier', 'ship', 'warship', 'vessel', 'frigate', 'destroyer', 'submarine', 'cruiser', 'tanker', 'liner',
  'airport', 'stadium', 'hotel', 'hurricane', 'typhoon', 'storm', 'tropical storm', 'cyclone', 'film', 'movie', 'documentary',
  'novel', 'album', 'song', 'opera', 'musical', 'newspaper', 'magazine', 'horse', 'colt', 'filly', 'mare', 'gelding', 'yacht',
  'operation', 'prize', 'award', 'trophy',
];

/** Lower-case nouns right after a name that make it the name of a place or thing: "John Lennon airport". */
export const THING_AFTER = [
  'airport', 'stadium', 'arena', 'hotel', 'street', 'avenue', 'road', 'bridge', 'square', 'park', 'station', 'hospital',
  'university', 'college', 'school', 'prize', 'award', 'trophy', 'cup', 'memorial', 'foundation', 'institute', 'centre', 'center',
  'museum', 'library', 'building', 'tower', 'dam', 'canal', 'highway', 'motorway', 'boulevard', 'doctrine', 'plan',
];

/**
 * Capitalized words that end the name of a place or organization: a name right before one is part
 * of that name ("Victoria Street", "Harris County", "Biden Administration"), not a person.
 */
export const ORG_PLACE_HEADS = [
  'road', 'street', 'st', 'avenue', 'ave', 'drive', 'boulevard', 'square', 'place', 'park', 'gardens', 'bridge',
  'stadium', 'arena', 'ground', 'oval', 'centre', 'center', 'hotel', 'tower', 'towers', 'building',
  'palace', 'cathedral', 'church', 'chapel', 'mosque', 'abbey', 'airport', 'station', 'port', 'harbour',
  'harbor', 'beach', 'island', 'islands', 'lake', 'river', 'mountain', 'mountains', 'mount', 'hills', 'valley',
  'forest', 'desert', 'canal', 'county', 'city', 'town', 'village', 'district', 'province', 'state', 'region', 'airbase',
  'administration', 'government', 'ministry', 'department', 'office', 'agency', 'commission', 'committee', 'council',
  'foundation', 'institute', 'institution', 'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'library',
  'museum', 'gallery', 'theatre', 'theater', 'prize', 'award', 'awards', 'trophy', 'cup', 'medal', 'memorial', 'classic',
  'open', 'championship', 'championships', 'tournament', 'games', 'stakes', 'handicap', 'derby', 'invitational',
  'club', 'united', 'city', 'rovers', 'wanderers', 'athletic', 'athletico', 'albion', 'rangers', 'hotspur', 'bulls', 'lions',
  'tigers', 'bears', 'eagles', 'sharks', 'saints', 'giants', 'rams', 'jets', 'kings', 'warriors', 'knights', 'raiders',
  'ltd', 'limited', 'inc', 'corp', 'corporation', 'co', 'company', 'companies', 'group', 'holdings', 'industries', 'bank',
  'securities', 'capital', 'investments', 'research', 'consulting', 'consultants', 'advisers', 'advisors', 'insurance', 'energy',
  'leisure', 'entertainment', 'media', 'foods', 'brands', 'resources', 'logistics', 'pharmaceuticals', 'telecom', 'electronics',
  'petroleum', 'oil', 'mining', 'steel', 'chemicals', 'properties', 'estates', 'hotels', 'stores', 'retail', 'election', 'elections',
  'partners', 'associates', 'airlines', 'airways', 'motors', 'systems', 'services', 'technologies', 'international', 'plc', 'ag',
  'sa', 'nv', 'gmbh', 'radio', 'television', 'tv', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'daily',
  'standard', 'telegraph', 'guardian', 'observer', 'chronicle', 'press', 'review', 'magazine', 'channel', 'network',
  'party', 'movement', 'front', 'alliance', 'union', 'league', 'association', 'federation', 'society', 'brigade', 'brigades',
  'army', 'forces', 'doctrine', 'plan', 'act', 'report', 'commission', 'trust', 'fund', 'campaign', 'program',
  'programme', 'project', 'initiative',
];

/** Verbs that mostly take a human subject: "Ozbilgin retired", "Okonkwo admitted". */
export const HUMAN_VERBS = [
  'admitted', 'admits', 'apologised', 'apologized', 'believes', 'believed', 'died', 'dies', 'felt', 'feels', 'hopes', 'hoped',
  'insisted', 'joked', 'laughed', 'married', 'pleaded', 'recalled', 'recalls', 'resigned', 'resigns', 'retired', 'retires',
  'smiled', 'testified', 'thinks', 'thought', 'wept', 'was born', 'complained', 'conceded', 'concedes', 'acknowledged',
  'predicted', 'shrugged', 'lamented', 'remarked', 'commented', 'quipped', 'underwent', 'was elected', 'was appointed',
  'was sworn', 'was arrested', 'was killed', 'was injured', 'was sentenced', 'was released', 'was replaced', 'was named',
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
  'island', 'islands', 'strait', 'gulf', 'city', 'province', 'region', 'district', 'street', 'square', 'palace', 'hospital',
  'twitter', 'facebook', 'internet', 'covid', 'coronavirus', 'christmas', 'easter', 'ramadan', 'islamic', 'muslim',
  'democrats', 'republicans', 'democratic', 'republican', 'communist', 'socialist', 'liberal', 'conservative', 'labour', 'labor',
  'democrat', 'tory', 'tories', 'nationalist', 'nationalists', 'unionist', 'unionists', 'communists', 'socialists', 'liberals',
  'americans', 'allies', 'ally', 'partners', 'members', 'member', 'nato', 'un', 'eu', 'g7', 'g20', 'us', 'u.s.', 'uk',
  // complements of government titles ("Director of National Intelligence Avril Haines")
  'intelligence', 'staff', 'homeland', 'treasury', 'commerce', 'energy', 'justice', 'interior', 'finance', 'health', 'education',
  'agriculture', 'transportation', 'transport', 'veterans', 'housing', 'trade', 'economy', 'environment', 'culture', 'industry',
  'development', 'cooperation', 'information', 'communications', 'emergency', 'planning', 'budget', 'management', 'police',
  // religions and abbreviated titles
  'catholic', 'catholics', 'orthodox', 'protestant', 'jewish', 'sunni', 'shia', 'shiite', 'buddhist', 'hindu',
  'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'adm', 'capt', 'prof', 'st', 'mt', 'ft',
  // media and sport words that open or close capitalized runs
  'premier', 'division', 'grand', 'prix', 'olympic', 'olympics', 'world', 'cup', 'open', 'masters', 'tour', 'series', 'league',
];
