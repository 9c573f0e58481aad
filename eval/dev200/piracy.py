"""dev200 items: piracy and armed robbery at sea (Somalia and the Indian Ocean, the Gulf of Guinea,
the Sulu Sea, the Singapore Strait, the Gulf of Paria), 2016-2025, and its insurance desk."""

from _wrap import item

item(
    "Indian Navy retakes hijacked Ruen, 35 pirates surrender",
    """
[[Thirty-five Somali pirates|arrested;a=the navy;alt=Indian Navy]] surrendered to the Indian Navy
on Saturday after a {{40-hour}} operation to retake the Malta-flagged bulk carrier Ruen about
{{260 nautical miles}} east of Somalia, the navy said. The navy said [[all 17 crew
members|kidnapped;a=The navy;alt=Indian Navy]] had been freed unharmed. Defence officials said
the operation involved [[two warships|other;u=other;a=Defence officials]], a drone and [[about 40
marine commandos|combatants;a=Defence officials]] dropped into the sea from a {{C-17}} transport
plane. The Ruen, hijacked in {{December 2023}}, had been used as a mother ship to attack other
vessels. The EU's Atalanta mission had earlier taken off [[one injured sailor|injured]] and
treated him aboard a Spanish frigate. Bulgaria's foreign ministry said [[seven
Bulgarians|kidnapped;a=Bulgaria's foreign ministry]] were among the freed crew.
""",
)

item(
    "Somali pirates free Bangladeshi ship Abdullah and its 23 crew",
    """
Somali pirates released the Bangladeshi-flagged bulk carrier Abdullah and [[its 23
crew|kidnapped;a=KSRM Group]] on Saturday, {{a month}} after seizing the ship in the Indian Ocean,
KSRM Group, the owner, said. A local official in Puntland told Reuters that [[as many as 65 armed
men|combatants;a=A local official in Puntland]] had been aboard and that a ransom of {{$5
million}} had been dropped from a plane. KSRM declined to comment on any payment. Puntland police
said they had later arrested [[eight suspected pirates|arrested;a=Puntland police]] carrying
part of the cash. The EU's Atalanta mission said [[two of its warships|other;u=other;a=The EU's
Atalanta mission]] had shadowed the Abdullah throughout. [[The 23 sailors|returned]] arrived home
in Chittagong on {{14 May}} to be met by their families. The hijacking was the {{first}} of a
Bangladeshi ship since {{2010}}, when the Jahan Moni was held for {{100 days}}.
""",
)

item(
    "IMB: piracy incidents dip, but more crew taken hostage",
    """
The International Maritime Bureau recorded [[116 incidents|other;u=other;a=The International
Maritime Bureau]] of piracy and armed robbery against ships in {{2024}}, down from
[[120|other;u=other;a=The International Maritime Bureau]] the year before, according to its annual
report. The IMB said [[126 seafarers|kidnapped;a=The IMB]] had been taken hostage and
[[12|kidnapped;a=The IMB]] kidnapped, while [[three|injured;a=The IMB]] were injured. The
Singapore Strait accounted for [[43 of the incidents|other;u=other]], the most of any area. The
IMB said the Gulf of Guinea, once the world's kidnapping hotspot, recorded [[18 incidents|other;u=other;a=The
IMB]], against [[81|other;u=other;a=The IMB]] in {{2020}}. Somali pirates hijacked [[seven
vessels|other;u=other]], most of them fishing dhows. The bureau urged ships to keep up watches
and report every approach.
""",
)

item(
    "Pirates kidnap 15 from container ship off Sao Tome, one killed",
    """
Pirates boarded the Liberian-flagged container ship Mozart about {{100 nautical miles}}
north-west of Sao Tome on Saturday, killing [[one crew member|killed;a=Turkish officials]] and
kidnapping [[15 others|kidnapped;a=Turkish officials]], Turkish officials said. Boden Shipping,
the operator, said the gunmen spent {{six hours}} trying to break into the citadel where [[all 19
seafarers|civilians;a=Boden Shipping]] had taken refuge. [[About eight pirates|combatants]] armed
with assault rifles had come alongside in a speedboat. [[Three crew members|civilians]] left on
board, [[one|injured]] of them wounded, sailed the ship to Port-Gentil in Gabon. The dead sailor,
an Azerbaijani engineer, was {{aged 38}}. [[All 15|kidnapped;a=their families]] were freed in
Nigeria a month later after a ransom was paid, their families said.
""",
)

item(
    "Nineteen crew kidnapped from tanker off Nigeria's Bonny Island",
    """
Pirates kidnapped [[19 crew members|kidnapped;a=Navios Maritime]] from the Hong Kong-flagged
tanker Nave Constellation off Nigeria's Bonny Island on Tuesday, Navios Maritime said. The
company said [[18 Indians|kidnapped;a=The company;alt=Navios Maritime]] and [[one Turkish
national|kidnapped;a=The company;alt=Navios Maritime]] had been taken. [[Seven crew|civilians]]
left on board took the ship to safety. The IMB said [[64 crew|kidnapped;a=The IMB]] had been
kidnapped in the Gulf of Guinea in the {{fourth quarter}} of {{2019}}, a record for the region.
The kidnappers released [[all 19|kidnapped]] in {{February}}. India's Directorate General of
Shipping said [[the 18 Indian seafarers|returned;a=India's Directorate General of Shipping]] had
flown home to Mumbai.
""",
)

item(
    "Indian warship frees Iranian and Pakistani crews from hijacked fishing dhows",
    """
The Indian Navy said on Tuesday that its frigate INS Sumitra had freed [[17 Iranian
fishermen|kidnapped;a=The Indian Navy]] held by Somali pirates aboard the fishing vessel Iman
off the east coast of Somalia. Less than {{36 hours}} later, the same ship rescued [[19 Pakistani
crew members|kidnapped;a=the navy;alt=Indian Navy]] from a second hijacked dhow, the Al Naeemi,
the navy said. The navy said [[11 pirates|arrested;a=The navy;alt=Indian Navy]] had been taken
into custody. In {{March}}, the destroyer INS Kochi rescued [[23 Pakistani
fishermen|kidnapped]] from the Iranian-flagged Al-Kambar after a {{12-hour}} stand-off in which
[[nine pirates|arrested]] surrendered. Pakistan's foreign office said [[the 23 fishermen|returned;a=Pakistan's foreign office]] had reached home in Gwadar. Since {{December}}, pirates have hijacked [[at least 20
dhows|other;u=other;a=the EU's Atalanta mission]] off Somalia, according to the EU's Atalanta
mission.
""",
)

item(
    "Abu Sayyaf frees Indonesian fishermen seized off Sabah",
    """
Abu Sayyaf militants freed [[three Indonesian fishermen|kidnapped;a=the Philippine military]] in
the southern Philippine province of Sulu on Sunday, {{four months}} after they were snatched from
a trawler off Lahad Datu in Malaysia's Sabah state, the Philippine military said. A military
spokesman said [[two other Indonesians|kidnapped;a=A military spokesman]] taken in the same raid
were still held, and that [[one|killed;a=A military spokesman]] had drowned trying to escape. The
military estimates the group has [[fewer than 300 fighters|combatants;a=The military;alt=the
Philippine military]] left. Since {{2016}}, Abu Sayyaf gunmen have kidnapped [[more than 60
seafarers|kidnapped;a=the ReCAAP Information Sharing Centre]] from tugs, trawlers and cargo ships
in the Sulu and Celebes seas, according to the ReCAAP Information Sharing Centre. Malaysia says it
has deployed [[about 1,000 security personnel|combatants;a=Malaysia]] in eastern Sabah, where a
dusk-to-dawn curfew covers [[six coastal districts|other]].
""",
)

item(
    "Robbers board ships in Singapore Strait at fastest pace in years",
    """
Armed robbers boarded [[four bulk carriers|other;u=other;a=the ReCAAP Information Sharing
Centre]] in the eastbound lane of the Singapore Strait in a single night this week, the ReCAAP
Information Sharing Centre said. In one case, [[five robbers|combatants]] armed with knives tied
up [[two crew members|other]] and took engine spares. ReCAAP said [[37 incidents|other;u=other;a=ReCAAP]]
had been reported in the strait in the {{first half}} of the year, against [[22|other;u=other;a=ReCAAP]]
in the same period of {{2023}}. Indonesian marine police said they had arrested [[nine
suspects|arrested;a=Indonesian marine police]] on Batam island. In more than {{80%}} of cases
the robbers fled once they were spotted, the centre said.
""",
)

item(
    "Seychelles court convicts Somali pirates captured by EU frigate",
    """
A court in the Seychelles convicted [[six Somali men|arrested]] of piracy on Thursday over an
attack on a Spanish tuna purse-seiner, and sentenced them to {{between 14 and 20 years}} in
prison. The men were among [[11 suspects|arrested;a=prosecutors]] detained by a Spanish frigate
under the EU's Atalanta mission in {{January}}, prosecutors said. The fishing boat's [[26
crew|civilians]] were unhurt in the attack. The prison at Montagne Posee was built with
international money to hold [[60 piracy convicts|capacity]]. [[About 20 convicts|returned]] have been sent back to Somaliland to serve out their terms. Atalanta, which has [[about 600
personnel|combatants]] at sea and ashore, said it had transferred [[more than 170 suspected
pirates|arrested;a=Atalanta]] to courts in the region since {{2009}}.
""",
)

item(
    "Puntland says illegal fishing is drawing young men back to piracy",
    """
[[Several hundred young men|combatants;a=Abdirahman Mohamed]] have joined pirate gangs along
the coast of Puntland since late {{2023}}, according to Abdirahman Mohamed, the region's ports
minister. He said [[about 70 Iranian and Yemeni fishing vessels|other;u=other;a=Abdirahman
Mohamed]] were trawling illegally off the coast at any time. Puntland forces have arrested [[more
than 40 suspected pirates|arrested]] this year. In the coastal town of Eyl, residents said
[[hundreds of fishing families|civilians;a=residents]] had lost their income to foreign trawlers.
The World Food Programme said it was giving cash transfers to [[about 4,000
households|aid;a=The World Food Programme]] in the district. [[Three suspected
pirates|killed]] were killed in a clash with police near Eyl in {{March}}. Gangs usually set out in
[[two to three skiffs|other;u=other]] with [[eight to 12 men|combatants;q=range;v=8;lo=8;hi=12]], the police say.
""",
)

item(
    "Trinidad fishermen missing after pirate attack in Gulf of Paria",
    """
[[Four fishermen|missing;a=the Trinidad and Tobago Coast Guard]] from Cedros in south-western
Trinidad were missing on Monday after pirates attacked their pirogue near Venezuelan waters, the
Trinidad and Tobago Coast Guard said. [[Two other men|other]] from the boat were rescued by a
passing trawler, [[one of them|injured;n=-]] with a gunshot wound to the leg. The All Trinidad
Fisherfolk Association said [[at least 12 fishermen|killed;a=The All Trinidad Fisherfolk
Association]] had been killed by pirates in the gulf since {{2018}} and [[dozens|other;a=The All
Trinidad Fisherfolk Association]] robbed of their engines. The coast guard says it has only [[four
interceptor boats|other;a=The coast guard;alt=the Trinidad and Tobago Coast Guard]] to patrol the
area. A search for [[two fishermen|missing]] who vanished after a similar attack in {{June}} has been called off. The gulf is only {{11 km}} wide at its narrowest point.
""",
)

item(
    "Nigerian Navy frees kidnapped crew, arrests suspected sea robbers in Bayelsa creeks",
    """
The Nigerian Navy said on Sunday it had freed [[nine crew members|kidnapped;a=The Nigerian Navy]]
of an oil service vessel seized at gunpoint in the creeks of Bayelsa State last week, and
arrested [[14 suspected sea robbers|arrested;a=The Nigerian Navy]]. Adedotun Ayo-Vaughan, a navy
spokesman, said the gunmen had boarded from [[three speedboats|other;u=other;a=Adedotun
Ayo-Vaughan]] carrying [[about 20 armed men|combatants;a=Adedotun Ayo-Vaughan]].
[[Two|killed;a=Adedotun Ayo-Vaughan]] of the suspects were killed in an exchange of fire and
[[one sailor|injured;a=Adedotun Ayo-Vaughan]] was wounded, he said. The navy also recovered [[five
assault rifles|other]] and a quantity of ammunition. Kidnappings at sea off Nigeria have fallen
sharply since the Deep Blue security project began in {{2021}}.
""",
)

item(
    "Somali pirates release hijacked tanker Aris 13 and eight Sri Lankan crew",
    """
Pirates released the Comoros-flagged oil tanker {{Aris 13}} and [[its eight Sri Lankan crew
members|kidnapped;a=officials]] on Thursday without a ransom after a gunfight with Puntland
forces, officials said. It was the {{first}} hijacking of a merchant ship off Somalia since
{{2012}}. A Puntland Maritime Police Force commander said [[about 40 officers|combatants;a=A
Puntland Maritime Police Force commander]] had surrounded the pirates' base near Alula. Local
elders said [[one officer|injured;a=Local elders]] was wounded and [[two pirates|killed;a=Local
elders]] were killed in the exchange of fire. The elders said the pirates had numbered [[about
30|combatants;a=The elders;alt=Local elders]]. Sri Lanka's foreign ministry said [[the
eight|returned;p;a=Sri Lanka's foreign ministry]] would be flown home to Colombo next week.
""",
)

item(
    "Hijacked tanker found off Sao Tome; six crew still held",
    """
The Liberian-flagged tanker Monjasa Reformer was found off Sao Tome and Principe on Monday, more
than {{a month}} after pirates hijacked it off Congo, with [[10 of its 16 crew|civilians;a=Monjasa]]
on board, Monjasa, the Danish owner, said. The company said the pirates had taken [[six crew
members|kidnapped;a=The company;alt=Monjasa]] with them when they left the ship. The
Interregional Coordination Centre in Yaounde said [[up to 10 armed men|combatants;a=The
Interregional Coordination Centre in Yaounde]] had boarded the tanker. [[All six|kidnapped]] were
released in {{April}}. Denmark sent a frigate with [[about 175 sailors|combatants]] to the Gulf of
Guinea in {{2021}}, where its crew killed [[four suspected pirates|killed]] in a firefight.
""",
)

item(
    "UKMTO warns of pirate action group after fishing dhow seized off Eyl",
    """
UKMTO said on Thursday that a pirate action group of [[at least two skiffs|other;u=other;a=UKMTO]]
and a hijacked dhow was operating about {{300 nautical miles}} east of Eyl. The EU's Atalanta
mission said [[about a dozen armed men|combatants;a=The EU's Atalanta mission]] had seized the
Yemeni-flagged dhow on Monday along with [[its 18 crew|kidnapped;a=The EU's Atalanta mission]].
Atalanta said a Spanish frigate had intercepted the group on Saturday, freeing [[the 18
fishermen|kidnapped;a=Atalanta]] and detaining [[seven suspects|arrested;a=Atalanta]]. Yemen's coast
guard said [[the 18 fishermen|returned;a=Yemen's coast guard]] had arrived home in Mukalla on
Tuesday. Ambrey advised merchant ships to stay more than {{600 nautical miles}} off the Somali
coast.
""",
)

item(
    "Kidnap-and-ransom cover for West Africa gets cheaper as attacks fall",
    """
Premiums for kidnap-and-ransom cover on ships trading to the Gulf of Guinea have fallen by as
much as {{40%}} since {{2021}}, brokers in London said on Wednesday. A policy for a tanker making
a {{30-day}} call in Nigeria now costs about {{$15,000}}, against {{$40,000}} at the peak. Average
ransoms paid for crews in the region were about {{$1m}} in {{2020}}, according to the brokers.
Insurers still require ships to stay {{250 nautical miles}} off the coast where possible and to
keep speed above {{15 knots}}.
""",
)

item(
    "How Somali piracy's economics changed since its peak",
    """
Ransoms paid to Somali pirates averaged about {{$4.7m}} per ship in {{2011}}, the year attacks
peaked, according to the World Bank. The cost of piracy to the world economy that year was put at
about {{$7bn}}, including naval patrols, armed guards and higher insurance. Ransoms paid in the
hijackings of {{2024}} ranged from {{$1m to $5m}}, analysts at Control Risks said. Armed guards
now cost shipowners about {{$3,000 a day}} for a transit of the High Risk Area, which covers waters
up to {{65 degrees east}}.
""",
)
