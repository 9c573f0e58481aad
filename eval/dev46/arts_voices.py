"""dev46 items: heads and staff of NGOs in interviews, parliamentary statements, televised
addresses, transcripts, and wire reports of what doctors, officials and residents "told
Reuters", "told AFP" or "told the BBC".

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py). A quoted sentence with no reporting clause of its own has no source
(see README.md).
"""

from figset import F

F(
    "Omdurman: MSF says hospital overwhelmed after market shelling",
    "MSF's emergency coordinator in Khartoum told the BBC that its teams at Bashair hospital had treated [[more than 300 wounded|injured;a=MSF's emergency coordinator in Khartoum]] in {{three days}}, {{about a third}} of them children. "
    "“[[Twenty-one|killed]] died on arrival. "
    "We ran out of blood on the {{second}} night,” she said.",
)

F(
    "NRC chief: Sudan displacement could reach 15 million",
    "NRC Secretary General Sigrun Aasen told Reuters in an interview that [[some 12 million people|displaced;a=NRC Secretary General Sigrun Aasen;alt=Sigrun Aasen]] had been forced from their homes in Sudan, [[about 3 million|displaced;a=NRC Secretary General Sigrun Aasen;alt=Sigrun Aasen]] of them abroad. "
    "“This is the largest displacement crisis in the world, and it could reach [[15 million|displaced;a=NRC Secretary General Sigrun Aasen;alt=Sigrun Aasen;p]] by the end of the year,” she said.",
)

F(
    "Ukraine's ombudsman on children taken to Russia",
    "Ukraine's human rights ombudsman told parliament that [[19,546 children|kidnapped;a=Ukraine's human rights ombudsman]] had been deported to Russia or to occupied areas since {{February 2022}}. "
    "[[Only 1,240|returned;a=Ukraine's human rights ombudsman]] had been brought back, he said.",
)

F(
    "Sudan evacuation: foreign secretary updates Commons",
    "The foreign secretary told the House of Commons that [[2,341 people|displaced;a=The foreign secretary]] had been evacuated from Sudan on [[30 flights|other;a=The foreign secretary]] from Wadi Saeedna, most of them British nationals and their dependants. "
    "He said [[about 4,000 British nationals|civilians;a=The foreign secretary]] had been registered in Sudan when the fighting began on {{15 April}}.",
)

F(
    "Germany: asylum applications fall, deportations rise",
    "The interior minister told the Bundestag that [[about 230,000 asylum seekers|displaced;a=The interior minister]] had applied for protection last year, down from [[329,000|displaced;a=The interior minister]] in {{2023}}. "
    "[[Some 20,000 people|returned;a=The interior minister]] were deported, [[about 1,900|returned;a=The interior minister]] of them to countries outside Europe, she said.",
)

F(
    "Italy: minister gives parliament migration figures",
    "Answering questions in the Senate, the interior minister said [[about 66,000 migrants|displaced;a=the interior minister]] had reached Italy by sea last year and that the coast guard had rescued [[more than 1,200|other;a=the interior minister]] in {{a single weekend}} in {{August}}. "
    "IOM recorded [[1,452 deaths|killed;a=IOM]] on the central Mediterranean route over the same period.",
)

F(
    "ICRC: thousands of families searching for missing relatives in Sudan",
    "The ICRC's head of delegation in Sudan told Le Temps that the organisation had registered [[more than 8,000 people|missing;a=the organisation;alt=ICRC]] as missing since the war began, and that [[about 5,000 families|civilians;a=The ICRC's head of delegation in Sudan]] had asked it for help finding relatives. "
    "“Behind each name there is a family that does not know,” he said.",
)

F(
    "Prisoner exchange: Ukrainian president speaks",
    "Ukraine's president said in his nightly video address that [[307 Ukrainians|other;a=Ukraine's president]] had come home in Friday's exchange, [[12|other;a=Ukraine's president]] of them civilians. "
    "“By Sunday we will have brought back [[1,000|other;a=Ukraine's president;p]],” he said.",
)

F(
    "Russia: defence minister claims encirclement, according to transcript",
    "Russia's defence minister told a meeting of the ministry's board, according to a transcript published by the Kremlin, that [[about 2,000 Ukrainian troops|combatants;a=Russia's defence minister]] were encircled near Pokrovsk. "
    "He said [[more than 420,000 men|combatants;a=Russia's defence minister]] had signed contracts with the armed forces this year.",
)

F(
    "Gaza: medics and aid foundation give conflicting accounts",
    "Medics at Nasser hospital told Reuters that [[at least 21 people|killed;a=Medics at Nasser hospital]] were killed near an aid distribution site in Rafah on Sunday and [[more than 100|injured;a=Medics at Nasser hospital]] wounded. "
    "The Gaza Humanitarian Foundation, which runs the site, said it had handed out [[about 2.1 million meals|aid;a=The Gaza Humanitarian Foundation]] that day and that there had been no incident at its location.",
)

F(
    "Haiti: rights group counts dead in Pont-Sondé",
    "Rosny Jean-Baptiste, head of the National Human Rights Network, told AFP that [[at least 70 people|killed;a=Rosny Jean-Baptiste]] had been killed in Pont-Sondé, including [[10 women|killed;a=Rosny Jean-Baptiste]] and [[three babies|killed;a=Rosny Jean-Baptiste]]. "
    "[[More than 6,000 residents|displaced;a=Rosny Jean-Baptiste]] fled to nearby Saint-Marc, he said, and gang members set fire to [[at least 45 houses|housing;a=Rosny Jean-Baptiste]].",
)

F(
    "IRC president: Sudan hunger worst in the world",
    "The IRC's president told CNN that [[about 25 million people|civilians;a=The IRC's president]] in Sudan faced acute hunger. "
    "“In Tawila our clinics are seeing [[up to 300 malnourished children a day|other;a=The IRC's president]],” he said, adding that [[two dozen|killed;a=The IRC's president]] had died there in {{the past month}}.",
)

F(
    "South Africa: police minister presents crime figures",
    "The police minister told parliament that [[6,953 people|killed;a=The police minister]] had been murdered between {{October and December}}, and that [[more than 15,000 suspects|arrested;a=The police minister]] had been arrested in the same period. "
    "[[Some 1,900|killed;a=The police minister]] of the murders took place in Gauteng, he said.",
)

F(
    "US border: Border Patrol chief testifies",
    "The Border Patrol chief told a Senate committee that agents had apprehended [[more than 2 million migrants|arrested;a=The Border Patrol chief]] at the southern border in the last fiscal year. "
    "He said [[about 900 migrants|killed;a=The Border Patrol chief]] had died crossing, most of them of heat exposure in temperatures above {{45C}}.",
)

F(
    "Pakistan: interior minister tells Senate deportations will continue",
    "The interior minister told the Senate that [[more than 800,000 Afghans|returned;a=The interior minister]] had been sent back since {{November 2023}}. "
    "The government planned to repatriate [[another 800,000|returned;a=The government;p]] by June, he said, and then [[about 1.3 million holders|returned;a=The government;p]] of proof-of-registration cards.",
)

F(
    "Channel crossings: home secretary to Commons",
    "The home secretary told the Commons that [[36,816 people|displaced;a=The home secretary]] had crossed the Channel in small boats last year and that [[at least 78|killed;a=The home secretary]] had died trying. "
    "Home Office officials expect [[as many as 40,000|displaced;a=Home Office officials;p]] this year.",
)

F(
    "Lebanon: Caritas head describes shelters in schools",
    "The head of Caritas Lebanon told AP that [[about 1.2 million people|displaced;a=The head of Caritas Lebanon]] had fled their homes and that [[more than 1,000 schools|capacity;a=The head of Caritas Lebanon]] had been turned into shelters. "
    "[[About 190,000 people|displaced;a=The head of Caritas Lebanon]] were sleeping in them, he said, many in classrooms meant for [[30 pupils|capacity;a=The head of Caritas Lebanon]].",
)

F(
    "Oxfam: trickle of aid into northern Gaza",
    "An Oxfam spokesperson told reporters that [[only 65 trucks a day|aid;a=An Oxfam spokesperson]] had entered Gaza in {{October}}, compared with [[about 500 a day|aid;a=An Oxfam spokesperson;u=other]] before the war. "
    "[[Hundreds of thousands of people|civilians]] remain in the north, where no food has entered for {{more than two weeks}}.",
)

F(
    "Ethiopia: rights group says village burned",
    "A Human Rights Watch researcher told AP that satellite images showed [[about 300 houses|housing;a=A Human Rights Watch researcher]] had been burned in the village of Gidami, and that witnesses had described the killing of [[at least 17 villagers|killed;a=witnesses]]. "
    "Federal officials said [[12 gunmen|arrested;a=Federal officials]] had been detained.",
)

F(
    "Syria: monitor and ministry differ on coastal toll",
    "The Syrian Observatory for Human Rights, a Britain-based war monitor, said [[at least 1,500 civilians|killed;a=The Syrian Observatory for Human Rights]] had been killed in the coastal provinces. "
    "The interior ministry said [[about 200 security personnel|killed;a=The interior ministry]] had died and that [[more than 300 suspects|arrested;a=The interior ministry]] were in custody.",
)

F(
    "Sri Lanka: president addresses nation after cyclone",
    "In a televised address, the president said [[more than 200 people|killed;a=the president]] had been killed by the cyclone and [[about 100,000|displaced;a=the president]] were in [[1,200 safety centres|capacity;a=the president]]. "
    "“We will rebuild [[all 15,000 homes|housing;a=the president;p]] that were lost,” he said.",
)

F(
    "Maui fire: governor revises missing list",
    "Hawaii's governor said [[about 850 people|missing;a=Hawaii's governor]] were unaccounted for, down from [[more than 2,000|missing;a=Hawaii's governor]] last week, as families came forward. "
    "[[More than 2,200 structures|housing]] were destroyed, {{86%}} of them homes.",
)

F(
    "Guinea: hospital and government give different protest tolls",
    "Hospital officials in Conakry told AFP that [[17 protesters|killed;a=Hospital officials in Conakry]] were killed by security forces on Thursday. "
    "The government spokesman said [[only three|killed;a=The government spokesman]] had died and that [[more than 200 people|arrested;a=The government spokesman]] had been arrested for looting.",
)

F(
    "Aid workers: record killed last year",
    "[[At least 383 aid workers|killed;a=the Aid Worker Security Database]] were killed in {{2024}}, the most on record, according to the Aid Worker Security Database, which also counted [[125|kidnapped;a=the Aid Worker Security Database]] kidnapped. "
    "[[About 180|killed]] of the dead were in Gaza.",
)

F(
    "Kenya: more police for Haiti",
    "The interior cabinet secretary told parliament that Kenya had [[about 400 police officers|combatants;a=The interior cabinet secretary]] in Haiti, with [[600 more|combatants;a=The interior cabinet secretary;p;n=-]] to be deployed by {{March}}.",
)

F(
    "Cox's Bazar: fire destroys refugee shelters",
    "Save the Children's country director told reporters that [[about 2,000 shelters|housing;a=Save the Children's country director]] had been destroyed in the fire, leaving [[some 12,000 refugees|displaced;a=Save the Children's country director]] homeless. "
    "[[Three children|killed;a=camp officials]] died, camp officials said.",
)

F(
    "El Geneina: doctor describes abductions",
    "A doctor in El Geneina, speaking to Reuters by phone, said RSF fighters had taken [[as many as 30 women|kidnapped;a=A doctor in El Geneina]] from the Al-Jamarik neighbourhood. "
    "“We have treated [[dozens|injured;a=A doctor in El Geneina]] with gunshot wounds since Sunday,” he said. "
    "[[Several thousand residents|displaced]] have crossed into Chad.",
)

F(
    "Spain floods: prime minister to parliament",
    "The prime minister told parliament that [[224 people|killed;a=The prime minister]] had died in the floods and [[four|missing;a=The prime minister]] were still missing. "
    "He said [[7,800 soldiers|combatants;a=The prime minister]] had been deployed, the largest peacetime deployment in the country's history, and that [[about 4,000 homes|housing;a=The prime minister]] were uninhabitable.",
)

F(
    "Iran: Amnesty and judiciary on protest detainees",
    "Amnesty International said in a report that [[at least 20,000 people|arrested;a=Amnesty International]] had been arrested during the protests. "
    "Iran's judiciary said it had pardoned [[about 22,000 people|arrested;a=Iran's judiciary]] detained over the unrest, but rights groups said [[hundreds|arrested;a=rights groups]] remained in jail.",
)

F(
    "Colombia: social leaders killed",
    "[[At least 173 social leaders|killed;a=the conflict-monitoring group Indepaz;alt=Indepaz]] were killed in Colombia in {{2024}}, the conflict-monitoring group Indepaz said. "
    "The Ombudsman's office gave a lower figure, [[136|killed;a=The Ombudsman's office]].",
)

F(
    "NGO chief: funding cuts bite",
    "The head of the International Council of Voluntary Agencies told reporters that member groups had cut {{20 per cent}} of their staff since {{January}}. "
    "Appeals face a {{$1.2 billion}} shortfall in {{2025}}, and some programmes may close within {{six months}}, she said.",
)

F(
    "Defence spending debate",
    "The defence secretary told MPs that spending would rise to {{2.5 per cent}} of GDP by {{2027}}, an extra {{£3 billion}} a year. "
    "He said the order for {{F-35A}} jets would be signed before the NATO summit in {{June}}.",
)

F(
    "Cameroon: governor raises toll from separatist attack",
    "The governor of the North-West region told state radio that [[19 people|killed;a=The governor of the North-West region]] had been killed when separatist fighters attacked a village near Bamenda, a toll earlier reported as [[12|killed;a=The governor of the North-West region]]. "
    "[[About 40 houses|housing;a=The governor of the North-West region]] were burned and [[dozens of families|displaced;a=The governor of the North-West region]] fled to Bamenda, he said.",
)

F(
    "Mogadishu bombing: hospital gives toll",
    "A director at Madina hospital told AP that [[at least 27 people|killed;a=A director at Madina hospital]] were killed and [[about 50|injured;a=A director at Madina hospital]] wounded in the car bombing near the Ministry of Interior. "
    "An earlier version of this story misstated the toll as {{72}}, citing the same official.",
)

F(
    "Morocco: measles outbreak reaches parliament",
    "The health minister told parliament that [[more than 25,000 measles cases|other;a=The health minister]] and [[120 deaths|killed;a=The health minister]] had been recorded since {{October 2023}}. "
    "[[About 10 million children|aid;a=The health minister;p]] would be vaccinated in a catch-up campaign, he said.",
)
