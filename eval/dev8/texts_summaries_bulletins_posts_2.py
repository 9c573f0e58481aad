"""dev8 texts: feed summaries, and the second batch of bulletins, posts, human-interest pieces and
summaries.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- feed summaries

F(
    "Summary: Ethiopia Amhara drone strike",
    "A drone strike on a market in Amhara killed [[about 30 people|killed;a=witnesses]] and wounded [[dozens|injured;a=witnesses]], witnesses said.",
)

F(
    "Summary: Bangladesh quota protests",
    "Police in Bangladesh have detained [[more than 10,000 people|arrested;a=police officials]] after protests in which [[at least 150|killed;a=police officials]] died, police officials said.",
)

F(
    "Summary: Nagorno-Karabakh exodus",
    "Armenia says [[100,417 people|displaced;a=Armenia]] have arrived from Nagorno-Karabakh, almost the entire population of the enclave.",
)

F(
    "Summary: Pakistan Kurram clashes",
    "Tribal clashes in Kurram have killed [[at least 130 people|killed;a=officials]] in {{three weeks}}, officials said, and [[thousands|displaced]] have fled the district.",
)

F(
    "Summary: Niger army deaths",
    "Niger's army said [[29 soldiers|killed;a=Niger's army]] were killed in an ambush near the border with Mali, and that [[some 100 assailants|killed;a=Niger's army]] were \"neutralised\".",
)

F(
    "Summary: Congo evacuations ahead of offensive",
    "Authorities in South Kivu ordered the evacuation of [[about 20,000 residents|displaced;a=Authorities in South Kivu;p]] from Kamanyola as rebels advanced.",
)

F(
    "Summary: Rwanda transit centre",
    "Rwanda said it had prepared [[six transit centres|capacity;a=Rwanda]] able to take [[up to 8,000 people|capacity;a=Rwanda]] fleeing Goma.",
)

F(
    "Summary: Sahel kidnapping of aid workers",
    "Gunmen seized [[two aid workers|kidnapped;a=the NGO]] in northern Niger on Sunday, the NGO said. [[Three others|other]] escaped.",
)

F(
    "Summary: Myanmar conscription",
    "Myanmar's junta said it plans to call up [[5,000 people a month|combatants;a=Myanmar's junta;p]] under the conscription law, starting in {{April}}.",
)

F(
    "Summary: Syria returns from Türkiye",
    "[[More than 100,000 Syrians|returned;a=Türkiye's interior minister]] have gone home from Türkiye since the fall of Assad, Türkiye's interior minister said.",
)

F(
    "Summary: Tripoli migrants detained",
    "Libyan authorities detained [[about 1,200 migrants|arrested;a=the UN]] in raids in Tripoli, the UN said, adding that [[around 400|returned;a=the UN]] were deported to Niger.",
)


# ---------------------------------------------------------------- bulletins, batch 2

F(
    "Radio bulletin: DRC Masisi displacement",
    "In eastern Congo, the UN says fighting around Masisi has displaced [[between 80,000 and 100,000 people|displaced;a=the UN]] in {{two weeks}}. "
    "Aid agencies say [[some 40 displacement sites|capacity;a=Aid agencies;u=other]] around Goma are overflowing and [[at least 12 aid workers|missing;a=Aid agencies]] are unaccounted for.",
)

F(
    "TV news script: Kyiv overnight attack",
    "ANCHOR: Kyiv again tonight. City officials say [[at least 23 people|killed;a=City officials]] died, among them [[four children|killed;a=City officials]], and [[more than 100|injured;a=City officials]] were hurt. "
    "[[Nine|civilians]] are believed trapped under the rubble of a nine-storey block in the Sviatoshynskyi district.",
    ["nine-storey"],
)

F(
    "Bulletin: Ethiopia Oromia kidnapping",
    "Ethiopia. Passengers on [[three buses|other;a=a survivor]] were abducted on the road between Addis Ababa and Bahir Dar, a survivor told our correspondent. "
    "Regional police say [[up to 100 passengers|kidnapped;a=Regional police]] were taken and that [[23|kidnapped;a=Regional police]] have been released.",
)

F(
    "Bulletin: Mozambique insurgents, Niassa reserve",
    "Mozambique. Insurgents have moved into the Niassa reserve, forcing [[about 5,000 villagers|displaced;a=the district administrator]] to flee, the district administrator said. "
    "[[Two rangers|killed]] were beheaded.",
)

F(
    "Bulletin: Afghanistan returns from Pakistan",
    "Pakistan's deadline for undocumented Afghans runs out today. The UN refugee agency says [[more than 450,000|returned;a=The UN refugee agency]] have already gone back, and it warns that [[as many as 1.3 million|returned;a=The UN refugee agency;p]] could follow.",
)

F(
    "Bulletin: Ecuador prison massacre",
    "Ecuador. Authorities say [[at least 68 inmates|killed;a=Authorities]] were killed in fighting between gangs in the Litoral penitentiary in Guayaquil. "
    "[[Some 900 police and soldiers|combatants;a=Authorities;n=police and soldiers]] have been sent in to retake control, they say.",
)

F(
    "Bulletin: Lebanon returns after ceasefire",
    "Lebanon. Since the ceasefire took hold at {{4 a.m.}}, long queues of cars have formed on the highway south. "
    "Lebanon's disaster management unit estimates that [[tens of thousands|returned;a=Lebanon's disaster management unit]] set out for their villages in the first hours, though [[around 900,000|displaced;a=the unit;alt=Lebanon's disaster management unit]] remain displaced, the unit says.",
)

F(
    "Bulletin: Rakhine fighting",
    "Myanmar. Residents say the Arakan Army took Buthidaung after {{weeks}} of fighting; [[thousands of Rohingya|displaced;a=Residents]] fled the town as it burned, and [[more than 200 houses|housing;a=Residents]] were set ablaze.",
)

F(
    "Bulletin: Gaza aid drops",
    "Gaza. Jordan and the US have carried out [[four more airdrops|aid;a=Jordan's army]] over the north, Jordan's army says, dropping [[more than 38,000 meals|aid;a=Jordan's army]]. "
    "Gaza officials say [[five people|killed;a=Gaza officials]] were killed when a parachute failed to open.",
)

F(
    "Bulletin: Nigeria Borno suicide bombings",
    "In north-east Nigeria, [[at least 32 people|killed;a=Borno state emergency management agency]] have died in a series of suicide bombings in Gwoza, according to the Borno state emergency management agency. "
    "It says [[42|injured;a=Borno state emergency management agency]] were seriously hurt.",
)

F(
    "Bulletin script: Haiti displacement record",
    "Haiti now. The International Organization for Migration says [[over 1 million Haitians|displaced;a=The International Organization for Migration]] are displaced for the first time on record, and {{nearly half}} of them are children.",
)

# ---------------------------------------------------------------- posts, batch 2

F(
    "Post: Chernihiv military administration on evacuation",
    "Chernihiv RMA: Mandatory evacuation announced for [[11 settlements|other;u=other]] in the border zone. [[About 330 residents|displaced;p]], including [[52 children|displaced;p]], are to be moved.",
)

F(
    "Post: UNHCR Representative in Lebanon",
    "UNHCR Lebanon Rep on X: With partners we're supporting [[more than 190,000 people|aid;a=UNHCR Lebanon Rep]] in [[over 1,000 collective shelters|capacity;a=UNHCR Lebanon Rep]]. Needs are huge.",
)

F(
    "Post: Sudan army on Wad Madani",
    "SAF spokesman: Our forces have liberated Wad Madani. The enemy lost [[hundreds of fighters|killed]] and [[more than 80 combat vehicles|other]].",
)

F(
    "Post: Red Cross in Armenia",
    "Armenian Red Cross: our volunteers at the Kornidzor reception point served [[4,200 hot meals|aid;a=Armenian Red Cross]] yesterday and registered [[2,850 arrivals|displaced;a=Armenian Red Cross]].",
)

F(
    "Post: Palestinian Prisoners Society",
    "Palestinian Prisoners' Society: Israeli forces arrested [[at least 25 Palestinians|arrested;a=Palestinian Prisoners' Society]] across the West Bank overnight, bringing the number of detentions since {{October 7}} to [[over 10,300|arrested]].",
)

F(
    "Post: Colombian army bulletin",
    "Ejército de Colombia: [[12 members|combatants;a=Ejército de Colombia]] of the EMC dissidents surrendered to our troops in Guaviare with [[15 rifles|other;a=Ejército de Colombia]]. #ColombiaEnPaz",
)

F(
    "Post: Burkina journalist",
    "Journalist in Ouagadougou: Sources in Djibo tell me [[between 100 and 150 civilians|killed;a=Sources in Djibo]] were killed in the attack, not the [[40|killed;a=the government]] announced by the government.",
)

F(
    "Post: Mexico National Search Commission",
    "Comisión Nacional de Búsqueda: [[107 people|missing;a=Comisión Nacional de Búsqueda]] reported missing in Jalisco last week; [[18|other]] located alive.",
)

F(
    "Post: Israeli hostage families forum",
    "Hostages and Missing Families Forum: [[59 hostages|kidnapped;a=Hostages and Missing Families Forum]] remain in Gaza. [[At least 35|killed]] of them are believed dead. Bring them home now.",
)

F(
    "Post: Pakistani interior ministry on Afghans",
    "Interior Ministry: [[61,000 illegal foreigners|returned;a=Interior Ministry]] repatriated since {{1 April}}. Deadline for PoR card holders extended to {{30 June}}.",
)

F(
    "Post: MSF Sudan on cholera",
    "MSF Sudan: In Tawila, our teams treated [[more than 2,300 patients|other]] for cholera in {{two weeks}}. The [[4 treatment centres|other;u=structure]] are full.",
)

F(
    "Post: Israel Police on West Bank settler violence",
    "Israel Police: [[4 suspects|arrested;a=Israel Police]] detained following riot in Huwara; [[2 Palestinians|injured]] lightly hurt.",
)

# ---------------------------------------------------------------- human interest, batch 2

F(
    "Feature: the cook in Kassala camp",
    'Hawa cooks for [[about 500 people|aid]] twice a day at Wad Sharifey camp. "When we came, we were [[maybe 60|displaced;a=Hawa]]," she says. "Now there are [[over 18,000|displaced]] in this camp."',
)

F(
    "Human interest: a grandmother in Bucha",
    '"On our street alone they killed [[nine|killed;a=Halyna]]," Halyna, {{78}}, said. "[[Two|missing]] we have never found."',
)

F(
    "Feature: Rohingya volunteer teacher",
    'Mohammed, {{24}}, teaches English to [[35 children|displaced]] in Cox\'s Bazar. "In our block, [[some 80 families|displaced;a=Mohammed]] live in [[20 shelters|capacity;a=Mohammed]]," he said.',
)

F(
    "Feature: volunteers evacuating Pokrovsk",
    'Every morning the volunteers drive [[two vans|other]] into Pokrovsk. "Yesterday we brought out [[14 people|displaced;a=Oleksandr]], one of them bedridden," said Oleksandr, who leads the team. "We think [[about 2,000|civilians;a=Oleksandr;alt=the volunteers]] are still in the town."',
)

F(
    "Feature: the midwife of Al-Hol",
    "In her {{12}} years as a midwife, Khadija says she has delivered [[more than 1,500 babies|other;a=Khadija]]. "
    '"In the camp there are [[40,000 people|displaced;a=Khadija]] and just [[two clinics|other;u=structure]] open at night," she said.',
)

F(
    "Human interest: a Congolese pastor hosting families",
    'Pastor Jean-Baptiste\'s church in Bunia now sleeps [[some 300 people|displaced;a=Pastor Jean-Baptiste]] each night, he says. "We have [[six latrines|aid]] for all of them."',
)

# ---------------------------------------------------------------- summaries, batch 2

F(
    "Summary: Darfur Zamzam camp attack",
    "RSF attacks on Zamzam camp killed [[more than 400 people|killed;a=the UN]], the UN said, and sent [[some 400,000|displaced;a=the UN]] fleeing toward Tawila, where [[at least 120,000|displaced]] have already arrived.",
)

F(
    "Summary: Sri Lanka Aragalaya arrests",
    "Sri Lankan police arrested [[more than 3,300 people|arrested;a=the Bar Association]] in the weeks after the Aragalaya protests, the Bar Association said.",
)

F(
    "Summary: Benin army base attack",
    "Benin said [[28 soldiers|killed;a=Benin]] were killed in a jihadist attack on [[two army posts|other;u=structure]] near the border with Niger and Burkina Faso.",
)

F(
    "Summary: Gaza evacuation order Rafah",
    "Israel's military ordered [[about 100,000 people|displaced;a=Israel's military;p]] to leave eastern Rafah, saying it would use \"extreme force\" there.",
)

F(
    "Summary: Tajik-Kyrgyz border clashes",
    "Kyrgyz officials said [[more than 136,000 people|displaced;a=Kyrgyz officials]] were evacuated from border areas after clashes with Tajikistan, and [[at least 59|killed;a=Kyrgyz officials]] were killed.",
)

F(
    "Summary: South Sudan Upper Nile",
    "Clashes in Nasir county have forced [[around 63,000 people|displaced;a=OCHA]] from their homes, OCHA said, including [[10,000|displaced;a=OCHA]] who crossed into Ethiopia.",
)

F(
    "Summary: Haiti gang kidnappings",
    "Gangs in Haiti kidnapped [[395 people|kidnapped;a=the UN]] in the first quarter, the UN said, up from [[234|kidnapped;a=the UN]] in the previous three months.",
    ["three months"],
)

F(
    "Summary: Ukraine mobilisation",
    "Ukraine's defence minister said the army needed [[up to 160,000 more troops|combatants;a=Ukraine's defence minister;p]] and that [[over 40,000|combatants;a=Ukraine's defence minister]] had joined since {{May}}.",
)

F(
    "Summary: Yemen Marib shelters",
    "The number of displacement sites in Marib has grown to [[197|capacity;u=other;a=the UN migration agency]], hosting [[nearly 1 million people|displaced;a=the UN migration agency]], the UN migration agency said.",
)

F(
    "Summary: Lebanon schools as shelters",
    "Lebanon turned [[about 900 public schools|capacity;a=the education minister]] into shelters for displaced families, the education minister said, delaying the school year for [[387,000 pupils|other;a=the education minister]].",
)
