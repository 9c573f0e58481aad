"""dev12 texts: Ukraine; Myanmar, Bangladesh, Afghanistan; the Sahel, Lake Chad, the CAR.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- Ukraine
    (
        "Ukraine: evacuations from Pokrovsk district intensify",
        "Authorities evacuated [[1,200 people|displaced;a=the regional governor]], [[including 260 children|displaced;a=the regional governor]], from Pokrovsk and surrounding villages over the weekend, the regional governor said. "
        "[[About 11,000 residents|civilians;a=the governor;alt=the regional governor]] remain in the town, which had [[60,000|civilians;a=the governor;alt=the regional governor]] before the war, the governor said.",
    ),
    (
        "Ukraine: Kharkiv region families flee renewed Russian offensive",
        "[[More than 9,900 people|displaced;a=Kharkiv governor Oleh Syniehubov]] have been evacuated from border areas of Kharkiv region since {{May 10}}, Kharkiv governor Oleh Syniehubov said. "
        "The transit centre in Kharkiv has received [[up to 400 people a day|displaced]]. "
        "Shelling destroyed or damaged [[about 170 houses|housing]] in Vovchansk in {{a week}}.",
    ),
    (
        "Ukraine: returns to Kyiv region outpace repairs",
        "[[Around 4.8 million Ukrainians|returned;a=the IOM]] have returned to their homes after being displaced within the country or abroad, the IOM said in its {{round 16}} survey. "
        "{{About a quarter}} of them live in damaged housing. "
        "In Kyiv region alone, [[some 26,000 homes|housing;a=regional authorities]] have been rebuilt since {{2022}}, regional authorities said.",
    ),
    (
        "Ukraine: collective centres in Dnipro near capacity",
        "Dnipro's [[112 collective centres|capacity;a=the city council]] have [[about 9,000 places|capacity;a=the city council]] and are {{95%}} full, the city council said. "
        "[[Some 350 new arrivals|displaced]] from Donetsk region register every day, and the city plans to open [[four modular towns|capacity;u=other;p]] by winter.",
    ),
    (
        "Ukraine: Kherson residents leave right bank under shelling",
        "[[About 2,000 people|displaced;a=the regional military administration]] left Kherson city in the week after Russian forces intensified drone attacks on civilians, the regional military administration said. "
        "[[Roughly 60,000|civilians;a=the administration;alt=the regional military administration]] remain in a city that had [[280,000 residents|civilians;a=the administration;alt=the regional military administration]] in {{2021}}, the administration said.",
    ),
    (
        "Ukraine: children returned from Russia through Qatari mediation",
        "[[Eleven Ukrainian children|returned;a=the presidential office]] taken to Russia or occupied areas have been brought back to Ukraine through Qatari mediation, the presidential office said on {{June 3}}. "
        "Kyiv says it has verified [[19,546 children|displaced;a=Kyiv]] deported or forcibly transferred since {{February 2022}}, and only [[about 1,300|returned;a=Kyiv]] have come home.",
    ),
    (
        "Ukraine: Sumy villages evacuated",
        "The Sumy regional administration ordered the mandatory evacuation of [[11 more villages|other;u=other;a=The Sumy regional administration]] near the Russian border, The Sumy regional administration said, which will move [[about 1,400 people|displaced;p;a=The Sumy regional administration]]. "
        "[[More than 54,000|displaced]] have already left the border zone since last summer.",
    ),
    (
        "Ukraine: Mariupol residents still in occupied city",
        "[[Up to 100,000 people|civilians;a=the city's exiled mayor]] remain in occupied Mariupol, the city's exiled mayor said, down from [[about 430,000|civilians;a=the city's exiled mayor]] before the invasion. "
        "Russian authorities have demolished [[at least 270 apartment buildings|housing;a=the city council in exile]], according to the city council in exile.",
    ),
    (
        "Poland: refugees from Ukraine register for temporary protection",
        "Poland has granted temporary protection to [[about 980,000 Ukrainians|displaced;a=the European Union's statistics office]], the European Union's statistics office said, the second-largest number in the EU after Germany's [[1.2 million|displaced;a=the European Union's statistics office]]. "
        "Ukraine's border service said [[about 30,000 Ukrainians|returned;a=Ukraine's border service]] crossed back from Poland at the weekend, many of them women going home to Kyiv.",
    ),
    (
        "Moldova: refugee accommodation centres close as numbers fall",
        "Moldova has closed [[28 refugee accommodation centres|capacity;a=the labour ministry]] since {{January}}, leaving [[41|capacity;u=structure;a=the labour ministry]] open with [[about 2,100 residents|displaced;a=the labour ministry]], the labour ministry said. "
        "[[Some 120,000 Ukrainians|displaced]] live in the country, most in rented flats.",
    ),
    # ---------------------------------------------------------------- Myanmar, Bangladesh, Afghanistan
    (
        "Bangladesh: new Rohingya arrivals in Cox's Bazar camps",
        "[[Around 118,000 Rohingya|displaced;a=UNHCR]] have arrived in the Cox's Bazar camps since {{late 2023}}, fleeing fighting in Rakhine state, UNHCR said. "
        "[[About 70,000 of them|displaced;n=-;a=UNHCR]] have been biometrically registered, it said. "
        "The camps already held [[nearly one million refugees|displaced;v=1000000]] spread across [[33 camps|capacity]].",
    ),
    (
        "Bangladesh: fire destroys shelters in Rohingya camp",
        "A fire tore through {{Camp 5}} in Kutupalong on {{Sunday}}, destroying [[some 1,200 shelters|capacity;a=the refugee relief commissioner]] and leaving [[about 7,000 refugees|displaced;a=the refugee relief commissioner]] without a roof, the refugee relief commissioner said. "
        "[[Two children|killed]] died, and [[15 health and learning centres|housing;u=structure;n=centres]] were also burned.",
    ),
    (
        "Bangladesh: Bhasan Char relocation continues",
        "The navy moved [[another 2,300 Rohingya|displaced;a=Bangladeshi officials]] from Cox's Bazar to Bhasan Char island on {{Tuesday}}, Bangladeshi officials said. "
        "The island was built to house [[100,000 people|capacity]] and now has [[about 36,000|displaced]].",
    ),
    (
        "Myanmar: civilians flee Sittwe outskirts as Arakan Army advances",
        "[[Tens of thousands of residents|displaced]] have left the outskirts of Sittwe for the city centre, aid workers said. "
        "[[About 600,000 people|civilians;a=a UN official]] across Rakhine state are in need of food aid, a UN official told reporters in Bangkok, and [[some 180,000|civilians;a=a UN official]] are at risk of famine.",
    ),
    (
        "Myanmar: quake-struck Sagaing also hit by airstrikes",
        "Junta airstrikes on villages in Sagaing killed [[at least 12 people|killed;a=a local resistance group]] days after the earthquake, a local resistance group said. "
        "[[Some 3,000 people|displaced]] sleeping in fields after the quake fled again. "
        "The Myanmar Red Cross has set up [[14 temporary camps|capacity;a=the Myanmar Red Cross]] in the region, according to the Myanmar Red Cross.",
    ),
    (
        "Thailand: Myanmar refugees return from Mae Sot after fighting eases",
        "[[About 3,000 of the people|returned;n=people;a=Thai authorities]] who crossed into Mae Sot during the fighting for Myawaddy have gone back, Thai authorities said. "
        "Thai officials had opened [[two temporary safe areas|capacity;u=other;a=Thai officials]] for up to [[4,000 people|capacity;a=Thai officials]], Thai officials said earlier.",
    ),
    (
        "Afghanistan: returnees from Pakistan pass through Torkham",
        "[[More than 17,000 Afghans|returned;a=the Taliban's refugee ministry]] crossed back through Torkham on {{Wednesday}}, the Taliban's refugee ministry said, the busiest day since Pakistan began deporting undocumented foreigners. "
        "Returnees receive {{10,000 afghanis}} per family at the zero point, and the ministry says it has set aside land for [[14 new townships|capacity;u=other;p;a=the ministry;alt=the Taliban's refugee ministry]]. "
        "[[Hundreds of families|displaced]] were sleeping in the open near the crossing.",
    ),
    (
        "Afghanistan: Iran deportations surge after Israel war",
        "Iran deported or pushed back [[more than 500,000 Afghans|returned;a=the UN]] in the {{four weeks}} after {{June 13}}, according to the UN, among them [[about 7,000 unaccompanied children|returned;a=the UN]]. "
        "At the Islam Qala crossing, the IOM counted [[up to 40,000 arrivals a day|returned;a=the IOM]]. "
        "The agency has handed out [[23,000 hot meals|aid]] and provided transport to [[about 9,000 people|aid]] going on to their provinces of origin.",
    ),
    (
        "Pakistan: Kurram families stranded as road closure continues",
        "[[About 300,000 residents|civilians;a=the district administration]] of Parachinar and surrounding villages have been cut off for more than {{three months}}, the district administration said. "
        "Helicopters have flown in [[80 tonnes|aid]] of medicines. "
        "Sectarian clashes in {{November}} killed [[more than 130 people|killed;a=local officials]] and burned [[about 400 shops|housing;a=local officials]], local officials said.",
    ),
    (
        "Pakistan: Bajaur operation ends, displaced told to return",
        "The provincial government told [[more than 100,000 people|returned;p;a=The provincial government]] who fled a military operation in Bajaur to go home within {{a week}}, The provincial government said. "
        "Officials say [[2,400 houses|housing;a=Officials]] were damaged in the fighting and will be compensated at {{400,000 rupees}} each.",
    ),
    # ---------------------------------------------------------------- Sahel, Lake Chad, CAR
    (
        "Burkina Faso: Djibo under blockade as displaced population grows",
        "[[More than 300,000 people|civilians;a=humanitarian sources]], [[including 270,000 displaced|displaced;n=displaced;a=humanitarian sources]], are living in Djibo under a blockade by JNIM fighters, humanitarian sources said. "
        "The town's population was [[about 60,000|civilians]] before {{2019}}. "
        "The army has flown in food by helicopter, but the last road convoy, of [[between 150 and 200 trucks|aid]], was attacked in {{September}}.",
    ),
    (
        "Burkina Faso: displaced families in Kaya receive shelter kits",
        "The Norwegian Refugee Council distributed [[1,500 emergency shelter kits|aid;a=The Norwegian Refugee Council]] to displaced families in Kaya, The Norwegian Refugee Council said. "
        "Kaya hosts [[an estimated 100,000 to 120,000 displaced people|displaced;q=range;lo=100000;hi=120000]], roughly as many as its original residents. "
        "[[Another 40 households|displaced]] arrived from Barsalogho on {{Friday}}.",
    ),
    (
        "Mali: Mopti sites receive displaced from Bandiagara",
        "[[Some 4,500 people|displaced;a=the regional directorate for social development]] fled villages around Bandiagara after attacks by armed men, the regional directorate for social development said, and are now in [[three sites|capacity;u=other;a=the regional directorate for social development]] in Sevare. "
        "[[Six villages|other;a=residents]] were emptied in two days, residents said.",
    ),
    (
        "Mali: Malian refugees in Mbera camp",
        "[[Nearly 260,000 Malian refugees|displaced;a=UNHCR]] live in and around Mbera camp in Mauritania's Hodh Chargui region, UNHCR said, up from [[about 90,000|displaced;a=UNHCR]] in {{2022}}. "
        "Local residents in Bassikounou, [[some 70,000 people|civilians]], share water points and pasture with the refugees.",
    ),
    (
        "Niger: Tillaberi villagers flee to Ouallam",
        "[[Between 2,000 and 2,500 villagers|displaced;a=local officials]] reached Ouallam after gunmen on motorbikes attacked [[four villages|other;a=local officials]] in the Tillaberi region, local officials said. "
        "[[About 20 people|killed]] were killed in the attacks. "
        "In Ouallam, displaced families are sleeping in [[12 classrooms|capacity]] and under trees.",
    ),
    (
        "Niger: migrants expelled from Algeria arrive in Assamaka",
        "[[More than 31,000 migrants|returned;a=Alarme Phone Sahara]] were expelled from Algeria to the Niger border in {{2024}}, Alarme Phone Sahara said. "
        "The IOM transit centre in Assamaka, designed for [[about 1,000 people|capacity;a=the IOM]], hosted [[up to 4,500|displaced;a=the IOM]] at times, according to the IOM.",
    ),
    (
        "Nigeria: Borno returnees resettled in Bama",
        "The Borno State government resettled [[3,000 households|returned;a=The Borno State government]] in Bama town in the latest phase of returns, The Borno State government said, giving each family {{50,000 naira}} and a bag of rice. "
        "The state has rebuilt [[about 2,000 houses|housing]] in Bama since {{2020}}. "
        "Aid groups warned that farmland more than {{2 km}} from the town remains off limits because of attacks.",
    ),
    (
        "Nigeria: Zamfara villagers flee bandit raids to Gusau",
        "Bandits raided [[nine communities|other;u=other;a=residents]] in Maru local government area, killing [[at least 37 people|killed;a=residents]] and abducting [[dozens of women|kidnapped;a=residents]], residents said. "
        "[[Over 6,000 people|displaced;a=the State Emergency Management Agency]] have arrived in Gusau and are staying in [[two primary schools|capacity;a=the State Emergency Management Agency]], the State Emergency Management Agency said.",
    ),
    (
        "Nigeria: Benue camps overwhelmed after herder attacks",
        "[[About 1.5 million people|displaced;a=the Benue State Emergency Management Agency]] are now displaced in Benue State, the Benue State Emergency Management Agency said, [[of whom 500,000|displaced;a=the Benue State Emergency Management Agency]] live in official camps. "
        "The rest stay with relatives or in unfinished buildings in Makurdi, where the agency has counted [[over 40 informal sites|capacity;a=the agency;alt=the Benue State Emergency Management Agency]].",
    ),
    (
        "Cameroon: Nigerian refugees cross into Far North after Boko Haram attacks",
        "[[Some 7,000 Nigerians|displaced;a=UNHCR]] crossed into Cameroon's Far North region after Boko Haram attacks near Gamboru, UNHCR said on {{January 14, 2015}}. "
        "Minawao camp, opened for [[15,000 refugees|capacity]], now holds [[more than 33,000|displaced]]. "
        "Cameroon has sent [[around 2,000 soldiers|combatants;a=Cameroon's defence minister]] to the border, Cameroon's defence minister said.",
    ),
    (
        "Cameroon: Anglophone crisis displaces villagers to Douala",
        "[[An estimated 640,000 people|displaced;a=OCHA]] have been displaced inside Cameroon by the conflict in the North-West and South-West regions, OCHA said, and [[roughly 70,000|displaced;a=OCHA]] have fled to Nigeria. "
        "[[More than 170 villages|other;a=researchers at the University of Buea]] have been burned since {{2017}}, according to a tally by researchers at the University of Buea.",
    ),
    (
        "Chad: Lake Chad islands emptied after Boko Haram raid",
        "The army ordered residents of [[more than 20 islands|other;u=other;a=the army]] on Lake Chad to leave after a Boko Haram raid killed [[seven soldiers|killed;a=the army]], the army said. "
        "[[About 11,000 islanders|displaced;a=the regional governor]] have moved to Baga Sola, where the regional governor said the state had opened [[two sites|capacity;a=the regional governor]].",
    ),
]
