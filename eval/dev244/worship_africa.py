"""dev244 items: Burkina Faso, Niger, eastern DR Congo, Mozambique and Egypt."""

from _wrap import item

item(
    "Fifteen killed at Sunday mass in Essakane, diocese says",
    """
Armed men attacked the Catholic community of Essakane village in Burkina Faso's Oudalan province
during Sunday mass on {{25 February 2024}}, killing [[12 worshippers|killed;a=the Diocese of
Dori]] on the spot, the Diocese of Dori said in a statement. [[Three others|killed;a=the
diocese;alt=the Diocese of Dori]] died of their wounds in hospital, bringing the toll to
[[15|killed;a=the diocese;alt=the Diocese of Dori]], the diocese added, and [[two|injured;a=the
diocese;alt=the Diocese of Dori]] were still being treated. The vicar general, Abbé Jean-Pierre
Sawadogo, called on the faithful to pray for those who had died in faith. The same day, gunmen
attacked a mosque in Natiaboani in the east of the country, killing [[dozens of
Muslims|killed;a=a security source]] at dawn prayers, a security source told AFP. Neither attack
was claimed. Residents said [[at least 300 families|displaced;a=Residents]] had left Essakane
for Gorom-Gorom by the end of the week.
""",
)

item(
    "Burkina mosque massacre leaves Natiaboani emptied",
    """
The men came on [[about 40 motorcycles|other;a=survivors]] just before the dawn prayer, survivors
said, surrounding the mosque in Natiaboani, in Burkina Faso's Gourma province. Local officials
said [[between 40 and 50 men|killed;a=Local officials]] were shot dead as they prayed,
including the imam and several elders. Humanitarian agencies
said [[nearly 8,000 residents|displaced;a=Humanitarian agencies]] had fled to Fada N'Gourma
within {{a week}}, joining the [[more than 2 million|displaced]] people already uprooted across
the country. The army said its units had killed [[dozens of terrorists|killed;a=The army]]
in follow-up operations, a claim that could not be verified. In Fada, a teacher, Issa Lompo, said
[[four families|displaced;a=Issa Lompo]] had taken shelter in his own house.
""",
)

item(
    "Priest and five worshippers shot dead in Dablo church",
    """
Gunmen stormed a Catholic church in Dablo, in Burkina Faso's Centre-Nord region, during mass on
{{12 May 2019}}, killing [[six people|killed;a=the mayor]], including the priest, the mayor said. [[About 150
worshippers|civilians;a=a survivor]] had been at the mass, a survivor said, and were ordered to
lie on the floor.
The attackers, [[between 20 and 30 men|combatants;a=the mayor]], set fire to the church,
several shops and a health centre before leaving, the mayor
added. [[About 3,000 residents|displaced]] fled Dablo for Kaya in the days after the attack. The
government said [[two suspects|arrested;a=The government]] had been detained near the Malian
border. It was the {{second}} attack on a church in Burkina Faso in {{two weeks}}, after gunmen
killed [[six|killed]] at a Protestant church in Silgadji.
""",
)

item(
    "Niger mourns 44 killed in attack on Fambita mosque",
    """
Niger declared {{three days}} of national mourning after gunmen attacked a mosque in Fambita, in
the Kokorou commune of Tillabéri region, during Friday prayers on {{21 March 2025}}, killing
[[44 civilians|killed;a=the interior ministry]], the interior ministry said. [[Thirteen
others|injured;a=the ministry;alt=the interior ministry]] were wounded, [[four of them|injured;n=-]]
seriously, the ministry said. The attackers then set fire to the market and to
[[dozens of houses|housing]]. The ministry blamed the Islamic State Sahel Province and said
[[some 200 soldiers|combatants;a=The ministry;alt=the interior ministry]] had been sent to
Kokorou. Residents said [[more than 1,000 people|displaced;a=Residents]] had since left for
Téra.
""",
)

item(
    "Niger churches torched in Zinder and Niamey over cartoon protests",
    """
Protests against the publication of cartoons of the Prophet Muhammad turned violent in Zinder and
Niamey on {{16 and 17 January 2015}}, leaving [[10 people|killed;a=President Mahamadou
Issoufou]] dead, President Mahamadou Issoufou said. Rioters set fire to [[45 churches|housing;a=the
Church of God in Niger]], [[five hotels|housing;u=structure]] and [[36 bars|housing;u=structure]]
in Niamey alone, according to the Church of God in Niger. [[About 300 Christians|displaced;a=the
police]] were given shelter at a military camp in Niamey, the police said, and [[another
70|displaced;a=the police]] at the gendarmerie in Zinder. Police said [[189 people|arrested;a=Police]]
had been arrested. [[Some 45 people|injured]] were treated for wounds in the capital.
""",
)

item(
    "Bomb rips through Pentecostal church in Kasindi",
    """
A bomb exploded during a Sunday service at a Pentecostal church in Kasindi, in North Kivu near the
Ugandan border, on {{15 January 2023}}, killing [[at least 17 people|killed;a=Antony Mualushayi;alt=army spokesman
Antony Mualushayi]], army spokesman Antony Mualushayi said. [[Some 39 worshippers|injured;a=the
Congolese government]] were wounded, the Congolese government said in a revised toll. The
Islamic State claimed the attack, which it said was carried out by the Allied Democratic Forces
(ADF). Police said they had arrested a Kenyan national at the scene.
[[Roughly 300 people|civilians;a=a local pastor]] had been inside the church, a local pastor
said. Red Cross volunteers said they had moved [[14 of the most seriously
wounded|injured;a=Red Cross volunteers]] to Beni, where [[up to 15 people|missing;a=hospital
staff]] were still being sought by relatives, according to hospital staff. Eastern DR Congo has [[more than 100 armed groups|other;u=other]], according to the Kivu Security
Tracker.
""",
)

item(
    "ADF fighters kill worshippers at night vigil in Komanda",
    """
Fighters of the Allied Democratic Forces (ADF) attacked a Catholic parish in Komanda, in Ituri
province, during a night vigil on {{27 July 2025}}, killing [[at least 43
people|killed;a=civil society leaders]], including [[nine children|killed]], civil society
leaders said. The UN mission, MONUSCO, said [[at least 38 civilians|killed;a=The UN
mission;alt=MONUSCO]] had died. The attackers burned several houses
and [[about 20 shops|housing]] near the church, residents said. Parishioners said [[up to 10
people|missing;a=Parishioners]] were still unaccounted for on Monday. The army said it had sent
[[about 500 troops|combatants;a=The army]] to Komanda. [[Some 2,000 residents|displaced]] fled
towards Bunia in the following days.
""",
)

item(
    "Goma parishes overflow as families flee M23 advance",
    """
Catholic and Protestant parishes in and around Goma are sheltering [[more than 45,000 displaced
people|displaced;a=Caritas Goma]], Caritas Goma said on Friday, as families flee fighting
between the army and {{M23}} rebels on the town's outskirts. The charity said [[27 parishes|capacity;u=structure;a=The
charity;alt=Caritas Goma]] had opened their halls and schools to those fleeing. At the Cathedral
of Saint Joseph, [[some 3,000 people|displaced]] sleep on benches and in the courtyard. The
International Organization for Migration (IOM) said [[about 400,000 people|displaced;a=The
International Organization for Migration (IOM)]] had fled since the start of {{January}}, and
that [[67 displacement sites|capacity;a=The International Organization for Migration
(IOM)]] around Goma were full. Caritas said it had distributed [[4,500 food
kits|aid;a=Caritas]] but needed [[another 12,000|aid;p;u=other;a=Caritas]] for the coming month.
""",
)

item(
    "Insurgents kill Italian nun and burn Niassa mission",
    """
Insurgents linked to the Islamic State attacked the Catholic mission of Chipene, in Mozambique's
Niassa province, late on {{6 September 2022}}, killing an {{83-year-old}} Italian nun, Sister
Maria De Coppi, the Diocese of Nacala said. The fighters burned the church, the hospital and
several school buildings, it said. [[Two other
nuns|displaced;a=the diocese;alt=the Diocese of Nacala]] and [[about 100 students|displaced;a=the
diocese;alt=the Diocese of Nacala]] living at the mission escaped into the bush and reached Nacala
on foot, the diocese said. Local officials said [[nearly 12,000 people|displaced;a=Local
officials]] fled the district in the following days. The insurgents also beheaded [[six
civilians|killed;a=police]] in villages along the way, according to police, and burned [[about 40
houses|housing]] in Chipene itself. The army said it had sent [[up to 300 troops|combatants;a=The
army]] to the district.
""",
)

item(
    "Mocímboa's mosques reopen as residents return",
    """
[[More than 60,000 people|returned;a=the district administrator]] have returned to Mocímboa da
Praia since government and Rwandan troops retook the town in {{August 2021}}, the district
administrator said. The Islamic Council of Mozambique said [[11 mosques|housing;a=The Islamic
Council of Mozambique]] damaged during the occupation had been repaired, and that [[three
more|housing;p;n=-;u=structure;a=The Islamic Council of Mozambique]] would reopen before Ramadan. Rwanda has
[[about 2,500 troops|combatants;a=Kigali]] in Cabo Delgado, according to Kigali. The World Food
Programme said it was feeding [[about 250,000 returnees|aid;a=The World Food Programme]] in the
province. Insurgents abducted [[at least 120 children|kidnapped;a=Human Rights Watch]] in
{{2024}}, Human Rights Watch said, many taken from villages near Mocímboa.
""",
)

item(
    "Palm Sunday bombings kill dozens at two Egyptian churches",
    """
Suicide bombers struck Coptic churches in Tanta and Alexandria during Palm Sunday services on {{9 April 2017}},
killing [[at least 45 people|killed;a=the health ministry]], the health ministry said. The {{first}}
blast, at St George's Church in Tanta, killed [[28 people|killed;a=the ministry;alt=the health
ministry]] and wounded [[77|injured;a=the ministry;alt=the health ministry]], the ministry said.
Hours later a bomber blew himself up at the gate of St Mark's Cathedral in Alexandria, where Pope
Tawadros II had been leading the service, killing [[17|killed]], including [[four police
officers|killed]]. [[More than 40 people|injured]] were wounded in
Alexandria. Islamic State claimed both attacks, and the interior ministry said [[19
suspects|arrested;a=the interior ministry]] had been arrested within {{a month}}. President Abdel
Fattah al-Sisi declared a {{three-month}} state of emergency and ordered army units
to guard churches.
""",
)

item(
    "Sinai mosque attack: 305 killed at Friday prayers",
    """
Gunmen attacked al-Rawda mosque in Bir al-Abed, North Sinai, during Friday prayers on
{{24 November 2017}}, killing [[305 people|killed;a=Egypt's public prosecutor]], including
[[27 children|killed;a=Egypt's public prosecutor]], Egypt's public prosecutor said. [[At least 128
people|injured;a=the prosecutor;alt=Egypt's public prosecutor]] were wounded, the prosecutor said.
[[Between 25 and 30 gunmen|combatants;a=the prosecutor;alt=Egypt's public prosecutor]] carrying
the Islamic State flag took up positions at the doors and windows, the prosecutor said. [[Some
800 worshippers|civilians;a=local residents]] had been inside, according to local residents. The
mosque was frequented by followers of a Sufi order. [[About 50 ambulances|other]] ferried the
wounded to hospitals in El-Arish and Ismailia.
""",
)

item(
    "Coptic homes torched in Minya village after rumours of a church",
    """
A crowd set fire to [[four houses|housing;a=the Coptic Orthodox Diocese of Minya]] belonging to
Coptic Christians in a village of Minya governorate on Friday, the Coptic Orthodox Diocese of
Minya said, after rumours spread that a house was being used as a church. The diocese said
[[two people|injured;a=The diocese;alt=the Coptic Orthodox Diocese of Minya]] were hurt and
[[about 15 families|displaced;a=The diocese;alt=the Coptic Orthodox Diocese of Minya]] spent the
night with relatives in neighbouring villages. Police said [[17 suspects|arrested;a=Police]] had
been detained and referred to prosecutors. The Egyptian Initiative for Personal Rights (EIPR)
said it had documented [[more than 70 such attacks|other;n=attacks;u=other;a=The Egyptian Initiative for Personal
Rights (EIPR)]] in Minya since {{2011}}. The village has [[about 120 Coptic
households|civilians;a=the diocese;alt=the Coptic Orthodox Diocese of Minya]], the diocese said,
and police deployed [[some 300 officers|combatants]] to keep the peace. A {{2016}} law on church building was meant to end such
disputes.
""",
)

item(
    "Catechists killed and parishes shut in eastern Burkina diocese",
    """
The Diocese of Fada N'Gourma said on Thursday that [[22 of its 34 parishes|other;n=parishes;u=structure;a=The
Diocese of Fada N'Gourma]] had been closed because of attacks by armed groups. [[At least 14
catechists|killed;a=the diocese;alt=The Diocese of Fada N'Gourma]] had been killed since {{2019}},
the diocese said, and [[two priests|kidnapped;a=the diocese;alt=The Diocese of Fada N'Gourma]]
abducted last year were still held. [[Roughly 60,000 Catholics|displaced;a=the bishop]] have left
their villages, the bishop said in a pastoral letter. The diocese runs [[five reception
centres|capacity;a=The diocese;alt=The Diocese of Fada N'Gourma]] in Fada for displaced families
and said they could take [[up to 2,000 people|capacity;a=The diocese;alt=The Diocese of Fada N'Gourma]], it said.
Caritas said it was feeding [[some 12,000 families|aid;a=Caritas]] in the diocese.
""",
)

item(
    "North Sinai marks anniversary of Rawda attack",
    """
Villagers in Bir al-Abed gathered at al-Rawda mosque on {{24 November 2023}} to mark {{six years}}
since the attack, the deadliest in Egypt's modern history. The mosque lies about {{40 km}} west
of El-Arish on the coastal road. The Friday sermon began at {{11.45am}} and lasted {{half an
hour}}. Authorities rebuilt the mosque in {{2018}} at a cost of {{EGP 15 million}}, and the
village was renamed in {{2019}}.
""",
)

item(
    "Dablo remembers its priest five years on",
    """
The parish of Dablo held a memorial mass on {{12 May 2024}} for Father Siméon Yampa, who was
{{34}} when he was shot dead at the altar on that date in {{2019}}. The {{fifth anniversary}} mass
was said in Kaya, {{about 90 km}} to the south, because the road to Dablo remains unsafe. The
bishop of Kaya read from {{John 15:13}} and the service ended at {{noon}}. The church itself has
been closed since {{June 2019}}.
""",
)
