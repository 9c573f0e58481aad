"""dev16 texts: disasters and accidents, parts 3 and 4.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- disasters and accidents, part 3
    (
        "China: coal mine collapse in Inner Mongolia",
        "An open-pit coal mine collapsed in Alxa League in Inner Mongolia on {{22 February 2023}}, burying workers and vehicles. "
        "State broadcaster CCTV said [[six people|killed;a=State broadcaster CCTV]] had died and [[47|missing;a=State broadcaster CCTV]] were missing. "
        "[[More than 900 rescuers|other;a=the emergency management ministry]] were at the site, the emergency management ministry said.",
    ),
    (
        "Turkey: explosion at Amasra coal mine",
        "A firedamp explosion {{300 metres}} underground at a state-owned coal mine in Amasra killed [[41 miners|killed;a=Interior Minister Suleyman Soylu]], Interior Minister Suleyman Soylu said in {{October 2022}}. "
        "[[Fifty-eight miners|other;a=the minister;alt=Interior Minister Suleyman Soylu]] got out on their own or were rescued, the minister said, and [[11|injured;a=the minister;alt=Interior Minister Suleyman Soylu]] were in hospital.",
    ),
    (
        "Sudan: gold mine collapse in River Nile state",
        "A traditional gold mine collapsed in the Howeid area of River Nile state, killing [[14 miners|killed;a=the state mineral resources company]] and injuring [[seven|injured;a=the state mineral resources company]], the state mineral resources company said. "
        "[[About 2 million people|other;a=the company;alt=the state mineral resources company]] work in artisanal mining in Sudan, the company said.",
    ),
    (
        "Colombia: gas explosion at Sutatausa coal mines",
        "A methane explosion in a chain of coal mines in Sutatausa, {{80 km}} north of Bogota, killed [[21 miners|killed;a=the mining agency]] in {{March 2023}}, the mining agency said. "
        "Rescuers reached [[seven trapped workers|civilians]] alive.",
    ),
    (
        "Thailand: boys trapped in Tham Luang cave",
        "Rescue divers brought out [[the last four boys|other]] and their {{25-year-old}} coach from the flooded Tham Luang cave on {{10 July 2018}}, ending an ordeal of {{18 days}}. "
        "[[More than 10,000 people|other;a=officials]], including [[about 100 divers|other;a=officials]], took part in the operation, officials said. "
        "A former Thai navy diver died during the rescue.",
    ),
    (
        "Nigeria: boat capsizes on the Niger river in Kwara",
        "A boat carrying wedding guests capsized on the Niger river near Patigi in Kwara state in {{June 2023}}. "
        "[[At least 106 people|killed;a=police]] drowned, police said, and [[about 150|other;a=police]] were rescued. "
        "The boat had been carrying [[more than 250 passengers|other;a=police]], they said.",
    ),
    (
        "Bangladesh: ferry fire on the Sugandha river",
        "A fire broke out on a crowded ferry on the Sugandha river near Jhalakathi at {{about 3 a.m.}} on {{24 December 2021}}, killing [[at least 39 passengers|killed;a=a district official]], a district official said. "
        "[[About 70 people|injured]] were taken to hospital with burns, and [[dozens|missing]] were believed to have jumped into the water.",
    ),
    (
        "Egypt: building collapse in Alexandria",
        "A {{13-storey}} residential building collapsed in Alexandria's Moharram Bek district, killing [[seven people|killed;a=the governorate]], the governorate said. "
        "[[Twenty-two families|displaced]] from neighbouring buildings were moved to temporary housing, and [[four adjacent buildings|housing;p]] were ordered demolished.",
    ),
    (
        "Nigeria: building collapse in Lagos",
        "A {{21-storey}} tower under construction in Ikoyi collapsed in {{November 2021}}. "
        "The emergency agency said [[45 bodies|killed;a=The emergency agency]] had been recovered and [[nine people|other;a=The emergency agency]] pulled out alive. "
        "[[About 50 workers|civilians]] are believed to be trapped under the rubble.",
    ),
    (
        "Morocco: two buildings collapse in Fez",
        "Two residential buildings collapsed in the Ain Nokbi area of Fez overnight, killing [[10 people|killed;a=local authorities]] and injuring [[seven|injured;a=local authorities]], local authorities said. "
        "[[Thirty families|displaced]] living in neighbouring houses were evacuated as a precaution.",
    ),
    (
        "India: stampede at religious gathering in Hathras",
        "A stampede at a religious gathering in Hathras district of Uttar Pradesh killed [[121 people|killed;a=officials]], most of them women, officials said in {{July 2024}}. "
        "Police said permission had been given for [[80,000 people|capacity;a=Police]], but [[more than 250,000|other;a=Police]] had attended.",
    ),
    (
        "Saudi Arabia: heat deaths during the Hajj",
        "[[More than 1,300 pilgrims|killed;a=Saudi authorities]] died during the {{2024}} Hajj, most of them unregistered, Saudi authorities said, as temperatures in Mecca reached {{51.8C}}. "
        "[[About 1.8 million pilgrims|other;a=the statistics authority]] took part, according to the statistics authority.",
    ),
    (
        "Democratic Republic of Congo: cholera outbreak spreads in North Kivu camps",
        "Health authorities in North Kivu said they had recorded [[more than 12,000 cholera cases|other;a=Health authorities in North Kivu]] since {{January}}, most of them in displacement camps around Goma. "
        "Medecins Sans Frontieres said it had treated [[about 2,700 patients|aid;a=Medecins Sans Frontieres]] in {{two weeks}}. "
        "[[At least 24 people|killed]] have died.",
    ),
    (
        "Malawi: cholera deaths rise as schools reopen late",
        "Malawi's worst cholera outbreak has killed [[1,210 people|killed;a=the health ministry]] since {{March 2022}}, the health ministry said. "
        "Schools in Lilongwe and Blantyre reopened {{two weeks}} late, and [[about 2.9 million doses|aid;a=the ministry;alt=the health ministry]] of oral vaccine were expected, the ministry added.",
    ),
    (
        "Guinea: Ebola vaccination campaign begins",
        "Health workers in Nzerekore began vaccinating contacts of Ebola patients on {{23 February 2021}}, after [[five people|killed;a=the health ministry]] died in the region's first outbreak since {{2016}}, the health ministry said. "
        "The WHO sent [[11,000 doses|aid;a=The WHO]] of the vaccine, The WHO said.",
    ),
    (
        "Sierra Leone: mudslide in Freetown",
        "A mudslide swept through Regent on the outskirts of Freetown after heavy rain on {{14 August 2017}}. "
        "The chief coroner said [[499 bodies|killed;a=The chief coroner]] had been recovered. "
        "[[More than 600 people|missing;a=the Red Cross]] were still missing, the Red Cross said. "
        "[[About 3,000 people|displaced]] lost their homes.",
    ),
    # ---------------------------------------------------------------- disasters and accidents, part 4
    (
        "Kenya: floods displace families in Nairobi and Garissa",
        "Floods after weeks of heavy rain have killed [[at least 188 people|killed;a=the interior ministry]] across Kenya since {{March}}, the interior ministry said in {{May 2024}}. "
        "[[More than 165,000 people|displaced;a=the interior ministry]] have fled their homes and [[90 people|missing;a=the interior ministry]] are missing, it said. "
        "The reopening of [[more than 2,000 schools|other;u=structure]] was postponed by {{a week}}.",
    ),
    (
        "Somalia: Shabelle river bursts banks in Beledweyne",
        "The Shabelle river burst its banks in Beledweyne in {{November 2023}}, forcing [[about 250,000 people|displaced;a=the mayor]] from the town, the mayor said. "
        "OCHA said floods across Somalia had affected [[more than 1.7 million people|civilians;a=OCHA]] and damaged [[1,500 latrines|other;a=OCHA]]. "
        "Aid agencies airlifted [[12,000 food rations|aid]] to the town.",
    ),
    (
        "Nigeria: flood in Maiduguri after Alau dam collapse",
        "The Alau dam on the outskirts of Maiduguri collapsed in {{September 2024}}, flooding {{about 40%}} of the city. "
        "[[At least 30 people|killed;a=the Borno state government]] died and [[more than 400,000|displaced;a=the Borno state government]] were displaced, the Borno state government said. "
        "[[Some 281 inmates|other;a=the prisons service]] escaped when the walls of the Maiduguri custodial centre fell, the prisons service said.",
    ),
    (
        "Vietnam: Typhoon Yagi and landslide at Lang Nu",
        "A flash flood and landslide triggered by Typhoon Yagi buried the hamlet of Lang Nu in Lao Cai province in {{September 2024}}. "
        "State media said [[55 residents|killed;a=State media]] were confirmed dead and [[12|missing;a=State media]] were missing. "
        "[[Thirty-seven households|civilians]] lived in the hamlet, and [[29 houses|housing]] were swept away.",
    ),
    (
        "Papua New Guinea: landslide buries Enga village",
        "A landslide buried part of Yambali village in Enga province at {{about 3 a.m.}} on {{24 May 2024}}. "
        "The IOM estimated that [[more than 670 people|killed;a=The IOM]] had died. "
        "The national disaster centre said [[more than 2,000|killed;a=The national disaster centre]] had been buried. "
        "[[About 1,650 survivors|displaced;a=officials]] were moved to safer ground, officials said.",
    ),
    (
        "India: landslides in Wayanad",
        "Landslides struck villages in Kerala's Wayanad district in the early hours of {{30 July 2024}} after {{more than 570 mm}} of rain in {{48 hours}}. "
        "The state government said [[231 people|killed;a=The state government]] had died and [[more than 130|missing;a=The state government]] were missing. "
        "[[About 10,000 people|displaced]] were in [[91 relief camps|capacity]].",
    ),
    (
        "Ethiopia: landslides in Gofa zone",
        "Two landslides in Gofa zone in southern Ethiopia in {{July 2024}} killed [[at least 257 people|killed;a=the UN]], according to the UN, which warned the toll could reach [[500|killed;p;a=the UN]]. "
        "[[More than 15,000 people|displaced;a=OCHA]] needed to be evacuated because of the risk of further slides, OCHA said.",
    ),
    (
        "China: floods in Henan",
        "Record rain fell on Zhengzhou in {{July 2021}}, with {{201.9 mm}} in a single hour. "
        "Officials said [[398 people|killed;a=Officials]] died in Henan, [[14 of them|killed;n=-;a=Officials]] in a flooded subway tunnel, and [[more than 1.4 million|displaced;a=Officials]] were relocated.",
    ),
    (
        "Madagascar: cyclone Batsirai hits east coast",
        "Cyclone Batsirai made landfall near Mananjary with winds of {{165 km/h}} in {{February 2022}}. "
        "The national disaster office said [[121 people|killed;a=The national disaster office]] had died and [[more than 30,000|displaced;a=The national disaster office]] were in emergency sites. "
        "The WFP said it had distributed [[186 tonnes|aid;a=The WFP]] of food.",
    ),
    (
        "Myanmar and Bangladesh: Cyclone Mocha",
        "Cyclone Mocha hit the coast near Sittwe with winds of {{209 km/h}} in {{May 2023}}. "
        "In Bangladesh, [[about 750,000 people|displaced;a=officials]] had been moved to [[1,500 cyclone shelters|capacity;a=officials]] before landfall, officials said. "
        "In Rakhine, the UN said [[1.6 million people|civilians;a=the UN]] had been affected.",
    ),
    (
        "United States: Hurricane Helene in western North Carolina",
        "Hurricane Helene made landfall in Florida's Big Bend as a {{Category 4}} storm in {{September 2024}} and brought catastrophic flooding to the Appalachian mountains. "
        "[[At least 230 people|killed;a=state officials]] died across the Southeast, [[about 100|killed;a=state officials]] of them in North Carolina, state officials said. "
        "[[More than 1,000 people|missing;a=Buncombe County officials]] were reported unaccounted for in the first days, Buncombe County officials said.",
    ),
    (
        "Cuba: Hurricane Ian knocks out power grid",
        "Hurricane Ian struck western Cuba with winds of {{205 km/h}}, killing [[three people|killed;a=state media]] and knocking out power to the whole island of [[11 million|civilians;a=state media]], state media said. "
        "In Pinar del Rio, [[more than 38,000 people|displaced;a=the provincial government]] were evacuated, the provincial government said.",
    ),
    (
        "Iraq: fire at wedding hall in Hamdaniya",
        "A fire at a wedding hall in Qaraqosh in Nineveh province on {{26 September 2023}} killed [[at least 107 people|killed;a=the health ministry]] and injured [[more than 150|injured;a=the health ministry]], the health ministry said. "
        "Fireworks set the ceiling alight at {{about 10:45 p.m.}}, while [[about 900 guests|other]] were inside.",
    ),
    (
        "North Macedonia: nightclub fire in Kocani",
        "A fire at a nightclub in Kocani during a concert killed [[62 people|killed;a=the interior minister]], the interior minister said in {{March 2025}}. "
        "[[About 500 people|other]] had been in the club, and [[more than 190|injured]] were treated for burns in Skopje and abroad. "
        "Police detained [[15 people|arrested;a=Police]], Police said.",
    ),
    (
        "Kenya: school dormitory fire in Nyeri",
        "A fire broke out at a boys' boarding school in Nyeri county at {{about 11 p.m.}}, killing [[21 pupils|killed;a=police]], police said. "
        "[[About 150 boys|other]] had been sleeping in the dormitory, and [[14 of them|injured;n=-]] were taken to hospital. "
        "The pupils were aged between {{9 and 13}}.",
    ),
    (
        "Bangladesh: fire in Rohingya camp leaves thousands homeless",
        "A fire swept through {{Camp 11}} in Cox's Bazar on a Sunday afternoon in {{March 2023}}, destroying [[more than 2,000 shelters|capacity;a=the refugee commissioner]] and leaving [[about 12,000 refugees|displaced;a=the refugee commissioner]] homeless, the refugee commissioner said. "
        "[[Ninety-three learning centres|housing]] were also destroyed.",
    ),
    (
        "Mexico: fire at migrant detention centre in Ciudad Juarez",
        "A fire at a migration detention centre in Ciudad Juarez on {{27 March 2023}} killed [[40 migrants|killed;a=the National Migration Institute]] and injured [[27|injured;a=the National Migration Institute]], the National Migration Institute said. "
        "The migrants, most of them from Guatemala and Venezuela, had been locked in a cell. "
        "[[Five officials|arrested]] were later charged with homicide.",
    ),
]
