"""dev8 texts: longer bulletins with many figures, tickers and lists, transcripts (batch 2) and
mixed short-form items (batch 6).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- longer bulletins with many figures

F(
    "Radio bulletin: Sudan, Gezira villages",
    "Sudan again. Activists in Gezira state say RSF fighters stormed [[about 30 villages|other;a=Activists in Gezira state]] east of the Nile this week. "
    "They say [[more than 120 people|killed;a=Activists in Gezira state]] were killed and [[some 150,000|displaced;a=Activists in Gezira state]] fled towards Gedaref and Kassala. "
    "The UN says [[at least 25,000|displaced;a=The UN]] have reached Gedaref town, many on foot, and that [[around 3,500 families|displaced;a=The UN]] are sleeping in the open there.",
)

F(
    "TV script: Gaza ceasefire day one",
    "ANCHOR: Day one of the ceasefire in Gaza. [[Three Israeli hostages|kidnapped;a=the Israeli military]] were handed over this afternoon, the Israeli military says, and in return [[90 Palestinian prisoners|other;a=Israel's prison service]] are due to be freed tonight, Israel's prison service says. "
    "The UN says [[more than 630 aid trucks|aid;a=The UN]] entered on the first day. "
    "And civil defence crews say they recovered [[at least 120 bodies|killed;a=civil defence crews]] from areas that had been off limits.",
)

F(
    "Bulletin: Ukraine Sumy evacuation",
    "Ukraine. Officials in the Sumy region have ordered the evacuation of [[another 11 villages|other;p]] near the Russian border. "
    "The regional governor says [[more than 56,000 people|displaced;a=The regional governor]] have left the border areas so far, and [[about 213 children|displaced;a=The regional governor]] were moved in the last {{24 hours}}. "
    "He says [[up to 20,000|displaced;p;a=The regional governor]] more could need to leave.",
)

F(
    "Bulletin: Myanmar Sagaing village massacre",
    "Resistance groups in Myanmar's Sagaing region say junta troops killed [[at least 17 villagers|killed;a=Resistance groups in Myanmar's Sagaing region]] in Let Yet Kone and burned [[some 350 houses|housing;a=Resistance groups in Myanmar's Sagaing region]]. "
    "[[Around 2,400 residents|displaced]] are now hiding in the forest, local volunteers say.",
)

F(
    "Bulletin: Cameroon Far North Boko Haram",
    "In Cameroon's Far North, [[between 10 and 15 people|killed;a=a local official]] were killed overnight when Boko Haram fighters raided Mozogo, a local official told us. "
    "[[Eight women|kidnapped;a=a local official]] were taken, he said, and [[around 60 huts|housing;a=a local official]] burned.",
)

F(
    "Bulletin: Somalia drought and conflict displacement",
    "Somalia now. The UN says [[nearly 300,000 people|displaced;a=The UN]] have been displaced by fighting and drought since {{January}}. "
    "In Baidoa alone, [[more than 500 displacement sites|capacity;u=other]] are hosting [[about 400,000 people|displaced]].",
)

F(
    "Bulletin: Israel-Iran war, Israeli home front",
    "Israel. Magen David Adom says [[at least 8 people|killed;a=Magen David Adom]] were killed and [[more than 200|injured;a=Magen David Adom]] injured in Iranian missile strikes overnight. "
    "Municipal officials in Bat Yam say [[some 1,200 residents|displaced;a=Municipal officials in Bat Yam]] have been moved to hotels after [[61 buildings|housing;a=Municipal officials in Bat Yam]] were damaged.",
)

F(
    "Bulletin: Iran strike aftermath in Tehran",
    "In Tehran, Iran's health ministry says [[224 people|killed;a=Iran's health ministry]] have been killed since Israel began its strikes, and [[over 1,200|injured;a=Iran's health ministry]] have been treated in hospitals.",
)

F(
    "Bulletin: Niger Tillabéri",
    "In Niger, [[at least 39 civilians|killed;a=the interior ministry]] were killed in [[two attacks|other;a=the interior ministry]] on villages in the Tillabéri region, the interior ministry said on state TV. "
    "It declared {{three days}} of mourning.",
)

F(
    "Bulletin: Bangladesh camp fire and Rohingya arrivals",
    "Bangladesh. Officials in Cox's Bazar say [[about 5,000 Rohingya|displaced;a=Officials in Cox's Bazar]] have crossed from Myanmar in the past {{two weeks}}, despite the border being officially closed. "
    "They say border guards have pushed back [[at least 300|returned;a=Officials in Cox's Bazar]].",
)

F(
    "Bulletin: Ethiopia Amhara Fano clashes",
    "Ethiopia. Residents of Bahir Dar say federal troops and Fano militia fought in the city for a {{second}} day. "
    "A hospital official says [[at least 26 people|killed;a=A hospital official]] were killed, most of them civilians.",
)

F(
    "Bulletin: Venezuela post-election crackdown",
    "Venezuela. The rights group Foro Penal says [[more than 1,600 people|arrested;a=The rights group Foro Penal]] have been detained since the election, among them [[114 teenagers|arrested;a=The rights group Foro Penal]]. "
    "[[At least 24|killed]] have been killed in the protests.",
)

# ---------------------------------------------------------------- tickers and lists, batch 2

F(
    "Ticker: Sudan humanitarian figures at a glance",
    "SUDAN AT A GLANCE\n"
    "Internally displaced: [[8.6 million|displaced]]\n"
    "Refugees in neighbouring countries: [[3.5 million|displaced]]\n"
    "People in need: [[30.4 million|civilians]]\n"
    "Returned to Khartoum and Gezira since {{January}}: [[over 1 million|returned]]\n"
    "Source: IOM, UNHCR, OCHA",
)

F(
    "Factbox: Gaza war in numbers",
    "FACTBOX\n"
    "- Killed: [[more than 50,000|killed;a=Gaza health ministry]] (Gaza health ministry)\n"
    "- Displaced: [[about 1.9 million|displaced;a=UN]], or about {{90%}} of the population (UN)\n"
    "- Hostages still held: [[59|kidnapped]]\n"
    "- Homes damaged or destroyed: [[around 245,000|housing]]",
)

F(
    "Numbered list: five things to know about the Haiti crisis",
    "{{1.}} Gangs control {{about 85%}} of Port-au-Prince.\n"
    "{{2.}} [[Over 5,600 people|killed;a=the UN]] were killed by gang violence in {{2024}}, the UN says.\n"
    "{{3.}} [[More than 1 million|displaced]] are displaced, many of them in schools and churches.\n"
    "{{4.}} A Kenyan-led force has [[fewer than 1,000 officers|combatants]] on the ground, far below the [[2,500|combatants;p]] planned.\n"
    "{{5.}} [[Nearly 200,000 Haitians|returned]] were deported from the Dominican Republic last year.",
)

F(
    "Ticker: West Africa coups and attacks",
    "BURKINA FASO - Army says [[over 100 terrorists|killed;a=Army]] neutralised near Diapaga\n"
    "MALI - [[At least 26|killed]] dead as bus hits mine near Bandiagara\n"
    "NIGER - [[Two Chinese workers|kidnapped]] kidnapped in Agadez freed after {{three months}}",
)

F(
    "Ticker: Middle East overnight",
    "SYRIA - Israeli strikes near Damascus kill [[4|killed;a=state media]], state media says\n"
    "IRAQ - Rocket attack on base housing US troops, no casualties\n"
    "YEMEN - Houthis say they shot down a US drone",
)

F(
    "Live updates list: Pakistan floods and Afghan deportations",
    "LIVE - Torkham crossing\n"
    "08:40 UNHCR: [[some 2,500 Afghans|returned;a=UNHCR]] deported through Torkham since midnight.\n"
    "09:15 Taliban-run refugee ministry says it has set up [[4 reception camps|capacity;a=Taliban-run refugee ministry]] near the border.\n"
    "10:02 IOM: [[about 700 families|aid;a=IOM]] received cash and transport support this morning.",
    ["08:40", "09:15", "10:02"],
)

F(
    "Tick-tock: what happened in Kidal",
    "Timeline:\n"
    "Mon - Malian army and Wagner begin advance, [[about 1,000 troops|combatants;a=diplomats]], diplomats say.\n"
    "Tue - CSP rebels withdraw; [[thousands of residents|displaced]] flee north towards Algeria.\n"
    "Wed - Army raises flag over Kidal. Rebels say [[at least 14 civilians|killed;a=Rebels]] died in drone strikes.",
)

# ---------------------------------------------------------------- transcripts, batch 2

F(
    "Podcast transcript: the camp manager in Tawila",
    "HOST: What does the camp look like now?\n"
    "CAMP MANAGER: We registered [[about 10,000 new families|displaced;a=CAMP MANAGER]] in April alone. "
    "We have [[three water points|aid;u=other;n=points]] for them, and we need [[at least 20|aid;p;u=other]].",
)

F(
    "Interview transcript: Red Cross on missing persons in Ukraine",
    "Q: How many families have come to you?\n"
    "A: The ICRC's Central Tracing Agency has opened [[more than 23,000 files|missing;u=person;n=files;a=The ICRC's Central Tracing Agency]] on people missing in connection with the conflict. "
    "Q: And how many have you resolved?\n"
    "A: We have been able to tell [[around 8,000 families|other]] what happened to their loved ones.",
)

F(
    "Radio interview: mayor of a Lebanese border town",
    "PRESENTER: Mayor, how many people are left in the town?\n"
    "MAYOR: Before the war we were [[12,000|civilians;a=MAYOR]]. Now, [[maybe 150 people|civilians]] stay, old people mostly. "
    "[[Nearly 300 houses|housing]] are destroyed.",
)

F(
    "TV interview: police chief after Port-au-Prince jailbreak",
    "INTERVIEWER: How many escaped?\n"
    "POLICE CHIEF: From the National Penitentiary, [[about 3,700 inmates|other;a=POLICE CHIEF]]. "
    "[[Fewer than 100|arrested]] are back in custody.",
)

F(
    "Podcast: the Rohingya boat survivor",
    "RAHIMA (through interpreter): We were [[about 180|displaced;a=RAHIMA]] on the boat. For {{16 days}}. "
    "[[Twelve|killed]] died on the way, [[two|killed]] of them children.",
)


# ---------------------------------------------------------------- batch 6: mixed short-form

F(
    "Radio bulletin: Nigeria Benue herder attacks",
    "In central Nigeria, gunmen have killed [[at least 100 people|killed;a=Amnesty International]] in Yelwata in Benue state, Amnesty International says. "
    "The state emergency agency says [[some 3,000 families|displaced;a=The state emergency agency]] have fled to Makurdi, where [[two primary schools|capacity]] are being used as camps. "
    "[[Dozens|missing]] are still missing.",
)

F(
    "TV bulletin: Syria Sweida clashes",
    "Syria. Clashes between Druze fighters and Bedouin tribes in Sweida have killed [[more than 500 people|killed;a=a war monitor]], according to a war monitor. "
    "The UN says [[around 87,000 people|displaced;a=The UN]] have been displaced and [[at least 80 homes|housing;a=The UN]] burned. "
    "Government forces say they have deployed [[about 2,500 troops|combatants;a=Government forces]] to separate the sides.",
)

F(
    "Bulletin: Mozambique Ancuabe",
    "Mozambique. Insurgent raids on [[six villages|other;a=local sources]] in Ancuabe district have sent [[more than 30,000 people|displaced;a=local sources]] fleeing, local sources say. "
    "A church mission in the district says it is sheltering [[about 700|displaced;a=A church mission in the district]] and has no food left for them.",
)

F(
    "Bulletin: DRC Ituri camp attack",
    "DRC. CODECO militiamen attacked the Plaine Savo displacement camp in Ituri overnight, killing [[at least 60 people|killed;a=the UN mission]], the UN mission says. "
    "It says [[fewer than 15 peacekeepers|combatants;a=the UN mission]] were on duty at the base next to the camp, which holds [[some 20,000 displaced people|displaced;a=the UN mission]].",
)

F(
    "Bulletin: Gaza flotilla",
    "Israel's navy intercepted [[more than 40 boats|other;a=organisers]] of an aid flotilla bound for Gaza overnight, the organisers say. "
    "Israel says [[about 450 activists|arrested;a=Israel]] were detained and will be deported.",
)

F(
    "Bulletin: Chad-Sudan border rains",
    "Chad now. Heavy rains have flooded refugee sites near Adré, and the UN says [[up to 140,000 refugees|civilians;a=the UN;p]] could be cut off from aid. "
    "[[Some 200 shelters|housing]] have collapsed.",
)

F(
    "Bulletin: Haiti Kenscoff attacks",
    "Haiti. Gangs pushing into Kenscoff, above Port-au-Prince, have forced [[more than 3,500 people|displaced;a=IOM]] from their homes, IOM says. "
    "Local officials say [[at least 150 houses|housing;a=Local officials]] have been burned and [[two police officers|killed;a=Local officials]] killed.",
)

F(
    "Bulletin: Sudan North Kordofan shelters",
    "The Sudanese Red Crescent says it has registered [[4,800 displaced households|displaced;a=The Sudanese Red Crescent]] in El Obeid, most of them from Bara. "
    "It plans to distribute [[3,000 shelter kits|aid;a=The Sudanese Red Crescent;p]] next week.",
)

F(
    "Bulletin: Pakistan Kurram relief",
    "Pakistan. A convoy of [[about 60 trucks|aid;a=officials]] with food and medicine reached Parachinar today, officials say, the first since the road was closed. "
    "They say [[at least 50 children|killed;a=officials]] have died in the district for lack of medicine.",
)

F(
    "Bulletin: Philippines Marawi returns",
    "The Philippines. The government says [[more than 20,000 families|returned;a=The government]] have now gone back to Marawi, but [[about 17,000 people|displaced;a=The government]] are still in transitory shelters, {{eight years}} after the siege.",
)

F(
    "Bulletin: Central African Republic",
    "Central African Republic. The UN mission says rebels of the {{3R}} group killed [[at least 22 civilians|killed;a=The UN mission]] in the north-west, and that [[nearly 4,000|displaced;a=The UN mission]] have taken refuge at its base in Bocaranga.",
)

F(
    "Bulletin: Iraq Sinjar returnees",
    "Iraq. The migration ministry says [[some 2,000 Yazidi families|returned;a=The migration ministry]] have gone back to Sinjar this year, helped by a grant for each household. "
    "It says [[around 200,000|displaced;a=The migration ministry]] are still living in camps in Dohuk.",
)
