"""Q&A interviews, first-person columns and a long interview with a former fighter (5 articles
with figures), and a refugee teacher's testimony whose numbers are none of them figures (1)."""

from _wrap import item

item(
    "Q&A: 'On some days it is a thousand'",
    """Laura Bianchi heads the UN refugee agency's office in Adré, the Chadian border town where
    [[more than 600,000 Sudanese refugees|displaced]] have arrived since {{April 2023}}, and
    spoke to The New Humanitarian by phone. Q: How many people are crossing now? A: Last week it
    was [[about 4,500 new arrivals|displaced]]. On some days it is [[1,000|displaced]], on
    others [[200|displaced]]. Q: Where do they go? A: Adré itself has become a camp:
    [[about 200,000 people|displaced]] live in and around the town in shelters of sticks and
    cloth. This year we have moved [[45,000|displaced]] to new sites inland. Q: What do they
    tell you? A: Many come from El Geneina, and one woman told me that of the
    [[300 families|civilians;a=one woman]] in her village, [[40|displaced;a=one woman]] made
    it here. Q: What is most urgent? A: Water: the standard is {{15 litres}} a person a day,
    and here many get {{five or six}}. We have [[38 water trucks|aid]] running, and we need
    {{twice as many}}. Q: And the money? A: Our appeal for Chad this year is
    {{$630 million}}. We have received about {{a fifth}} of it.""",
)

item(
    "Opinion: I count the people we pull from the sea",
    """At {{5.40am}} on {{18 October}}, our lookout spotted the first rubber boat. By nightfall
    we had [[627 people|other]] on a deck built for [[about 400|capacity]].
    [[Six|killed]] were already dead when we reached them, [[four of them|killed;n=-]] women
    crushed in the bottom of a boat. The Italian coastguard, which coordinates rescues from
    Rome, told us [[two more boats|other;a=The Italian coastguard]] were in distress to the
    east. We could take no more, so a merchant tanker picked up [[about 150|other]] from the
    nearer one. In {{three years}} at sea I have helped pull
    [[about 9,000 people|other]] from the water. I remember a boy from Gambia, perhaps {{14}},
    who asked me if Italy was far. The IOM says
    [[more than 4,000 people|killed;a=The IOM]] have drowned in the Mediterranean this year,
    the most it has ever recorded. Italy's interior ministry had counted
    [[more than 150,000 arrivals|displaced;a=Italy's interior ministry]] by the end of
    October. Those numbers are people I have held by the wrist. Nicola Bassi is a search and
    rescue coordinator with a European charity.""",
)

item(
    "Q&A: the head of a front-line town on who is left",
    """Serhiy Bondarenko heads the military administration of Orikhivka, a town in Ukraine's
    Zaporizhzhia region {{5 km}} from the front line, and spoke to the Kyiv Independent last
    week. Q: How many people still live in Orikhivka? A: Before the war we had
    [[14,000|civilians]]. Today, [[about 1,300|civilians]], most of them pensioners. Q: Why do
    they stay? A: Some have nowhere to go, some have a cow, some wait for a son at the front.
    Last month we evacuated [[86 people|displaced]], [[11 of them|displaced;n=-]] children.
    Q: How often is the town shelled? A: Every day; on Tuesday I counted
    [[43 impacts|other;u=other;a=Serhiy Bondarenko]] before noon, and they did not stop until
    dark. Q: What is left of the town? A: [[About 900 houses|housing]] are completely destroyed
    and most of the rest are damaged. Q: And the hospital? A: It has
    [[two doctors|other]] left, out of [[38|other]] before the war. We bring water in
    [[two tanker trucks|aid]]. Q: What do you need most? A: We need
    [[another 20 generators|aid;p]] before the winter.""",
)

item(
    "Opinion: In Idlib, I have run out of ways to count the cold",
    """I have worked as a paediatrician in Idlib for {{eight years}}, and I have never seen a
    winter like this one. In the past {{ten weeks}}, the UN says,
    [[nearly a million people|displaced;v=1000000;q=approx;a=the UN]] have fled towards the
    Turkish border. Our hospital in Atarib has [[60 beds|capacity]]; last night
    [[140 children|injured]] were inside it. We are [[nine doctors|other]] for a district of
    [[about 300,000 people|civilians]]. My colleagues and I see
    [[about 400 children a day|injured]] in the outpatient clinic, most with chest infections
    from the cold. In {{one week}} in January,
    [[seven children|killed;a=the health directorate]] died of cold in the camps near us,
    according to the health directorate. The tent camps along the border now hold
    [[more than 1.5 million people|displaced;v=1500000]], many of them in fields of mud. Last
    month, [[two hospitals|housing]] where I used to work were hit by air strikes. Mahmoud
    Hamid is a paediatrician in north-west Syria.""",
)

item(
    "A former FARC commander counts what the war took",
    """When Marlon Vásquez joined the FARC's {{36th Front}} in {{1998}}, he was {{16}}. "In my
    front we were [[about 300 fighters|combatants;a=Marlon Vásquez]] when I joined, and when
    we came down to the zone in {{2017}} we were [[94|combatants;a=Marlon Vásquez]]," he said
    in the village of Llano Grande, where he now lives. "Of the boys I recruited myself,
    [[11|killed;a=Vásquez]] are dead," Vásquez said. He said the front had held
    [[at least 40 hostages|kidnapped;a=Marlon Vásquez]] in the years he was there, something
    he says he regrets. The UN verification mission said the rebels handed over
    [[8,994 weapons|other;a=The UN verification mission]] in the transition zones. It says
    [[about 13,000 former fighters|combatants;a=The UN verification mission]] and militia
    members have registered with the reintegration programme. Since the deal,
    [[more than 400 former fighters|killed;a=the mission;alt=The UN verification mission]]
    have been murdered, according to the mission. Vásquez now runs a fish farm with
    [[20 other former combatants|combatants]].""",
)

item(
    "Seven years in a camp, a Rohingya teacher keeps his timetable",
    """Mohammed Ayub was {{23}} when he crossed the Naf river into Bangladesh in
    {{August 2017}}. He is {{30}} now, and he has taught English in a bamboo learning centre in
    Kutupalong for most of that time. "I have spent {{seven years}} in this camp, almost
    {{a quarter}} of my life," he said. His classes run from {{2pm}} to {{5pm}},
    {{six days a week}}, and on Fridays he teaches mathematics to older girls. His students sit
    their final exams on {{12 May}}; last year his class scored an average of {{82%}}. He
    earns {{$40}} a month from a charity and spends about {{$10}} of it on phone credit. "When
    I was {{15}} I wanted to be a doctor," he said. "Now I want my students to be doctors," he
    added. The bus to the camp gate leaves at {{6am}}, and he is always on it.""",
)
