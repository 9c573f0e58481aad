"""Venezuela's Orinoco Mining Arc, the Amazon's illegal miners, Peru, Colombia, Ecuador (dev242)."""

from _wrap import item

item(
    "Bulla Loca mine collapse: Venezuela searches for trapped miners",
    """Rescuers in Venezuela's Bolívar state searched on {{Wednesday}} for miners buried when the
    open-pit Bulla Loca gold mine collapsed near La Paragua, in the Orinoco Mining Arc. Civil
    protection officials said [[16 people|killed;a=Civil protection officials]] had been confirmed
    dead and [[at least 11|injured;a=Civil protection officials]] were in hospital in Ciudad
    Bolívar. Local authorities had earlier spoken of [[as many as 30 dead|killed;a=Local
    authorities]]. Miners at the site said [[between 50 and 100 people|missing;a=Miners at the
    site]] could still be under the mud, a figure officials rejected. [[Around 200
    miners|displaced;a=officials]] who had been working the pit when the walls gave way were
    evacuated by helicopter and boat, officials said. The government said it would move [[about
    1,500 residents|displaced;p;a=government]] of the camp because the ground remained unstable.
    The mine lies about {{180 kilometres}} from the nearest paved road.""",
)

item(
    "Bodies of Tumeremo miners found in mass grave",
    """Venezuelan investigators have found the bodies of [[17 miners|killed;a=Attorney General
    Tarek William Saab]] in a mass grave near Tumeremo, in Bolívar state, Attorney General Tarek
    William Saab said on {{Sunday}}. Relatives say [[28 men|missing;a=Relatives]] disappeared on
    {{March 4}} after a gang attacked the Atenas mine, and [[11 of them|missing;a=Relatives;n=-]] are
    still unaccounted for. Saab said [[nine suspects|arrested;a=Saab]] had been detained, [[two of
    them|arrested;a=Saab;n=-]] soldiers. Hundreds of residents blocked the highway to Brazil for
    {{four days}} to demand news of the missing. Survivors said [[about 40 gunmen|combatants;a=Survivors]]
    took part in the attack. Rights groups say [[more than 100 people|killed;a=Rights groups]] have
    died in massacres in the mining areas of the south since {{2016}}.""",
)

item(
    "Venezuelan troops clear El Callao mines held by armed 'sindicatos'",
    """Venezuela's armed forces said on {{Saturday}} they had killed [[eight members|killed;a=Venezuela's
    armed forces]] of a criminal "sindicato" and arrested [[43 people|arrested;a=Venezuela's armed forces]] in an operation at gold mines around El Callao, Bolívar state. The defence
    ministry said [[some 2,000 troops|combatants;a=defence ministry]] took part, backed by
    helicopters, and that [[at least three soldiers|injured;a=defence ministry]] were wounded. The
    operation seized [[26 rifles|other]], [[five grenades|other]] and {{1.3 kilograms}} of gold.
    Residents told the human rights group Provea that [[about 120 families|displaced;a=Residents]]
    fled the mining camps of El Perú and Nacupay during the fighting.""",
)
item(
    "Venezuela says it has driven miners out of Yapacana park",
    """Venezuela's military said on {{December 2}} it had removed [[more than 10,000 illegal
    miners|displaced;a=Venezuela's military]] from Yapacana National Park in Amazonas state in a
    {{six-month}} operation. Soldiers destroyed [[about 350 mining camps|housing;a=armed forces
    command]] and [[87 dredges|other;u=other;a=armed forces command]], as well as [[12 clandestine
    airstrips|other;u=other;a=armed forces command]], the armed forces command said. [[Some 60
    people|arrested;a=armed forces command]], it added, were handed to prosecutors,
    among them [[14 Colombians|arrested;a=armed forces command]] it said belonged to
    dissident FARC factions. Indigenous leaders of the Piaroa and Yekuana peoples said the miners
    had begun returning within weeks, and that [[at least four community members|killed;a=Indigenous
    leaders of the Piaroa and Yekuana peoples]] had been killed by armed men in {{2024}}. The
    park covers {{3,200 square kilometres}} on the upper Orinoco.""",
)
item(
    "Brazil declares health emergency in Yanomami territory",
    """Brazil declared a public health emergency in the Yanomami Indigenous Territory on {{January
    20}}, after reports of malnutrition and malaria blamed on illegal gold miners. The health
    ministry said [[570 Yanomami children|killed;a=health ministry]] had died of preventable
    causes during the previous government's {{four years}} in office. Indigenous organisations say
    [[some 20,000 wildcat miners|other;a=Indigenous organisations]] are working inside the
    territory, which is home to [[about 30,000 Yanomami|civilians;a=Indigenous organisations]].
    Federal agencies handed out [[5,000 food baskets|aid]] in the first {{ten days}}, and the
    ministry plans to send [[a further 12,000|aid;p;a=ministry;alt=health ministry]] by {{March}}.
    [[Hundreds of miners|displaced;a=federal police]] began leaving the territory on foot and by
    boat after the air force closed its airspace, federal police said. Police also said they had
    destroyed [[32 aircraft|other;a=Police]] and [[more than 200 river boats|other;a=Police]] used
    to supply the mining camps since {{2021}}.""",
)
item(
    "Federal police burn dredges in Munduruku territory",
    """Brazil's federal police and the environmental agency Ibama destroyed [[18 gold
    dredges|other;u=other;a=Ibama]] and [[nine excavators|other;u=other;a=Ibama]] in the
    Munduruku Indigenous Territory in Pará state during an operation that ended on {{Friday}},
    Ibama said. [[Some 150 agents|combatants]] took part. They arrested [[12 people|arrested]],
    including [[two pilots|arrested]] who flew fuel to the camps. Munduruku leaders said [[about
    2,000 miners|other;a=Munduruku leaders]] were still working along the Tapajós tributaries.
    Researchers at the Fiocruz institute found mercury above safe limits in [[nearly 200
    residents|civilians;a=Researchers at the Fiocruz institute]] of three villages they tested in
    {{2020}}. Miners set fire to [[two houses|housing]] belonging to Munduruku leaders in
    {{2021}}.""",
)
item(
    "Peru: 13 mine security guards found dead in Pataz",
    """The bodies of [[13 security guards|killed;a=Peru's interior ministry]] abducted from a gold
    mine in Pataz province, in Peru's La Libertad region, were found in a tunnel on {{May 4}},
    Peru's interior ministry said. The men, who worked for a contractor of the mining company
    Poderosa, had been seized {{eight days}} earlier. [[One other worker|missing;a=relatives]] is
    still missing, relatives said. President Dina Boluarte ordered a {{30-day}} curfew and said
    [[more than 1,500 soldiers|combatants;p;a=President Dina Boluarte]] would be sent to the
    province. Police said [[four suspects|arrested;a=Police]] had been detained. Poderosa says
    [[39 of its workers|killed;a=Poderosa]] have been killed in attacks since {{2020}}, and that
    illegal miners have blown up [[more than 50 power pylons|other;u=other;a=Poderosa]] feeding its
    operations. Local officials estimate that [[around 10,000 informal miners|other;a=Local
    officials]] work in the province's tunnels.""",
)
item(
    "Operation Mercurio: Peru sends troops into La Pampa",
    """Peru launched its largest operation against illegal gold mining in the Amazon region of
    Madre de Dios on {{February 19}}, sending [[some 1,200 police officers|combatants;a=interior
    ministry]] and [[300 soldiers|combatants;a=interior ministry]] into the area known as La Pampa,
    the interior ministry said. Officials said [[between 5,000 and 7,000 miners|displaced;a=Officials]]
    had left the zone before the troops arrived, many of them for Puerto Maldonado. Police arrested
    [[52 people|arrested]] in the first {{48 hours}} and freed [[14 women|kidnapped;a=prosecutors]],
    [[four of them|kidnapped;a=prosecutors;n=-]] minors, whom prosecutors described as victims of sex
    trafficking. Soldiers dismantled [[about 400 mining camps|housing]] along the Interoceanic
    Highway. The government plans to build [[three military bases|other;u=structure;p;a=government]]
    in the area and keep troops there for {{two years}}. Mining has cleared about {{11,000
    hectares}} of forest in La Pampa since {{2014}}.""",
)

item(
    "Displaced families leave Bajo Cauca villages as armed groups fight over gold",
    """[[More than 1,300 families|displaced;a=Colombia's Ombudsman's Office]] have fled rural
    villages in the gold mining municipalities of Cáceres and El Bagre, in Antioquia's Bajo Cauca
    region, since {{January}}, Colombia's Ombudsman's Office said on {{March 8}}. The Gulf Clan and
    the ELN are fighting for control of the dredges and pits along the Nechí river, the office
    said. [[About 4,000 people|displaced;a=municipal officials]] are staying in [[11
    schools|capacity;a=municipal officials]] and sports halls in Cáceres, municipal officials said.
    The Red Cross said it had delivered hygiene kits to [[850 households|aid;a=Red Cross]]. The
    army says the Gulf Clan has [[about 1,800 members|combatants;a=army]] in Bajo Cauca and earns
    more from illegal gold than from cocaine. [[At least seven civilians|killed;a=ombudsman]] were
    killed in the area in {{February}}, the ombudsman said, and [[some 20 villages|other;a=ombudsman]]"""
    """ were under lockdown.""",
)

item(
    "Eleven soldiers killed in ambush near illegal gold mines in Ecuador's Amazon",
    """[[Eleven soldiers|killed;a=Ecuador's armed forces]] were killed on {{May 9}} in an ambush in
    the Alto Punino area of Orellana province, where the army had been fighting illegal gold
    mining, Ecuador's armed forces said. [[One soldier|injured]] was wounded. The army blamed a
    dissident FARC faction, the Comandos de la Frontera, which it says protects [[dozens of illegal
    mines|other;a=army]] in the Amazon. President Daniel Noboa declared {{three days}} of national
    mourning and said he would send [[some 2,000 troops|combatants;p;a=President Daniel Noboa]]
    into the area. Troops seized [[more than 300 excavators|other;u=other;a=defence ministry]] in
    Orellana and Napo in {{2024}}, according to the defence ministry. Residents of nearby Kichwa
    communities said [[about 40 families|displaced;a=Residents of nearby Kichwa communities]] had
    left for the town of Loreto after the attack.""",
)

item(
    "Villagers hold 57 Colombian soldiers after raid on illegal mine",
    """Residents of a gold mining area in Colombia's Cauca department surrounded and held [[57
    soldiers|kidnapped;a=Colombia's defence ministry]] for {{two days}} after troops destroyed
    machinery at an illegal mine, Colombia's defence ministry said on {{Monday}}. The soldiers
    had blown up [[six backhoes|other;u=other]] used to dig the banks of the Micay river. The
    ombudsman said [[around 600 residents|other;a=ombudsman]] took part in the standoff, which
    ended when a government commission arrived by helicopter. The army said the community acted
    under pressure from FARC dissidents who control [[about 70 mines|other;a=army]] in the
    canyon. In {{March}}, [[28 police officers and soldiers|kidnapped;n=police officers and
    soldiers]] were held for {{three days}} in a similar standoff in the same region. The
    ministry says [[more than 1,000 members|combatants;a=ministry;alt=Colombia's defence ministry]]
    of the dissident faction operate in the area.""",
)

item(
    "Guyana deports Venezuelan miners after attack on river patrol",
    """Guyana has deported [[146 Venezuelans|returned;a=Guyana's home affairs ministry]] detained
    in gold mining areas along the Cuyuní river, Guyana's home affairs ministry said on
    {{Wednesday}}. The expulsions followed an attack in which [[three soldiers|injured;a=Guyana
    Defence Force]] were wounded when gunmen fired on a patrol boat near Eteringbang, according to
    the Guyana Defence Force. Witnesses said [[between 30 and 40 gunmen|combatants;a=Witnesses]]
    belonging to a Venezuelan "sindicato" took part. Police detained [[31 miners|arrested]] at a
    camp near the border and seized [[more than 20 boats|other]]. Mining associations estimate that
    [[about 2,500 Venezuelans|other;a=Mining associations]] work in Guyana's gold fields, many
    without papers. The border area has been tense since Venezuela claimed the Essequibo region in
    a referendum in {{December 2023}}.""",
)

item(
    "Yanomami who fled mining areas crowd health house in Boa Vista",
    """[[About 700 Yanomami|displaced;a=health ministry]] who left villages near mining areas are
    sheltering at the Indigenous health house in Boa Vista, the health ministry said, in a compound
    built for [[150 patients|capacity;a=ministry;alt=health ministry]]. A second shelter with
    space for [[400 people|capacity;p]] is due to open in {{April}}. Doctors have treated [[more
    than 1,100 children|aid;a=ministry;alt=health ministry]] for malnutrition since {{January}},
    the ministry said, and [[some 180 patients|returned;a=ministry;alt=health ministry]] have been
    flown back to their villages. Yanomami leaders said [[two children|missing;a=Yanomami
    leaders]] were still missing after being swept into the river by the suction pipe of a
    miners' dredge, and that [[at least 30 communities|civilians;u=other;a=Yanomami leaders]]
    still had no health post.""",
)

item(
    "Pemón flee to Brazil after troops fire on miners in Ikabarú",
    """Venezuelan soldiers killed [[at least five people|killed;a=Pemón leaders]], among them
    [[four miners|killed;a=Pemón leaders]], in a raid on a gold mining camp near Ikabarú in Gran
    Sabana, Pemón leaders said on {{Sunday}}. [[Nine people|injured]] were taken to hospital in
    Santa Elena de Uairén. The leaders said [[more than 900 Pemón|displaced;a=leaders;alt=Pemón
    leaders]] had crossed into Brazil since {{February}}, when troops and Indigenous residents
    clashed over aid convoys at the border. The Brazilian army said it had set up [[two
    shelters|capacity;a=Brazilian army]] in Pacaraima for [[up to 500 people|capacity]]. The
    Venezuelan defence ministry said its troops had come under fire from an armed gang and had
    arrested [[11 suspects|arrested;a=Venezuelan defence ministry]].""",
)

item(
    "Venezuela's gold sales abroad drop as sanctions bite",
    """Venezuela's central bank sold about {{7.6 tonnes}} of gold abroad in {{2019}}, down from
    {{23 tonnes}} in {{2018}}, according to people familiar with the data. Gold from the Orinoco
    Mining Arc, a zone of {{111,843 square kilometres}} created by decree in {{2016}}, has been sent
    to Turkey and the United Arab Emirates. The US Treasury imposed sanctions on the state gold
    company Minerven in {{March 2019}}. Economists estimate that illegal gold exports are worth up
    to {{$2 billion}} a year, or more than {{70%}} of production. The central bank's reserves fell
    below {{$7 billion}} in {{January 2020}}, their lowest in {{three decades}}.""",
)

item(
    "Mercury levels in Amazon fish rise near wildcat mines, study finds",
    """Fish sold in markets across the Brazilian Amazon contain mercury above safe limits in about {{21%}}
    of samples, according to a study published on {{April 4}}. The researchers tested fish bought
    between {{March 2021}} and {{September 2022}}. In Roraima, where illegal gold mining expanded
    rapidly after {{2019}}, the share reached {{40%}}. The study estimates that women of
    childbearing age who eat the fish daily ingest up to {{21 times}} the safe dose. Mining
    destroyed {{4,219 hectares}} of forest in Yanomami land in {{2022}}, up {{54%}} on the year
    before, according to satellite data. Scientists said the effects on children could last
    {{decades}}.""",
)
