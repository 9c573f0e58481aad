"""Lubero, Komanda, Irumu and Mambasa: the ADF's drift north and west, 2021-2025 (dev392)."""

from _wrap import item

item(
    "ADF gunmen attack Catholic church in Komanda during night vigil",
    """
Gunmen from the Allied Democratic Forces attacked a Catholic parish in Komanda, in Ituri's Irumu
territory, during a night vigil in the early hours of {{July 27, 2025}}, killing [[at least 38
worshippers|killed;a=Justin Adyeri]], said Justin Adyeri, a civil society leader in the town.
MONUSCO said [[at least 43 people|killed;a=MONUSCO]] had died, among them [[19 women|killed;a=MONUSCO]]
and [[nine children|killed;a=MONUSCO]]. The attackers also burned [[a dozen houses|housing]] and
several shops near the church. Doctors at the general hospital in Komanda said they were treating
[[at least 15 wounded|injured;a=Doctors at the general hospital in Komanda]]. Survivors said [[more
than 10 people|kidnapped;a=Survivors]] were marched into the forest, and parish staff said [[about 20
parishioners|missing;a=parish staff]] had not been found by {{Monday}}.
""",
)

item(
    "Komanda residents flee to UN base after church massacre",
    """
[[About 5,000 residents|displaced;a=the mission;alt=MONUSCO]] of Komanda spent {{two nights}} around
the MONUSCO base on the edge of the town, the mission said on {{Tuesday}}. [[Another
2,000|displaced]] headed for Bunia, {{75 km}} away. The army said it had sent [[about 600
soldiers|combatants;a=The army]] to Komanda and arrested [[four suspects|arrested;a=The army]],
including a man accused of guiding the attackers. The funerals of [[41 victims|killed]] were held on
{{Thursday}} in the parish courtyard. The UN said it had counted [[more than 1,200
civilians|killed;a=The UN]] killed by the ADF in Ituri and North Kivu in the {{first}} {{six
months}} of the year.
""",
)

item(
    "ADF kill dozens in attacks on Lubero villages of Mayikengo and Masala",
    """
The toll from ADF attacks on Mayikengo and Masala, in the Bapere sector of Lubero territory, rose to
[[42 dead|killed;a=Colonel Alain Kasereka]] on {{Saturday}}, said Colonel Alain Kasereka, the
territory's administrator. Civil society groups in Lubero counted [[more than 60 bodies|killed;a=Civil
society groups in Lubero]] and said [[dozens|missing;a=Civil society groups in Lubero]] were still
missing. [[About 150 homes|housing]] were burned in Masala. [[Around 7,000
residents|displaced;a=humanitarian workers]] fled towards Butembo and Manguredjipa, humanitarian
workers said. [[Twenty-three wounded|injured]] reached the hospital in Manguredjipa. Since January,
ADF attacks in Lubero have killed [[more than 500 people|killed;a=the Kivu Security Tracker]],
according to the Kivu Security Tracker.
""",
)

item(
    "Attack on funeral in Lubero's Ntoyo kills more than 60",
    """
ADF fighters attacked mourners at a funeral in Ntoyo, in Lubero territory, on the night of
{{September 8}}, killing [[more than 60 people|killed;a=local authorities]], local authorities said.
A local official told the Associated Press that [[at least 71 bodies|killed;a=A local official]]
had been recovered by {{Wednesday}} and that the attackers had set fire to [[about 30
houses|housing;a=A local official]] and [[a dozen motorcycles|other;a=A local official]].
[[Eighteen wounded|injured;a=the mission;alt=MONUSCO]] were flown to Beni by MONUSCO helicopters,
the mission said. Relatives said [[between 10 and 15 people|missing;a=Relatives]] had not been
accounted for. The ADF also killed [[nine people|killed]] in a separate raid on Mabuo the same
night.
""",
)

item(
    "Butembo-Beni road toll station reopens after three months",
    """
The toll station at Kalau on the {{RN2}} reopened on {{October 14}} after {{three months}}. Trucks
now pay {{50,000 Congolese francs}} per trip, up {{25%}}. Cocoa prices in Beni have fallen to
{{$4.20 a kilogram}}, below the {{2023}} peak. The {{54-km}} stretch between Butembo and Beni can
take up to {{five hours}} by road in the rainy season. Traders' groups plan a meeting with the
provincial government on {{October 28}}.
""",
)

item(
    "ADF abductions spread to Mambasa as fighters move north",
    """
ADF fighters have abducted [[at least 27 people|kidnapped;a=Jean-Claude Kiza]] in villages along the
Mambasa-Niania road since {{August 20}}, the administrator of Mambasa territory, Jean-Claude Kiza,
told Radio Okapi. Most were forced to carry looted goods; [[nine|kidnapped]] have since escaped and
[[two|killed]] were found dead. [[About 4,000 people|displaced]] have fled Biakato for Mambasa town.
The army said it had killed [[seven ADF fighters|killed;a=The army]] and freed [[five
hostages|kidnapped;a=The army]] in an operation near Makeke. Local civil society says [[20
villages|other;a=Local civil society]] have been emptied.
""",
)

item(
    "Truckers count losses on Ituri's RN4 as ADF ambushes multiply",
    """
ADF fighters have burned [[at least 45 vehicles|other;a=the Congolese Drivers' Association
(ACCO)]] on the Komanda-Luna section of the {{RN4}} since January, according to the Congolese
Drivers' Association (ACCO). The association said [[17 drivers|killed;a=The association;alt=Congolese
Drivers' Association]] had been killed, [[about 30|kidnapped;a=The association;alt=Congolese
Drivers' Association]] abducted and [[eight|missing;a=The association;alt=Congolese Drivers'
Association]] were missing. [[Some 80,000 people|civilians]] in Komanda, Luna and the villages
between them depend on the road for food. Trucks now travel in escorted convoys of [[up to 80 trucks|other]],
guarded by [[about 40 soldiers|combatants]]. [[Some 250 trucks|other;a=drivers]] are stuck at Komanda
waiting for an escort, drivers said. A convoy takes {{two days}} to cover the {{120 km}} to Luna.
""",
)

item(
    "Fighting near Kanyabayonga sends tens of thousands north into Lubero",
    """
Fighting between the {{M23}} rebels and the army near Kanyabayonga has displaced [[more than 100,000
people|displaced;a=OCHA]] in {{two weeks}}, OCHA said. [[About 35,000 people|displaced]] have crowded
into churches and schools in Kirumba. Local authorities said [[at least 14 civilians|killed;a=Local
authorities]] were killed and [[more than 40|injured;a=Local authorities]] wounded when shells hit
the market in Kanyabayonga. MSF said its team in Kayna had treated [[63 war-wounded
patients|injured;a=MSF]]. An {{M23}} spokesman said the group had captured [[more than 200 government
soldiers|arrested;a=An M23 spokesman]]. Aid agencies say [[about 1,200 households|aid;a=Aid
agencies]] have received shelter kits in Kirumba.
""",
)

item(
    "In Manguredjipa, displaced families sleep in classrooms",
    """
Kavira Masika, {{34}}, has slept on the floor of a classroom in Manguredjipa since ADF fighters
burned her village in June. She shares the room with [[about 60 other people|displaced]]. The
town's [[14 schools|capacity]] and [[three churches|capacity]] now shelter [[more than 18,000
displaced people|displaced;a=the local displacement committee]], the local displacement committee
says, in a town of [[about 25,000 residents|civilians;a=the local displacement committee]]. WFP
distributed food to [[8,400 people|aid]] in August, the {{first}} distribution in {{five months}}.
Last week [[two farmers|killed;a=residents]] were killed in their fields, residents said.
""",
)

item(
    "Overnight attacks on Boga and Tchabi camps kill 55",
    """
Attacks on displacement camps at Boga and Tchabi, in southern Irumu, killed [[55 people|killed;a=the
Kivu Security Tracker]] overnight, the Kivu Security Tracker said, the deadliest attack in Ituri this
year. Local officials said [[about 25 people|kidnapped;a=Local officials]] were taken and that the
camps' [[roughly 3,000 residents|displaced;a=Local officials]] had scattered into the bush. Among the
dead were [[two volunteers|killed]] of the Congolese Red Cross. [[Some 200 shelters|housing]] were
burned. [[About 20,000 people|civilians]] in Boga and the surrounding villages are now cut off from
aid. The UN human rights office said ADF fighters had killed [[at least 110 civilians|killed;a=The
UN human rights office]] in Irumu and Mambasa in the previous {{two months}}.
""",
)

item(
    "Displaced begin returning to Lubero's Bapere sector after army sweep",
    """
[[More than 9,000 people|returned;a=Samuel Kakule]] have gone back to villages in Lubero's Bapere
sector since the army cleared ADF positions along the Manguredjipa road, said Samuel Kakule,
president of the sector's civil society. The army said the operation had killed [[32 ADF
fighters|killed;a=The army]] and captured [[11|arrested;a=The army]]. It said [[17
hostages|kidnapped;a=The army]] had been freed. Returnees found [[some 500 houses|housing]]
destroyed. UNHCR plans to hand out [[3,000 shelter kits|aid;p;a=UNHCR]] in the sector before the
rains. [[Around 20,000|displaced]] remain in Manguredjipa.
""",
)

item(
    "Komanda parish reopens a month after the massacre",
    """
The Catholic parish of Komanda reopened on {{August 24}}, {{four weeks}} after the attack that
shocked Ituri. Mass began at {{9am}} under a tarpaulin, as the nave, built in {{1932}}, is still
being repaired. The diocese of Bunia says repairs will cost about {{$18,000}}. The bishop told the
congregation that the parish would hold a vigil on the {{27th}} of each month. Pope Leo XIV had
sent a message of condolence in {{July 2025}}.
""",
)

item(
    "Hundreds escape Butembo's Kakwangura prison after attack",
    """
[[More than 800 inmates|other;a=the mayor of Butembo]] escaped from Kakwangura central prison in
Butembo after gunmen attacked it overnight, the mayor of Butembo said on {{Thursday}}. The prison
held [[about 870 detainees|arrested;a=prison officials]], according to prison officials. [[Two
guards|killed;a=police]] and [[one attacker|killed;a=police]] were killed, police said. By
{{Friday}}, [[43 escapees|arrested;a=the army]] had been recaptured, the army said, and
[[12|arrested;a=the army]] had turned themselves in. The authorities blamed the ADF and local Mai-Mai
fighters for the attack.
""",
)

item(
    "OCHA says 2.8 million in need in Ituri as attacks and funding cuts bite",
    """
[[About 2.8 million people|civilians;a=OCHA]] in Ituri need humanitarian aid this year, among them
[[1.1m displaced people|displaced;a=OCHA]], OCHA said. The office said it had reached [[640,000
people|aid;a=The office;alt=OCHA]] in the {{first}} half of the year, after donors funded just
{{11%}} of the {{$620 million}} appeal. [[Some 90 health centres|other]] have closed for lack of
money or because of attacks. [[About 310,000 people|returned]] went home
in {{2024}}, most of them to Irumu. UNHCR counted [[155 displacement sites|capacity;a=UNHCR]] in the
province and warned that [[up to 200,000 more people|displaced;p;a=UNHCR]] could be displaced by
December.
""",
)

item(
    "Lubero farmers abducted in cocoa fields; families pay ransoms",
    """
Suspected ADF fighters abducted [[41 farmers|kidnapped;a=civil society in Bapere]] working in cocoa
fields near Mambingi in Lubero's Bapere sector, civil society in Bapere said. [[Fourteen|kidnapped;a=relatives]]
were released after their families paid ransoms of up to {{$500}}, relatives said. [[Six
bodies|killed]] were found in a field on {{Tuesday}}. The army said it had freed [[nine
others|kidnapped;a=The army]] and killed [[three of the abductors|killed;a=The army]]. [[Hundreds of
families|displaced]] have abandoned their fields. Farmers' groups say [[about 60
farmers|killed;a=Farmers' groups]] have died in the area this year.
""",
)

item(
    "Clashes between army and Wazalendo militia in Lubero town kill nine",
    """
Clashes between soldiers and Wazalendo militiamen in Lubero town killed [[nine people|killed;a=local
authorities]], including [[four civilians|killed;a=local authorities]], local authorities said.
[[At least 15 people|injured]] were wounded by stray bullets. The army said it had arrested [[23
militiamen|arrested;a=The army]] and seized [[30 weapons|other;a=The army]]. Shops stayed shut and
[[about 2,000 residents|displaced;a=MONUSCO]] sheltered near the UN base, according to MONUSCO. The Wazalendo
group has [[between 200 and 300 men|combatants;a=a local official]] in the town, a local official
said. The fighting began at about {{5am}} and lasted {{six hours}}.
""",
)
