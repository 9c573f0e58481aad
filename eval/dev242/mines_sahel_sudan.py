"""The Sahel's gold sites (Burkina Faso, Mali, Niger, Chad) and Sudan's gold mines (dev242)."""

from _wrap import item

item(
    "Jihadists kill dozens at gold site in northern Burkina Faso",
    """Gunmen believed to belong to the al-Qaeda-linked {{JNIM}} group attacked an artisanal gold
    site near Gomgombiro in Burkina Faso's Sahel region, killing [[at least 34 people|killed;a=local
    sources]], local sources said on {{Sunday}}. A regional official who asked not to be named put
    the toll at [[about 50|killed;a=A regional official who asked not to be named]], most of them
    young miners from the Centre-North. The attackers arrived on [[some 40 motorbikes|other;a=witnesses]]
    at around {{6 p.m.}} and fired on the crowd at the washing pits, witnesses said. They also set
    fire to [[dozens of shacks|housing;u=structure]] and carried off [[three generators|other]]. [[More than 20
    wounded|injured;a=medical source in Dori]] were taken to Dori, a medical source in Dori said.
    Gold sites in the region have drawn [[tens of thousands of diggers|other]] since {{2015}}, and
    armed groups have taxed or controlled many of them since {{2019}}.""",
)

item(
    "Burkina junta takes over gold mines as sites close in the east",
    """Burkina Faso's military government said on {{Thursday}} it had closed [[more than 200
    artisanal gold sites|other;a=Burkina Faso's military government]] in the East and Boucle du
    Mouhoun regions because of the security situation, affecting [[some 70,000 miners|civilians;a=Burkina Faso's military government]],
    it said. The mines ministry said [[about 800 soldiers and volunteers|combatants;n=soldiers and volunteers;a=mines ministry]]
    of the Volunteers for the Defence of the Homeland (VDP) had been deployed to protect [[the six
    industrial mines|other;a=mines ministry]] still operating. The state-owned Société de
    Participation Minière du Burkina, created in {{2024}}, now holds stakes of up to {{50%}} in
    [[five of them|other;n=-;u=other]]. Local associations in Fada N'Gourma said [[up to 12,000 people|displaced;a=Local
    associations in Fada N'Gourma]] had arrived from the mining zones since the closures.""",
)

item(
    "Attack on Semafo convoy kills 39 near Boungou mine",
    """Gunmen ambushed a convoy carrying workers of Canadian miner Semafo on the road to the
    Boungou gold mine in eastern Burkina Faso, killing [[37 people|killed;a=governor of the East
    region]] and wounding [[60|injured;a=governor of the East region]], the governor of the East
    region said. The toll later rose to [[39|killed;a=regional health director]], the regional health director said. The
    convoy of [[five buses|other]] was escorted by [[a military detachment of about 20|combatants;n=-;v=20;q=approx]],
    which lost [[one soldier|killed]]. Semafo said [[about 240 staff|other;a=Semafo]] were on board and that
    it was suspending operations at Boungou, about {{40 kilometres}} from Fada N'Gourma. It was the
    {{third}} attack on the mine's convoys in {{15 months}}.""",
)

item(
    "Dozens die in collapse at Malian gold mine near Senegal border",
    """[[At least 48 people|killed;a=Mali's mines ministry]], many of them women, were killed when
    a former Chinese-operated gold pit collapsed at Bilalikoto in the Kéniéba district on
    {{January 29}}, Mali's mines ministry said. The women were panning for gold in the abandoned
    pit when a wall of earth gave way, a local official said. [[Fifteen people|missing;a=civil protection officials]] were still missing on {{Sunday}}, civil protection officials said, and
    [[about 20|injured;a=civil protection officials]] had been rescued with injuries. The
    disaster came {{two weeks}} after [[ten miners|killed]] drowned in a flooded gallery at Daboya
    in the Koulikoro region. The ministry said it had counted [[more than 300 unauthorised
    sites|other;a=ministry;alt=Mali's mines ministry]] in the Kayes region alone and ordered their closure.""",
)

item(
    "Mali detains Barrick staff and seizes gold in mining code dispute",
    """Malian authorities detained [[four employees|arrested;a=Barrick Gold]] of Barrick Gold in
    Bamako in {{November}}, the Canadian company said, as a dispute over the {{2023}} mining code
    deepened. Security forces later flew about {{three tonnes}} of gold from the Loulo-Gounkoto
    complex to a bank in the capital, a source at the company told Reuters. Barrick said it had
    suspended work at the site, which employs [[more than 4,000 people|other;a=Barrick]], most
    of them Malian. A union official said [[about 1,200 contract workers|other;a=A union official]]
    had already been laid off. Barrick's chief executive said the company had paid {{$460
    million}} to the state in {{2024}}. The detained staff were released in {{June 2025}} after
    a settlement under which the company agreed to pay {{244 billion CFA francs}}. Soldiers also detained [[two Malian managers|arrested]] at the site in {{January}}, and [[between 80 and 100 soldiers|combatants;a=a company source]] now guard the complex, a company source said.""",
)

item(
    "Soldiers and Russian fighters take Intahaka gold site",
    """Malian troops backed by Russian fighters of the Wagner group took control of the Intahaka
    gold site north of Gao, one of the largest in the Sahel, the army said on {{February 9}}.
    Before the operation [[up to 30,000 miners|other;a=local officials]] worked the site, local
    officials said, many of them from Niger, Burkina Faso and Sudan. Residents of nearby Tin
    Hama said [[at least 12 civilians|killed;a=Residents of nearby Tin Hama]] were killed during
    the assault and [[some 25 people|arrested;a=Residents of nearby Tin Hama]] were taken away. The
    army said it had "neutralised" [[about 30 terrorists|killed;a=army]] and seized [[17 pick-up
    trucks|other;a=army]]. [[Thousands of miners|displaced]] fled towards the Algerian border and
    Kidal in the following days. The Tuareg-led rebel alliance had levied taxes at the site since
    {{2020}}, according to a UN report.""",
)

item(
    "Gunmen kidnap foreign workers at mining sites in western Mali",
    """Gunmen seized [[three Indian nationals|kidnapped;a=company]] at a cement plant near Kayes
    and [[two Chinese workers|kidnapped;a=Chinese embassy]] at a gold mining site in the Kéniéba
    area on {{July 1}}, the company and the Chinese embassy said. The attacks came as the
    al-Qaeda-linked {{JNIM}} group struck [[seven towns|other;a=army]] in western Mali in a
    single morning, according to the army. The army said [[more than 80 attackers|killed;a=army]]
    were killed. [[About a dozen foreign mine workers|kidnapped;a=mining industry sources]] have
    been abducted in Mali since the start of the year, mining industry sources said, and [[at least 150
    Chinese nationals|displaced;a=mining industry sources]] have left gold sites in the
    Kayes region. {{JNIM}} has not claimed the kidnappings.""",
)

item(
    "Clashes between gold miners kill scores in Chad's Tibesti",
    """Fighting between rival groups of gold miners at Kouri Bougoudi in northern Chad, near the
    Libyan border, killed [[about 100 people|killed;a=Chad's defence minister]] and wounded
    [[around 40|injured;a=Chad's defence minister]], Chad's defence minister said on {{May 25}}.
    The clashes broke out over a mining pit and spread across the site, which local officials
    say draws [[as many as 40,000 prospectors|other;a=local officials]] from Chad, Sudan, Niger
    and Libya. The government declared a state of emergency in the province for {{three months}}
    and sent [[several hundred troops|combatants]] to the area. Officials said [[more than 2,000
    miners|returned;a=Officials]] were flown or driven back to N'Djamena and their home provinces
    in the following week. The site had been closed once before, in {{2018}}, after
    [[30 miners|killed]] died in similar fighting.""",
)

item(
    "Niger: gunmen kill miners at Tillabéri gold site",
    """[[At least 20 people|killed;a=security source]] were killed when suspected Islamic State
    fighters attacked a gold panning site near Téra in Niger's Tillabéri region, a security
    source said on {{Friday}}. The attackers, on [[around 50 motorcycles|other;a=source;alt=security source]],
    according to the source, also looted shops and stole [[four metal detectors|other;u=other]].
    The interior ministry later gave a toll of [[16 dead|killed;a=interior ministry]] and
    [[nine wounded|injured;a=interior ministry]]. Niger's army said [[about 1,000
    soldiers|combatants;a=Niger's army]] had been sent to the region after the {{December}}
    attack. Gold panning in Tillabéri employs [[tens of thousands of young men|other]] and has
    been banned near the border since {{2022}}.""",
)
item(
    "Mauritania expels hundreds of foreign gold miners",
    """Mauritanian authorities have sent [[more than 600 foreign gold miners|returned;a=interior
    ministry sources]] back to Mali, Sudan and Senegal since {{mid-March}}, interior ministry
    sources said, after a crackdown on unlicensed digging in the Tasiast and Chami areas. About
    half of them were Sudanese who had fled the war at home. Police in Chami said they had
    detained [[another 140|arrested;a=Police in Chami]] awaiting deportation and seized [[32
    vehicles|other;a=Police in Chami]] and [[more than 90 metal detectors|other;u=other;a=Police in
    Chami]]. The state mining company Maaden Mauritanie, which has issued [[some 65,000
    permits|other;u=other;a=Maaden Mauritanie]] to Mauritanian diggers since {{2016}}, according
    to its website, said foreigners were barred from the fields. A lawyer for the miners said
    [[at least three men|killed]] died of thirst while crossing the desert on foot after being
    released at the border with Mali.""",
)

item(
    "RSF holds Jebel Amer gold mines as Darfur war grinds on",
    """The Rapid Support Forces (RSF) control the gold mines of Jebel Amer in North Darfur and
    use their revenue to buy weapons and pay fighters, the UN panel of experts on Sudan says in a
    report covering {{2023}}. The panel estimates that [[about 5,000 miners|other;a=panel;alt=UN
    panel of experts on Sudan]] work the site, under the protection of [[some 800 RSF
    fighters|combatants;a=panel;alt=UN panel of experts on Sudan]]. Jebel Amer has been a flashpoint
    since {{2013}}, when fighting between Abbala and Beni Hussein tribesmen over the mines killed
    [[more than 800 people|killed;a=UN]] and displaced [[about 150,000|displaced;a=UN]], according to
    the UN. The report also lists [[26 trucks|other;a=report;alt=UN panel of experts on Sudan]] of
    fuel and equipment that crossed from Libya to the mines in a single month. The panel says [[at least 12 gold-processing plants|other;u=other;a=panel;alt=UN panel of experts on Sudan]] operate near the mines.""",
)

item(
    "Gold mine collapse kills 11 in Sudan's Northeast",
    """[[Eleven miners|killed;a=Sudanese Mineral Resources Company]] were killed and [[seven
    others|injured;a=Sudanese Mineral Resources Company]] injured when a shaft collapsed at the
    Kirsh al-Fil gold mine in the desert near Howeid, the Sudanese Mineral Resources Company said
    on {{Sunday}}. The state company said it had suspended work at the mine, which was dug without
    authorisation, and sent [[two rescue teams|other;u=other]] from Atbara. Artisanal mining has boomed in
    the Nile and Northern states since the war began in {{April 2023}}, drawing [[hundreds of
    thousands of people|displaced]] who fled Khartoum and Darfur. The company said [[at least 50
    miners|killed;a=company;alt=Sudanese Mineral Resources Company]] had died in collapses this year.
    Doctors in Abu Hamad said [[another 14 people|killed;a=Doctors in Abu Hamad]] died in {{May}} after
    drinking water contaminated with mercury and cyanide.""",
)
item(
    "Drone strike on gold market kills traders in North Kordofan",
    """A drone strike on a gold market in the mining town of Um Sumeima, west of El Obeid, killed
    [[at least 31 people|killed;a=Sudan Doctors Network]] on {{Thursday}}, the Sudan Doctors
    Network said, blaming the RSF. The group said [[more than 40 people|injured;a=group;alt=Sudan
    Doctors Network]] were wounded and that the town's only clinic had run out of dressings.
    Traders said [[about 60 shops|housing;a=Traders]] and gold-grinding workshops were destroyed.
    The strike came as the paramilitaries pressed an offensive in Kordofan, where the army says it
    has deployed [[tens of thousands of troops|combatants;a=army]]. The UN migration agency IOM said
    [[some 4,500 people|displaced;a=UN migration agency IOM]] fled Um Sumeima and nearby mining
    villages in the {{48 hours}} after the strike, most of them towards El Obeid. The town drew
    [[an estimated 20,000 miners|other;a=local officials]] before the war, local officials said. [[Three ambulances|other]] were also hit.""",
)

item(
    "Families displaced by Sudan's war crowd gold town of Abu Hamad",
    """[[More than 11,000 displaced families|displaced;a=humanitarian aid commission]] are now
    living in Abu Hamad, a gold mining town on the Nile in River Nile state, the state's
    humanitarian aid commission said in {{September}}. Many men work in the surrounding mines
    while women and children stay in [[27 schools|capacity;a=commission;alt=humanitarian aid
    commission]] and public buildings turned into shelters, the commission said. The schools are
    meant to reopen in {{October}}, and the authorities plan to move [[about 3,000 families|displaced;p;a=authorities]]
    to a new camp with space for [[up to 15,000 people|capacity;p]]. The World Food Programme
    said it had distributed food baskets to [[6,200 households|aid;a=World Food Programme]] in
    the town in {{August}}. Local doctors say [[nine children|killed;a=Local doctors]] have died of
    kidney failure since {{June}}, which they blame on mercury used in the mines.""",
)

item(
    "Niger detains Orano manager as junta takes over Arlit uranium mine",
    """Niger's military authorities detained the local director of French nuclear group Orano's
    Somaïr uranium mine in Arlit on {{May 6}}, along with [[two other staff|arrested;a=Orano]],
    the company said. Orano lost operational control of the mine in {{December 2024}} and says
    about {{1,500 tonnes}} of uranium concentrate worth {{$300 million}} are stored at the site.
    The junta has since nationalised Somaïr, which employs [[about 800 people|other]], and said
    it would sell the stock. A convoy of [[at least 30 trucks|other;a=security sources]] left Arlit
    for the south in {{November}}, security sources said, escorted by [[hundreds of
    soldiers|combatants;a=security sources]]. Orano said its [[remaining four French
    expatriates|returned;a=Orano]] had been brought home in {{2023}}.""",
)

item(
    "Sudan's gold output rises despite war, state company says",
    """Sudan produced {{64 tonnes}} of gold in {{2024}}, up from {{41.8 tonnes}} in {{2022}}, the
    year before the war began, the Sudanese Mineral Resources Company said on {{January 15}}. Gold
    exports brought in {{$1.6 billion}}, or about {{47%}} of the country's export earnings, the
    company said. Analysts say a large share of output is smuggled out through Egypt, Chad and the
    United Arab Emirates and never appears in the figures. The company's director said artisanal
    mining accounted for {{80%}} of production. He said the government aimed to raise output to
    {{100 tonnes}} by {{2027}}, and that a new refinery in Port Sudan would open within {{18
    months}}.""",
)

item(
    "Burkina Faso adopts new mining code, raises state stake",
    """Burkina Faso's transitional parliament adopted a new mining code on {{July 18}}, raising the
    state's free stake in new mines to {{15%}} from {{10%}} and allowing it to buy up to a further
    {{35%}}. The code, which replaces one from {{2015}}, also requires that {{50%}} of management
    posts go to Burkinabe nationals within {{five years}}. Gold accounted for about {{70%}} of the
    country's exports in {{2023}}, when industrial mines produced {{57.6 tonnes}}. The government
    said it expected mining revenue to reach {{1,000 billion CFA francs}} in {{2026}}. The code
    takes effect {{30 days}} after publication in the official journal.""",
)
