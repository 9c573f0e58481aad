"""Items of dev248: South Sudan, the Central African Republic, DR Congo and Somalia."""

from _wrap import item

item(
    "Over 300 children freed by armed groups in South Sudan's Yambio",
    """YAMBIO, South Sudan, {{Feb 7, 2018}} (Reuters) - [[More than 300 children|combatants;a=the
    United Nations]], among them [[87 girls|combatants;a=the United Nations]], were released by
    armed groups in South Sudan's Western Equatoria on Wednesday, the United Nations said. It was
    the first phase of a process expected to see [[some 700 children|combatants;p]] freed in the
    area. UNICEF said the children would be given clothes, meals and counselling at an interim
    care centre, and that [[112|returned;a=UNICEF;n=-]] had already been traced and reunited with
    their families. The agency estimates that [[19,000 children|combatants;a=The agency;alt=UNICEF]]
    have been recruited by all sides since fighting broke out in {{December 2013}}. Each released
    child is entitled to a reintegration package worth about {{$2,500}} over {{three years}}.
    [[Another 200|combatants;p;a=officials]] are due to be let go next month, officials said.""",
)

item(
    "South Sudan's DDR commission opens cantonment sites as unified forces graduate",
    """JUBA, {{Aug 30, 2022}} - South Sudan's National Disarmament, Demobilisation and
    Reintegration Commission (NDDRC) said on Tuesday it would begin registering [[up to 83,000
    former combatants|combatants;p;a=South Sudan's National Disarmament, Demobilisation and
    Reintegration Commission]] who are not selected for the unified army. The first batch of
    [[21,000 troops|combatants]] graduated in Juba last week under the {{2018}} peace deal, which
    called for a force of [[83,000|combatants;p;n=-]] drawn from the government and opposition.
    The commission's chairman told reporters that [[11 cantonment sites|capacity;a=The
    commission's chairman;alt=South Sudan's National Disarmament, Demobilisation and Reintegration
    Commission]] would be reopened for the process, but that food had run out at [[two|capacity;n=-;u=other]] of them in
    {{2020}}. Donors have pledged {{$30 million}}, less than a fifth of the {{$190 million}}
    the plan needs. "We have [[about 4,000 child soldiers|combatants;a=The commission's chairman;alt=South Sudan's
    National Disarmament, Demobilisation and Reintegration Commission]] still on the books of the
    organised forces," he said.""",
)

item(
    "UN verifies record grave violations against children in South Sudan's Upper Nile",
    """The UN Mission in South Sudan (UNMISS) said on Thursday it had documented the killing of
    [[at least 46 children|killed;a=The UN Mission in South Sudan]] and the maiming of [[62
    others|injured;a=The UN Mission in South Sudan]] in Upper Nile between {{January and June
    2023}}. Its human rights division also recorded the abduction of [[29 boys and girls|kidnapped;a=Its
    human rights division;alt=The UN Mission in South Sudan;n=boys and girls]], some as young as
    {{nine}}, by Agwelek fighters and allied youth. In Malakal, [[an estimated 1,200 children|displaced]]
    have crossed into the protection of civilians site since the clashes began, aid workers said,
    where they share [[38 latrines|other]] with [[more than 30,000 residents|displaced]]. The
    mission said [[14 schools|housing;a=The mission;alt=The UN Mission in South Sudan]] had been
    looted or burned. Children under {{18}} make up {{62 per cent}} of the site's population.""",
)

item(
    "Bangui DDR programme hands out start-up kits to former fighters",
    """BANGUI, {{March 2019}} - The Central African Republic's national DDR programme said on Friday
    it had disarmed [[439 fighters|combatants;a=The Central African Republic's national DDR
    programme]] from three armed groups in the west since {{December}}, and collected [[312
    weapons|other;a=The Central African Republic's national DDR programme]] and [[more than 5,600
    rounds of ammunition|other;a=The Central African Republic's national DDR programme]]. Of those
    disarmed, [[about 200|aid;a=officials]] have received start-up kits of tools and seed, and
    another [[120 former fighters|aid;p;a=officials]] are to join a carpentry and masonry course in
    Bouar, officials said. The programme, backed by the World Bank with {{$30 million}}, aims to
    demobilise [[5,000 combatants|combatants;p;a=The programme;alt=The Central African Republic's
    national DDR programme]] under the {{February 2019}} peace agreement signed in Khartoum by the
    government and [[14 armed groups|other;u=other]]. MINUSCA said [[61 children|combatants;a=MINUSCA]]
    were found among the fighters and handed to UNICEF.""",
)

item(
    "CAR: anti-balaka release children in Bambari",
    """Anti-balaka commanders in the Central African Republic released [[96 children|combatants;a=the
    UN children's agency;alt=UNICEF]], [[31|combatants;a=the UN children's agency;alt=UNICEF;n=-]]
    of them girls, in Bambari on Tuesday, the UN children's agency said. Most had been with the
    militia for {{more than a year}}. The children were taken to [[two
    transit centres|capacity]] run by a local partner, each with room for [[60 children|capacity]].
    "Some of these children have not seen their parents since {{2014}}," said Christine Muhigana,
    UNICEF's representative in the country. She said [[about 60|returned;p;a=Christine Muhigana]]
    were expected to go home within weeks once tracing was complete, and that [[27 others|other;p;a=Christine Muhigana]] would be placed with foster families while
    the search for their relatives went on.""",
)

item(
    "Pibor faction frees hundreds more boys in third release",
    """PIBOR, South Sudan - The Cobra Faction freed [[280 more boys|combatants;a=UNICEF]] on
    Thursday, UNICEF said, in the third release since the group signed a peace deal with Juba in
    {{2014}}, bringing the total to [[1,755|combatants;a=UNICEF]]. The boys, aged {{11 to 17}},
    handed in their guns in a ceremony in Gumuruk and changed into civilian clothes. Some had
    fought for {{four years}}. UNICEF said [[about 1,300|returned;a=UNICEF]] of those
    released so far had gone back to their villages, while [[hundreds|aid;a=UNICEF]] were still
    receiving food and schooling at a care centre in Pibor town. The agency said it needed {{$10
    million}} to support the children for {{24 months}}. "Nobody should be surprised if some go
    back," a Cobra commander told AFP, saying [[dozens of boys|missing;a=a Cobra commander]] had
    already left the centre and could not be found.""",
)

item(
    "Dozens of ex-fighters starved at Congo demobilisation camp, rights group says",
    """KINSHASA, {{Oct 2, 2014}} - [[At least 100 former fighters|killed;a=Human Rights Watch]]
    and their relatives died of starvation and disease at a remote military camp in Congo where
    they had been sent after surrendering, Human Rights Watch said on Thursday. The group said
    [[42 of the dead|killed;a=The group;alt=Human Rights Watch;n=dead]] were children. The
    ex-combatants were among [[nearly 900 fighters|combatants]] flown to the Kotakoli camp in Equateur province in {{late 2013}}, many with their wives
    and children. Government officials had promised food rations, but supplies ran out for
    weeks at a time, the report said. A Congolese army spokesman said the toll was
    exaggerated and that [[fewer than 30|killed;a=A Congolese army spokesman]] had died, mostly of
    cholera. The government says [[about 4,000 fighters|combatants;a=The government]] have
    surrendered in the east since the defeat of the {{M23}} rebels in {{November 2013}}.""",
)

item(
    "Kasai militia frees children as MONUSCO steps up separation drive",
    """KANANGA, Democratic Republic of Congo - [[Some 450 children|combatants;a=MONUSCO]] have
    left the Kamuina Nsapu militia in the Kasai region since {{June}}, the UN peacekeeping mission
    MONUSCO said on Monday, as the militia's fighters surrendered in large numbers. Many had been
    used as "charm bearers" in the front line armed only with sticks, it said. The mission's child
    protection section said [[at least 2,000 children|killed;a=The mission's child protection
    section;alt=MONUSCO]] may have been killed in the fighting between the militia and the army
    since {{August 2016}}, and that [[hundreds of others|missing;a=The mission's child protection
    section;alt=MONUSCO]] remain unaccounted for. In Tshikapa, [[1,016 fighters|combatants]],
    {{a third}} of them children, laid down arms on {{Oct 12}}. UNICEF said [[about 320 children|aid;a=UNICEF]] were being cared
    for in [[eight interim care centres|capacity;a=UNICEF]] in Kananga and Tshikapa.""",
)

item(
    "Ituri: CODECO fighters hand in weapons at Bunia demobilisation site",
    """BUNIA, {{May 2023}} - [[More than 700 militiamen|combatants;a=the provincial
    authorities]] from the CODECO and Zaire groups have surrendered in Ituri province since
    {{April}}, the provincial authorities said, handing in [[roughly 150 firearms|other;a=the
    provincial authorities]] and [[dozens of machetes|other;a=the provincial authorities]]. They
    are being held at the Diango demobilisation site, built for [[500 people|capacity]], where aid
    workers said conditions were cramped and [[three|killed;a=aid workers;n=-]] had died of
    malaria in the past month. The national Disarmament, Demobilisation, Community Recovery and
    Stabilisation Programme, known as P-DDRCS, said it planned to transfer [[between 200 and 250
    ex-combatants|displaced;p;a=The national Disarmament, Demobilisation, Community Recovery and
    Stabilisation Programme]] to a second site near Bunia. The programme's coordinator in Ituri
    told Radio Okapi that [[134 children|returned;a=The programme's coordinator in Ituri]] found
    among the fighters had been handed to their families through local child protection
    networks.""",
)

item(
    "Children recruited from Goma's camps as M23 offensive grinds on",
    """GOMA, {{Feb 2024}} - Armed groups fighting alongside the army against the {{M23}} rebels
    have recruited [[hundreds of children|combatants;a=aid groups]] from the displacement camps
    around Goma since {{late 2023}}, aid groups said. Save the Children said it had spoken to
    [[17 boys|combatants;a=Save the Children]] who had joined Wazalendo militias for a promise of
    food and {{$20}} a month. The camps on the city's edge shelter [[more than 600,000
    people|displaced;a=the UN]], according to the UN, and {{about half}} are
    children. The UN's humanitarian office said [[at least 12 children|killed;a=The UN's
    humanitarian office]] had been killed by shells that hit the Mugunga and Lushagala camps this
    month. A local civil society group said [[40 girls|kidnapped;a=A local civil society
    group]] had been taken from the camps by fighters since {{January}}.""",
)

item(
    "Somali forces rescue children from al-Shabaab school in Middle Shabelle",
    """MOGADISHU, {{Sept 2019}} - Somali special forces backed by US advisers rescued [[32
    children|kidnapped;a=the Ministry of Information]] from an al-Shabaab training school near
    Adale in Middle Shabelle, the Ministry of Information said on Sunday. [[Five militants|killed;a=the
    ministry;alt=the Ministry of Information]] were killed and [[two others|arrested;a=the
    ministry;alt=the Ministry of Information]] captured in the raid, the ministry said. The
    children, the youngest aged {{eight}}, had been taken from their villages as part of the
    group's forced levy on clans, officials told Reuters. The UN says al-Shabaab accounts for
    {{more than 70 per cent}} of verified child recruitment in Somalia. [[Twenty of the
    children|returned;a=a ministry official;alt=the Ministry of Information;n=children]] had
    been returned to their parents by Tuesday, a ministry official said, while the others were at
    a UNICEF-supported centre in Mogadishu that can hold [[up to 80 children|capacity]].""",
)

item(
    "Al-Shabaab defectors graduate from Baidoa rehabilitation centre",
    """BAIDOA, Somalia - [[Eighty-six former al-Shabaab fighters|aid]] graduated on Monday from a
    rehabilitation centre in Baidoa run under Somalia's National Programme for the Treatment and
    Handling of Disengaged Combatants, after courses in tailoring, mechanics and literacy lasting
    {{six months}}. Each received a toolkit and {{$200}} in cash. The centre's director said it had
    taken in [[some 1,400 defectors|combatants;a=The centre's director]] since it opened in
    {{2016}}, and that [[fewer than 40|combatants;a=The centre's director]] were known to have rejoined
    the militants. "Most of our graduates are in their {{twenties}} and have never held a job," he
    said. The government says [[more than 3,000 low-risk defectors|combatants;a=The government]]
    have passed through its [[three centres|capacity;a=The government]] in Mogadishu, Baidoa and
    Kismayo. A fourth centre, for [[150 women|capacity;p]] associated with the group, is due to
    open in Beledweyne next year.""",
)

item(
    "Somalia holding boys accused of al-Shabaab links, UN says",
    """NEW YORK - Somali authorities were holding [[at least 61 boys|arrested;a=the United
    Nations]] in military and intelligence custody for alleged association with al-Shabaab at the
    end of {{2020}}, the United Nations said in its annual report on children and armed conflict.
    The report said [[some 22|arrested;a=The report;alt=the United Nations]] of them were held at a facility in
    Mogadishu run by the National Intelligence and Security Agency. It verified the recruitment
    and use of [[1,716 children|combatants;a=The report;alt=the United Nations]] in Somalia that year,
    [[1,442|combatants;a=The report;alt=the United Nations;n=-]] of them by al-Shabaab, and the abduction
    of [[1,430 children|kidnapped;a=The report;alt=the United Nations]]. Under a {{2014}} standard
    operating procedure, children captured in military operations must be handed to UNICEF within
    {{72 hours}}. Officials said [[37 boys|aid;a=Officials]] were transferred to rehabilitation
    programmes in {{2020}}.""",
)

item(
    "CAR rebels sign action plan as MINUSCA counts children still in ranks",
    """BANGUI, {{June 2021}} - The Popular Front for the Renaissance of Central Africa (FPRC)
    signed an action plan with the United Nations on Tuesday to end the recruitment of children,
    the {{fourth}} armed group in the country to do so. MINUSCA estimates that [[between
    3,000 and 5,000 children|combatants;a=MINUSCA]] remain with armed groups across the Central
    African Republic. The mission said it had separated [[231 children|combatants;a=The
    mission;alt=MINUSCA]] from the FPRC alone since {{2017}}, and that [[a further 58|combatants;p;a=The
    mission;alt=MINUSCA]] were expected to be released from its bases in Vakaga and Bamingui-Bangoran
    by the end of {{September}}. Fighting in the north-east has driven [[tens of thousands of
    people|displaced]] from their homes this year, and rebels burned [[around 300 houses|housing;a=local
    officials]] in Ndele in {{April}}, local officials said.""",
)

item(
    "Somali women's network reunites families of boys lost to militants",
    """KISMAYO, Somalia - A network of mothers in Lower Juba has helped trace [[more than 90
    boys|returned;a=its founders]] taken by al-Shabaab and bring them home since {{2021}}, its
    founders say. Halima Abdi, one of them, said the group works with clan elders who negotiate with
    commanders, sometimes for {{weeks}}. "My own son was {{13}} when they took him from the
    Koranic school with [[nine other boys|kidnapped;a=Halima Abdi]]," she said. Of those ten,
    [[four|killed;a=Halima Abdi;n=-]] died in fighting and [[two|missing;a=Halima Abdi;n=-]] have
    never been found, she said. Jubaland officials say [[around 250 children|kidnapped;a=Jubaland officials]]
    were abducted in the state in {{2022}}, while the army rescued [[48|kidnapped;n=-]] in raids on
    training camps in the Juba valley. [[Thirty families|aid;a=the officials;alt=Jubaland officials]] who received
    their children back were given goats and cash grants, the officials said.""",
)

item(
    "Lubanga victims still waiting for reparations a decade after verdict",
    """THE HAGUE - More than {{ten years}} after Thomas Lubanga became the first person convicted
    by the International Criminal Court, for enlisting and using children under the age of {{15}}
    in Ituri in {{2002 and 2003}}, the victims' reparations programme is only partly paid out.
    Judges set his liability at {{$10 million}} in {{December 2017}}, and the court's Trust Fund
    for Victims has since committed about {{$3 million}}. Lubanga, sentenced to {{14 years}} in
    {{July 2012}}, was released in {{March 2020}} after serving his term. The Trust Fund says it
    spends roughly {{40 per cent}} of the programme's budget on vocational training and {{25 per
    cent}} on psychological care. A review is due in the {{first}} half of {{2025}}.""",
)

item(
    "UNICEF appeal for South Sudan child protection barely a quarter funded",
    """JUBA - UNICEF said on Wednesday its {{2024}} appeal for child protection in South Sudan had
    received just {{26 per cent}} of the {{$38.5 million}} requested, forcing it to cut case
    management in {{four of the country's ten states}}. Reintegration support for released children
    normally lasts {{18 to 24 months}} and costs about {{$1,800}} per child, the agency said.
    Funding for the sector has fallen every year since {{2019}}, when it stood at {{$52 million}}.
    "Cutting a programme halfway, after {{nine months}}, is worse than never starting," said
    Hamida Lasseko, the agency's representative. The appeal runs until {{Dec 31}}.""",
)
