"""The boats: the Andaman Sea and the Bay of Bengal, landings in Aceh, Malaysia's detention
depots, trafficking camps and the dead and missing at sea (16 texts, 2 of them without a
figure)."""

from _wrap import item

item(
    "Boat carrying Rohingya lands in Aceh after villagers twice push it back",
    """A wooden boat carrying [[about 150 Rohingya refugees|displaced;a=local officials]] came
    ashore in Pidie, in Indonesia's Aceh province, on Sunday after villagers twice pushed it back
    to sea, local officials said. [[Sixty-two children|displaced;a=UNHCR]] and [[51
    women|displaced;a=UNHCR]] were among them, according to UNHCR. The refugees said they had left
    Cox's Bazar {{three weeks}} earlier and that [[five people|killed;a=The refugees]] had died on
    the way, their bodies put into the sea. A health worker said [[at least eight|injured;n=-;a=A
    health worker]] were taken to hospital with severe dehydration. UNHCR said [[more than 1,500
    Rohingya|displaced;a=UNHCR]] had landed in Aceh since {{mid-November}}, more than in the
    previous {{eight years}} together. Police said they had arrested [[three crew
    members|arrested;a=Police]] on suspicion of people smuggling. A {{second}} boat with [[some 140
    people|displaced]] on board was still drifting off Sabang.""",
)

item(
    "Students storm Aceh shelter and force Rohingya onto trucks",
    """[[Hundreds of students|other;a=police]] stormed the basement of a convention centre in Banda Aceh on
    Wednesday where [[137 Rohingya refugees|displaced;a=police]] were sheltering and forced them
    onto trucks, police said. [[About 40 police officers|combatants]] at the scene did not stop
    them. [[At least 12 refugees|injured;a=UNHCR]] were hurt in the crush, UNHCR said, calling the
    attack the result of a coordinated online campaign of hate. The students demanded that the
    [[more than 1,600 Rohingya|displaced]] who had landed in Aceh since {{November}} be deported.
    Indonesia's coordinating minister for security said the government would provide temporary
    shelter for [[up to 1,000 refugees|capacity;p;a=Indonesia's coordinating minister for
    security]] on an island yet to be chosen. Police said on Thursday they had detained [[two
    students|arrested;a=Police]] for questioning.""",
)

item(
    "Dozens feared dead as Rohingya boat capsizes off West Aceh",
    """Indonesia's search and rescue agency said it had pulled [[69 Rohingya|other;a=Indonesia's
    search and rescue agency]] alive from the hull of a capsized boat off West Aceh on Thursday.
    The boat had been carrying [[between 140 and 150 people|displaced;a=survivors]], survivors
    said. Searchers recovered [[11 bodies|killed;a=officials]] over the next {{two days}},
    officials said. [[As many as 70 people|missing;a=UNHCR]] are still missing, UNHCR said.
    Fishermen who found the survivors said they had spent the night standing on the overturned
    hull. [[Eight|injured;n=-]] of them were taken to hospital in Meulaboh. [[Some 200
    rescuers|other]] from the navy, the police and the search agency, helped by [[20 fishing
    boats|other]], took part in the search.""",
)

item(
    "UN fears 180 Rohingya lost in Andaman Sea",
    """UNHCR said it feared that [[all 180 Rohingya|missing;a=UNHCR]] aboard a boat that went silent
    in the Andaman Sea in {{early December}} had died. Relatives in Cox's Bazar said they last heard
    from the passengers on {{December 8}}. Sri Lanka's navy said it had rescued [[104
    Rohingya|other;a=Sri Lanka's navy]], among them [[39 children|other;a=Sri Lanka's navy]], from
    a drifting trawler off Jaffna. [[One man|killed]] was found dead on board. UNHCR said [[about
    3,500 Rohingya|displaced;a=UNHCR]] attempted the crossing in {{2022}}, up from [[about
    700|displaced;n=-;a=UNHCR]] in {{2021}}. [[At least 200|killed;n=-;a=the agency;alt=UNHCR]]
    died at sea and [[148|missing;n=-;a=the agency;alt=UNHCR]] are missing, the agency said,
    making {{2022}} the deadliest year since {{2014}}.""",
)

item(
    "Bodies found at jungle trafficking camp on Thai-Malaysian border",
    """Thai police said on Saturday they had exhumed [[26 bodies|killed;a=Thai police]] from
    shallow graves at an abandoned jungle camp in Songkhla province near the Malaysian border. A
    survivor found hiding in the forest told investigators that traffickers had held [[about 800
    people|kidnapped;a=A survivor found hiding in the forest]] at the camp until their families
    paid ransoms of up to {{$2,000}}. Police have since arrested [[more than 50 suspects|arrested]],
    among them [[four local officials|arrested]]. Across the border, Malaysian police said they had
    recovered [[106 bodies|killed;a=Malaysian police]] from [[28 abandoned camps|other;a=Malaysian
    police]] in Perlis state. As Thailand cracked down, smugglers abandoned their boats, and the
    IOM estimated that [[some 7,000 Rohingya and Bangladeshis|displaced;n=Rohingya and
    Bangladeshis;a=the IOM]] were adrift in the Andaman Sea. Malaysia and Indonesia later agreed to
    shelter [[up to 7,000|capacity;n=-;p]] for {{one year}}.""",
)

item(
    "Hundreds of Rohingya break out of Malaysian detention depot; six killed on highway",
    """[[528 Rohingya detainees|other;a=Malaysia's immigration department]] broke out of a temporary
    immigration depot in Sungai Bakap, in Penang state, before dawn on Wednesday after a riot,
    Malaysia's immigration department said. [[Six of them|killed;n=-;a=police]], including [[two
    children|killed;a=police]], were killed when they were hit by vehicles as they crossed a
    highway, police said. By evening [[362|arrested;n=-;a=the department;alt=Malaysia's immigration
    department]] had been recaptured, the department said. The depot, built for [[500
    detainees|capacity;a=opposition lawmaker Lim Wei Jie]], held [[664 people|arrested;a=opposition
    lawmaker Lim Wei Jie]] at the time, according to opposition lawmaker Lim Wei Jie. Rights groups
    say Malaysia holds [[about 1,500 Rohingya|arrested;a=Rights groups]] in immigration detention,
    some for more than {{two years}}. UNHCR has had no access to the depots since {{August
    2019}}.""",
)

item(
    "Malaysia deports over 1,000 Myanmar nationals despite court order",
    """Malaysia deported [[1,086 Myanmar nationals|returned;a=Malaysia's immigration chief]] on
    [[three Myanmar navy ships|other;a=Malaysia's immigration chief]] on Tuesday, defying a court order to halt the transfer,
    Malaysia's immigration chief said. Amnesty International said [[at least six|returned;n=-;a=Amnesty
    International]] of those deported were registered with UNHCR and [[17|returned;n=-;a=Amnesty
    International]] were children with a parent still in Malaysia. The immigration chief said
    [[114 others|other;a=The immigration chief]] had been taken off the list after the court
    order. Malaysia is home to [[about 107,000 Rohingya|displaced;a=UNHCR]] registered with the
    agency, and [[tens of thousands|displaced;a=UNHCR]] more who are not, according to UNHCR.
    Police arrested [[46 Rohingya|arrested]] in a raid on a wholesale market in Kuala Lumpur the
    same week.""",
)

item(
    "Elite force frees Rohingya held by traffickers in Teknaf hills",
    """The Rapid Action Battalion freed [[22 Rohingya|kidnapped;a=the battalion;alt=The Rapid
    Action Battalion]] from a trafficking camp in the hills of Teknaf, where they were being held
    until their families paid to send them to Malaysia, the battalion said on Monday. Among them
    were [[nine women|kidnapped]] and [[four children|kidnapped]]. The battalion said [[five
    traffickers|arrested;a=The battalion;alt=The Rapid Action Battalion]] were arrested and [[two
    pistols|other;a=The battalion;alt=The Rapid Action Battalion]] seized in the raid. In a
    separate operation, the coast guard stopped a fishing trawler off Saint Martin's Island
    carrying [[58 people|other]] bound for Malaysia, [[31 of them|other;n=-]] Rohingya from the
    camps. Each passenger had paid between {{Tk 100,000}} and {{Tk 150,000}}, a coast guard officer
    said. Police say [[at least 30 trafficking rings|other;u=other;a=Police]] operate in and around
    the camps.""",
)

item(
    "Aceh moves Rohingya from overcrowded shelter as hundreds vanish",
    """Authorities in Aceh moved [[about 400 Rohingya refugees|displaced;a=the International
    Organization for Migration]] out of an overcrowded former immigration office in Lhokseumawe on
    Monday, the International Organization for Migration said. The building was designed for [[no
    more than 250 people|capacity;a=local officials]], local officials said. The IOM said it now
    supports [[some 1,700 refugees|aid;a=The IOM]] at [[six sites|capacity;a=The IOM]] across the
    province. [[Roughly 450|missing;n=-;a=Indonesian police]] have left the shelters since
    {{January}} and are believed to have been smuggled to Malaysia, Indonesian police said. Police
    said they had arrested [[11 suspected smugglers|arrested;a=Police]], [[four of
    them|arrested;n=-;a=Police]] Rohingya, who charged each passenger about {{20 million rupiah}}.
    UNHCR said [[more than 2,300 Rohingya|displaced;a=UNHCR]] had landed in Indonesia in {{2023}},
    the most since {{2015}}.""",
)

item(
    "Bodies wash up near Cox's Bazar after trawler bound for Malaysia sinks",
    """Police said the bodies of [[27 people|killed;a=Police]], among them [[11
    children|killed;a=Police]], had washed up on Inani beach south of Cox's Bazar by Saturday
    evening, {{two days}} after an overloaded trawler heading for Malaysia sank in the Bay of
    Bengal. Fishermen rescued [[between 20 and 25 survivors|other]]. Survivors said the trawler had
    been carrying [[more than 130 people|displaced;a=Survivors]], most of them Rohingya from the
    camps. [[About 80|missing;n=-]] are still missing. The coast guard said it had deployed [[four
    vessels|other;u=other;a=The coast guard]] and [[40 divers|other;a=The coast guard]] to search
    the area. Police later arrested [[two men|arrested]] accused of organising the trip.""",
)

item(
    "2024 deadliest year on record for Rohingya at sea, UNHCR says",
    """UNHCR said on Tuesday that [[more than 7,800 Rohingya|displaced;a=UNHCR]] set out by sea from
    Bangladesh and Myanmar in {{2024}}, {{80 per cent}} more than the year before. Of those, [[at
    least 480|killed;n=-;a=the agency;alt=UNHCR]] died and [[177|missing;n=-;a=the agency;alt=UNHCR]]
    were reported missing, the agency said, making it the deadliest year on record. Women and
    children made up {{44 per cent}} of those on the boats. [[About 2,500|displaced;n=-;a=the
    agency;alt=UNHCR]] landed in Indonesia and [[roughly 1,100|displaced;n=-;a=the
    agency;alt=UNHCR]] in Malaysia, according to the agency, while [[several hundred|returned;a=the
    agency;alt=UNHCR]] were intercepted and sent back to Myanmar. The IOM said it had given food and
    medical care to [[some 3,400 arrivals|aid;a=The IOM]] across the region.""",
)

item(
    "Rohingya boat lands on Thai tourist island of Koh Lipe",
    """A boat carrying [[59 Rohingya|displaced;a=Thai officials]] landed on Koh Lipe, an island in
    Satun province popular with tourists, on Monday, Thai officials said. Immigration police
    detained [[36 men|arrested;a=Immigration police]] for illegal entry and sent [[23 women and
    children|displaced;n=women and children;a=Immigration police]] to a government shelter, they
    said. Tour boat operators handed out [[200 bottles|aid;u=other]] of water. Thailand holds
    [[about 400 Rohingya|arrested;a=the Arakan Project]] in immigration detention centres,
    according to the Arakan Project, a monitoring group. In {{2021}}, Thai authorities deported
    [[about 150 Rohingya|returned]] found on the same island. The boat's Thai captain and [[two
    crewmen|arrested]] were also arrested.""",
)

item(
    "Malaysian police free Rohingya held for ransom in Kedah",
    """Malaysian police freed [[43 Rohingya|kidnapped;a=Malaysian police]] who had been held by
    traffickers in a house in Kedah state for up to {{three months}}, Malaysian police said on
    Friday. [[Thirteen of them|kidnapped;n=-]] were teenagers. Their families had been asked to pay
    {{RM10,000}} each. [[Six suspects|arrested]], [[two of them|arrested;n=-]] Rohingya, were
    arrested at the scene. Police believe [[about 20 others|missing;a=Police]] were moved before the
    raid and are still missing. [[Two|killed;n=-;a=survivors]] of the captives had died of illness
    and beatings, survivors said. Police said they had rescued [[more than 300 trafficking
    victims|kidnapped;a=Police]] in the state this year.""",
)

item(
    "Indian coast guard finds stricken boat with 81 Rohingya survivors",
    """India's coast guard said it had found [[81 survivors|other;a=India's coast guard]] and
    [[eight bodies|killed;a=India's coast guard]] on a stricken boat in the Andaman Sea, where it
    had drifted for {{two weeks}} after its engine failed. [[Nine other
    passengers|missing;a=survivors]] had been lost overboard, survivors said. The boat had left Cox's Bazar with [[about
    90 people|displaced]] on board. [[Forty-seven of the survivors|injured;n=-;a=a coast guard
    doctor]] needed treatment for dehydration and burns, a coast guard doctor said. India's foreign
    ministry said it had asked Bangladesh to take back [[the 81|returned;n=-;p;a=India's foreign
    ministry]], but Dhaka said they were not its responsibility. [[Two coast guard
    ships|other]] stayed with the boat while food and water were brought aboard.""",
)

item(
    "Why the Rohingya boats sail between October and May",
    """The boats that carry Rohingya from Bangladesh and Myanmar to Malaysia and Indonesia leave
    mostly between {{October}} and {{May}}, when the north-east monsoon brings calmer seas to the
    Bay of Bengal. From {{June}}, winds of more than {{60 km/h}} and waves of {{4 metres}} make the
    journey of some {{1,800 km}} to Malaysia far riskier. A passage costs from {{$1,500}} to
    {{$3,000}}, often paid in instalments. Smugglers tell passengers the trip takes {{seven to ten
    days}}; in practice it can last {{two months}}. Engines on the older trawlers are rarely
    more than {{40 horsepower}}. Brides as young as {{14}} travel to marry men already in
    Malaysia, aid workers say.""",
)

item(
    "Indonesia's refugee decree, explained",
    """Indonesia has not signed the {{1951}} Refugee Convention, but a presidential regulation
    issued in {{2016}}, {{Perpres 125/2016}}, sets out how refugees found at sea are to be rescued
    and housed. It gives the search and rescue agency {{24 hours}} to respond once a boat is
    reported, and makes local governments responsible for shelter. Aceh's governor has argued that
    the province spent more than {{Rp 5 billion}} on shelters in {{2023}} without repayment.
    Refugees may not work, and the average wait for resettlement now exceeds {{ten years}}, UNHCR
    says. Fewer than {{1 per cent}} of refugees worldwide are resettled each year. A revision of
    the regulation was expected in {{early 2025}} but has not been issued.""",
)
