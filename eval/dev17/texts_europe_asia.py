"""dev17 texts: Europe: Ukraine and Russia; the Caucasus, the Balkans, the West. Asia: Afghanistan,
Pakistan, India; Myanmar, the Philippines, others.
"""

from figset import F

# ---------------------------------------------------------------- Europe: Ukraine and Russia

F(
    "Ukraine: Russian missile strike on Dnipro apartment block kills 40",
    "A Russian missile hit a nine-storey apartment building in Dnipro on Saturday, killing [[at least 40 people|killed;a=regional governor Valentyn Reznichenko]], including [[three children|killed;a=regional governor Valentyn Reznichenko]], regional governor Valentyn Reznichenko said. "
    "[[Seventy-five people|injured;a=regional governor Valentyn Reznichenko]] were injured, he said, and [[46|missing;a=regional governor Valentyn Reznichenko]] remained unaccounted for as rescuers searched the rubble. "
    "[[Thirty-nine people|other]] were pulled out alive.",
)

F(
    "Kyiv: overnight drone and missile attack injures 27",
    "Russia launched [[145 drones|other;a=Ukraine's air force]] and [[seven missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force said, and [[at least 27 people|injured;a=Mayor Vitali Klitschko]] were injured in Kyiv, Mayor Vitali Klitschko said. "
    "Debris damaged [[at least 10 apartment blocks|housing;u=structure]] in the Darnytskyi district.",
)

F(
    "UN: 3.7 million internally displaced in Ukraine",
    "[[About 3.7 million people|displaced;a=the International Organization for Migration]] are internally displaced in Ukraine, the International Organization for Migration said, and [[6.3 million Ukrainian refugees|displaced;a=UNHCR]] are recorded across Europe, according to UNHCR. "
    "[[Some 4.7 million|returned;a=the IOM;alt=the International Organization for Migration]] have returned to their home areas after being displaced, the IOM said.",
)

F(
    "Ukraine: evacuations ordered in Pokrovsk as Russian forces close in",
    "Authorities ordered the evacuation of [[about 2,000 children|displaced;p;a=Donetsk regional governor Vadym Filashkin]] and their families from Pokrovsk and surrounding villages, Donetsk regional governor Vadym Filashkin said. "
    "[[Around 53,000 people|civilians;a=Donetsk regional governor Vadym Filashkin]] still live in the town, he said, down from [[60,000|civilians;a=Donetsk regional governor Vadym Filashkin]] before the war.",
)

F(
    "Ukraine war live: strike on Sumy on Palm Sunday",
    "11:32 – Two Russian ballistic missiles struck the centre of Sumy as people gathered for Palm Sunday, killing [[34 people|killed;a=Ukraine's State Emergency Service]], including [[two children|killed;a=Ukraine's State Emergency Service]], Ukraine's State Emergency Service said. "
    "12:05 – The number of wounded has risen to [[117|injured;a=the service;alt=Ukraine's State Emergency Service]], [[15 of them|injured;n=-;a=the service;alt=Ukraine's State Emergency Service]] children, the service said.",
    ["11:32", "12:05"],
)

F(
    "Ukraine and Russia exchange 390 prisoners each",
    "Ukraine and Russia exchanged [[390 prisoners|other;a=both sides]] each on Friday in the first stage of the largest swap of the war, both sides said. "
    "Kyiv says [[more than 8,000 Ukrainians|arrested;a=Kyiv]], soldiers and civilians, are held in Russia, and that [[about 35,000|missing;a=Kyiv]] are listed as missing.",
)

F(
    "Kherson: dam breach floods villages, thousands evacuated",
    "[[About 17,000 people|displaced;a=Ukraine's prosecutor general]] have been evacuated from flooded areas on the Ukrainian-held bank of the Dnipro after the destruction of the Kakhovka dam, Ukraine's prosecutor general said. "
    "[[About 80 settlements|other;u=other;a=Ukraine's prosecutor general]] are under water, he said, and [[at least 16 people|killed;a=Ukraine's prosecutor general]] have died.",
)

F(
    "Ukraine: Russia says it downed 337 drones, two killed in Moscow region",
    "Russian air defences destroyed [[337 Ukrainian drones|other;a=the Defence Ministry]] overnight, [[91 of them|other;n=-;u=other;a=the Defence Ministry]] over the Moscow region, the Defence Ministry said. "
    "[[One person|killed;a=Governor Andrei Vorobyov]] was killed and [[three|injured;a=Governor Andrei Vorobyov]] were injured in Ramenskoye, Governor Andrei Vorobyov said.",
)

F(
    "Russia: Crocus City Hall attack toll rises to 143",
    "The death toll from the attack on the Crocus City Hall concert venue near Moscow has risen to [[143|killed;a=Russia's Emergencies Ministry]], Russia's Emergencies Ministry said, with [[over 80|injured;a=the health ministry]] still in hospital, according to the health ministry. "
    "Investigators said [[11 people|arrested;a=Investigators]] had been detained, including [[all four gunmen|arrested;a=Investigators]].",
)

F(
    "Russia: Belgorod shelling kills 25 on New Year's Eve",
    "Ukrainian shelling of the centre of Belgorod on {{December 30}} killed [[25 people|killed;a=regional authorities]], among them [[five children|killed;a=regional authorities]], and injured [[109|injured;a=regional authorities]], regional authorities said. "
    "[[About 300 people|displaced;a=the mayor]] have since left the city for temporary accommodation, the mayor said.",
)

F(
    "Kursk: Russia says 121,000 evacuated after Ukrainian incursion",
    "[[More than 121,000 people|displaced;a=acting governor Alexei Smirnov]] have been evacuated from border districts of Russia's Kursk region after Ukrainian troops crossed the border, acting governor Alexei Smirnov said. "
    "Ukraine's top commander said his forces controlled [[74 settlements|other;u=other;a=Ukraine's top commander]] in the region.",
)

F(
    "Ukraine: Izium mass grave holds 440 bodies",
    "Ukrainian investigators have exhumed [[447 bodies|killed;a=Kharkiv regional governor Oleh Synehubov]] from a mass burial site in a forest near Izium, Kharkiv regional governor Oleh Synehubov said. "
    "Most of them were civilians, and [[about 30|killed;a=Kharkiv regional governor Oleh Synehubov]] showed signs of torture, he said.",
)

# ---------------------------------------------------------------- Europe: Caucasus, Balkans, West

F(
    "Nagorno-Karabakh: 100,000 refugees flee to Armenia",
    "[[More than 100,000 people|displaced;a=the Armenian government]] have arrived in Armenia from Nagorno-Karabakh since Azerbaijan's offensive, the Armenian government said, nearly the entire population of the enclave. "
    "A fuel depot explosion near Stepanakert killed [[at least 170 people|killed;a=local authorities]], local authorities said, and [[more than 200|injured;a=local authorities]] were treated for burns.",
)

F(
    "Armenia, Azerbaijan border clashes kill 200 soldiers",
    "Fighting along the Armenian-Azerbaijani border killed [[more than 200 soldiers|killed;a=officials on both sides]] on both sides over two days, officials on both sides said. "
    "Armenia said [[135 of its troops|killed;n=troops;a=Armenia]] had died and [[some 7,600 people|displaced;a=Armenia]] had been evacuated from border villages.",
)

F(
    "Kosovo: gunmen kill police officer in Banjska monastery siege",
    "[[Around 30 heavily armed men|combatants;a=Kosovo's prime minister]] stormed the village of Banjska in northern Kosovo on Sunday, killing [[one police officer|killed;a=Kosovo's prime minister]] and wounding another, Kosovo's prime minister said. "
    "[[Three attackers|killed;a=police]] were killed in the ensuing gunfight, and [[six|arrested;a=police]] were arrested, police said.",
)

F(
    "France: 1,300 arrested on fourth night of riots",
    "Police arrested [[1,311 people|arrested;a=the Interior Ministry]] across France on the {{fourth}} night of rioting over the police shooting of a teenager in Nanterre, the Interior Ministry said. "
    "[[Seventy-nine officers|injured;a=the Interior Ministry]] were injured and [[1,350 vehicles|other;a=the Interior Ministry]] set on fire, it said, as [[45,000 police|combatants;a=the Interior Ministry]] were deployed nationwide.",
)

F(
    "Northern Ireland: 88 police officers injured in week of rioting",
    "[[Eighty-eight police officers|injured;a=the Police Service of Northern Ireland]] have been injured in a week of rioting in loyalist areas of Belfast and other towns, the Police Service of Northern Ireland said. "
    "[[Nineteen people|arrested;a=the Police Service of Northern Ireland]] have been arrested, it said.",
)

F(
    "Georgia: police detain 400 as pro-EU protests continue",
    "Georgian police have detained [[more than 400 protesters|arrested;a=the Interior Ministry]] since demonstrations began against the government's decision to suspend EU accession talks, the Interior Ministry said. "
    "The ombudsman's office said [[over 300 people|injured;a=The ombudsman's office]] had sought medical help, including [[80 police officers|injured;a=The ombudsman's office]].",
)

F(
    "Serbia: students hold vast rally in Belgrade",
    "[[An estimated 275,000 to 325,000 people|other;a=an independent monitoring group]] joined an anti-corruption rally in Belgrade on Saturday, an independent monitoring group said. "
    "Police put the number at [[107,000|other;a=Police]] and said [[22 people|arrested;a=Police]] had been detained after scuffles.",
)

F(
    "Greece: migrant boat sinks off Pylos, hundreds feared missing",
    "[[Seventy-eight bodies|killed;a=the Greek coastguard]] have been recovered and [[104 people|other;a=the Greek coastguard]] rescued after a fishing boat crammed with migrants sank off Pylos, the Greek coastguard said. "
    "Survivors told the UN that [[up to 750 people|other;a=Survivors]] had been on board, and that [[hundreds|missing;a=Survivors]] were trapped in the hold.",
)

# ---------------------------------------------------------------- Asia: Afghanistan, Pakistan, India

F(
    "Kabul airport bombing kills 170 Afghans and 13 US troops",
    "A suicide bomber struck crowds outside Kabul airport's Abbey Gate on Thursday, killing [[about 170 Afghans|killed;a=health officials]] and [[13 US service members|killed;a=health officials]], health officials said. "
    "[[More than 150 people|injured;a=the Pentagon]] were wounded, [[18 of them|injured;n=-;a=the Pentagon]] American troops, according to the Pentagon.",
)

F(
    "Afghanistan: blast at Kabul school kills 53, mostly girls",
    "A suicide bomber blew himself up at an education centre in a Hazara neighbourhood of western Kabul where students were sitting a practice exam, killing [[53 people|killed;a=the UN]], [[46 of them|killed;n=-;a=the UN]] girls and young women, the UN said. "
    "[[Another 110|injured]] were wounded.",
)

F(
    "Pakistan deports Afghans as deadline passes",
    "[[More than 200,000 Afghans|returned;a=the UN refugee agency]] have returned from Pakistan since Islamabad ordered undocumented foreigners to leave, the UN refugee agency said. "
    "Pakistani police have detained [[thousands|arrested;a=Afghan officials]] in raids on Afghan neighbourhoods, Afghan officials said, and [[about 1.4 million|displaced;a=Afghan officials]] with proof-of-registration cards may still stay.",
)

F(
    "Pakistan: Peshawar mosque bombing toll rises to 100",
    "The death toll from a suicide bombing at a mosque inside a police compound in Peshawar rose to [[100|killed;a=police]] on Tuesday, police said, most of them policemen. "
    "[[More than 220 people|injured;a=Lady Reading Hospital]] were wounded, and [[27 of them|injured;n=-;a=Lady Reading Hospital]] remained in critical condition, according to Lady Reading Hospital.",
)

F(
    "Pakistan: militants hijack Jaffar Express in Balochistan",
    "Baloch Liberation Army militants blew up a railway track and seized the Jaffar Express with [[about 440 passengers|kidnapped;a=security officials]] on board, security officials said. "
    "The army said it had freed [[354 hostages|kidnapped;a=The army]] and killed [[all 33 militants|killed;a=The army]] by Wednesday evening, while [[26 hostages|killed;a=The army]] died, [[18 of them|killed;n=-;a=The army]] soldiers.",
)

F(
    "Pakistan: Kurram sectarian clashes leave 130 dead",
    "Sectarian clashes in the Kurram district of Khyber Pakhtunkhwa have killed [[at least 130 people|killed;a=local officials]] in two weeks, local officials said, and [[186|injured;a=local officials]] were injured. "
    "The fighting began after gunmen ambushed a convoy, killing [[42 passengers|killed]].",
)

F(
    "India: Pahalgam attack kills 26 tourists",
    "Militants opened fire on tourists in a meadow near Pahalgam in Indian-administered Kashmir, killing [[26 people|killed;a=police]], [[25 of them|killed;n=-;a=police]] tourists, police said. "
    "[[At least 17|injured;a=hospital officials]] were wounded, hospital officials said.",
)

F(
    "India: Manipur violence death toll reaches 175",
    "[[A total of 175 people|killed;a=Manipur police]] have been killed in four months of ethnic violence between Meitei and Kuki-Zo communities, Manipur police said, [[32|missing;a=Manipur police]] are missing and [[1,108|injured;a=Manipur police]] injured. "
    "[[More than 4,700 houses|housing;a=Manipur police]] were burned, along with [[386 religious structures|housing;a=Manipur police]], they said.",
)

F(
    "India: Manipur relief camps still house 60,000",
    "[[Nearly 60,000 people|displaced;a=state officials]] still live in [[about 350 relief camps|capacity;a=state officials]] in Manipur, state officials said. "
    "The state plans to build [[3,000 prefabricated houses|housing;p;a=The state]] for families whose homes were burned.",
)

F(
    "India: Delhi riots death toll rises to 53",
    "The death toll from communal riots in northeast Delhi rose to [[53|killed;a=hospital officials]], hospital officials said on Sunday, and [[more than 200 people|injured;a=hospital officials]] were injured. "
    "Police said they had registered [[254 cases|other;a=Police]] and arrested or detained [[903 people|arrested;a=Police]].",
)

F(
    "Bangladesh: protests over job quotas leave 150 dead",
    "[[At least 150 people|killed;a=officials]] have been killed in a week of clashes between police and students protesting job quotas, officials said, while [[several thousand|injured;a=hospitals]] were injured, according to hospitals. "
    "Police have arrested [[more than 2,500 people|arrested;a=a police official]] across the country, a police official told AFP.",
)

F(
    "Bangladesh: Rohingya refugees in Cox's Bazar top 1 million",
    "[[More than 1 million Rohingya refugees|displaced;a=UNHCR]] now live in camps in Cox's Bazar, UNHCR said, after [[some 60,000|displaced;a=UNHCR]] arrived from Myanmar's Rakhine state since {{November 2023}}. "
    "The WFP said it would cut monthly food rations to {{$6}} a person unless new funds arrive.",
)

# ---------------------------------------------------------------- Asia: Myanmar, Philippines, others

F(
    "Myanmar: air strike on village gathering kills 160",
    "A junta air strike on a ceremony in Pazigyi village in Sagaing region killed [[more than 160 people|killed;a=residents and media]], residents and media reported, including [[about 40 children|killed;a=residents and media]]. "
    "The military confirmed it had carried out the strike, saying it targeted a resistance office opening.",
)

F(
    "Myanmar: 3 million displaced since coup, UN says",
    "[[More than 3 million people|displaced;a=the UN humanitarian office]] are internally displaced in Myanmar, [[about 2.7 million of them|displaced;n=-;a=the UN humanitarian office]] since the {{February 2021}} coup, the UN humanitarian office said. "
    "[[Some 18.6 million|civilians;a=The office;alt=the UN humanitarian office]] need humanitarian assistance, The office said.",
)

F(
    "Myanmar: resistance forces capture junta outposts in Shan",
    "Ethnic armed groups in northern Shan state said they had captured [[more than 150 junta outposts|other;a=Ethnic armed groups]] and [[four border towns|other;a=Ethnic armed groups]] in two weeks. "
    "[[About 50,000 people|displaced;a=the UN]] fled the fighting, the UN said, and [[about 40 soldiers|combatants;a=the UN]] who surrendered were handed over to the Chinese border authorities.",
)

F(
    "Philippines: Marawi siege displaces 350,000",
    "[[More than 350,000 people|displaced;a=the Department of Social Welfare]] have fled Marawi and surrounding towns since Islamic State-linked militants laid siege to the city, the Department of Social Welfare said. "
    "The military said [[about 200 militants|combatants;a=The military]] were still holed up in the city centre with [[up to 100 hostages|kidnapped;a=The military]].",
)

F(
    "Philippines: NPA rebels surrender in Negros",
    "[[Forty-two New People's Army rebels|combatants;a=the army's 3rd Infantry Division]] surrendered in Negros Occidental, handing over [[31 firearms|other;a=the army's 3rd Infantry Division]], the army's {{3rd}} Infantry Division said.",
)

F(
    "Sri Lanka: Easter bombings toll revised down to 253",
    "Sri Lanka's health ministry revised the death toll from the Easter Sunday bombings of churches and hotels down to [[about 253|killed;a=Sri Lanka's health ministry]] from [[359|killed;a=Sri Lanka's health ministry]], blaming a counting error. "
    "[[About 500 people|injured;a=police]] were wounded, and police have arrested [[76 suspects|arrested;a=police]], police said.",
)

F(
    "Indonesia: Papua rebels kill 10 workers",
    "Separatist rebels in Indonesia's Papua province killed [[at least 10 civilians|killed;a=the military]] at a construction site in Nduga, the military said, and [[at least 4 others|missing;a=the military]] are missing. "
    "The West Papua National Liberation Army said the dead were spies.",
)

F(
    "Thailand: bombs in Pattani injure 11",
    "[[Seven small bombs|other;u=other;a=police]] went off in Pattani and Yala provinces on Friday night, injuring [[11 people|injured;a=police]], [[two of them|injured;n=-;a=police]] seriously, police said.",
)

F(
    "Kyrgyzstan: 137,000 evacuated after border clashes with Tajikistan",
    "[[More than 137,000 people|displaced;a=Kyrgyzstan's emergencies ministry]] have been evacuated from border areas of Batken region after clashes with Tajik forces, Kyrgyzstan's emergencies ministry said. "
    "[[At least 59 Kyrgyz citizens|killed;a=The health ministry]] were killed and [[144|injured;a=The health ministry]] injured, The health ministry said.",
)
