"""dev42 excerpts: Asia and the Pacific (Myanmar, Bangladesh, Afghanistan, Pakistan, India,
Nepal, the Philippines, Indonesia, Papua New Guinea, Vietnam, Thailand and Cambodia, Japan,
China, Vanuatu).

Marks: [[SPAN|CATEGORY;a=source;alt=...;u=unit;n=noun;p;q=...;v=...]] is a figure, {{SPAN}} a
negative (eval/figset/marks.py)."""

from figset import F

F(
    "Myanmar: earthquake toll rises to 3,649",
    "The earthquake killed [[3,649 people|killed;a=the military government]], injured [[5,018|injured;a=the military government]] and left [[145|missing;a=the military government]] missing, the military government said. In Mandalay and Sagaing, [[more than 48,000 homes|housing;a=OCHA]] were damaged, according to OCHA.",
)
F(
    "Rohingya sea crossings at record level",
    "[[More than 4,500 Rohingya|displaced;a=UNHCR]] took to the sea in boats from Myanmar and Bangladesh last year, and [[at least 400|killed;a=UNHCR]] died on the way, UNHCR said. A boat carrying [[about 140 Rohingya|displaced]] landed in Aceh on Wednesday.",
)
F(
    "Bangladesh: camp fire leaves 12,000 Rohingya homeless",
    "A fire in {{Camp 5}} of the Cox's Bazar settlements destroyed [[about 2,000 shelters|housing;a=UNHCR]] and left [[some 12,000 Rohingya refugees|displaced;a=UNHCR]] homeless, UNHCR said. No deaths were reported, but [[more than 90 learning centres|housing]] and [[two health posts|housing;u=structure]] burned.",
)
F(
    "Bangladesh: 800,000 evacuated ahead of Cyclone Remal",
    "Authorities evacuated [[about 800,000 people|displaced;a=the disaster management ministry]] from coastal districts to [[more than 9,000 cyclone shelters|capacity;a=the disaster management ministry]] before Cyclone Remal made landfall, the disaster management ministry said. The storm, with gusts of {{111 km/h}}, killed [[at least 16 people|killed]] and damaged [[about 35,000 homes|housing]].",
)
F(
    "Afghanistan: 800,000 back from Pakistan",
    "[[More than 800,000 Afghans|returned;a=IOM and UNHCR]] have returned or been deported from Pakistan since {{September 2023}}, according to IOM and UNHCR. At the Torkham crossing, [[up to 10,000 people a day|returned]] were arriving at the peak.",
)
F(
    "Afghanistan: Iran pushes back 1.2 million this year",
    "Iran has deported or pushed back [[more than 1.2 million Afghans|returned;a=UNHCR]] this year, UNHCR said, including [[about 500,000|returned;a=UNHCR]] in the {{four weeks}} after the Israel-Iran war. WFP said it had given hot meals to [[about 400,000 returnees|aid;a=WFP]] at the Islam Qala crossing.",
)
F(
    "Afghanistan: Herat earthquakes destroyed 10,000 houses",
    "The {{magnitude 6.3}} earthquakes in Herat province killed [[about 1,480 people|killed;a=OCHA]], injured [[more than 1,950|injured;a=OCHA]] and destroyed [[10,320 houses|housing;a=OCHA]], OCHA said. In Zindajan district, [[20 villages|other]] were flattened, and [[thousands of families|displaced]] are sleeping in tents.",
)
F(
    "Afghanistan: flash floods kill 300 in Baghlan",
    "Flash floods in Baghlan province killed [[more than 300 people|killed;a=WFP]] and destroyed [[over 1,000 homes|housing;a=WFP]], WFP said on {{11 May}}. Aid agencies sent [[45 trucks|aid]] of food and tents to Burka district.",
)
F(
    "Pakistan: floods affect 33 million",
    "The floods have affected [[33 million people|civilians;a=the National Disaster Management Authority]] and killed [[1,739|killed;a=the National Disaster Management Authority]], the National Disaster Management Authority said. [[About 7.9 million people|displaced]] were displaced, and [[more than 2 million houses|housing]] were damaged or destroyed.",
)
F(
    "Pakistan: Kurram cut off by road blockade",
    "Sectarian clashes in Kurram district have killed [[at least 130 people|killed;a=local officials]] since late November, local officials said. A road blockade has cut off [[about 600,000 residents|civilians]] from food and medicine for {{more than two months}}, and [[hundreds of families|displaced]] have left for Peshawar.",
)
F(
    "India: 60,000 still in Manipur relief camps",
    "[[More than 60,000 people|displaced;a=the state government]] displaced by ethnic violence in Manipur are living in [[about 350 relief camps|capacity;a=the state government]], the state government said. [[At least 220 people|killed]] have been killed since {{May 2023}}. The home ministry said it had sent [[another 10,000 paramilitary troops|combatants;a=The home ministry]] to the state.",
)
F(
    "India: Assam floods affect 2.4 million",
    "Floods in Assam have affected [[about 2.4 million people|civilians;a=the Assam State Disaster Management Authority]] in [[30 districts|other;a=the Assam State Disaster Management Authority]], the Assam State Disaster Management Authority said. [[More than 53,000 people|displaced]] are staying in [[612 relief camps|capacity]].",
)
F(
    "Nepal: earthquake kills 153 in Jajarkot",
    "The earthquake in Jajarkot and Rukum West killed [[153 people|killed;a=the home ministry]] and injured [[338|injured;a=the home ministry]], the home ministry said. [[About 26,000 houses|housing]] were fully destroyed, and families are sleeping outside in temperatures near {{5 degrees Celsius}}.",
)
F(
    "Philippines: over a million evacuated before Man-yi",
    "[[More than 1.2 million people|displaced;a=the civil defence office]] were evacuated ahead of Super Typhoon Man-yi, the civil defence office said. [[About 300,000|displaced]] were still in [[5,600 evacuation centres|capacity]] on Monday.",
)
F(
    "Philippines: clashes in Lanao del Sur displace 2,000 families",
    "Clashes between the army and a Dawlah Islamiyah faction in Lanao del Sur displaced [[about 2,000 families|displaced;a=the regional disaster office]], the regional disaster office said. [[Four soldiers|killed;a=the army]] and [[12 militants|killed;a=the army]] were killed, according to the army.",
)
F(
    "Papua New Guinea: hundreds feared buried in Enga landslide",
    "IOM estimated that [[more than 670 people|killed;a=IOM]] died in the landslide, while the government put the toll at [[more than 2,000|killed;a=the government]]. Only [[nine bodies|killed]] had been recovered by the {{fifth}} day, and [[about 1,650 people|displaced]] were displaced.",
)
F(
    "Vietnam: Typhoon Yagi toll reaches 299",
    "Typhoon Yagi and the floods that followed killed [[299 people|killed;a=the government]] in northern Vietnam, with [[34|missing;a=the government]] still missing, the government said. [[More than 235,000 houses|housing]] were damaged.",
)
F(
    "Thailand and Cambodia evacuate border areas",
    "Cambodia's defence ministry said [[more than 135,000 people|displaced;a=Cambodia's defence ministry]] had been evacuated from border areas, while Thailand said [[about 138,000|displaced;a=Thailand]] were in [[300 shelters|capacity;a=Thailand]] on its side. The fighting has killed [[at least 33 people|killed]], most of them civilians.",
)
F(
    "China: Gansu earthquake kills 148",
    "The earthquake in Gansu province killed [[148 people|killed;a=state media]] and injured [[nearly 1,000|injured;a=state media]], state media said. [[About 87,000 people|displaced]] were relocated, in temperatures below {{minus 10C}}.",
)
F(
    "Afghanistan: WFP can feed only a million a month this winter",
    "WFP said it would be able to assist only [[1 million people a month|aid;p;a=WFP]] this winter, against [[9.5 million|civilians;a=WFP]] who face acute hunger.",
)
F(
    "Myanmar: Rakhine at risk of famine, UNDP warns",
    "[[An estimated 2 million people|civilians;a=UNDP]] in Rakhine are at risk of famine, UNDP warned. [[More than 500,000 people|displaced]] have been displaced in the state since fighting resumed in {{November 2023}}.",
)
F(
    "Kashmir: shelling kills civilians on both sides of the line",
    "Shelling across the Line of Control killed [[at least 16 civilians|killed;a=Indian officials]] in Poonch, Indian officials said. On the Pakistani side, [[about 1,500 families|displaced;a=the Azad Kashmir disaster authority]] were moved to [[21 relief camps|capacity;a=the Azad Kashmir disaster authority]], according to the Azad Kashmir disaster authority.",
)
F(
    "India: Wayanad landslides kill 231",
    "The landslides in Wayanad have killed [[at least 231 people|killed;a=the Kerala government]], and [[about 130|missing;a=the Kerala government]] are still missing, the Kerala government said. [[More than 10,000 people|displaced]] are staying in [[93 relief camps|capacity]].",
)
F(
    "Afghanistan: IOM assists returnees at the border",
    "IOM said it had given [[about 120,000 returnees|aid;a=IOM]] cash, transport and hot meals at the border crossings with Iran and Pakistan since {{1 April}}. It plans to help [[another 300,000|aid;p;a=IOM]] by the end of the year.",
)
F(
    "Vanuatu: earthquake kills 14 in Port Vila",
    "The earthquake in Port Vila killed [[14 people|killed;a=the National Disaster Management Office]] and injured [[more than 200|injured;a=the National Disaster Management Office]], the National Disaster Management Office said. [[About 1,000 people|displaced]] were staying in [[12 evacuation centres|capacity]].",
)
F(
    "Myanmar: 28,000 arrested since the coup, monitors say",
    "Myanmar's military has arrested [[more than 28,000 people|arrested;a=the Assistance Association for Political Prisoners]] since the coup, and [[about 21,500|arrested;a=the Assistance Association for Political Prisoners]] remain in detention, according to the Assistance Association for Political Prisoners.",
)
F(
    "Pakistan: separatists seize train in Balochistan",
    "Baloch separatists seized a passenger train carrying [[more than 400 people|kidnapped]] in Balochistan on Tuesday. The army said it freed [[346 hostages|kidnapped;a=The army]] and killed [[33 militants|killed;a=The army]] in an operation that lasted {{more than 24 hours}}, and that [[26 hostages|killed;a=The army]] had been killed.",
)
F(
    "Myanmar: Cyclone Mocha kills 145 in Rakhine",
    "Cyclone Mocha killed [[at least 145 people|killed;a=the military government]] in Rakhine state, the military government said, most of them Rohingya living in displacement camps near Sittwe. [[Between 100 and 120 Rohingya|missing;a=community leaders]] are missing, according to community leaders.",
)
F(
    "Philippines: families return to Marawi's former battle zone",
    "[[About 3,400 families|returned;a=Task Force Bangon Marawi]] have returned to the most affected area of Marawi, Task Force Bangon Marawi said, {{seven years}} after the siege. [[Some 17,000 families|displaced]] are still living in transitory shelters or with relatives.",
)
F(
    "Bangladesh: cyclone season outlook",
    "The meteorological department expects rainfall {{10 to 15 per cent}} above normal between April and June, with storm surges of {{2 to 3 metres}} possible in coastal districts. Last year's cyclone season began on {{24 May}}.",
)
