"""dev12 texts: mixed, parts 2 and 3 (the regional batches are part 1).

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- mixed, part 2
    (
        "Sudan: Tawila absorbs survivors of Zamzam assault",
        "[[Some 400,000 people|displaced;a=the IOM]] fled Zamzam camp after the RSF overran it in {{April 2025}}, the IOM said, most of them to Tawila, {{60 km}} to the west. "
        "The number of displaced people in Tawila has risen to [[nearly 1 million|displaced]], and Medecins Sans Frontieres says it is seeing [[up to 100 malnourished children a day|aid;a=Medecins Sans Frontieres]]. "
        "Aid groups have put up [[only 3,000 shelters|capacity]] in the new sites.",
    ),
    (
        "Sudan: Khartoum returnees find city without water or power",
        "[[More than 400,000 people|returned;a=the IOM]] have returned to Khartoum state since the army retook the capital in {{March}}, the IOM said. "
        "The state water corporation said {{about 60 percent}} of the network was still out of service. "
        "Volunteers in Omdurman run [[more than 90 communal kitchens|aid]] that feed [[an estimated 70,000 people|aid]] daily.",
    ),
    (
        "South Sudan: Sudanese refugees relocated from Renk to Maban",
        "The UN refugee agency relocated [[4,350 Sudanese refugees|displaced;a=The UN refugee agency]] from Renk to the Maban camps in {{March}}, The UN refugee agency said. "
        "Maban's four camps host [[about 175,000 refugees|displaced]], and [[some 60,000 South Sudanese|civilians]] live in the surrounding host community.",
    ),
    (
        "Chad: rainy season threatens spontaneous sites near Adre",
        "[[Around 230,000 refugees|displaced;a=aid agencies]] still live in makeshift shelters of branches and plastic sheeting around Adre, aid agencies said, and [[up to 50,000|displaced;p;a=aid agencies]] could be cut off when the wadis flood. "
        "The relocation of [[80,000 people|displaced;p]] to new camps before the rains is planned but unfunded.",
    ),
    (
        "Ethiopia: Gambella receives South Sudanese refugees",
        "[[Twenty-six thousand South Sudanese|displaced;a=the Ethiopian Refugees and Returnees Service]] arrived at the Pagak entry point in {{three weeks}}, the Ethiopian Refugees and Returnees Service said. "
        "Gambella region now hosts [[over 390,000 refugees|displaced]], more than its own population of [[around 300,000|civilians]].",
    ),
    (
        "Yemen: Lahj and Taiz villages shelled, families leave",
        "[[About 350 families|displaced;a=the local authority]] left villages on the Taiz-Lahj front line after days of Houthi shelling, the local authority said, and [[two children|killed;a=the local authority]] were killed. "
        "[[Over 200 houses|housing;a=the authority;alt=the local authority]] were damaged, the authority said.",
    ),
    (
        "Yemen: WFP pauses food aid in Houthi areas",
        "The World Food Programme paused food distributions to [[9.5 million people|aid;a=The World Food Programme]] in Houthi-controlled northern Yemen, The World Food Programme said, citing a lack of funding and a dispute over targeting. "
        "Distributions will resume for [[about 6 million|aid;p;a=the agency;alt=The World Food Programme]] in the most food-insecure districts, the agency said.",
    ),
    (
        "Syria: people displaced in Tal Rifaat move to Tabqa",
        "[[About 120,000 people|displaced;a=the Kurdish-led administration]], many of them Kurds displaced from Afrin in {{2018}}, left Tal Rifaat and the Shahba area after a rebel offensive, the Kurdish-led administration said. "
        "[[More than 200 school buildings|capacity;u=structure;n=buildings;a=the administration;alt=the Kurdish-led administration]] in Tabqa and Raqqa are being used as shelters, the administration said.",
    ),
    (
        "Syria: Aleppo siege ends as buses evacuate eastern districts",
        "Green buses evacuated [[about 35,000 people|displaced;a=the ICRC]] from eastern Aleppo in {{a week}}, the ICRC said, [[including 4,000 fighters|combatants;a=the ICRC]]. "
        "A first convoy of [[20 buses|other]] left on {{Thursday}} carrying [[108 wounded people|injured]] and their relatives.",
    ),
    (
        "Lebanon: Syrians cross back to Syria through informal routes",
        "The UN refugee agency estimated that [[more than 425,000 people|displaced;a=The UN refugee agency]] crossed from Lebanon into Syria between {{September 23}} and {{November 27}}, [[about 60,000 of them|displaced;n=-;a=The UN refugee agency]] Lebanese. "
        "Many used informal crossings after Israeli strikes cut the Masnaa road in {{two places}}.",
    ),
    (
        "Gaza: displaced families in Mawasi tent camps brace for winter",
        "[[Around 945,000 people|civilians;a=the UN]] in Gaza need winter supplies, the UN said, but only [[about 23,000 tents|aid;a=the UN]] have been allowed in since {{September}}. "
        "In Mawasi, [[nearly 10,000 tents|capacity;a=the Palestinian Civil Defence]] were flooded or torn by storms in {{one night}}, according to the Palestinian Civil Defence.",
    ),
    (
        "Ukraine: Zaporizhzhia prepares to receive evacuees",
        "Zaporizhzhia city has prepared [[67 shelters|capacity;a=the city's military administration]] with [[6,000 beds|capacity;a=the city's military administration]] for people evacuated from front-line towns, the city's military administration said. "
        "[[About 1,100 evacuees|displaced]] arrived in the past month, [[of whom 300|displaced]] have moved on to western Ukraine.",
    ),
    (
        "Myanmar: Rohingya camp residents in Sittwe hit by shelling",
        "Shelling hit the Ohn Taw Gyi camp outside Sittwe, killing [[four Rohingya|killed;a=camp residents]] and wounding [[eleven|injured;a=camp residents]], camp residents said. "
        "[[Some 140,000 Rohingya|displaced]] have lived in camps around Sittwe since communal violence in {{2012}}.",
    ),
    (
        "Afghanistan: earthquake survivors and returnees share tents in Herat",
        "[[About 4,000 families|aid;a=the Afghan Red Crescent]] in Zindajan district have received tents, blankets and stoves, the Afghan Red Crescent said. "
        "[[More than 1,300 families|returned]] deported from Iran this year have settled in the district, many in [[the 2,100 tents|capacity;q=exact]] put up after the {{October 2023}} quake.",
    ),
    (
        "Mozambique: Chiure families flee to Nampula province",
        "Insurgent attacks in Chiure district sent [[more than 67,000 people|displaced;a=Medecins Sans Frontieres]] fleeing in {{two weeks}}, Medecins Sans Frontieres said, [[about 20,000 of them|displaced;n=-;a=Medecins Sans Frontieres]] across the Lurio river into Nampula province. "
        "[[At least 60 schools|other;a=local education officials]] closed, local education officials said.",
    ),
    (
        "Niger: returnees from Libya stranded in Agadez",
        "[[About 1,400 Nigerien migrants|returned;a=the IOM]] deported from Libya arrived in Agadez in {{January}}, the IOM said. "
        "Its transit centres in the city have [[1,600 places|capacity;a=the IOM]] and are full, it said, so [[some 500 others|displaced;a=the IOM]] are sleeping at the bus station.",
    ),
    # ---------------------------------------------------------------- mixed, part 3
    (
        "DRC: Uvira fills with families fleeing Kamanyola",
        "[[Between 25,000 and 30,000 people|displaced;a=the civil society of Uvira]] have reached Uvira from the Ruzizi plain in {{four days}}, the civil society of Uvira said. "
        "[[Fifteen churches and schools|capacity;n=churches and schools;u=structure]] are hosting them. "
        "[[About 2,000 Congolese|displaced;a=Burundian officials]] crossed on into Burundi, Burundian officials said.",
    ),
    (
        "DRC: returnees to Djugu rebuild under police escort",
        "[[Some 12,000 returnees|returned;a=the Ituri provincial government]] have resettled in [[17 villages|other;a=the Ituri provincial government]] of Djugu territory since {{June}}, the Ituri provincial government said. "
        "Engineers have built [[450 houses|housing]] and [[three health posts|housing;u=structure;n=posts]] for them.",
    ),
    (
        "Sudan: Nyala families detained by RSF, rights group says",
        "The RSF detained [[about 300 people|arrested;a=the Darfur Bar Association]] displaced from El Fasher in a sweep of Nyala's Otash camp, the Darfur Bar Association said. "
        "[[At least 45|missing;a=the association;alt=the Darfur Bar Association]] are still unaccounted for, the association said. "
        "Otash hosts [[roughly 90,000 displaced people|displaced]].",
    ),
    (
        "Sudan: Kordofan villagers abducted during RSF raid",
        "RSF fighters abducted [[at least 40 villagers|kidnapped;a=local activists]], [[including 12 women|kidnapped;a=local activists]], in a raid on Um Sumeima west of El Obeid, local activists said. "
        "[[Around 3,000 residents|displaced]] fled to El Obeid, where [[seven shelters|capacity]] are already full.",
    ),
    (
        "South Sudan: Nasir fighting wounds civilians, aid workers relocated",
        "Aid agencies relocated [[23 staff members|other;a=OCHA]] from Nasir after clashes between the army and the White Army, OCHA said. "
        "The hospital in Nasir treated [[61 people|injured]] with gunshot wounds. "
        "[[Some 50,000 people|civilians;a=the county commissioner]] in the area are now without health care, the county commissioner said, and [[about 10,000|displaced;a=the county commissioner]] have crossed to Ethiopia.",
    ),
    (
        "Yemen: Houthi detention of UN staff halts aid in north",
        "The Houthis detained [[13 UN staff members|arrested;a=the UN]] in raids in Sanaa and Hodeidah, the UN said, bringing the number of UN personnel they hold to [[at least 50|arrested;a=the UN]]. "
        "Programmes reaching [[about 2.8 million people|aid]] have been suspended.",
    ),
    (
        "Somalia: drowning of displaced people in Shabelle floods",
        "Floods along the Shabelle river swept through displacement sites in Jowhar, where [[at least 12 people|killed;a=the Somali Disaster Management Agency]] drowned and [[five|missing;a=the Somali Disaster Management Agency]] are missing, the Somali Disaster Management Agency said. "
        "[[More than 1,000 makeshift shelters|capacity;a=the agency;alt=the Somali Disaster Management Agency]] were washed away, the agency said.",
    ),
    (
        "Colombia: Venezuelan migrants in Cucuta shelters",
        "Cucuta's migrant shelters have [[some 1,200 beds|capacity;a=the city's migration office]], the city's migration office said, but [[2,000-3,000 migrants|displaced;a=the city's migration office]] arrive each week. "
        "[[About 400 Venezuelans|returned]] took buses back across the Simon Bolivar bridge on {{Friday}} under a Venezuelan government programme.",
    ),
    (
        "Haiti: families leave Kenscoff as gangs advance",
        "[[Nearly 3,000 people|displaced;a=the IOM]] left Kenscoff in {{late January}}, the IOM said, and [[at least 20|killed]] were killed as gangs pushed up the mountain road. "
        "[[Some 40 homes|housing;a=residents]] were set on fire, residents said.",
    ),
    (
        "Ethiopia: Afar villagers return after Tigrayan forces withdraw",
        "[[About 200,000 people|returned;a=the Afar regional government]] have gone back to districts of Afar that were occupied by Tigrayan forces, the Afar regional government said. "
        "They found [[more than 500 schools|housing;a=the Afar regional government]] and [[60 health facilities|housing;a=the Afar regional government]] damaged or looted, it said. "
        "[[Roughly 300,000 people|civilians]] in the region need food aid.",
    ),
    (
        "Mali: Timbuktu blockade pushes residents out",
        "[[More than 30,000 residents|displaced;a=the regional governor]] have left Timbuktu since JNIM declared a blockade in {{August 2023}}, the regional governor said. "
        "Those who remain, [[an estimated 50,000 people|civilians;a=the governor;alt=the regional governor]], depend on river boats for supplies, the governor said. "
        "[[Three boats|other]] have been attacked on the Niger river this year.",
    ),
    (
        "Burkina Faso: Fada N'Gourma displaced camp in stadium",
        "The municipal stadium in Fada N'Gourma, which can take [[about 5,000 people|capacity;a=the mayor]], now shelters [[more than 8,000|displaced;a=the mayor]], the mayor said. "
        "[[A further 1,200|displaced]] arrived from Matiacoali over the weekend.",
    ),
    (
        "Mozambique: Palma returnees receive food and seeds",
        "The WFP reached [[115,000 returnees|aid;a=The WFP]] in Palma and Mocimboa da Praia with food rations in {{May}}, The WFP said. "
        "[[About 8,000 returnee households|aid]] also received seeds for the planting season. "
        "[[Over 100,000 people|displaced]] are still in resettlement sites in Metuge and Ancuabe.",
    ),
    (
        "Gaza: GHF distribution sites draw crowds",
        "The Gaza Humanitarian Foundation said it had handed out [[more than 2 million meals|aid;a=The Gaza Humanitarian Foundation]] at its [[four distribution sites|other;a=The Gaza Humanitarian Foundation]] in the first week. "
        "[[At least 27 people|killed;a=the Gaza health ministry]] were killed near one of the sites in Rafah on {{Tuesday}}, according to the Gaza health ministry.",
    ),
    (
        "Ukraine: Kharkiv dormitories house the displaced",
        "[[About 14,000 internally displaced people|displaced;a=the city council]] live in dormitories, hostels and modular houses in Kharkiv, the city council said. "
        "The city has built [[four modular towns|capacity;a=the city council]] with room for [[some 1,500 residents|capacity;a=the city council]], it said, and plans to add [[600 more places|capacity;p;a=the city council]] by winter.",
    ),
    (
        "Ukraine: returns to Chernihiv region",
        "[[Nearly 80,000 residents|returned;a=the regional administration]] have returned to Chernihiv region since Russian forces withdrew in {{2022}}, the regional administration said. "
        "Of [[about 5,800 damaged houses|housing;a=the regional administration]], [[some 4,100|housing;u=structure;a=the regional administration]] have been repaired, it said.",
    ),
]
