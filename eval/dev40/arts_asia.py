"""dev40 excerpts: Asia and the Pacific."""

from figset import F

F(
    "Myanmar quake toll rises",
    "The death toll from the {{magnitude 7.7}} earthquake in central Myanmar rose to [[3,085|killed;a=the military government]] on Wednesday, the military government said, with [[4,715 people|injured;a=the military government]] injured and [[341|missing;a=the military government]] still missing. "
    "Rescue teams from China and India were searching collapsed buildings in Mandalay.",
)

F(
    "Rohingya camps in Cox's Bazar",
    "[[More than 1 million Rohingya refugees|displaced;a=UNHCR]] now live in [[33 camps|capacity;a=UNHCR]] in Cox's Bazar, UNHCR said, after [[about 150,000 new arrivals|displaced;a=UNHCR]] fled fighting in Rakhine state over the past {{18 months}}. "
    "Food rations were cut to {{$6 a month}} per person in {{2023}}.",
)

F(
    "Rakhine fighting uproots villagers",
    "Fighting between the Arakan Army and the military has displaced [[more than 500,000 people|displaced;a=OCHA]] in Rakhine state since November, OCHA said. "
    "Air strikes on the village of Kyauk Ni Maw killed [[at least 40 people|killed;a=residents]] and destroyed [[about 500 houses|housing;a=residents]], residents said.",
)

F(
    "Bangladesh floods strand millions",
    "Floods in eastern Bangladesh have stranded [[nearly 1.2 million families|civilians;a=the disaster management ministry]] and killed [[at least 18 people|killed;a=the disaster management ministry]], the disaster management ministry said. "
    "[[About 285,000 people|displaced;a=the ministry;alt=the disaster management ministry]] have taken refuge in [[3,400 shelters|capacity;a=the ministry;alt=the disaster management ministry]], the ministry said.",
)

F(
    "Bangladesh protest deaths",
    "[[At least 650 people|killed;a=a preliminary UN report]] were killed during the protests that toppled Prime Minister Sheikh Hasina, according to a preliminary UN report, and [[thousands|injured;a=a preliminary UN report]] were hurt. "
    "Police said they had arrested [[more than 11,000 people|arrested;a=Police]] in the first weeks of the unrest.",
)

F(
    "Pakistan floods",
    "Monsoon floods have killed [[at least 1,136 people|killed;a=the National Disaster Management Authority]] in Pakistan since mid-June, the National Disaster Management Authority said, including [[386 children|killed;a=the National Disaster Management Authority]]. "
    "[[About 33 million people|civilians]] have been affected and [[nearly 1 million homes|housing]] damaged or destroyed.",
)

F(
    "Afghans forced out of Pakistan",
    "[[More than 800,000 Afghans|returned;a=the International Organization for Migration]] have returned from Pakistan since the deportation drive began, the International Organization for Migration said. "
    "At the Torkham crossing, [[up to 10,000 people a day|returned]] are arriving with little more than what they can carry. "
    "The agency said it had given cash and food to [[more than 40,000 families|aid;a=The agency;alt=the International Organization for Migration]].",
)

F(
    "Returns from Iran",
    "Iran sent [[more than 500,000 Afghans|returned;a=the UN refugee agency]] back across the border in the {{four weeks}} to {{July 5}}, the UN refugee agency said, as authorities set a deadline for undocumented migrants to leave. "
    "On the busiest day, [[nearly 51,000 people|returned]] crossed at Islam Qala.",
)

F(
    "Herat quakes flatten villages",
    "Earthquakes in western Afghanistan's Herat province killed [[more than 1,400 people|killed;a=Taliban officials]] and destroyed [[about 2,000 homes|housing;a=Taliban officials]] in [[13 villages|other;a=Taliban officials]], Taliban officials said. "
    "UNICEF said {{more than 90%}} of the dead were women and children.",
)

F(
    "Hunger in Afghanistan",
    "The World Food Programme said it would give food to [[6 million people|aid;p;a=The World Food Programme]] in Afghanistan this winter, down from [[9 million|aid;a=The World Food Programme]] last year, because of funding cuts. "
    "[[About 15 million people|civilians;a=the agency;alt=The World Food Programme]] face acute hunger, the agency said.",
)

F(
    "Manipur violence",
    "Ethnic clashes in India's Manipur state have killed [[at least 260 people|killed;a=officials]] and displaced [[about 60,000|displaced;a=officials]] since {{May 2023}}, officials said. "
    "[[More than 10,000 soldiers and paramilitary troops|combatants;n=soldiers and paramilitary troops]] have been sent to the state.",
)

F(
    "Kashmir shelling",
    "Pakistani shelling along the Line of Control killed [[at least 16 civilians|killed;a=Indian officials]] in Poonch district, Indian officials said, and [[thousands of residents|displaced;a=Indian officials]] of border villages moved to shelters in Jammu. "
    "Pakistan said Indian strikes had killed [[31 people|killed;a=Pakistan]].",
)

F(
    "Pahalgam attack",
    "Gunmen opened fire on tourists in a meadow near Pahalgam in Indian Kashmir on Tuesday, killing [[26 people|killed;a=police]] and wounding [[17|injured;a=police]], police said. "
    "It was the deadliest attack on civilians in the region since {{2000}}. "
    "Police said they had detained [[more than 1,500 people|arrested;a=Police]] for questioning in the Kashmir valley.",
)

F(
    "Nepal floods",
    "Floods and landslides after {{two days}} of heavy rain killed [[at least 192 people|killed;a=the home ministry]] in Nepal, the home ministry said, and [[30|missing;a=the home ministry]] were missing. "
    "Soldiers and police rescued [[more than 4,000 people|other]] in Kathmandu, where the Bagmati river rose {{2.5 metres}} above its danger level.",
)

F(
    "Philippine typhoon evacuations",
    "Authorities evacuated [[more than 1.2 million people|displaced;a=the civil defence office]] ahead of Typhoon Man-yi, the civil defence office said, as the storm approached with gusts of {{up to 240 km/h}}. "
    "[[About 650,000|displaced]] spent the night in evacuation centres.",
)

F(
    "Marawi rebuilding",
    "The government said it had rebuilt [[1,800 houses|housing;a=The government]] in Marawi for families who lost their homes in the {{2017}} siege, and planned to finish [[2,400 more|housing;p;a=The government;n=-;u=structure]] by {{2026}}. "
    "[[About 17,000 families|displaced]] are still living in temporary shelters or with relatives.",
)

F(
    "Lewotobi eruption",
    "The eruption of Mount Lewotobi Laki-laki on Flores killed [[nine people|killed;a=the disaster agency]] and forced [[more than 10,000|displaced;a=the disaster agency]] to leave their homes, the disaster agency said. "
    "Ash columns rose {{8 km}} into the sky, and [[more than 2,000 houses|housing]] were damaged by falling rocks.",
)

F(
    "Rohingya boat reaches Aceh",
    "A wooden boat carrying [[about 150 Rohingya|displaced;a=local officials]], most of them women and children, landed in Aceh on Monday after {{more than a month}} at sea, local officials said. "
    "[[More than 2,000 Rohingya|displaced;a=UNHCR]] have arrived in Indonesia by sea since November, according to UNHCR.",
)

F(
    "China floods in Hunan",
    "Floods in China's Hunan province forced the evacuation of [[more than 240,000 people|displaced;a=state media]], state media said, and [[15 people|killed;a=state media]] were killed when a landslide buried a home in Hengyang. "
    "Authorities sent [[about 1,500 soldiers|combatants]] to shore up a breached dyke on Dongting Lake.",
)

F(
    "Noto quake shelters",
    "{{Two weeks}} after the New Year's Day earthquake, [[about 19,000 people|displaced;a=the Ishikawa prefectural government]] were still staying in [[more than 400 shelters|capacity;a=the Ishikawa prefectural government]], the Ishikawa prefectural government said. "
    "The death toll stood at [[222|killed]].",
)

F(
    "Typhoon Yagi in Vietnam",
    "Typhoon Yagi and the floods that followed killed [[at least 233 people|killed;a=the government]] in northern Vietnam, the government said, and [[more than 100|missing;a=the government]] were missing. "
    "A flash flood swept away [[37 homes|housing]] in the hamlet of Lang Nu, and [[more than 120,000 people|displaced]] were evacuated across the north.",
)

F(
    "Thailand-Cambodia border clashes",
    "Fighting on the Thai-Cambodian border has killed [[at least 33 people|killed;a=officials on both sides]], most of them civilians, officials on both sides said. "
    "Thailand said [[more than 138,000 people|displaced;a=Thailand]] had been evacuated from border districts, and Cambodia said [[about 80,000|displaced;a=Cambodia]] had fled on its side.",
)

F(
    "Sri Lanka floods",
    "Floods and landslides in Sri Lanka have killed [[at least 16 people|killed;a=the Disaster Management Centre]] and affected [[more than 280,000|civilians;a=the Disaster Management Centre]], the Disaster Management Centre said. "
    "[[About 9,000 people|displaced]] are in [[109 relief camps|capacity]].",
)

F(
    "Kyrgyz-Tajik clashes",
    "Kyrgyzstan said [[59 of its citizens|killed;a=Kyrgyzstan]] had been killed in border clashes with Tajikistan and [[more than 136,000 people|displaced;a=Kyrgyzstan]] had been evacuated from the Batken region. "
    "Tajikistan reported [[35 dead|killed;a=Tajikistan]].",
)

F(
    "Papua New Guinea landslide",
    "A landslide buried part of Yambali village in Enga province, and [[more than 2,000 people|missing;a=the national disaster centre]] may be under the rubble, the national disaster centre told the UN. "
    "[[About 7,800|displaced;p]] have been told to leave the area because the ground is still moving.",
)

F(
    "Train hijacked in Balochistan",
    "Separatist militants who hijacked a train in Balochistan held [[more than 400 passengers|kidnapped;a=officials]] for {{more than 30 hours}}, officials said. "
    "The army said it had freed [[346 hostages|kidnapped;a=The army]] and killed [[33 militants|killed;a=The army]], and that [[26 hostages|killed;a=The army]] had died.",
)

F(
    "Kurram convoy attack",
    "Gunmen attacked a convoy of vehicles carrying Shi'ite Muslims in Kurram district, killing [[at least 42 people|killed;a=police]], police said. "
    "Police said [[at least 130 people|killed;a=Police]] died in the sectarian clashes that followed, and [[between 250 and 300 families|displaced;a=Police]] fled to Hangu and Peshawar.",
)

F(
    "Myanmar air strike on monastery",
    "A military air strike on a monastery in Sagaing region where villagers were sheltering killed [[at least 23 people|killed;a=a resident]], including [[four children|killed;a=a resident]], a resident told the BBC. "
    "[[About 150 people|displaced]] had been staying there after fleeing fighting nearby.",
)

F(
    "Myanmar displacement",
    "[[More than 3.5 million people|displaced;a=the UN]] are now displaced across Myanmar, the UN said, [[about 2.5 million|displaced;a=the UN]] of them since the {{2021}} coup. "
    "[[About 20 million people|civilians]] need humanitarian aid.",
)

F(
    "Solar panels shipment",
    "India's exports of solar panels rose {{28%}} to {{$2.1 billion}} in the year to {{March 2025}}, the commerce ministry said, with shipments to the United States making up {{about two thirds}}.",
)

F(
    "Philippines drug war detentions",
    "Philippine police said they had arrested [[more than 3,000 drug suspects|arrested;a=Philippine police]] in {{six months}} and that [[62|killed;a=Philippine police]] had been shot dead in operations. "
    "Rights groups say the real toll is higher.",
)

F(
    "Cox's Bazar camp fire",
    "A fire tore through {{Camp 11}} in Cox's Bazar on Sunday, destroying [[about 2,000 shelters|housing;a=camp officials]] and leaving [[some 12,000 Rohingya|displaced;a=camp officials]] homeless, camp officials said. "
    "[[Two people|injured]] were treated for burns, and no deaths were reported.",
)

F(
    "Indonesia detains Papuan protesters",
    "Indonesian police detained [[about 300 people|arrested;a=rights groups]] in Jayapura during protests on Tuesday, rights groups said, and [[at least three protesters|injured;a=rights groups]] were hospitalised with gunshot wounds.",
)

F(
    "Flood relief in Sindh",
    "The UN refugee agency said it had flown in [[10,000 tents|aid;a=The UN refugee agency]] and [[20,000 plastic sheets|aid;a=The UN refugee agency]] for flood victims in Sindh. "
    "The provincial government said it had set up [[more than 5,000 relief camps|capacity;a=The provincial government]] housing [[about 1.7 million people|displaced;a=The provincial government]].",
)

F(
    "Cricket series",
    "India beat Australia by {{295 runs}} in the {{first}} Test in Perth, bowling them out for {{238}} on the {{fourth}} day, with Jasprit Bumrah taking {{eight wickets}} in the match.",
)

F(
    "Afghan returnees in Herat camp",
    "A reception camp near Islam Qala, set up for [[5,000 people|capacity;a=aid workers]], received [[more than 20,000 returnees|returned;a=aid workers]] on Friday, aid workers said. "
    "The IOM said it gave cash to [[about 2,600 families|aid;a=The IOM]].",
)

F(
    "Cyclone Remal",
    "Bangladesh evacuated [[about 800,000 people|displaced;a=officials]] from coastal districts before Cyclone Remal made landfall, officials said, and [[at least 10 people|killed;a=officials]] were killed. "
    "In India's West Bengal, [[more than 2,500 homes|housing]] were damaged.",
)
