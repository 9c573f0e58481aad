"""Jonglei and the Greater Pibor Administrative Area: Bor in the civil war, the northern Jonglei
offensives, cattle raids, abductions and their handovers, child soldiers freed, returns from
Ethiopia, 2014-2026."""

from _wrap import item

item(
    "Gunmen storm UN base in Bor, killing dozens of displaced people",
    """Armed youths posing as peaceful demonstrators forced their way into the UN base in Bor on
    {{17 April 2014}} and opened fire on [[about 5,000 people|displaced;a=the UN]] sheltering
    inside, the UN said. UNMISS said [[at least 48 people|killed;a=UNMISS]], most of them Nuer
    civilians, were killed and [[more than 100|injured;a=UNMISS]] wounded before peacekeepers drove
    the attackers off. Peacekeepers shot dead [[about a dozen|killed;a=a mission official]] of the
    attackers, a mission official said. [[Two peacekeepers|injured]] were among the wounded.
    Survivors said the attackers dragged [[three women|kidnapped;a=Survivors]] out through the
    gate. The Indian battalion guarding the base numbers [[about 400 troops|combatants]].
    Information Minister Michael Makuei said the crowd had only wanted to deliver a petition
    demanding that the displaced be moved elsewhere.""",
)

item(
    "Bodies in the streets and river as army retakes Bor",
    """The Sudan People's Liberation Army, which recaptured Bor from rebel forces and the Nuer White
    Army on {{18 January 2014}}, said it had found
    [[more than 500 bodies|killed;a=The Sudan People's Liberation Army]] in the town and along the
    river. Army spokesman Philip Aguer said
    [[at least 127 of the dead|killed;a=Army spokesman Philip Aguer;n=dead]] were civilians who had
    been shot or hacked to death. Governor John Kong Nyuon said
    [[some 70,000 residents|displaced;a=Governor John Kong Nyuon]] had fled across the Nile to
    Awerial in Lakes state. Aid agencies said Awerial was hosting
    [[more than 84,000 displaced people|displaced;a=Aid agencies]] with
    just [[30 latrines|other;a=Aid agencies]] between them.
    [[Twenty patients|killed;a=an MSF spokeswoman]] were found dead inside Bor hospital, an MSF
    spokeswoman said. MSF said its team in Awerial had treated
    [[57 people|injured;a=MSF]] for gunshot wounds since Christmas.""",
)

item(
    "UN report: hundreds killed and 686 abducted in Pibor attacks",
    """UNMISS and the UN human rights office said in a joint report on {{15 March 2021}} that
    [[at least 740 people|killed;a=UNMISS and the UN human rights office]] were killed when armed
    youths from Jonglei's Lou Nuer and Dinka Bor communities attacked villages in the Greater Pibor
    Administrative Area between {{January}} and {{August 2020}}. They said
    [[686 women and children|kidnapped;n=women and children;a=UNMISS and the UN human rights office]]
    were abducted and that [[about 300|kidnapped;a=UNMISS and the UN human rights office]] had since
    been returned through exchanges brokered by the government. The attackers drove off
    [[tens of thousands of cattle|other]] and burned
    [[more than 2,000 tukuls|housing;u=structure]] in Lekuangole and Gumuruk.
    [[Up to 6,000 armed youths|combatants]] took part in the largest attacks, in {{February}} and
    {{March}}. The investigators estimated that revenge raids by Murle youths killed
    [[between 120 and 180 people|killed;a=The investigators;alt=UNMISS and the UN human rights office]]
    in Uror, Nyirol and Duk counties over the same period.
    [[More than 8,000 people|displaced]] fled to Pibor town.""",
)

item(
    "Armed youths overrun Gumuruk as army reinforces Pibor",
    """UNMISS said on {{27 December 2022}} that [[thousands of armed youths|combatants;a=UNMISS]]
    from Jonglei and Upper Nile had mobilised towards the Greater Pibor Administrative Area, and
    urged their leaders to stop them. Pibor officials said
    [[at least 56 people|killed;a=Pibor officials]] were killed when the youths overran Gumuruk on
    {{31 December}}, and that
    [[around 200 women and children|kidnapped;n=women and children;a=Pibor officials]] were
    abducted. OCHA said [[about 30,000 people|displaced;a=OCHA]] had fled Gumuruk and nearby
    villages for Pibor town or the bush. Satellite images taken a week later showed
    [[more than 1,500 structures|housing]] burned. The government said it had deployed
    [[about 1,000 soldiers|combatants;a=The government]] to Pibor and Likuangole. MSF said its
    clinic in Pibor had treated [[41 people|injured;a=MSF]] for gunshot wounds, and that
    [[three of its staff|missing;a=MSF;n=staff]] were unaccounted for.""",
)

item(
    "Raiders kill 23 and drive off 4,000 cattle in Twic East",
    """Armed raiders believed to be from the Greater Pibor Administrative Area attacked cattle camps in
    Jonglei's Twic East county before dawn on Sunday, killing
    [[23 people|killed;a=county commissioner Dau Akoi]] and driving off
    [[about 4,000 cattle|other;a=county commissioner Dau Akoi]], county commissioner Dau Akoi said.
    Akoi said [[eight children|kidnapped;a=Akoi]] had been abducted and
    [[14 people|injured;a=Akoi]] were being treated at Panyagor hospital. Youths from the county
    chased the raiders and recovered [[some 600 head of cattle|other;a=Akoi]], he said. The Greater
    Pibor administration denied that its youths were involved and said
    [[two Murle herders|killed;a=The Greater Pibor administration]] had been killed near Manyabol
    in a revenge attack. Cattle raids and revenge attacks in Jonglei and Pibor killed
    [[more than 400 people|killed;a=Armed Conflict Location and Event Data project (ACLED)]] in
    {{2023}}, according to the Armed Conflict Location and Event Data project (ACLED).""",
)

item(
    "Abducted children handed back at Pibor ceremony",
    """Authorities in the Greater Pibor Administrative Area handed over
    [[53 children|kidnapped;a=UNMISS]] and [[12 women|kidnapped;a=UNMISS]] abducted in raids on
    Jonglei villages at a ceremony in Pibor town on Thursday, UNMISS said. The children,
    {{aged between two and 15}}, had been held for periods of up to {{three years}}, the mission
    said. UNICEF said [[31 of the children|kidnapped;a=UNICEF;n=children]] had already been
    reunited with their parents in Bor and Twic East, and that it was tracing the families of
    [[the remaining 22|kidnapped;a=UNICEF]]. The Jonglei state government says
    [[at least 400 children|kidnapped;a=The Jonglei state government]] taken since {{2020}} are
    still being held in Pibor, a figure Murle leaders dispute. Murle elders said
    [[about 70 Murle children|kidnapped;a=Murle elders]] seized by Dinka and Nuer raiders had yet to
    be returned.""",
)

item(
    "Government offensive empties Waat in northern Jonglei",
    """Government forces backed by helicopter gunships captured Waat and Walgak in northern Jonglei
    this week, forcing
    [[at least 35,000 people|displaced;a=UN Office for the Coordination of Humanitarian Affairs (OCHA)]]
    to flee, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said on
    {{17 February 2017}}. Médecins Sans Frontières said
    [[about 50 of its South Sudanese staff|displaced;n=staff;a=Médecins Sans Frontières]] had fled
    into the bush with patients after the hospital in Waat came under fire. SPLA-IO spokesman Lam
    Paul Gabriel said [[33 government soldiers|killed;a=SPLA-IO spokesman Lam Paul Gabriel]] had been
    killed in the fighting. Army spokesman Lul Ruai Koang said the army had lost
    [[no more than seven men|killed;a=Army spokesman Lul Ruai Koang]] and had killed
    [[dozens of rebels|killed;a=Army spokesman Lul Ruai Koang]]. Local officials said
    [[4,000 to 5,000 people|displaced;a=Local officials]] had reached Akobo on foot. Akobo was
    already hosting [[some 50,000 displaced people|displaced]].""",
)

item(
    "Food convoy ambushed on the Bor-Pibor road",
    """Gunmen ambushed a convoy of
    [[11 trucks|aid;a=the agency;alt=World Food Programme]] carrying food for the World Food
    Programme between Bor and Pibor on Tuesday, killing
    [[two drivers|killed;a=the agency;alt=World Food Programme]] and wounding
    [[three others|injured;a=the agency;alt=World Food Programme]], the agency said.
    [[Four more drivers|kidnapped;a=WFP]] were abducted, WFP said. The attackers looted
    [[about 180 tonnes|aid]] of sorghum, pulses and oil that was to have been handed out to
    [[11,000 people|aid;p]] in Pibor. It was the {{fourth}} attack on aid convoys on the road this
    year, the UN Office for the Coordination of Humanitarian Affairs said, adding that
    [[at least 17 aid workers|killed;a=UN Office for the Coordination of Humanitarian Affairs;n=aid workers]]
    had been killed in South Sudan since {{January 2021}}. Aid agencies suspended all movement on
    the road for {{48 hours}}.""",
)

item(
    "Jonglei and Pibor give clashing tolls after Anyidi raid",
    """Jonglei state information minister Jacob Akech Deng said
    [[44 people|killed;a=Jonglei state information minister Jacob Akech Deng]] were killed when
    armed youths from Pibor attacked Anyidi and Makol Cuei in Bor South county on
    {{8 June 2022}}. He said
    [[31 women and children|kidnapped;n=women and children;a=Jacob Akech Deng]] had been abducted
    and [[about 2,500 head of cattle|other;a=Jacob Akech Deng]] taken. The Greater Pibor
    administration said its youths had been attacked first and that
    [[17 of them|killed;n=-;a=The Greater Pibor administration]] had died. Residents said
    [[at least nine people|missing;a=Residents]] were still missing after fleeing into the
    swamps. [[Around 6,000 people|displaced;a=the county commissioner]] from Anyidi were sheltering
    in schools and churches in Bor town, the county commissioner said. The army said it had sent
    [[120 soldiers|combatants;a=The army]] to the area.""",
)

item(
    "Refugees head home to Akobo as peace deal holds",
    """[[More than 1,200 South Sudanese refugees|returned;a=UNHCR]] have come back from Ethiopia's
    Gambella region to Akobo since {{January}}, UNHCR said on {{18 April 2019}}. The agency said
    [[a further 5,000|returned;p;a=The agency;alt=UNHCR]] were expected to go home before the
    rains, though it was not yet promoting returns. Akobo's county commissioner said
    [[about 300 families|returned;a=Akobo's county commissioner]] had moved back to Walgak. The
    Norwegian Refugee Council counted
    [[1,140 damaged or destroyed houses|housing;a=Norwegian Refugee Council]] in
    [[six villages|other;a=Norwegian Refugee Council]] around the town. Gambella still hosts
    [[about 380,000 South Sudanese refugees|displaced]]. WFP said it would give {{three-month}}
    food rations to [[2,500 returnees|aid;p;a=WFP]].""",
)

item(
    "Police arrest nine after child abductions on roads around Bor",
    """Jonglei police said on Wednesday they had arrested
    [[nine suspects|arrested;a=Jonglei police]] and rescued
    [[four children|kidnapped;a=Jonglei police]] seized from a minibus on the Bor-Juba road. Police
    spokesman Major Deng Kuol said
    [[at least 16 children|kidnapped;a=Police spokesman Major Deng Kuol]] had been abducted on roads
    around Bor since {{January 2024}}, and that
    [[five of them|kidnapped;n=-;a=Police spokesman Major Deng Kuol]] were still being held.
    [[Two herders|missing;a=their families]] who vanished near Mareng in {{March}} are still
    missing, their families say. The state government said it had deployed
    [[200 police officers|combatants;a=The state government]] along the roads and set up
    [[14 checkpoints|other;a=The state government]]. The suspects are due before a special court
    in Bor within {{two weeks}}.""",
)

item(
    "Cobra Faction frees child soldiers in Pibor",
    """The South Sudan Democratic Army Cobra Faction released [[306 children|combatants;a=UNICEF]] at
    a ceremony in Pibor on {{10 February 2015}}, UNICEF said, the latest group of
    [[as many as 3,000|combatants;p;a=UNICEF]] it expects the militia to free under a peace deal
    with the government. The children, {{aged 11 to 17}}, handed in their guns and uniforms and
    will spend up to {{two years}} in counselling and schooling programmes. Since {{January}},
    [[1,055 children|combatants;a=the agency;alt=UNICEF]] have been freed by the group, the agency
    said. [[Nine girls|combatants]] were among those released on Tuesday. Cobra Faction leader
    David Yau Yau told reporters his forces numbered
    [[about 12,000 men|combatants;a=Cobra Faction leader David Yau Yau]]. UNICEF said it had set up
    an interim care centre in Gumuruk with room for [[300 children|capacity;a=UNICEF]].""",
)

item(
    "Red Cross airlifts wounded after attack on Pieri",
    """The International Committee of the Red Cross said it had flown
    [[38 wounded people|injured;a=International Committee of the Red Cross]] from Pieri in
    Jonglei's Uror county to its surgical team in Juba since an attack on the town on
    {{16 May 2020}}. Local officials said [[more than 280 people|killed;a=Local officials]] died in
    the attack, which they blamed on armed Murle youths. MSF said
    [[one of its South Sudanese staff|killed;a=MSF;n=staff]] was among the dead and that its
    clinic in Pieri had been looted and burned.
    [[Nearly 3,000 tukuls|housing;u=structure;a=the Uror county commissioner]] were burned,
    [[tens of thousands of people|displaced;a=the Uror county commissioner]] fled to Yuai and Motot,
    and [[some 80 children|kidnapped;a=the Uror county commissioner]] were abducted, according to
    the Uror county commissioner. The Red Cross said
    [[six of the patients|killed;a=The Red Cross;n=patients]] had since died of their wounds.""",
)

item(
    "Bor protection site handed to government as residents dwindle",
    """UNMISS handed its protection-of-civilians site in Bor to the government on
    {{4 September 2020}}, saying only [[about 1,900 people|displaced;a=UNMISS]] still lived there.
    At its peak in {{early 2014}}, after the attack on the base in {{April}}, the site held
    [[more than 11,000|displaced]]. [[About 150 peacekeepers|combatants]] remain stationed in the
    town. Residents said [[at least 400 households|returned;a=Residents]] had already gone back to
    their villages around Bor. The state government said it would help
    [[1,000 families|returned;p;a=The state government]] return to their home villages by the end
    of {{2021}}. [[About 9,000 people|civilians;a=OCHA]] in the surrounding villages remain in need
    of assistance, OCHA said.""",
)

item(
    "Dozens missing after boats attacked on the Nile near Bor",
    """Gunmen in canoes opened fire on [[three passenger boats|other;a=officials]] on the Nile north
    of Bor on Saturday, killing [[at least 12 people|killed;a=officials]], officials said.
    Jonglei's police commissioner said
    [[about 30 passengers|missing;a=Jonglei's police commissioner]] were still missing, feared
    drowned or hiding in the swamps, and that
    [[19 survivors|other;a=Jonglei's police commissioner]] had been pulled from the water by
    fishermen. Witnesses said the attackers seized [[five women|kidnapped;a=Witnesses]] and looted
    [[about 40 bags|other;a=Witnesses]] of sorghum. The boats had left Bor at {{7am}} for Adok, a
    journey of about {{ten hours}}.""",
)

item(
    "Jonglei and Pibor elders pledge to end revenge raids at Pieri meeting",
    """Elders, chiefs and youth leaders from Jonglei and the Greater Pibor Administrative Area ended a
    peace conference in Pieri on {{22 March 2021}} with a pledge to stop revenge attacks and hand
    back abducted women and children. The talks, which lasted {{nine days}}, were the {{first}}
    such gathering since {{2012}}. Delegates agreed that anyone found guilty of abduction would pay
    a fine of {{500,000 South Sudanese pounds}}. Chief Lokali, {{68}}, told the meeting that his
    generation had failed its grandchildren. Organisers said the conference cost about
    {{$450,000}}, {{70 percent}} of it paid by the European Union. The agreement will be reviewed
    in {{six months}}.""",
)

item(
    "Bor cattle market prices slump as raids drive herders to sell",
    """A bull that fetched {{1.2 million South Sudanese pounds}} at Bor's main cattle market in
    {{January}} sold for about {{700,000 pounds}} on Saturday, traders said. Prices have fallen by
    {{40 percent}} since {{2023}}, as herders who fear raids from Pibor sell early. A
    {{25-year-old}} herder from Makuach said he had walked {{60 kilometres}} over {{three days}} to
    reach the market. Milk now sells at {{2,000 pounds}} a litre. The market opens at {{6am}}, and
    traders pay the county a tax of {{5%}} on each sale.""",
)
