"""Build eval/dev27/figures.jsonl from the hand-written texts below.

A twenty-seventh tuning set for the figure extractor: "numbers in awkward forms". News items
(wire copy, live-blog lines, headlines with a one-sentence summary, NGO and UN releases, regional
outlets) in which the counted figure is written in ways a simple extractor trips on: number words,
compound ("twenty-three", "a hundred and fifty"), "a dozen", "two dozen", "a couple of hundred";
"3,000-strong", "1.2m", "3.4mn", "12k"; numbers in parentheses or after a colon ("Killed: 14.");
lists and breakdowns; "of whom", "including", "among them"; fractions of a counted group (only
the count is a figure); ranges; "nearly", "just over", "well over", "no fewer than", "upwards
of", "in excess of"; implicit nouns ("another 300"); and numbers next to years, dates, ages,
times, durations, percentages, money, measurements, ordinals, scores and names ("Route 66",
"Flight 370", "G20", "Resolution 2334", "Camp 4"), which are negatives. About twenty texts have
numbers but no figure.

The span parser, the unit helper and the validator are shared with the other new figure sets, in
eval/figset/ (grown from eval/dev24/build.py); this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 27) with ids
"fb0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev27/build.py            # write figures.jsonl and validate it
    python eval/dev27/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev27", Path(__file__).resolve().parent, "fb", 27)

# ====================================================================== texts

# ====================================================================== texts
# ---------------------------------------------------------------- number words, compounds, dozens

F(
    "Mali: convoy ambushed near Boni",
    "[[Twenty-three soldiers|killed;a=the army]] were killed and [[eleven|injured;a=the army]] wounded when a supply convoy was ambushed between Boni and Hombori, the army said on Tuesday. "
    "It said [[a dozen assailants|killed;a=the army]] were 'neutralised' in the return fire.",
)

F(
    "Burkina Faso: village chief among dead in Seytenga raid",
    "Gunmen on motorbikes killed [[one hundred and twenty villagers|killed;a=a local official]] in Seytenga overnight, among them the village chief, a local official told AFP. "
    "[[Two dozen|missing;a=a local official]] were still unaccounted for on Monday morning, he said.",
)

F(
    "Nigeria: bandits abduct worshippers in Kaduna",
    "Armed men stormed a church during the evening service in Kajuru and abducted [[a hundred and fifty worshippers|kidnapped;a=residents]], residents said. "
    "Police put the number at [[about eighty|kidnapped;a=Police]] and said [[three|killed;a=Police]] were shot dead as they tried to flee.",
)

F(
    "Haiti: a couple of hundred flee Solino after night of gunfire",
    "[[A couple of hundred residents|displaced;v=200;q=approx;a=a civil protection officer]] fled Solino on foot after gangs opened fire on houses overnight, a civil protection officer said, and [[nine|killed;a=a civil protection officer]] were found dead in the streets at dawn.",
)

F(
    "Ukraine: Kharkiv strike, live updates",
    "{{07:42}} Regional governor says [[two people|killed;a=Regional governor]] killed and [[fourteen|injured;a=Regional governor]] injured in a missile strike on the Kyivskyi district. "
    "{{08:15}} Emergency service: [[eleven|other;a=Emergency service]] pulled alive from the rubble so far, [[six of them children|other;n=children;a=Emergency service]]. "
    "{{09:03}} Toll rises to [[three|killed]].",
)

F(
    "Kherson: daily casualty summary",
    "Summary of Russian shelling of Kherson region over the past day, regional administration. Killed: [[4|killed]]. Injured: [[17|injured]], among them [[three children|injured]], the youngest {{12 years old}}. "
    "Houses damaged: [[29|housing;u=structure]].",
)

F(
    "Somalia: al-Shabaab fighters killed in Middle Shabelle, army says",
    "Somali troops backed by local militias killed [[more than seventy al-Shabaab fighters|killed;a=the information ministry]] near Adan Yabaal, the information ministry said, and seized [[two dozen of the group's technicals|other;n=technicals;a=the information ministry]]. "
    "[[Four soldiers|killed;a=the information ministry]] died, it said.",
)

F(
    "DRC: Ituri camp attack",
    "CODECO militiamen attacked the Plaine Savo displacement site with machetes and guns, killing [[sixty people|killed;a=aid workers]], aid workers said. "
    "[[Another forty or so|injured;q=approx;n=-]] were taken to hospital in Bule.",
)

F(
    "Sudan: El Geneina rights report",
    "Human Rights Watch said RSF fighters and allied Arab militias killed [[several thousand people|killed;a=Human Rights Watch]] in El Geneina in {{2023}}, and that [[hundreds of thousands|displaced;a=Human Rights Watch]] fled to Chad.",
)

F(
    "Yemen: Taiz sniper victims",
    "A Taiz rights group recorded [[eighty-seven civilians|killed;a=A Taiz rights group]] shot by snipers in the city over {{two years}}, [[thirty-one of them|killed;n=-;a=A Taiz rights group]] children.",
)

F(
    "Pakistan: Quetta station bombing",
    "[[Twenty-six people|killed;a=police]], [[fourteen of them soldiers|killed;n=soldiers;a=police]], were killed when a suicide bomber blew himself up at Quetta railway station, police said. "
    "[[More than sixty|injured;a=hospital officials]] were admitted to the Civil Hospital, hospital officials said.",
)

F(
    "Myanmar: airstrike on Sagaing school",
    "A junta airstrike on a village school in Sagaing killed [[eleven pupils|killed;a=the National Unity Government]] and [[two teachers|killed;a=the National Unity Government]], the National Unity Government said. "
    "The children were aged {{seven}} to {{fifteen}}.",
)

F(
    "Colombia: ELN releases soldiers",
    "The ELN freed [[a dozen soldiers|kidnapped;a=the ombudsman's office]] it had held in Arauca since {{March}}, handing them to a humanitarian commission, the ombudsman's office said. "
    "[[Two more|kidnapped;n=-]] remain in the group's hands.",
)

F(
    "Mexico: cartel gunmen kill police in Michoacán",
    "Gunmen ambushed a police patrol on the road to El Aguaje, killing [[thirteen officers|killed;a=state authorities]], state authorities said. "
    "Police arrested [[four suspects|arrested]] the next day.",
)

F(
    "Syria: sweep in coastal villages",
    "Security forces detained [[almost two hundred men|arrested;a=the Syrian Observatory for Human Rights]] in villages outside Jableh after an ambush that killed [[sixteen members|killed;a=the Syrian Observatory for Human Rights]] of the new security services, the Syrian Observatory for Human Rights said.",
)

# ---------------------------------------------------------------- abbreviated and strong-forms

F(
    "Kenya-led force in Haiti grows",
    "[[A further 200 Kenyan police|combatants;a=the mission]] landed in Port-au-Prince on Saturday, bringing the multinational mission to [[about 600|combatants;a=the mission]], the mission said. "
    "It is meant to grow into a [[2,500-strong force|combatants;p]] by {{October}}.",
)
F(
    "Sahel: junta deploys 500-strong militia to Djibo road",
    "Burkina Faso's army sent [[a 500-strong militia|combatants;n=militia;a=security sources]] of volunteer fighters to escort convoys on the Djibo road, security sources said. "
    "The convoys carry food for [[some 300,000 people|civilians;a=security sources]] cut off in the town, they said.",
)

F(
    "Sudan: 1.2m flee Gezira state",
    "[[Almost 1.2m people|displaced;a=the International Organization for Migration]] have fled Gezira state since the RSF swept into Wad Madani, the International Organization for Migration said, [[about 340,000|displaced;a=the International Organization for Migration]] of them to Sennar and Gedaref.",
)

F(
    "Afghanistan returns: 3.4mn back from Iran and Pakistan",
    "[[More than 3.4mn Afghans|returned;a=the UN refugee agency]] have returned or been forced back from Iran and Pakistan since {{September 2023}}, the UN refugee agency said, and it expects [[a further 1.1mn|returned;p;a=the UN refugee agency]] to cross before the end of the year.",
)

F(
    "Lebanon: 12k shelter in Sidon schools",
    "[[Some 12k displaced people|displaced;a=the city's crisis cell]] are now staying in [[47 public schools|capacity;a=the city's crisis cell]] in Sidon, the city's crisis cell said on Thursday.",
)

F(
    "Congo: 2.5 million uprooted in North Kivu",
    "[[Nearly 2.5 million people|displaced;a=OCHA]] are displaced in North Kivu alone, OCHA said, [[over 600,000|displaced;a=OCHA]] of whom live in camps around Goma.",
)

F(
    "Ukraine: 1.5-2 million could flee new offensive, UN warns",
    "UNHCR said [[1.5-2 million people|displaced;p;a=UNHCR]] could be forced from their homes in eastern Ukraine if the front moves west this winter.",
)

F(
    "Ethiopia: Amhara militia surrender",
    "[[About 3,000 Fano militiamen|other;a=the regional government]] have handed in their weapons under an amnesty since {{January}}, the regional government said, while [[an estimated 10,000-strong force|combatants;n=force;a=the regional government]] remains in the hills around Gondar.",
)

F(
    "Mozambique: 1,000-strong Rwandan contingent arrives",
    "[[A 1,000-strong Rwandan contingent|combatants;n=contingent;a=Rwanda's defence force]] arrived in Cabo Delgado on Friday to relieve troops in Mocímboa da Praia, Rwanda's defence force said. "
    "Insurgent raids have displaced [[upwards of 100,000 people|displaced;a=IOM]] in the province this year, according to IOM.",
)

# ---------------------------------------------------------------- parentheses, colons, dashes

F(
    "Nigeria: Benue attack leaves dozens dead",
    "Herders raided Yelwata overnight, killing [[at least forty-two residents|killed;a=Amnesty International]] (Amnesty International's count) and burning [[dozens of homes|housing;a=Amnesty International]], according to Amnesty International.",
)

F(
    "Gaza aid trucks tally",
    "Trucks that entered Gaza on Sunday: [[126|aid;u=other]] (down from [[212|aid;u=other]] the day before). "
    "UNRWA said [[only 38|aid;u=other;a=UNRWA]] of them carried food.",
)

F(
    "Sudan: hospital struck in El Obeid",
    "Drone strike on El Obeid teaching hospital — dead: [[9|killed;a=the Sudan Doctors Network]]; wounded: [[21|injured;a=the Sudan Doctors Network]] ([[8|injured;a=the Sudan Doctors Network]] of them in critical condition), according to the Sudan Doctors Network.",
)

F(
    "Somalia: Baidoa arrivals (weekly update)",
    "New arrivals in Baidoa this week: [[4,310 people|displaced;a=the camp coordination group]] ([[718 households|displaced;a=the camp coordination group]]), most of them from Dinsoor and Qansax Dheere, the camp coordination group said.",
)

F(
    "Ecuador: prison riot",
    "A riot at the Litoral penitentiary in Guayaquil left [[fifteen inmates|killed;a=the prison service]] dead (all of them in wing {{7}}) and [[six guards|injured;a=the prison service]] hurt, the prison service said. "
    "[[Ninety-odd prisoners|other;q=approx;a=the prison service]] were moved to other jails, it said.",
)

F(
    "DRC: Goma hospitals overwhelmed",
    "Goma, {{Thursday}}: [[more than 2,000 wounded|injured;n=wounded;a=MSF]] treated in the city's hospitals since {{26 January}}, MSF says. "
    "The Red Cross has recovered [[roughly 700 bodies|killed]].",
)

# ---------------------------------------------------------------- lists and breakdowns

F(
    "Burkina Faso: Djibo attack",
    "JNIM fighters attacked army positions in Djibo at dawn, killing [[twelve soldiers|killed;a=a security source]], [[four police officers|killed;a=a security source]] and [[two civilians|killed;a=a security source]], a security source said. "
    "The group claimed to have killed [[more than a hundred|killed;a=The group;alt=JNIM]].",
)

F(
    "Kashmir: encounter in Kupwara",
    "The army said its troops killed [[five militants|killed;a=The army]] in a gunfight in Kupwara's Machil sector and recovered [[four AK rifles|other;n=rifles;a=The army]], [[ten grenades|other;a=The army]] and [[two pistols|other;a=The army]]. "
    "[[Two soldiers|injured;a=The army]] were hurt, it said.",
)

F(
    "Gaza: strike on Nuseirat school",
    "An Israeli strike on a UNRWA school housing displaced families in Nuseirat killed [[thirty-three people|killed;a=civil defence]], including [[twelve women|killed;a=civil defence]] and [[nine children|killed;a=civil defence]], civil defence said. "
    "The school was sheltering [[around 6,000 people|displaced;a=UNRWA]], UNRWA said.",
)

F(
    "Nigeria: Zamfara freed captives",
    "Troops rescued [[sixty-two captives|kidnapped;a=an army spokesman]] from a bandit camp in Tsafe — [[thirty-four women|kidnapped;a=an army spokesman]], [[nineteen children|kidnapped;a=an army spokesman]] and [[nine men|kidnapped;a=an army spokesman]] — an army spokesman said.",
)

F(
    "Haiti: Pont-Sondé massacre toll",
    "The UN said [[115 people|killed;a=The UN]] were killed in the Gran Grif attack on Pont-Sondé — [[98 men|killed;a=The UN]], [[ten women|killed;a=The UN]] and [[seven children|killed;a=The UN]] — and that [[more than 6,000 residents|displaced;a=The UN]] fled.",
)

F(
    "Yemen: Houthi detentions of UN staff",
    "The UN said the Houthis were holding [[twenty-three of its staff|arrested;n=staff;a=The UN]], plus [[two|arrested;a=The UN]] from embassies, after a new wave of arrests in Sanaa.",
)

F(
    "Ukraine: prisoner swap",
    "Ukraine and Russia exchanged [[390 prisoners|other;a=President Volodymyr Zelensky]] each, [[270 soldiers|other;a=President Volodymyr Zelensky]] and [[120 civilians|other;a=President Volodymyr Zelensky]] on each side, President Volodymyr Zelensky said.",
)

F(
    "Manipur: relief camp update",
    "The Manipur government said [[59,147 people|displaced;a=The Manipur government]] were in [[349 relief camps|capacity;a=The Manipur government]], while [[4,786 houses|housing;a=The Manipur government]] had been burnt and [[386 religious structures|housing;n=structures;a=The Manipur government]] damaged since {{May 3}}.",
)

# ---------------------------------------------------------------- of whom, including, among them

F(
    "Libya: migrants intercepted off Zuwara",
    "The Libyan coast guard intercepted [[a hundred and twelve migrants|other;a=the IOM]] off Zuwara on Saturday, of whom [[nineteen|other;a=the IOM]] were unaccompanied children, the IOM said. "
    "[[Five bodies|killed;a=the IOM]] were recovered from the sea, it added.",
)

F(
    "Belarus: pardon leaves more than a thousand behind bars",
    "Viasna said [[1,150 political prisoners|arrested;a=Viasna]] remained behind bars after the pardon of [[thirty-seven|arrested;a=Viasna]], among them [[two journalists|arrested;a=Viasna]] and [[a dozen|arrested;a=Viasna]] people with serious illnesses.",
)

F(
    "Iran: protest detentions",
    "Rights groups said [[some 19,000 people|arrested;a=Rights groups]] were detained during the protests, among them [[at least 700 students|arrested;a=Rights groups]].",
)

F(
    "Central Sahel schools shut",
    "The Education Cluster said [[more than 8,700 schools|other;a=The Education Cluster]] were closed in Burkina Faso, Mali and Niger because of insecurity, including [[upwards of 5,300|other;u=structure;a=The Education Cluster]] in Burkina Faso alone.",
)

F(
    "Syria: a week of killing in Sweida",
    "The Syrian Observatory said [[in excess of 1,000 people|killed;a=The Syrian Observatory]] had been killed in a week of fighting in Sweida, of whom [[some 500|killed;a=The Syrian Observatory]] were Druze fighters and [[around 300|killed;a=The Syrian Observatory]] members of government forces.",
)

F(
    "Bangladesh: Rohingya camp fire",
    "A fire in {{Camp 5}} at Kutupalong destroyed [[nearly 1,000 shelters|housing;a=the refugee relief commissioner]] and left [[about 7,000 Rohingya|displaced;a=the refugee relief commissioner]] homeless, the refugee relief commissioner said. "
    "[[Two children|killed]] died.",
)

F(
    "Afghanistan: Kabul school blast",
    "A bomb at a girls' school in Dasht-e-Barchi killed [[fifty-three people|killed;a=the UN mission]], [[forty-six of them|killed;n=-;a=the UN mission]] girls and young women, the UN mission said.",
)
# ---------------------------------------------------------------- ranges and qualifiers

F(
    "Chad: Sudanese refugees arrive at Adré",
    "[[Between 1,500 and 2,000 refugees|displaced;a=MSF]] crossed into Chad at Adré every day last week, MSF said, and [[no fewer than 600,000|displaced;a=MSF]] are now in camps in the Ouaddaï region.",
)

F(
    "Niger: Tillabéri attack",
    "[[Forty to fifty gunmen|combatants;a=the defence ministry]] on motorcycles attacked the village of Fambita during Friday prayers, killing [[forty-four worshippers|killed;a=the defence ministry]], the defence ministry said.",
)

F(
    "Honduras: gang truce collapses in San Pedro Sula",
    "Police said [[15-20 gang members|combatants;a=Police]] opened fire on a bus terminal in San Pedro Sula, killing [[seven passengers|killed;a=Police]]. "
    "[[Just over thirty|arrested;a=police]] were arrested in raids the next morning, police said.",
)

F(
    "Cameroon: separatist attack in Bamenda",
    "Separatist fighters burned [[well over 100 homes|housing;a=residents]] in the Mankon area of Bamenda, residents said, forcing [[several hundred families|displaced;a=residents]] into the bush.",
)

F(
    "Myanmar: Rakhine fighting drives thousands toward border",
    "[[Upwards of 18,000 Rohingya|displaced;a=a UN official]] have massed near the Naf river in {{the past two weeks}}, a UN official said, and [[between two and three hundred|killed;q=range;v=200;lo=200;hi=300;a=a UN official]] are believed to have been killed in a drone attack on people waiting to cross.",
)

F(
    "Iraq: camps closed in Nineveh",
    "Iraq has shut its camps in federal Iraq, and the ministry of migration said [[some 4,000 families|returned;a=the ministry of migration]] had gone back to Sinjar from Kurdistan camps since {{March}}; [[another 1,200|returned;p;a=the ministry of migration]] are to leave by {{the end of the month}}.",
)

F(
    "Venezuela: post-election arrests",
    "Attorney General Tarek William Saab said [[in excess of 2,200 people|arrested;a=Attorney General Tarek William Saab;alt=Tarek William Saab]] had been arrested after the election protests, of whom [[about 120|arrested;a=Attorney General Tarek William Saab;alt=Tarek William Saab]] were teenagers.",
)

F(
    "Kenya: Finance Bill protests",
    "The Kenya National Commission on Human Rights said [[sixty people|killed;a=The Kenya National Commission on Human Rights]] had been killed during the protests, that [[well over six hundred|arrested;a=The Kenya National Commission on Human Rights]] were arrested, and that [[sixty-six|missing;a=The Kenya National Commission on Human Rights]] were still missing.",
)

F(
    "Georgia: Tbilisi protest detentions",
    "The interior ministry said [[no fewer than 400 protesters|arrested;a=The interior ministry]] had been detained over {{ten nights}} of rallies, and that [[upwards of 150 police officers|injured;a=The interior ministry]] were hurt.",
)

F(
    "South Sudan: Pibor youths hit Bor cattle camps",
    "Armed youths from Pibor raided cattle camps near Bor, killing [[roughly thirty herders|killed;a=the county commissioner]] and driving off [[an estimated 8,000 head of cattle|other;n=head of cattle;u=other;a=the county commissioner]], the county commissioner said.",
)

F(
    "Bangladesh: quota protests",
    "[[Nearly two hundred people|killed;a=a tally by local newspapers;alt=local newspapers]] died in {{a week}} of unrest, according to a tally by local newspapers, and [[some 10,000|arrested;a=police]] were detained, police said.",
)

# ---------------------------------------------------------------- implicit nouns

F(
    "Sudan: Zamzam camp emptied",
    "[[About 400,000 people|displaced;a=IOM]] fled Zamzam camp after the RSF assault, IOM said; most of them went to Tawila, and [[another 150,000|displaced;a=IOM]] reached El Fasher.",
)

F(
    "Lebanon: border villages",
    "Israeli strikes destroyed [[around 40 houses|housing;a=the mayor]] in Aita al-Shaab overnight, the mayor said, and damaged [[a further 70|housing;u=structure;a=the mayor]].",
)

F(
    "Myanmar: Thai border crossing",
    "[[Some 3,000|displaced;a=Thai officials]] crossed the Moei river into Mae Sot on Saturday, Thai officials said, and [[another 300|displaced;a=Thai officials]] were waiting on the Myanmar bank.",
)

F(
    "Gaza: evacuation of the sick",
    "The WHO said [[fifty-four patients|displaced;a=The WHO]] were evacuated from Gaza through Kerem Shalom on Wednesday, with [[more than 12,000|civilians;a=The WHO]] still waiting for medical evacuation.",
)

F(
    "Nigeria: Katsina abductions",
    "Gunmen seized [[twenty-seven pupils|kidnapped;a=the state government]] from a school in Kankara, the state government said. "
    "[[Fifteen|kidnapped]] escaped and made their way home; [[the remaining twelve|kidnapped]] are still held.",
)

# ---------------------------------------------------------------- fractions and shares

F(
    "Yemen: detainees in Marib",
    "A rights group said [[about 1,400 detainees|arrested;a=A rights group]] were held in Marib's central prison, {{a third}} of them without charge and {{nearly half}} for more than {{two years}}.",
)

F(
    "Gaza: north empties",
    "OCHA said [[nearly 100,000 people|displaced;a=OCHA]] had fled Beit Lahia and Jabalia in {{ten days}}, and that {{two-thirds}} of those who remained were women and children.",
)

F(
    "Burkina Faso: Djibo hospital",
    "Of the [[112 wounded|injured;n=wounded;a=MSF]] brought to Djibo hospital after the attack, {{one in five}} was a child, MSF said.",
)

F(
    "Ukraine: Pokrovsk population",
    "Local officials said [[about 7,000 residents|civilians;a=Local officials]] were still in Pokrovsk, {{a fifth}} of its pre-war population, among them [[at least 16 children|civilians;a=Local officials]].",
)

F(
    "DRC: Kasai returnees",
    "[[Some 42,000 people|returned;a=the UN]] have returned to Kamonia territory, the UN said, but {{three-quarters}} of their homes had been burned.",
)

# ---------------------------------------------------------------- figures next to dates, ages, money, measures

F(
    "Pakistan: floods in Khyber Pakhtunkhwa",
    "Flash floods on {{15 August}} killed [[more than 300 people|killed;a=the provincial disaster authority]] in Buner, the provincial disaster authority said, after {{150 mm}} of rain fell in {{an hour}}. "
    "[[Around 1,500 houses|housing;a=the authority;alt=the provincial disaster authority]] were damaged, the authority said.",
)

F(
    "Turkey: quake survivors in tents",
    "{{Two years}} after the {{7.8-magnitude}} earthquake of {{6 February 2023}}, [[almost 700,000 people|displaced;a=AFAD]] still live in container cities, AFAD said.",
)

F(
    "Kenya: Shakahola cult deaths",
    "Investigators have exhumed [[429 bodies|killed;a=the interior ministry]] from the Shakahola forest, the interior ministry said, most of them children, and [[613 people|missing;a=the interior ministry]] remain missing.",
)

F(
    "India: Odisha train crash",
    "In {{2023}}, [[296 people|killed;a=railway officials]] died when the Coromandel Express hit a goods train near Balasore, railway officials said; the train was travelling at {{128 km/h}}.",
)

F(
    "Philippines: typhoon evacuations",
    "Authorities evacuated [[1.2m people|displaced;a=the disaster agency]] ahead of Typhoon Man-yi, which made landfall at {{2 p.m.}} with winds of {{195 km/h}}, the disaster agency said.",
)

F(
    "Morocco: Al Haouz earthquake rebuilding",
    "The government has paid {{2,500 dirhams}} a month to [[some 63,800 households|aid;a=The government]], it said, and rebuilding has begun on [[over 50,000 homes|housing;a=The government]] damaged in the {{6.8-magnitude}} quake.",
)

F(
    "Mexico: migrants found in truck",
    "Police found [[129 migrants|other;a=the National Migration Institute]] inside a lorry near Coatzacoalcos, {{40 km}} from the port, the National Migration Institute said, among them [[37 children|other;a=the National Migration Institute]].",
)

F(
    "Syria: Aleppo university strike",
    "A shell hit Aleppo University on the {{first}} day of exams, killing [[82 students|killed;a=state media]], state media said; the youngest was {{18}}.",
)

F(
    "Ecuador: crackdown after TV station raid",
    "The army said it had arrested [[1,105 people|arrested;a=The army]] and killed [[five|killed;a=The army]] in the {{72 hours}} after gunmen stormed a TV studio in Guayaquil, and seized [[3,000 rounds|other;a=The army]] of ammunition.",
)

F(
    "Somalia: drought cash transfers",
    "WFP said it had reached [[1.6 million people|aid;a=WFP]] with cash transfers of {{$70}} a month in {{October}}, and that [[some 200,000|civilians;a=WFP]] faced catastrophic hunger.",
)
# ---------------------------------------------------------------- NGO and UN releases

F(
    "NRC: Cox's Bazar fire response",
    "The Norwegian Refugee Council said it had handed out [[two thousand tarpaulins|aid;a=The Norwegian Refugee Council]] and [[1,200 kitchen sets|aid;n=sets;a=The Norwegian Refugee Council]] in {{Camp 11}} after the blaze, which left [[some 12,000 refugees|displaced;a=The Norwegian Refugee Council]] without shelter. "
    "It plans to build [[five hundred transitional shelters|capacity;p;a=The Norwegian Refugee Council]] by {{December}}.",
)

F(
    "UNICEF: children recruited in the Central Sahel",
    "UNICEF said armed groups had recruited [[well over 1,000 children|combatants;a=UNICEF]] in Mali, Burkina Faso and Niger in {{2024}}, and that [[a further 600|kidnapped;a=UNICEF]] had been abducted. "
    "[[Two hundred and forty|other;a=the agency;alt=UNICEF]] have been released into its care, the agency said.",
)

F(
    "IOM: Yemen migrant boat capsizes",
    "IOM said a boat carrying [[about 260 Ethiopian and Somali migrants|other;n=migrants;a=IOM]] capsized off Shabwa, and that [[forty-nine|killed;a=IOM]] had drowned and [[140|missing;a=IOM]] were missing. "
    "[[Seventy-one|other;a=local fishermen]] were pulled from the water, local fishermen said.",
)

F(
    "WFP: Gaza bakeries and parcels",
    "WFP said [[nineteen bakeries|aid;u=structure;a=WFP]] were operating in central and southern Gaza, baking [[some 250,000 bundles|aid;a=WFP]] of bread a day, and that it had distributed [[17,000 food parcels|aid;a=WFP]] in the week to {{Friday}}.",
)

F(
    "UNHCR: Sudanese arrivals in South Sudan",
    "[[Over 900,000 people|displaced;a=UNHCR]] have crossed from Sudan into South Sudan since {{April 2023}}, UNHCR said — {{roughly two-thirds}} of them South Sudanese returning home.",
)

F(
    "OCHA: Haiti displacement sites",
    "OCHA said [[over 110 displacement sites|capacity;n=sites;u=other;a=OCHA]] in the Port-au-Prince area now held [[nearly 200,000 people|displaced;a=OCHA]], and that [[twenty-six new sites|capacity;n=sites;u=other;a=OCHA]] had opened since {{January}}.",
)

F(
    "ICRC: missing persons in the Sahel",
    "The ICRC said families had registered [[close to 4,000 people|missing;a=The ICRC]] as missing in Burkina Faso, Mali and Niger, and that it had helped trace [[in excess of a hundred|other;a=The ICRC]].",
)

F(
    "Save the Children: Ukraine schools",
    "Save the Children said [[more than 1,300 schools|housing;a=Save the Children]] had been damaged or destroyed in Ukraine, and that [[about 600,000 children|other;a=Save the Children]] were learning only online.",
)

F(
    "MSF: Tawila cholera centre",
    "MSF said it had opened a cholera treatment centre with [[120 beds|capacity;a=MSF]] in Tawila and treated [[2,300 patients|other;a=MSF]] in its {{first three weeks}}.",
)

F(
    "UNRWA: West Bank camps",
    "UNRWA said [[40,000 Palestinians|displaced;a=UNRWA]] had been forced out of the Jenin, Tulkarm and Nur Shams camps, the largest displacement in the West Bank since {{1967}}, and that [[a hundred buildings|housing;a=UNRWA]] had been demolished.",
)

F(
    "IOM: Libya detention centres",
    "IOM estimated that [[some 5,000 migrants|arrested;a=IOM]] were held in official detention centres in western Libya, and [[thousands more|arrested;n=-;a=IOM]] in warehouses run by traffickers.",
)

F(
    "Amnesty: Tigray sexual violence",
    "Amnesty International said it had documented the cases of [[more than 300 women and girls|other;n=women and girls;a=Amnesty International]] raped by soldiers in western Tigray.",
)

# ---------------------------------------------------------------- returns

F(
    "Iraq: Jeddah 1 camp returns",
    "[[A hundred and eighty-seven families|returned;a=the migration ministry]] left {{Jeddah 1}} camp for their villages in Nineveh on Tuesday, the migration ministry said, the {{fourth}} convoy this month. "
    "[[Some 1,800 families|returned;p;a=the ministry;alt=the migration ministry]] will follow by year-end, the ministry said.",
)

F(
    "Ukraine: children brought back from Russia",
    "Ukraine's Bring Kids Back programme said [[1,246 children|returned;a=Ukraine's Bring Kids Back programme]] had been returned from Russia and occupied areas, out of [[nearly 20,000|kidnapped;a=Ukraine's Bring Kids Back programme]] it says were deported.",
)

F(
    "Burundi: refugees repatriated from Tanzania",
    "[[Six hundred and fifty-four Burundian refugees|returned;a=UNHCR]] went home from Nduta camp in a convoy of [[fourteen buses|other;a=UNHCR]] on Thursday, UNHCR said.",
)

F(
    "Syria: returns from Lebanon",
    "Lebanese General Security said [[upwards of 400,000 Syrians|returned;a=Lebanese General Security]] had crossed back into Syria since {{December}}, [[some 90,000|returned;a=Lebanese General Security]] of them through Masnaa.",
)

F(
    "Pakistan deports Afghans",
    "Pakistan deported [[12k Afghans|returned;a=Taliban officials]] through Torkham in {{a single week}}, Taliban officials said, and [[another 5,000|returned;p;a=Taliban officials]] were expected at Chaman.",
)

F(
    "Mali: Malian refugees back from Mauritania",
    "[[Around 2,000 Malians|returned]] returned from Mbera camp in Mauritania last month. "
    "[[About 90,000|displaced;a=UNHCR]] remain there, UNHCR said.",
)

# ---------------------------------------------------------------- missing, kidnapped

F(
    "Mexico: Jalisco search collectives",
    "Search collectives in Jalisco said [[more than 15,000 people|missing;a=Search collectives in Jalisco]] were registered as missing in the state, and that they had found [[some 200 bags|other;a=Search collectives in Jalisco]] of human remains at a ranch in Teuchitlán.",
)

F(
    "Chibok, ten years on: 82 girls still held",
    "{{Ten years}} after [[276 schoolgirls|kidnapped;a=Amnesty International]] were seized in Chibok, [[82|kidnapped;a=Amnesty International]] are still missing, Amnesty International said on {{14 April}}.",
)

F(
    "Colombia: Cauca soldiers held",
    "Residents in El Plateado held [[twenty-eight soldiers|kidnapped;a=the defence ministry]] for {{two days}} after a clash with FARC dissidents, the defence ministry said, before releasing them to a UN mission; [[a couple of dozen villagers|other;v=24;q=approx;a=the defence ministry]] were questioned.",
)

F(
    "Haiti: missionaries kidnapped",
    "The 400 Mawozo gang abducted [[seventeen missionaries|kidnapped;a=police]], including [[five children|kidnapped;a=police]], on the road from Croix-des-Bouquets, police said.",
    ["400 Mawozo"],
)

F(
    "Iraq: Sinjar mass grave",
    "Investigators opened a mass grave near Kocho and recovered the remains of [[thirty-eight people|killed;a=the Iraqi Foundation of Martyrs]], the Iraqi Foundation of Martyrs said; [[around 2,600 Yazidis|missing;a=the Iraqi Foundation of Martyrs]] are still missing.",
)
# ---------------------------------------------------------------- headlines with a one-sentence summary

F(
    "Sudan: 15 killed in Kadugli shelling; 40 hurt",
    "Artillery fire on a Kadugli market killed [[fifteen people|killed;a=the South Kordofan health authority]] and wounded [[forty|injured;a=the South Kordofan health authority]], the South Kordofan health authority said.",
)

F(
    "Somalia: al-Shabaab storms Mogadishu hotel; siege over",
    "[[Nine civilians|killed]] and [[three soldiers|killed]] died before security forces ended the {{eight-hour}} siege of the Hayat Hotel shortly after {{midnight}}, killing [[all six attackers|killed]].",
)

F(
    "Nigeria: troops 'neutralise' 58 in Borno",
    "The Defence Headquarters said troops had 'neutralised' [[fifty-eight terrorists|killed;a=The Defence Headquarters]], arrested [[ninety-one|arrested;a=The Defence Headquarters]] and rescued [[a hundred and three hostages|kidnapped;a=The Defence Headquarters]] across the northeast in {{one week}}.",
)

F(
    "Afghanistan: 2,000 houses flattened in Herat quake",
    "The Taliban government said the {{6.3-magnitude}} earthquake had destroyed [[almost 2,000 houses|housing;a=The Taliban government]] in [[thirteen villages|other;a=The Taliban government]] of Zindajan district.",
)

F(
    "DRC: M23 'doubles' its Masisi force",
    "UN experts said M23 had [[between 6,500 and 7,000 fighters|combatants;a=UN experts]] in North Kivu, backed by [[3,000-4,000 Rwandan troops|combatants;a=UN experts]].",
    ["M23"],
)

F(
    "Ukraine: 'dozens' trapped after Dnipro strike",
    "[[Dozens of residents|civilians;a=the mayor]] are believed trapped under the collapsed section of the {{nine-storey}} block, the mayor said; [[twenty-two|other;a=rescuers]] have been brought out alive, rescuers said.",
)

F(
    "India: Manipur 'buffer zone' to get 2,000 more troops",
    "The home ministry will send [[2,000 more central armed police|combatants;n=police;p;a=officials]] to the buffer zone between Imphal valley and the Kuki-Zo hills, officials said.",
)

# ---------------------------------------------------------------- civilians, capacity, aid

F(
    "Sudan: El Fasher population estimate",
    "[[An estimated population of 260,000|civilians;a=the UN]] remains in El Fasher, including [[some 130,000 children|civilians;a=the UN]], the UN said, with [[upwards of 1,000|killed;a=the UN]] killed since the siege began.",
)

F(
    "Gaza: al-Mawasi crowded",
    "The Palestinian Red Crescent said [[around 1.1 million people|displaced;a=The Palestinian Red Crescent]] were now squeezed into al-Mawasi, a strip of sand of barely {{20 square kilometres}}.",
)

F(
    "Chad: new camp at Farchana",
    "UNHCR said the new Farchana extension camp could take in [[50,000 refugees|capacity;p;a=UNHCR]], and that it had so far moved [[some 18,000|displaced;a=UNHCR]] from the Adré border site, where [[about 150,000|displaced;a=UNHCR]] still live.",
)

F(
    "Poland: reception centres for Ukrainians",
    "Polish authorities opened [[a dozen reception points|capacity;a=Polish authorities]] along the border, each able to house [[upwards of 2,000 people|capacity;a=Polish authorities]], Polish authorities said.",
)

F(
    "Ethiopia: Shire collective centres",
    "[[Sixty-four schools|capacity;a=the regional education bureau]] in Shire are still being used as collective centres for [[some 320,000 displaced people|displaced;a=the regional education bureau]], the regional education bureau said.",
)

F(
    "Lebanon: Beirut shelters full",
    "The government said [[just over 1,000 collective shelters|capacity;n=shelters;a=The government]] had been opened, [[830|capacity;u=structure;a=The government]] of them already at capacity, housing [[around 190,000 people|displaced;a=The government]].",
)

F(
    "Yemen: cholera kits airlifted to Hodeidah",
    "WHO flew in [[forty tonnes|aid;a=WHO]] of medical supplies, including [[two hundred cholera kits|aid;n=kits;a=WHO]], to Hodeidah, enough to treat [[some 20,000 patients|aid;p;a=WHO]], WHO said.",
)

F(
    "South Sudan: WFP airdrops",
    "WFP carried out [[twelve airdrops|aid;a=WFP]] over Nasir county in {{June}}, delivering [[220 tonnes|aid;a=WFP]] of sorghum and pulses to [[about 33,000 people|aid;a=WFP]], WFP said.",
)

F(
    "Myanmar: Rakhine rice shipment",
    "A Thai donation of [[3,400 tonnes|aid;a=the foreign ministry]] of rice reached Sittwe, the foreign ministry said, for distribution to [[an estimated 210,000 people|aid;p;a=the foreign ministry]] over the next {{three months}}.",
)

F(
    "Gaza: aid convoys",
    "UN data showed [[1,500 trucks|aid;a=UN data]] entered Gaza in {{March}}, against [[the 500 a day|aid;u=other;p;a=the agencies]] the agencies say are needed.",
)

F(
    "Afghanistan: winter cash for returnees",
    "The Danish Refugee Council said it would give winter cash to [[twelve thousand returnee families|aid;p;a=The Danish Refugee Council]] in Nangarhar and Kunar, and blankets to [[6,500 more|aid;n=-;p;a=The Danish Refugee Council]].",
)

# ---------------------------------------------------------------- housing and structures

F(
    "Nigeria: Yelwata homes razed",
    "Satellite images analysed by Amnesty International showed [[at least 230 buildings|housing;a=Amnesty International]] burned in Yelwata, [[over a hundred|housing;u=structure;a=Amnesty International]] of them homes.",
)

F(
    "Ukraine: Kyiv strike damages apartments",
    "The city administration said [[forty apartments|housing;u=structure;a=The city administration]] in Obolon and [[six private houses|housing;a=The city administration]] in Desnianskyi were damaged by falling debris, and that [[eleven people|injured;a=The city administration]] sought medical help.",
)

F(
    "Israel: Hezbollah rockets hit Kiryat Shmona",
    "The municipality said [[upwards of 300 homes|housing;a=The municipality]] and [[some 40 businesses|housing;u=structure;n=businesses;a=The municipality]] in Kiryat Shmona had been damaged, and that [[about 22,000 residents|displaced;a=The municipality]] had yet to return.",
)

F(
    "Syria: Idlib quake damage",
    "The White Helmets said [[1,880 buildings|housing;a=The White Helmets]] had collapsed completely in northwest Syria and [[more than 6,000|housing;u=structure;a=The White Helmets]] were partly damaged.",
)

F(
    "Sudan: Darfur villages burned",
    "Satellite imagery showed [[sixty-eight villages|other;a=Yale's Humanitarian Research Lab]] torched in North Darfur since {{April}}, Yale's Humanitarian Research Lab said.",
)

# ---------------------------------------------------------------- combatants and projected

F(
    "Kenya to send 1,000 police to Haiti",
    "Kenya's cabinet approved the deployment of [[1,000 police officers|combatants;p;a=a government statement]] to Haiti, a government statement said, and [[a further 600|combatants;p;a=a government statement]] are to follow if parliament agrees.",
)

F(
    "Russia: North Korean troops in Kursk",
    "South Korea's intelligence service said [[some 11,000 North Korean troops|combatants;a=South Korea's intelligence service]] were in Russia's Kursk region, of whom [[about 1,100|killed;a=South Korea's intelligence service]] had been killed or wounded.",
)

F(
    "Sahel: Wagner replaced by Africa Corps",
    "The Africa Corps has [[2,000-2,500 men|combatants;a=Western officials]] in Mali, Western officials said, and plans to bring in [[several hundred more|combatants;n=-;p;a=Western officials]].",
)

F(
    "Israel: call-up of reservists",
    "The army said it would call up [[60,000 reservists|combatants;p;a=The army]] for the Gaza City offensive and extend the service of [[another 20,000|combatants;a=The army]].",
)

F(
    "Somalia: AU mission troop numbers",
    "The AU mission will have [[11,900 troops|combatants;p;a=officials]] in Somalia next year, down from [[some 18,500|combatants;a=officials]] under the previous mandate, officials said.",
)

F(
    "Ethiopia: Amhara evacuation plan",
    "The regional government said it planned to relocate [[a hundred thousand residents|displaced;p;v=100000;a=The regional government]] from the war zone around Lalibela, and that [[3,000 homes|capacity;p;a=The regional government]] would be built for them.",
)

F(
    "Bangladesh: Bhasan Char relocations",
    "Bangladesh will move [[a further 20,000 Rohingya|displaced;p;a=the refugee commissioner]] to Bhasan Char, the refugee commissioner said; the island's [[120 cluster villages|capacity;u=structure;n=villages;a=the refugee commissioner]] can hold [[100,000 people|capacity;a=the refugee commissioner]].",
)
# ---------------------------------------------------------------- numbers inside names

F(
    "Ukraine: strike near Highway M03",
    "A Russian drone hit a minibus on the {{M03}} highway near Izium, killing [[four passengers|killed;a=the regional prosecutor's office]] and injuring [[nine|injured;a=the regional prosecutor's office]], the regional prosecutor's office said.",
)

F(
    "US: troops of the 101st Airborne to Romania",
    "[[Around 4,700 soldiers|combatants;p;a=the Pentagon]] of the {{101st Airborne}} Division will deploy to Romania for a {{nine-month}} rotation, the Pentagon said.",
)

F(
    "West Bank: Resolution 2334 and the settlement count",
    "Peace Now said Israel had approved [[some 10,000 housing units|other;u=structure;a=Peace Now]] in West Bank settlements this year, in breach of Security Council {{Resolution 2334}}, and that settlers had set up [[twenty-four new outposts|other;a=Peace Now]].",
)

F(
    "Sudan: Camp 4 in Kalma attacked",
    "RSF fighters stormed {{Camp 4}} of Kalma displacement camp near Nyala, killing [[seventeen people|killed;a=camp leaders]] and abducting [[about 30 women|kidnapped;a=camp leaders]], camp leaders said.",
)

F(
    "Mexico: bodies found off Highway 45 in Zacatecas",
    "Police found [[the bodies of ten men|killed;n=bodies;a=the state prosecutor]] near an exit of federal highway {{45}} in Fresnillo, the state prosecutor said; [[three|missing;a=relatives]] of the group's friends are still missing, relatives said.",
)

F(
    "G20 summit: police detain protesters in Rio",
    "Police in Rio de Janeiro detained [[thirty-two protesters|arrested;a=the city's security secretariat]] outside the {{G20}} summit venue, the city's security secretariat said, and [[seven officers|injured;a=the city's security secretariat]] were hurt.",
)

F(
    "Flight 370 families and Sahel hostage families meet",
    "Relatives of passengers on {{Flight 370}} met families of [[six aid workers|kidnapped;a=the organisers]] held in the Sahel, the organisers said.",
)

F(
    "Pakistan: Jaffar Express hijacking",
    "Security forces freed [[346 passengers|kidnapped;a=the military]] from the hijacked Jaffar Express and killed [[all 33 militants|killed;a=the military]], the military said; [[twenty-one hostages|killed;a=the military]] and [[four troops|killed;a=the military]] died.",
)

F(
    "Iraq: rockets on Camp Victory",
    "[[Three rockets|other;a=a security official]] hit near Camp Victory at Baghdad airport, a security official said, wounding [[two contractors|injured;a=a security official]].",
)

# ---------------------------------------------------------------- colons and summaries

F(
    "Ukraine: overnight attack in figures",
    "Ukraine's air force said Russia launched [[479 drones and decoys|other;n=drones and decoys;u=other;a=Ukraine's air force]] and [[twenty missiles|other;a=Ukraine's air force]] overnight; shot down or jammed: [[460|other;u=other;a=Ukraine's air force]].",
)

F(
    "Nigeria: Mokwa flood, by the numbers",
    "Mokwa flood, state emergency agency figures. Dead: [[over 200|killed]]. Missing: [[about 500|missing]]. Homes washed away: [[265|housing;u=structure]]. Displaced: [[3,018 people|displaced]].",
)

F(
    "DRC: Goma toll",
    "Bodies collected from Goma's streets: [[2,000|killed;a=the government]] — and [[about 900 more|killed;n=-;a=the government]] in morgues, according to the government.",
)

F(
    "Sudan: cholera and displacement update",
    "OCHA's weekly update: newly displaced — [[nearly 45,000|displaced]]; returned — [[12,700|returned]]; people in need in Khartoum — [[3.4mn|civilians]].",
)

# ---------------------------------------------------------------- regional outlets

F(
    "Daily Trust: Zamfara villagers pay levy",
    "Residents of Dansadau told Daily Trust that [[above 50 villagers|kidnapped;q=at_least;a=Residents of Dansadau]] had been abducted since {{January}} and that [[fourteen|killed;a=Residents of Dansadau]] were killed when their communities failed to pay a levy of {{₦20 million}}.",
)

F(
    "Kathmandu Post: flood-hit families in tents",
    "[[Some 1,350 families|displaced;a=the district administration office]] are still living in tents in Kavre {{six weeks}} after the floods, the district administration office said; [[forty-one people|missing;a=the district administration office]] remain missing.",
)

F(
    "The East African: Tanzanian police and post-poll unrest",
    "Opposition party Chadema said [[upwards of 700 people|killed;a=Opposition party Chadema;alt=Chadema]] had been killed by police after the election, while the government said [[only ten|killed;a=the government]] had died.",
)

F(
    "Dawn: Kurram road reopened",
    "A convoy of [[eighty trucks|aid;a=the deputy commissioner]] carrying food and medicine reached Parachinar, the deputy commissioner said, the {{first}} since the road was closed {{three months}} ago; [[about 300,000 residents|civilians;a=the deputy commissioner]] had been cut off.",
)

F(
    "Le Faso: Djibo hostages freed",
    "[[A hundred and twelve hostages|kidnapped;a=the army]], among them [[forty women|kidnapped;a=the army]], were freed near Djibo, the army said.",
)

F(
    "Al-Masry Al-Youm: Sudanese at Arqin crossing",
    "[[A couple of thousand|displaced;v=2000;q=approx;a=an official at the crossing]] Sudanese were waiting at the Arqin crossing on Sunday, an official at the crossing said, after [[upwards of 1,200|displaced;a=an official at the crossing]] entered on Saturday.",
)

F(
    "The Kyiv Independent: evacuations from Kupiansk",
    "[[Roughly 700 residents|displaced;a=Kharkiv regional governor Oleh Syniehubov;alt=Oleh Syniehubov]], [[eighty of them|displaced;n=-;a=Kharkiv regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] children, were evacuated from Kupiansk district over {{the weekend}}, Kharkiv regional governor Oleh Syniehubov said; [[almost 2,000|civilians;a=Kharkiv regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] remain.",
)

F(
    "Prothom Alo: Rohingya boat missing",
    "A boat carrying [[about 180 Rohingya|missing;a=UNHCR]] from Cox's Bazar has been missing for {{two weeks}} in the Andaman Sea, UNHCR said; [[only 23 survivors|other;a=UNHCR]] were picked up by fishermen.",
)

F(
    "Somali Guardian: Galmudug clan clashes",
    "Clan fighting over grazing land near Galkayo killed [[twenty-nine people|killed;a=elders]] and wounded [[dozens|injured;a=elders]], elders said, and [[2,500 families|displaced;a=elders]] fled with their herds.",
)
# ---------------------------------------------------------------- denser items

F(
    "Gaza: Kamal Adwan hospital raid",
    "The health ministry said Israeli forces detained [[about 240 people|arrested;a=The health ministry]] at Kamal Adwan hospital, among them the director and [[forty-four medical staff|arrested;n=staff;a=The health ministry]], and forced [[some 350 patients and companions|displaced;n=patients and companions;a=The health ministry]] to leave. "
    "[[Twenty-five patients|civilians;a=the ministry;alt=The health ministry]] in intensive care remain inside, the ministry said.",
)

F(
    "Mozambique: Cabo Delgado attacks uproot thousands",
    "Insurgent attacks in Chiúre district displaced [[over 60,000 people|displaced;a=the UN]] in {{a fortnight}}, {{more than half}} of them children, the UN said. "
    "[[Four hundred and thirty houses|housing;a=local officials]] were burned and [[seven|killed;a=local officials]] residents beheaded, local officials said.",
)

F(
    "Syria: Al-Hol camp repatriations",
    "Iraq repatriated [[another 150 families|returned;a=the camp administration]] from al-Hol on Monday, the camp administration said, leaving [[roughly 37,000 people|displaced;a=the camp administration]] in the camp, [[about 16,000|displaced;a=the camp administration]] of them Iraqis. "
    "The Kurdish-led authorities say they hold [[some 9,000 IS suspects|arrested;a=The Kurdish-led authorities]] in [[two dozen prisons|other;u=structure;a=The Kurdish-led authorities]].",
)

F(
    "Ethiopia: Tigray returnees in Tselemti",
    "[[Some 17,000 displaced people|returned;a=the interim administration]] have gone back to Tselemti district, the interim administration said, but [[nearly 40,000|displaced;a=the interim administration]] still shelter in [[twenty-two schools|capacity;a=the interim administration]] in Shire, and [[a further 8,000|returned;p;a=the interim administration]] are due to leave next month.",
)

F(
    "Haiti: Mirebalais prison break",
    "Gangs overran Mirebalais and freed [[529 inmates|other;a=the prison administration]], the prison administration said; [[fewer than 20|other;a=police]] have been recaptured, police said. "
    "[[Some 5,000 residents|displaced;a=IOM]] fled toward Saut-d'Eau, IOM said.",
)

F(
    "Ukraine: Chasiv Yar civilians",
    "Police said [[fewer than 300 civilians|civilians;a=Police]] were left in Chasiv Yar, among them [[eight children|civilians;a=Police]], and that {{over 90 percent}} of the town's buildings had been damaged.",
)

F(
    "South Sudan: Malakal clashes",
    "Clashes inside the Malakal protection site killed [[twelve people|killed;a=UNMISS]] and injured [[more than forty|injured;a=UNMISS]], UNMISS said; [[roughly 800 people|displaced;a=UNMISS]] sought refuge in the peacekeepers' compound, which has room for [[about 400|capacity;a=UNMISS]].",
)

F(
    "Peru: Pataz mine killings",
    "Illegal miners kidnapped and killed [[thirteen security guards|killed;a=the interior minister]] at a gold mine in Pataz, the interior minister said, and [[150 soldiers|combatants;a=the interior minister]] were sent to the province.",
)
# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Route 66 reopens after Arizona wildfire",
    "A stretch of {{Route 66}} near Kingman reopened at {{6 a.m.}} on {{Tuesday}} after the wildfire burned {{about 12,000 acres}} in {{four days}}, Arizona officials said.",
)

F(
    "MH370: new search to cover 15,000 sq km",
    "Malaysia approved a new search for {{Flight 370}}, which vanished on {{8 March 2014}}; the company will be paid {{$70 million}} only if the wreck is found within {{15,000 square kilometres}} of the southern Indian Ocean.",
)

F(
    "G20 finance ministers meet in Johannesburg",
    "{{G20}} finance ministers met in Johannesburg on {{26 February}} and agreed to cut debt service costs by {{up to 40 percent}} for countries spending more than {{a fifth}} of revenue on interest.",
)

F(
    "101st Airborne marks 80 years since Bastogne",
    "Veterans of the {{101st}} Airborne gathered in Bastogne on {{16 December}} to mark {{80 years}} since the siege; the oldest, aged {{99}}, arrived at {{11:30}}.",
)

F(
    "Security Council: Resolution 2334, eight years on",
    "{{Eight years}} after {{Resolution 2334}} was adopted {{14-0}} on {{23 December 2016}}, the Council held its {{32nd}} quarterly briefing on it.",
)

F(
    "Kenya: Camp 4 power plant expansion",
    "KenGen said the {{Camp 4}} geothermal unit at Olkaria would add {{86 megawatts}} by {{2027}} at a cost of {{Sh11 billion}}, {{a third}} of it from a Japanese loan.",
)

F(
    "Football: Sudan beat South Sudan in Benghazi",
    "Sudan beat South Sudan {{3-1}} in a World Cup qualifier in Benghazi on {{Thursday}}, with a {{90th}}-minute goal from Mohamed Abdelrahman, {{29}}.",
)

F(
    "Ukraine: F-16 pilots finish training",
    "A {{second}} group of Ukrainian pilots finished {{F-16}} training in Arizona after {{nine months}}, the air force said, and the jets will fly from bases at least {{300 km}} from the front.",
)

F(
    "Ethiopia: birr devalued",
    "The birr lost {{about 30 percent}} of its value on {{29 July}}, trading at {{74.7}} to the dollar, after the IMF approved a {{$3.4bn}} programme over {{four years}}.",
)

F(
    "Nigeria: 2023 election anniversary",
    "{{One year}} after the {{25 February 2023}} vote, the tribunal's {{third}} ruling upheld the result; the {{2027}} election is due in {{February}}.",
)

F(
    "Syria: Assad's flight, one year later",
    "On {{8 December 2024}}, at about {{3 a.m.}}, Bashar al-Assad flew from Hmeimim to Moscow, ending {{54 years}} of his family's rule; he is now {{60}}.",
)

F(
    "Gaza ceasefire text: the timetable",
    "The {{first}} stage runs {{six weeks}}; negotiations on the {{second}} begin on day {{16}}, and the Rafah crossing opens {{seven days}} after signing.",
)

F(
    "Myanmar quake: magnitude and depth",
    "The {{7.7}} quake struck at {{12:50}} local time at a depth of {{10 km}}, {{17 km}} from Mandalay, the USGS said, the strongest since {{1912}}.",
)

F(
    "Haiti: gang leader turns 47",
    "Jimmy 'Barbecue' Chérizier, {{47}}, appeared in a video posted at {{9.15 p.m.}} on {{Saturday}}, his {{fourth}} since {{January}}, offering talks within {{72 hours}}.",
)

F(
    "India: Manipur internet shutdown extended",
    "The state government extended the internet shutdown in {{five}} valley districts by {{five days}} to {{15 September}}, the {{sixth}} extension, citing Section {{144}} orders.",
)

F(
    "Oil: Red Sea attacks lift freight rates",
    "Freight rates from Shanghai to Rotterdam rose {{173%}} to {{$4,400}} per {{40-foot}} container, and tankers are adding {{3,500 nautical miles}} by sailing round Africa.",
)

F(
    "Sudan peace talks: Jeddah round three",
    "The {{third}} round of Jeddah talks opened on {{29 October}} and lasted {{twelve days}}; the {{2023}} declaration's {{seven}} articles remain unimplemented.",
)

F(
    "Ukraine budget: defence spending 26% of GDP",
    "Ukraine's {{2025}} budget puts defence at {{26.3 percent}} of GDP, or {{2.2 trillion hryvnias}}, with {{$1.5 billion}} expected from the {{G7}} loan each month.",
)

F(
    "Mali: junta leader Goïta sworn in for five years",
    "Assimi Goïta, {{42}}, was sworn in on {{8 July}} for a {{five-year}} term, renewable from {{2030}}, in a ceremony that lasted {{two hours}}.",
)

F(
    "Colombia: Line 1 metro and Bogotá protests",
    "Bogotá's {{Line 1}} metro was {{62 percent}} complete in {{March}}, the mayor said, and the protest planned for {{Sunday}} at {{10 a.m.}} will cross Avenida {{68}}.",
)
# ---------------------------------------------------------------- at most, vague

F(
    "Libya: Derna missing after flood",
    "The Red Crescent said [[as many as 10,000 people|missing;a=The Red Crescent]] could still be missing in Derna, and that [[hundreds of bodies|killed;a=The Red Crescent]] had washed ashore; [[up to 30,000|displaced;a=IOM]] have left the city, according to IOM.",
)

F(
    "Burkina Faso: Barsalogho trench massacre",
    "JNIM fighters shot [[hundreds of villagers|killed;a=security sources]] digging defensive trenches around Barsalogho, security sources said, with one count putting the dead at [[as many as 400|killed;a=one count]]. "
    "[[Tens of thousands|displaced]] have since fled to Kaya.",
)

F(
    "Kenya: Nairobi protests, live",
    "{{14:20}} Police fire tear gas at [[several hundred protesters|other]] on Moi Avenue. "
    "{{15:05}} The Kenya Red Cross says it has treated [[twenty-nine people|injured;a=The Kenya Red Cross]], [[three of them|injured;n=-;a=The Kenya Red Cross]] with gunshot wounds. "
    "{{16:40}} Police say [[no more than 50|arrested;a=Police]] have been arrested.",
)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
