// Short forms and spelling variants of given names, for the cross-document person key: "Joe
// Biden" and "Joseph R. Biden, Jr." have the key `joseph biden`. Data, read by
// ../../resolve/people.ts. Each line: the formal name, then the forms that stand for it.
// A form listed under two formal names (Sandy: Alexander and Sandra) is left out: the key must
// not merge two people on a guess.

const TABLE = `
  abraham: abe
  albert: al bert bertie
  alexander: alex alec
  alexandra: alexa
  alfred: alf alfie fred
  andrew: andy drew
  anthony: tony antony
  arnold: arnie
  barbara: barb babs
  benjamin: ben benny benji
  bernard: bernie
  catherine: cathy kate katie kath catharine katherine kathryn
  charles: charlie chuck chas
  christine: chris chrissy
  christopher: kit topher
  cynthia: cindy
  daniel: dan danny
  david: dave davy
  deborah: debbie debra deb
  donald: don donnie
  douglas: doug
  edward: ed eddie ted teddy ned
  elizabeth: liz lizzie beth betty betsy eliza libby
  eugene: gene
  francis: frank frankie
  frederick: freddie freddy fritz
  gerald: gerry jerry
  gregory: greg
  harold: hal
  henry: hank harry
  herbert: herb bert
  ignatius: iggy
  isabel: isabelle bella
  jacob: jake
  james: jim jimmy jamie
  jeffrey: jeff geoffrey geoff
  jennifer: jen jenny jenn
  john: jack johnny
  jonathan: jonny
  joseph: joe joey jos
  joshua: josh
  judith: judy
  kenneth: ken kenny
  lawrence: larry laurence
  leonard: len lenny leo
  margaret: maggie peggy meg marge
  matthew: matt
  michael: mike mick mickey mikey
  mitchell: mitch
  nathaniel: nat nate
  nicholas: nick nicky
  patricia: pat patty trish
  patrick: paddy
  peter: pete
  philip: phil phillip
  raymond: ray
  rebecca: becky
  richard: rich rick ricky dick
  robert: rob bob bobby robbie bert
  ronald: ron ronnie
  samuel: sam sammy
  stephen: steve steven stevie
  susan: sue susie
  terence: terry terrence
  theodore: theo teddy
  thomas: tom tommy
  timothy: tim timmy
  victoria: vicky tori
  walter: walt wally
  william: bill billy will willie willy liam
  zachary: zach zack
  aleksandr: alexander aleksander oleksandr aleksandar
  dmitry: dmitri dmitriy dmytro
  mikhail: mykhailo michail
  nikolai: nikolay mykola nicolae
  sergei: sergey serhiy serhii
  vladimir: volodymyr wladimir vladimyr
  yuri: yuriy yury iurie
  mohammed: mohammad mohamed muhammad mohamad mohammod muhammed
  yasser: yasir
  hussein: husayn hussain husain
  volodymyr: volodimir
`;

/** Form (lower case) → formal name (lower case). */
export const NICKNAMES: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const line of TABLE.split('\n')) {
    const m = /^\s*(?<formal>[a-z-]+):\s*(?<forms>.+)$/.exec(line);
    if (!m?.groups) continue;
    for (const form of m.groups.forms.trim().split(/\s+/)) {
      if (seen.has(form) && seen.get(form) !== m.groups.formal) ambiguous.add(form);
      seen.set(form, m.groups.formal);
    }
  }
  for (const a of ambiguous) seen.delete(a);
  // Variants of variants ("volodimir" → "volodymyr" → "vladimir") go to the end of the chain.
  for (const [form, formal] of seen) {
    let end = formal;
    for (let i = 0; i < 5 && seen.has(end) && seen.get(end) !== end; i++) end = seen.get(end)!;
    seen.set(form, end);
  }
  return seen;
})();
