"""dev72 items: refugees from Myanmar in Thailand, India and Bangladesh; the Rohingya camps of
Cox's Bazar (population, arrivals, fires, violence, aid), Bhasan Char, boats and repatriation."""

from figset import F

F(
    "Mizoram shelters over 31,000 from Myanmar",
    "[[More than 31,000 people|displaced;a=the Mizoram home department]] from Myanmar's Chin "
    "State and Sagaing Region are sheltering in Mizoram, the Mizoram home department said, "
    "living in [[about 160 relief camps|capacity;a=the Mizoram home department]] and with "
    "relatives. Chief Minister Lalduhoma has said the state will not push them back. Aid "
    "groups have handed out [[about 2,500 tarpaulins|aid]] this month.",
)

F(
    "Myanmar troops cross into Mizoram after camps overrun",
    "[[Around 150 Myanmar soldiers|combatants;a=the Assam Rifles]] crossed into Mizoram with "
    "their weapons after the Arakan Army overran their camps in Paletwa, the Assam Rifles "
    "said. Since November, India has flown back "
    "[[more than 600 Myanmar troops|returned;a=officials in Aizawl]] who fled across the "
    "border, officials in Aizawl said.",
)

F(
    "Bangladesh hands back Myanmar border guards by sea",
    "Bangladesh returned [[330 Myanmar border guards, soldiers and customs "
    "officials|returned;n=border guards, soldiers and customs officials;a=the Border Guard "
    "Bangladesh]] who had fled across the frontier during fighting with the Arakan Army, the "
    "Border Guard Bangladesh said on {{February 15}}. They left by ship from Inani jetty. The "
    "same vessel brought home [[173 Bangladeshis|returned]] who had been held in Myanmar's "
    "prisons.",
)

F(
    "Karen villagers flee bombing across the Salween",
    "[[About 3,000 villagers|displaced;a=the Karen Peace Support Network]] fled across the "
    "Salween river into Mae Hong Son province after military jets bombed areas held by the "
    "Karen National Union's {{5th Brigade}}, the Karen Peace Support Network said. Thai "
    "authorities said [[about 2,000|returned;n=-;a=Thai authorities]] had gone back of their "
    "own accord, but aid workers said [[hundreds|returned;a=aid workers]] were pushed back by "
    "Thai soldiers.",
)

F(
    "Border camps brace for cuts after US freeze",
    "[[About 87,000 refugees|displaced;a=UNHCR]] from Myanmar live in "
    "[[nine camps|capacity;a=UNHCR]] along the Thai border, UNHCR says, many of them since the "
    "{{1980s}}. The International Rescue Committee closed its clinics in the camps when US "
    "funding was frozen, and food aid has fallen to {{$3}} per person a month.",
)

F(
    "Cox's Bazar camps near 1.1 million",
    "Bangladesh's [[33 camps|capacity;a=UNHCR]] in Cox's Bazar now hold "
    "[[about 1.1 million Rohingya refugees|displaced;a=UNHCR]], UNHCR said, after "
    "[[some 150,000 new arrivals|displaced;a=UNHCR]] fled fighting in Rakhine State over the "
    "past {{18 months}}. {{More than half}} of the refugees are children. The host district of "
    "Ukhiya has [[about 260,000 residents|civilians]].",
)

F(
    "Fire leaves tens of thousands homeless in Balukhali",
    "A fire that swept through the Balukhali camps on {{March 22}} killed "
    "[[at least 15 refugees|killed;a=UNHCR]], destroyed "
    "[[more than 10,000 shelters|housing;a=UNHCR]] and left "
    "[[about 45,000 people|displaced;a=UNHCR]] homeless, UNHCR said. "
    "[[About 400|missing;n=-;a=the agency;alt=UNHCR]] were still missing {{two days}} later, "
    "the agency said.",
)

F(
    "Camp fire was set deliberately, inquiry finds",
    "The fire in {{Camp 11}} on {{March 5}} destroyed "
    "[[about 2,000 shelters|housing;a=Mohammed Mizanur Rahman]] and left "
    "[[some 12,000 Rohingya|displaced;a=Mohammed Mizanur Rahman]] without a roof, said "
    "Mohammed Mizanur Rahman, the refugee relief and repatriation commissioner. "
    "[[More than 90 mosques and learning centres|housing;n=mosques and learning centres]] also "
    "burned. The camps recorded "
    "[[222 fires|other;u=other;a=a Bangladesh defence ministry report]] in {{two years}}, "
    "according to a Bangladesh defence ministry report.",
)

F(
    "Sea crossings by Rohingya surge, with deaths",
    "[[More than 4,500 Rohingya|displaced;a=UNHCR]] set out across the Andaman Sea and the Bay "
    "of Bengal last year, UNHCR said, on [[about 40 boats|other;a=UNHCR]]. "
    "[[At least 350|killed;n=-;a=the agency;alt=UNHCR]] died at sea and "
    "[[a further 220|missing;n=-;a=the agency;alt=UNHCR]] are missing, the agency said, making "
    "it the deadliest year since {{2014}}.",
)

F(
    "Students evict refugees from shelter in Banda Aceh",
    "[[About 180 Rohingya|displaced;a=local police]] came ashore in Pidie, Aceh, after "
    "{{a month}} at sea, local police said, the {{eighth}} boat to land in the province in "
    "{{two weeks}}. In Banda Aceh, students stormed a convention centre where "
    "[[137 refugees|displaced]] were sheltering and forced them onto trucks.",
)

F(
    "Another group moved to Bhasan Char",
    "Bangladesh moved [[another 1,500 Rohingya|displaced;a=officials]] to Bhasan Char on "
    "Tuesday, bringing the number on the island to [[about 36,000|displaced;n=-;a=officials]], "
    "officials said. The navy built [[120 cluster villages|capacity]] on the island to house "
    "[[100,000 people|capacity]]. Rights groups say the silt island, {{three hours}} by boat "
    "from the mainland, is exposed to cyclones.",
)

F(
    "Pilot repatriation list drawn up",
    "Myanmar has cleared [[about 1,140 Rohingya|returned;p;a=officials in Dhaka]] for a pilot "
    "repatriation, officials in Dhaka said, but refugees told a visiting delegation in Teknaf "
    "they would not go back without citizenship. Under the plan the {{first}} "
    "[[176 families|returned;p]] would cross at Teknaf and be housed in "
    "[[15 new villages|capacity;p]] in Maungdaw.",
)

F(
    "Myanmar says 180,000 Rohingya eligible to return",
    "Myanmar has confirmed "
    "[[180,000 Rohingya|returned;p;a=the press office of chief adviser Muhammad Yunus]] in "
    "Bangladesh as eligible to return, the press office of chief adviser Muhammad Yunus said, "
    "from lists of "
    "[[800,000|returned;p;n=-;a=the press office of chief adviser Muhammad Yunus]] submitted "
    "since {{2018}}. [[A further 70,000|returned;p;n=-]] are in the final stage of "
    "verification.",
)

F(
    "WFP warns of ration cut for Rohingya",
    "The World Food Programme said it would have to cut food vouchers for "
    "[[nearly 1 million Rohingya|aid;a=The World Food Programme]] to {{$6}} per person a month "
    "from {{April 1}} unless it found {{$15 million}}. After a cut to {{$8}} in {{2023}}, "
    "[[some 15,000 children|civilians;a=the agency;alt=The World Food Programme]] in the camps "
    "were acutely malnourished, the agency said.",
)

F(
    "Armed groups' feud kills dozens in the camps",
    "Armed groups killed [[at least 60 Rohingya|killed;a=Human Rights Watch]] in the Cox's "
    "Bazar camps last year, Human Rights Watch said, as the Arakan Rohingya Salvation Army and "
    "the Rohingya Solidarity Organisation fought for control. The deadliest attack, on a "
    "madrasa in {{Camp 18}} in {{October 2021}}, killed [[seven people|killed]]. Bangladesh's "
    "Armed Police Battalion said it had arrested "
    "[[more than 200 suspects|arrested;a=Bangladesh's Armed Police Battalion]].",
)

F(
    "New arrivals slip past border guards",
    "[[About 8,000 Rohingya|displaced;a=a senior official in Cox's Bazar]] have crossed into "
    "Bangladesh in {{two months}} despite orders to turn them back, a senior official in Cox's "
    "Bazar said, and guards pushed back "
    "[[more than 3,000|returned;n=-;a=a senior official in Cox's Bazar]]. Many are staying "
    "with relatives in {{Camp 26}} and {{Camp 8W}}. The country already hosts [[over 12 lakh "
    "Rohingya|displaced;v=1200000;a=the official;alt=a senior official in Cox's Bazar]], the "
    "official added.",
)

F(
    "Manipur deports Myanmar nationals through Moreh",
    "Manipur deported [[38 Myanmar nationals|returned;a=state officials]] through the Moreh "
    "border crossing on Monday after they served prison terms under {{Section 14}} of the "
    "Foreigners Act, state officials said. [[About 115|arrested;n=-;a=state officials]] remain "
    "in detention centres in Imphal awaiting deportation, they said.",
)

F(
    "Tak ready for up to 100,000, governor says",
    "Tak province could take in [[up to 100,000 people|capacity;a=the provincial governor]] "
    "fleeing Myanmar and has prepared "
    "[[four shelter sites|capacity;a=the provincial governor]] near Mae Sot, the provincial "
    "governor said. [[About 1,200 people|displaced]] who crossed on Saturday were being "
    "screened at a school in Mae Sot district.",
)

F(
    "India to fence Myanmar border, ending free movement",
    "India will fence its entire {{1,643-km}} border with Myanmar at a cost of "
    "{{31,000 crore rupees}} and end the Free Movement Regime that let people living within "
    "{{16 km}} of the frontier cross without visas, Home Minister Amit Shah said. About "
    "{{30 km}} has been fenced so far in Manipur. The regime was introduced in {{2018}}.",
)

F(
    "Donors pledge at Rohingya conference",
    "The United States announced {{$60 million}} and Britain {{£5 million}} for the Rohingya "
    "response at a UN conference in New York on {{September 30}}, the {{eighth}} year since "
    "the exodus of {{2017}}. The joint response plan for {{2025}} is only {{38%}} funded, UN "
    "officials said.",
)

F(
    "Penang depot breakout leaves six dead on highway",
    "[[528 Rohingya detainees|other;a=the immigration department]] broke out of a temporary "
    "immigration depot in Penang's Sungai Bakap before dawn, the immigration department said, "
    "and [[six|killed;n=-;a=the immigration department]] of them were hit by vehicles as they "
    "crossed a highway. Police had recaptured [[362|arrested;n=-]] by evening.",
)

F(
    "Thai army moves refugees back across the Moei",
    "Thai soldiers sent [[about 2,400 refugees|returned;a=Karen aid groups]] back across the "
    "Moei river within {{48 hours}} of their arrival, Karen aid groups said, as shelling near "
    "the Kyaikdon area eased. [[About 600|displaced;n=-;a=the Thai army]] remain in a "
    "temporary shelter at a rubber plantation, the Thai army said.",
)
