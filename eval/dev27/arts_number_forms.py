"""dev27 texts: number words, compounds and dozens; abbreviated and strong-forms;
parentheses, colons and dashes; lists and breakdowns; of whom, including, among them.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

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
