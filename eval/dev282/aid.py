"""Items of dev282: aid, landmines, shelter, schools, hospitals and reconstruction."""

from _wrap import item

item(
    "Landmines kill returnees in Idlib and Hama farmland",
    """Unexploded ordnance and landmines have killed [[at least 249 people|killed;a=the International NGO Safety Organisation]],
    including [[60 children|killed;a=the International NGO Safety Organisation]], since {{December 8}},
    according to the International NGO Safety Organisation, and wounded
    [[379 others|injured;a=the International NGO Safety Organisation]]. Most were farmers and
    returnees going back to land along the former front lines in Idlib, Hama and Aleppo. The
    HALO Trust said its [[300 deminers|other;a=The HALO Trust]] had cleared
    [[more than 5,600 explosive items|other;a=The HALO Trust;u=other]] this year. Syria's new
    National Mine Action Authority estimates that [[as many as 300,000 mines|other;a=Syria's new National Mine Action Authority]]
    may still be buried across the country. "In my village alone, [[four shepherds|killed;a=Ahmad al-Khalil]]
    have died since {{March}}," said Ahmad al-Khalil, a farmer near Khan Sheikhoun.""",
)

item(
    "WFP to cut food aid for a million Syrians",
    """The World Food Programme said on Tuesday it would have to cut monthly food assistance to
    [[about 1 million people|aid;a=The World Food Programme;p]] in Syria from {{June}} because of a
    funding shortfall. The agency currently reaches [[3.2 million people|aid;a=The agency;alt=The World Food Programme]]
    a month, it said, including [[600,000 returnees|aid;a=The agency;alt=The World Food Programme]].
    It also supports [[324 bakeries|aid;u=structure]] with flour
    and fuel. [[Some 14.5 million Syrians|civilians;a=WFP]] do not have enough to eat, WFP says,
    [[3 million|civilians;a=WFP]] of them severely. The agency needs {{$300 million}} to maintain
    its programmes until {{December}}; it has received {{31%}} of its {{2025}} requirements.""",
)

item(
    "UN appeal: 16.5 million Syrians need help",
    """The United Nations and its partners launched an appeal on Monday for {{$3.2 billion}} to help
    [[8.2 million people|aid;a=The United Nations and its partners;p;v=8200000]] in Syria this year, out of an
    estimated [[16.5 million|civilians;a=The United Nations and its partners]] in need of
    humanitarian assistance, the highest number since the war began. OCHA said
    [[7.4 million people|displaced;a=OCHA]] remain internally displaced, including
    [[about 2 million|displaced;a=OCHA]] in [[1,500 camps and informal sites|capacity;a=OCHA;n=camps and informal sites;u=other]]
    in the north-west. [[Nearly 1.7 million returnees|civilians;a=the plan;p]] will need
    shelter, water and documentation support, the plan says. "The window of opportunity is
    real, but it is narrow," said Tom Fletcher, the UN relief chief, who visited Damascus in
    {{January}}. Last year's plan was {{34%}} funded.""",
)

item(
    "World Bank puts reconstruction bill at $216 billion",
    """The World Bank estimates the cost of rebuilding Syria at {{$216 billion}}, with damage to
    physical capital concentrated in Aleppo, Rif Dimashq and Homs. The bank found that
    [[about 328,000 housing units|housing;a=The bank;alt=The World Bank]] were destroyed and
    [[more than 800,000|housing;a=The bank;alt=The World Bank;u=structure]] damaged between {{2011}} and
    {{2024}}. [[Roughly 7,000 schools|housing;a=the bank;alt=The World Bank]] and
    [[around 160 hospitals|housing;a=the bank;alt=The World Bank]] were damaged or destroyed,
    the bank said. Syria's economy shrank by {{53%}} over the same period. The government says it
    will rebuild [[100,000 homes|housing;a=The government;p]] in its first phase, mainly for returnees
    to Homs and eastern Aleppo. Gulf donors have pledged funds for
    [[25,000 prefabricated units|housing;a=officials;p]], officials said.""",
)

item(
    "Suwayda cut off as aid trickles in",
    """A convoy of [[32 trucks|aid;a=the Syrian Arab Red Crescent]] carrying flour, fuel and medicine
    reached Suwayda city on Sunday, the Syrian Arab Red Crescent said, the first since the
    ceasefire. [[About 250,000 people|civilians;a=the UN]] remain in the province with little
    electricity or running water, according to the UN. The World Food Programme said it had
    delivered [[12,000 food parcels|aid;a=The World Food Programme]] since {{July 20}}, enough for
    [[about 60,000 people|aid;a=The World Food Programme]] for {{two weeks}}. In Daraa, the
    governorate has opened [[18 shelters|capacity;a=the governorate]] for
    [[more than 3,200 Bedouin families|displaced;a=the governorate]] who fled Suwayda, the governorate said.
    Druze leaders say [[at least 32 villages|other;a=Druze leaders]] in the west of the province were
    burned and looted, and [[several thousand homes|housing;a=Druze leaders]] damaged.""",
)

item(
    "UNICEF: 2.4 million Syrian children out of school",
    """[[More than 2.4 million children|civilians;a=UNICEF]] in Syria are out of school and
    [[another 1 million|civilians;a=UNICEF;p]] are at risk of dropping out, UNICEF said on Thursday.
    The agency has rehabilitated [[420 schools|housing;a=The agency;alt=UNICEF]] since {{January}}, it
    said, and plans to repair [[600 more|housing;a=The agency;alt=UNICEF;u=structure;n=-;p]] before the new
    school year begins on {{September 21}}. In Idlib, [[around 500 schools|capacity;a=local education officials]]
    are still being used to house displaced families, local education officials said. The
    education ministry said [[some 180,000 returnee children|other;a=The education ministry]] had
    enrolled since {{December}}, and that [[3,000 teachers|returned;a=The education ministry]] who had
    fled to Turkey were back in classrooms. UNICEF distributed [[12,500 school kits|aid]] in
    Aleppo's eastern districts last month. About {{one in three}} schools in the country cannot be
    used, the ministry said.""",
)

item(
    "WHO warns north-west hospitals may close as funding ends",
    """The World Health Organization warned on Wednesday that
    [[at least 30 hospitals|other;a=The World Health Organization;p]] in north-west Syria could stop
    working by the end of {{June}} as donor funding runs out. Only {{57%}} of the country's hospitals
    are fully functional, it said. Health facilities in Idlib and northern Aleppo served
    [[about 4 million patients|aid;a=the WHO]] last year, according to the WHO, and employ
    [[roughly 12,000 health workers|other;a=the WHO]]. The health ministry in Damascus says
    [[1,200 doctors|returned;a=The health ministry in Damascus]] have returned from abroad since
    {{December}}, among them [[more than 300|returned;a=The health ministry in Damascus]] from Germany.
    The Syrian American Medical Society said it had sent [[150 volunteer surgeons|other;a=The Syrian American Medical Society]]
    on short missions and had performed [[2,700 operations|aid;a=The Syrian American Medical Society;u=other]].""",
)

item(
    "Aid trucks still roll through Bab al-Hawa",
    """[[About 140 trucks a day|aid;a=UN officials]] still cross from Turkey into Syria through
    Bab al-Hawa, UN officials said, although aid can now also be sent from Damascus. Since the
    Security Council first authorised cross-border deliveries under {{Resolution 2165}} in
    {{July 2014}}, [[more than 60,000 trucks|aid;a=OCHA]] have crossed, OCHA says. In {{February}},
    [[1,924 trucks|aid;a=the UN]] passed through the crossings at Bab al-Hawa, Bab al-Salama
    and al-Rai, carrying food for [[2.1 million people|aid;a=the UN]], according to the UN. The
    interim government has opened [[four new crossings|other;a=The interim government]] with Turkey
    for commercial traffic, it said. The Turkish Red Crescent said it had delivered
    [[1.4 million food parcels|aid;a=The Turkish Red Crescent]] and [[75,000 blankets|aid;a=The Turkish Red Crescent]]
    over the winter.""",
)

item(
    "NRC repairs homes so returnees can stay",
    """The Norwegian Refugee Council has repaired [[1,450 homes|housing;a=The Norwegian Refugee Council]]
    in rural Idlib and Hama since {{January}}, it said, allowing [[3,900 families|returned;a=The Norwegian Refugee Council]]
    who had been living in camps to move back. It plans to fix [[another 5,000|housing;a=The Norwegian Refugee Council;u=structure;p]]
    by the end of the year. "Many people who go home come back to the camp within {{weeks}} because
    they have no roof, no water and no school," said Ingrid Haugen, the council's country
    director. In the village of Hazano, [[about 70 families|returned;a=residents]] have returned to
    [[only 25 habitable houses|housing;a=residents]], residents said. The council has also handed out
    [[2,300 property documents|aid;a=The Norwegian Refugee Council;u=other]] and
    given legal advice to [[some 11,000 people|aid;a=The Norwegian Refugee Council]], it said.""",
)

item(
    "Storm floods camps near Turkish border",
    """Heavy rain and snow flooded [[73 camps|capacity;a=the Syria Civil Defence]] in north-west Syria
    overnight, the Syria Civil Defence said on Monday, damaging or destroying
    [[more than 1,350 tents|housing;a=the Syria Civil Defence]]. [[Two children|killed;a=rescuers]]
    drowned when a stream burst its banks near Sarmada, rescuers said, and
    [[five people|injured;a=rescuers]] were hurt when a wall collapsed. [[Some 9,400 people|civilians;a=the Response Coordination Group]]
    were affected, according to the Response Coordination Group. Civil defence teams evacuated
    [[about 600 families|displaced;a=Civil defence teams]] to
    [[11 mosques and schools|capacity;a=Civil defence teams;n=mosques and schools]] in nearby towns, they said. Aid groups
    distributed [[2,000 emergency kits|aid]] and blankets. Even after the spring
    returns, [[more than 1.5 million people|displaced;a=OCHA]] are still living in camps in the
    north-west, OCHA says.""",
)

item(
    "Slow return to a ruined Yarmouk",
    """[[About 8,000 Palestinian refugees|returned;a=UNRWA]] have moved back to Yarmouk camp in southern
    Damascus since {{December}}, UNRWA said, out of [[some 160,000|civilians;a=UNRWA]] who lived
    there before {{2011}}. [[Hundreds of families|returned;a=the agency;alt=UNRWA]] are living in buildings with missing
    walls, the agency said. It has reopened [[three schools|other]] and
    a health centre in the camp, which was besieged from {{2013}} and
    largely destroyed in the battle against the Islamic State group in {{2018}}. The agency counts
    [[438,000 Palestine refugees|civilians;a=The agency;alt=UNRWA]] still in Syria, down from
    [[560,000|civilians;a=The agency;alt=UNRWA]] before the war. The Palestinian Action Group says
    [[more than 4,000 Palestinians|killed;a=The Palestinian Action Group]] were killed in Syria during
    the war, and [[1,200|killed;a=The Palestinian Action Group]] of them in Yarmouk.""",
)

item(
    "Drought threatens harvest and drives families from Hasakah villages",
    """Syria is facing its worst drought in {{36 years}}, the Food and Agriculture Organization said on
    Tuesday, with rainfall in the north-east at about {{30%}} of the long-term average. The wheat
    harvest is forecast at [[about 1.2 million tonnes|other;a=the agency;alt=the Food and Agriculture Organization;p]],
    less than half the country's needs, and [[2.7 million people|civilians;a=the agency;alt=the Food and Agriculture Organization;p]]
    could lose their main source of income, the agency said. In Hasakah province,
    [[some 3,500 families|displaced;a=local authorities]] have left villages where wells have run dry,
    local authorities say, and [[at least 60 villages|other;a=local authorities]] depend on water
    trucking. The FAO has distributed seed and fodder to [[75,000 farming households|aid;a=The FAO]]
    and plans to reach [[another 40,000|aid;a=The FAO;u=household;p]] before the autumn planting, it said.
    Herders have sold [[tens of thousands of sheep|other]] they can no longer feed. The Alouk water
    station, which serves [[about 460,000 people|civilians;a=UNICEF]] in and around Hasakah city, is
    working at {{a third}} of its capacity, according to UNICEF.""",
)

item(
    "US funding freeze shuts clinics in north-east camps",
    """The suspension of US foreign aid has forced the closure of
    [[more than 40 health facilities|other;a=aid groups]] in north-east Syria, aid groups said on
    Friday, and [[about 1,100 aid workers|other;a=aid groups]] have been laid off. The region's
    [[16 displacement camps|capacity;a=the Kurdish-led administration]] house
    [[roughly 120,000 people|displaced;a=the Kurdish-led administration]], according to the
    Kurdish-led administration, which says [[6,500 children|other;a=the Kurdish-led administration]]
    have lost access to schooling in the camps. In al-Hol, [[two water points|other;a=the camp management;u=other]]
    were shut for {{three days}} after a contractor was not paid, the camp management said. Save the
    Children said it was now running only [[four|other;a=Save the Children;u=structure]] of the
    [[nine learning centres|other;a=Save the Children]] it had operated there. The UN says
    [[at least 500,000 people|aid;a=The UN]] in the north-east depend on food aid.""",
)

item(
    "Deir ez-Zor's returnees cross on a pontoon bridge",
    """Since the old suspension bridge over the Euphrates collapsed under shelling in {{2013}},
    people in Deir ez-Zor have crossed by ferry. This spring, a pontoon bridge built by army
    engineers carries [[about 5,000 people a day|other;a=the governorate]] between the city and
    the eastern countryside, the governorate said. [[More than 60,000 residents|returned;a=the governorate]]
    have returned to the city since {{December}}, it said, though about {{70%}} of its buildings
    are damaged. The city had [[some 300,000 inhabitants|civilians]] before the war. In the
    Hamidiyah district, [[40|housing;a=the neighbourhood committee;u=structure]] of the
    [[900 houses|housing;a=the neighbourhood committee]] are habitable, the neighbourhood
    committee said. The UN Development Programme said it had removed
    [[180,000 tonnes|other;a=The UN Development Programme]] of rubble and employed
    [[1,200-1,300 workers|other;a=The UN Development Programme]] in cash-for-work schemes.
    [[Dozens of families|displaced]] still shelter in the shell of the old military hospital.""",
)

item(
    "What the end of the Caesar Act means for Syria's economy",
    """The US Congress repealed the Caesar Syria Civilian Protection Act in {{December 2025}}, ending
    sanctions first imposed in {{June 2020}}. President Donald Trump had announced on {{May 13}} that
    most US sanctions would be lifted, and the European Union followed on {{May 20}}. The World Bank
    expects Syria's economy to grow by {{1%}} in {{2025}}, after contracting by {{1.5%}} the year
    before. Saudi Arabia and Qatar paid off Syria's arrears of about {{$15 million}} to the World
    Bank in {{April}}, clearing the way for new grants. Remittances, worth an estimated
    {{$1.6 billion}} a year, can now move through banks for the first time in more than
    {{a decade}}. Inflation fell to around {{15%}} in the {{second}} half of the year, the central bank said.""",
)

item(
    "Finance ministry unveils budget for fiscal year 2026",
    """Syria's finance ministry presented a budget of {{35 trillion Syrian pounds}} for
    {{fiscal year 2026}} on Sunday, the first drawn up entirely by the new authorities. Spending on
    reconstruction rises to {{18%}} of the total, from {{9%}} in {{FY2025}}. The ministry assumed an
    exchange rate of {{11,000 pounds}} to the dollar and a deficit of {{4.2%}} of GDP. Public-sector
    wages, raised by {{200%}} in {{June 2025}}, will rise by a further {{20%}} from {{January 1}}. The
    minimum pension age stays at {{60}}. Finance Minister Mohammed Barnieh said the budget would be
    reviewed after {{six months}}, when revenue from the reopened oil fields in the east is clearer.""",
)
