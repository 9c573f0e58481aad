"""Items of dev222: Haiti, Mexico and Colombia (gang kidnappings and massacres, cartel
abductions and the missing, migrants held for ransom, the ELN and FARC dissidents, communities
that hold troops, and the insurance market)."""

from _wrap import item

item(
    "Gang kidnaps 17 missionaries and relatives east of Port-au-Prince",
    """
Members of the {{400 Mawozo}} gang abducted [[16 Americans|kidnapped;a=Christian Aid
Ministries]] and [[one Canadian|kidnapped;a=Christian Aid Ministries]], among them [[five
children|kidnapped;a=Christian Aid Ministries]], as they returned from visiting an orphanage east
of Port-au-Prince, Christian Aid Ministries, an Ohio-based group, said on Sunday. The youngest
hostage is {{eight months old}}. In a video posted online, gang leader Wilson Joseph threatened
to kill the hostages if a ransom of {{$1 million}} a head was not paid. The Centre for Analysis
and Research in Human Rights (CARDH) has counted [[at least 628 people|kidnapped;a=The Centre for
Analysis and Research in Human Rights]] kidnapped in Haiti in the {{first nine months}} of the
year, including [[29 foreigners|kidnapped;a=The Centre for Analysis and Research in Human
Rights]]. [[Two hostages|kidnapped]] were released in November and [[three more|kidnapped;n=-]] in
early December. [[The remaining 12|kidnapped;a=the group;alt=Christian Aid Ministries]] escaped on
{{December 15}}, walking for hours through thorny brush with an infant and a toddler, the group
said.
""",
)

item(
    "UN counts more than 1,000 kidnappings by Haitian gangs in six months",
    """
Gangs in Haiti kidnapped [[at least 1,014 people|kidnapped;a=the UN Integrated Office in Haiti]]
in the {{first six months}} of the year, the UN Integrated Office in Haiti (BINUH) said in its
quarterly report on Friday. The office said [[2,439 people|killed;a=The office;alt=UN Integrated
Office in Haiti]] were killed and [[902|injured;a=The office;alt=UN Integrated Office in Haiti]]
injured over the same period, most of them in Port-au-Prince. In the Artibonite department, the
Gran Grif gang alone abducted [[more than 60 people|kidnapped;a=BINUH]] in the {{second quarter}},
BINUH said. Self-defence groups of the bwa kale movement lynched [[at least 160 alleged gang
members|killed;a=the report;alt=BINUH]], according to the report. [[Some 580,000
people|displaced;a=IOM]] have been displaced nationwide, IOM says. The Kenyan-led Multinational
Security Support mission had [[about 400 officers|combatants]] on the ground by July.
""",
)

item(
    "Gunmen seize bus passengers on Haiti's National Road 1",
    """
Gang members stopped [[two buses|other;a=police sources]] on {{National Road 1}} near Cabaret,
north of Port-au-Prince, and abducted [[40 to 50 passengers|kidnapped;a=police sources]], police
sources told AFP. The Haitian National Police said [[12 passengers|kidnapped;a=The Haitian
National Police]] had been freed in an operation on Saturday in which [[three gang
members|killed;a=The Haitian National Police]] were killed. Relatives told local radio that the
kidnappers were demanding {{$50,000}} for each captive. Cabaret's mayor said [[more than 1,800
residents|displaced;a=Cabaret's mayor]] had fled to Arcahaie, where [[three
schools|capacity;a=Cabaret's mayor]] have been turned into shelters. Gang members also set fire to
[[dozens of houses|housing]] in the Bas-Lamothe neighbourhood.
""",
)

item(
    "Gunmen abduct dozens in Culiacán; most freed within a day",
    """
Armed men abducted [[at least 66 people|kidnapped;a=the state prosecutor's office]] from homes and
streets in Culiacán, the capital of Mexico's Sinaloa state, on Friday, the state prosecutor's
office said. By Saturday evening [[62 of them|kidnapped;a=Sinaloa governor Rubén Rocha
Moya;n=-]] had been released, Sinaloa governor Rubén Rocha Moya said, adding that
[[four|missing;a=Sinaloa governor Rubén Rocha Moya]] were still missing. Those taken included
[[20 women|kidnapped;a=local media]] and [[at least eight minors|kidnapped;a=local media]], local
media reported. Mexico's Defence Ministry said [[about 300 additional soldiers|combatants;a=Mexico's
Defence Ministry]] had been flown in, and that [[another 200|combatants;p;a=Mexico's Defence
Ministry]] would arrive within days. The abductions were blamed on a faction of the Sinaloa Cartel
hunting members of a rival group.
""",
)

item(
    "Mexican authorities rescue kidnapped migrants from Reynosa house",
    """
Mexican authorities rescued [[107 migrants|kidnapped;a=the National Migration Institute]] held by
kidnappers in a house in Reynosa, across the border from Texas, the National Migration Institute
(INM) said on Wednesday. The institute said the group included [[23 minors|kidnapped;a=The
institute;alt=National Migration Institute]], most of them from Honduras and Guatemala. [[Three
suspects|arrested;a=the Tamaulipas state prosecutor's office]] were detained at the scene, the
Tamaulipas state prosecutor's office said. The kidnappers had demanded {{$3,000 to $5,000}} per
person from relatives in the United States. The INM said it had found [[more than 600
migrants|kidnapped;a=The INM]] held in safe houses in Tamaulipas so far this year. [[Some 80 of
the rescued migrants|returned;p;a=the institute;alt=National Migration Institute]] will be flown
back to Central America next week, the institute said. Shelter operators say [[some 2,000
migrants|displaced;a=Shelter operators]] are waiting in Reynosa's [[11 shelters|capacity;a=Shelter
operators]] for appointments to cross into the United States.
""",
)

item(
    "ELN offensive in Catatumbo displaces more than 50,000",
    """
The ELN guerrilla's offensive against FARC dissidents in Colombia's Catatumbo region has
displaced [[more than 52,000 people|displaced;a=the Ombudsman's Office]], the Ombudsman's Office
said on Monday. [[At least 80 people|killed]] have been killed since mid-January, among them
[[seven former FARC combatants|killed]] who had signed the {{2016}} peace accord. The office said
it had received reports of [[at least 20 people|kidnapped;a=The office;alt=Ombudsman's Office]]
kidnapped by the guerrillas. Cúcuta mayor Jorge Acevedo said the city was sheltering [[around
14,000 people|displaced;a=Cúcuta mayor Jorge Acevedo]] in [[nine temporary
shelters|capacity;a=Cúcuta mayor Jorge Acevedo]] and with relatives. The Defence Ministry said
[[5,000 soldiers|combatants;p;a=The Defence Ministry]] would be sent to the region after President
Gustavo Petro suspended peace talks with the ELN. Army helicopters evacuated [[about 300
people|displaced]] from Tibú, most of them former guerrillas and their families. Local officials
said [[some 3,000 people|returned;a=Local officials]] had gone back to rural Tibú by late
February.
""",
)

item(
    "Residents hold 57 soldiers for two days in Colombia's Cauca",
    """
[[Fifty-seven soldiers|kidnapped;a=the army]] were held for {{two days}} by residents of El
Plateado, in Colombia's southwestern Cauca department, after a clash with FARC dissidents, the
army said on Tuesday. Defence Minister Pedro Sánchez said the troops had been surrounded by
[[some 600 people|other;a=Defence Minister Pedro Sánchez]] acting on the orders of the
dissidents' Carlos Patiño front, and called the episode a kidnapping. [[Four
soldiers|injured]] were hurt by stones and sticks before the crowd let the troops go at the
request of a humanitarian commission. In a separate incident in Guaviare, [[28 police officers and
soldiers|kidnapped;n=police officers and soldiers]] were held by a crowd for a day. The Carlos
Patiño front has [[an estimated 1,200 fighters|combatants;a=military intelligence]] in southern
Cauca, according to military intelligence. [[About 4,000 residents|civilians]] of El Plateado
live under its control.
""",
)

item(
    "Search collectives find clothing of hundreds at Jalisco ranch",
    """
Jalisco has [[more than 15,000 people|missing;a=the National Registry of Missing Persons]]
registered as missing, the highest of any Mexican state, according to the National Registry of
Missing Persons. At a ranch in Teuchitlán, volunteers from the Guerreros Buscadores collective
found [[about 1,500 items|other]] of clothing, shoes and backpacks. The collective says the site
was a recruitment and killing camp run by the Jalisco New Generation Cartel. Federal prosecutors
said [[10 suspects|arrested;a=Federal prosecutors]] had been detained, including a man accused of
running the camp. Survivors told investigators they had been lured by job offers and held with
[[dozens of other young men|kidnapped;a=Survivors]] who were forced to train as gunmen. Forensic
teams have recovered the remains of [[at least 12 people|killed]] from burial pits on the
property. Nationally, [[more than 125,000 people|missing]] are listed as missing.
""",
)

item(
    "ELN frees six hostages to humanitarian commission in Arauca",
    """
The ELN released [[six people|kidnapped;a=the office;alt=Ombudsman's Office]] it had held in
Arauca department, among them [[two soldiers|kidnapped;a=the office;alt=Ombudsman's Office]],
handing them to a humanitarian commission of the Ombudsman's Office and the Catholic Church, the
office said. Human rights groups estimate that the guerrillas still hold [[at least 30
hostages|kidnapped;a=Human rights groups]] in Arauca and Norte de Santander. Colombia's defence
ministry recorded [[more than 250 kidnapping cases|other;a=Colombia's defence ministry]] in
{{2024}}, the highest in a decade. Fighting between the ELN and FARC dissidents in Arauca has
displaced [[around 7,000 people|displaced;a=the UN]] since January, the UN said. [[At least 40
people|killed;a=Indepaz]] have been killed in the department this year, including [[five social
leaders|killed;a=Indepaz]], according to Indepaz, a think tank.
""",
)

item(
    "Haitian gang frees six nuns and two passengers",
    """
[[Six nuns|kidnapped;a=the Haitian Conference of Religious]] of the Congregation of Sainte-Anne,
abducted from a bus in Port-au-Prince on {{January 19}}, were freed on Friday along with [[two
other passengers|kidnapped;a=the Haitian Conference of Religious]], the Haitian Conference of
Religious said. It did not say whether a ransom had been paid; the kidnappers had reportedly
asked for {{$3 million}}. Police said [[two suspects|arrested;a=Police]] had been arrested and a
{{third}} shot dead in a raid in the Carrefour area. [[About 40 people|kidnapped;a=CARDH]] were
kidnapped in the capital in the {{first week}} of the year, according to CARDH, a human rights
group. The archdiocese of Port-au-Prince said [[14 churches|other;a=The archdiocese of
Port-au-Prince]] in the capital had closed because of gang violence. UNICEF said this week that
[[more than 300,000 children|displaced;a=UNICEF]] had been forced from their homes in Haiti.
""",
)

item(
    "Two Americans found dead after Matamoros kidnapping",
    """
[[Four US citizens|kidnapped;a=Tamaulipas governor Américo Villarreal]] who crossed into Matamoros
for a medical appointment were abducted at gunpoint on Friday; [[two|killed;a=Tamaulipas governor
Américo Villarreal]] were found dead and [[the other two|kidnapped;a=Tamaulipas governor Américo
Villarreal]] were rescued, Tamaulipas governor Américo Villarreal said on Tuesday. A Mexican
bystander was also killed in the shootout that preceded the abduction. Mexican officials said the
Gulf Cartel's Scorpions faction had handed over [[five of its members|arrested;a=Mexican
officials]] to police, along with a letter of apology. The Defence Ministry said it had sent
[[about 200 soldiers|combatants;a=The Defence Ministry]] to search the area. Tamaulipas has [[more
than 12,000 people|missing;a=government data]] registered as missing, according to government
data.
""",
)

item(
    "Gran Grif gang kills scores in Pont-Sondé, thousands flee",
    """
Gunmen from the Gran Grif gang killed [[at least 115 people|killed;a=the UN]] in an early-morning
attack on Pont-Sondé, in Haiti's Artibonite department, the UN said on Monday. [[Sixteen
others|injured]] were seriously wounded. Local officials said [[between 15 and 20 people|kidnapped;a=Local
officials]] were taken to the gang's base in Savien. The IOM said [[more than 6,270
people|displaced;a=The IOM]] had fled to Saint-Marc, where [[about 4,000|displaced;a=The IOM]]
were staying with host families and the rest in [[eight makeshift sites|capacity;a=The IOM]].
Residents said the attackers burned [[at least 45 homes|housing;a=Residents]] and [[34
vehicles|other;a=Residents]].
""",
)

item(
    "Hundreds of Mexicans flee cartel violence into Guatemala",
    """
[[About 580 Mexicans|displaced;a=Guatemala's government]] crossed into Guatemala's Huehuetenango
department over the weekend, fleeing clashes between cartels in the border municipalities of
Chiapas, Guatemala's government said. Guatemalan authorities set up [[four shelters|capacity]] in
Cuilco. Residents of Amatenango de la Frontera told Reuters that gunmen had abducted [[at least 14
men|kidnapped;a=Residents of Amatenango de la Frontera]] to force them to fight for the Sinaloa
Cartel. Mexico's Security Ministry said [[some 1,200 troops|combatants;a=Mexico's Security
Ministry]] and National Guard members had been deployed to the area. The Guatemalan Red Cross said
it had handed out [[900 hygiene kits|aid;a=The Guatemalan Red Cross]] and hot meals. By Thursday
[[about 200 of them|returned;n=-]] had gone back to Mexico.
""",
)

item(
    "UN approves gang suppression force as kidnappings climb in Haiti",
    """
The UN Security Council voted on Tuesday to authorise a Gang Suppression Force of [[up to 5,550
personnel|combatants;p]] for Haiti, replacing a Kenyan-led mission that never reached full
strength. That mission had [[fewer than 1,000 officers|combatants]] on the ground, against [[the
2,500|combatants;p]] initially pledged. {{Resolution 2793}}, drafted by the United States and
Panama, also sets up a UN support office in Port-au-Prince. In a briefing to the council, UN envoy
Carlos Ruiz Massieu said gangs had kidnapped [[more than 400 people|kidnapped;a=UN envoy Carlos
Ruiz Massieu]] between April and June. He said [[almost 1.4 million Haitians|displaced;a=UN envoy
Carlos Ruiz Massieu]] were now displaced, a record. WFP says [[5.7 million
people|civilians;a=WFP]] face acute hunger, about {{half}} of the population.
""",
)

item(
    "Father of Colombian footballer Luis Díaz freed by ELN",
    """
Luis Manuel Díaz, the father of Liverpool winger Luis Díaz, was freed on {{November 9}} after
{{12 days}} in the hands of the ELN guerrilla group, which seized him at a petrol station in
Barrancas, La Guajira. The {{58-year-old}} was handed to a humanitarian commission of the UN and
the Catholic Church in the Serranía del Perijá. The ELN said the abduction had been "a mistake"
but held him while troops searched the mountains. Days earlier, his son had scored in the {{95th
minute}} of a {{1-1}} draw with Luton and lifted his shirt to show the words "Freedom for Papa".
Colombia recorded a {{70%}} rise in kidnappings in the {{first eight months of 2023}}, according
to the defence ministry.
""",
)

item(
    "Kidnap-for-ransom insurance premiums climb in Haiti and Mexico",
    """
Premiums for kidnap-and-ransom insurance covering staff in Haiti have risen by {{35%}} since
{{2023}}, brokers in London say, as companies that still operate in Port-au-Prince pay up to
{{$12,000}} a year per executive. In Mexico, policies typically cost between {{0.5%}} and {{1%}}
of the sum insured, which for senior managers can reach {{$5 million}}. Insurers say the average
ransom demanded in Haiti fell to about {{$150,000}} in {{2024}}, down from {{$400,000}} {{three
years}} earlier, as gangs turned to quick "express" kidnappings. Negotiations now last {{11
days}} on average, according to a London-based crisis-response firm. "The market has become very
expensive, very fast," said a broker who asked not to be named. Policies usually exclude payments
barred by sanctions, a growing problem since the US designated the Viv Ansanm gang coalition a
terrorist organisation in {{May 2025}}.
""",
)
