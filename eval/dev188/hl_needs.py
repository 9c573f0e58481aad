"""Headlines and standfirsts of the health, hunger, aid and economy desks: outbreaks, famine,
appeals, rebuilding, jobs and markets (19 cards with figures, 5 without)."""

from _wrap import card

card(
    "Mpox: WHO declares global emergency as Congo cases top [[15,000|other;q=at_least;u=other]]",
    """The World Health Organization said Congo had recorded [[more than 15,600 cases|other;a=The
    World Health Organization]] and [[537 deaths|killed;a=The World Health Organization]] this
    year, and that the new clade had spread to [[four neighbouring countries|other;u=other;a=The
    World Health Organization]].""",
)

card(
    "Sudan cholera outbreak: [[1,200|killed]] dead, [[50,000 cases|other]] in {{three months}}",
    """The health ministry said [[1,211 deaths|killed;a=The health ministry]] had been recorded in
    Khartoum, Gedaref and Kassala. Médecins Sans Frontières said its centre in Omdurman was
    treating [[300 patients a day|injured;a=Médecins Sans Frontières]].""",
    stop=False,
)

card(
    "Gaza polio drive: [[560,000 children|aid;a=WHO]] vaccinated in first round - WHO",
    """The World Health Organization said [[about 560,000 children|aid;a=The World Health
    Organization]] under {{10}} had received a {{first}} dose during pauses in the fighting. A
    {{second}} round needs to reach [[640,000|aid;p]] within {{four weeks}}.""",
)

card(
    "Rwanda Marburg outbreak: [[15|killed]] deaths, [[66 cases|other]], most of them health "
    "workers",
    """Health minister Sabin Nsanzimana said about {{80%}} of the patients were staff at [[two
    hospitals|other;u=structure;a=Health minister Sabin Nsanzimana]] in Kigali. [[Over 400
    contacts|other]] are being traced.""",
)

card(
    "Sudan famine: [[25m|civilians;a=IPC]] face acute hunger as Zamzam declared in famine - IPC",
    """The Integrated Food Security Phase Classification said [[25.6 million
    people|civilians;v=25600000;a=The Integrated Food Security Phase Classification]] were in
    crisis or worse, and [[755,000|civilians;a=The Integrated Food Security Phase
    Classification]] in catastrophe. Famine was confirmed in Zamzam camp, home to [[about
    500,000|displaced]].""",
    stop=False,
)

card(
    "Volkswagen to cut [[35,000 jobs|other;p;u=other]] in Germany by {{2030}}",
    """The carmaker and the IG Metall union agreed to shed [[more than 35,000
    jobs|other;p;u=other;a=The carmaker and the IG Metall union]] through early retirement and
    buyouts, avoiding plant closures. Capacity at its German plants will fall by [[734,000
    vehicles a year|other;p;n=vehicles]].""",
)

card(
    "Boeing strike: [[33,000 workers|other]] walk out after rejecting {{25%}} raise",
    """Machinists in Seattle and Portland voted {{94.6%}} to strike, the IAM union said, halting
    production of the {{737 MAX}}, {{767}} and {{777}} jets. It is the union's first strike
    since {{2008}}.""",
)

card(
    "Yemen: [[17m|civilians]] going hungry as WFP pauses aid in north",
    """The World Food Programme said it would suspend deliveries to [[9.5 million
    people|aid;v=9500000;a=The World Food Programme]] in Houthi-held areas, and that [[17
    million Yemenis|civilians;a=The World Food Programme]] were food insecure. [[Thirteen UN
    staff|arrested]] remain detained by the Houthis.""",
)

card(
    "Bangladesh dengue: record [[321,000|injured]] hospitalised, [[1,705|killed]] deaths",
    """The Directorate General of Health Services said [[321,179 patients|injured;a=The Directorate
    General of Health Services]] had been admitted to hospital this year, [[more than
    1,700|killed;a=The Directorate General of Health Services]] of whom died.""",
)

card(
    "UK strikes: [[500,000 workers|other]] walk out in biggest day of action in a decade",
    """Teachers, train drivers and civil servants joined picket lines, the Trades Union Congress
    said, with {{85%}} of schools in England partly or fully closed. The government says {{2.5
    million working days}} were lost to strikes last year.""",
)

card(
    "Afghanistan quake: UN appeals for {{$95m}} as [[1,300 homes|housing]] flattened",
    """OCHA said [[1,320 houses|housing;a=OCHA]] were destroyed in Herat province and [[43,400
    people|civilians;a=OCHA]] needed help. UNICEF delivered [[2,000 family tents|aid]] and
    [[3,500 hygiene kits|aid]].""",
    stop=False,
)

card(
    "Turkey rebuilds: Erdogan hands over {{200,000th}} home in quake zone",
    """The government says [[453,000 homes|housing;p;a=The government]] will be built across the
    quake zone by the end of {{2025}}. Some [[600,000 people|displaced]] still live in container
    cities.""",
)

card(
    "Gaza aid: just [[69 trucks a day|aid;a=UN]] entered in October, UN says",
    """The UN's humanitarian office said an average of [[69 trucks a day|aid;a=The UN's
    humanitarian office]] crossed into the Strip last month, against [[500|aid;n=-;u=other;a=The
    UN's humanitarian office]] before the war. It said [[1.7 million
    people|civilians;v=1700000;a=The UN's humanitarian office]] in the north were cut off.""",
)

card(
    "Ukraine: [[1m households|civilians;a=Kyiv]] without power after strikes on grid, Kyiv says",
    """Energy minister Herman Halushchenko said [[about 1 million households|civilians;a=Energy
    minister Herman Halushchenko]] had lost electricity in Kharkiv, Odesa and Dnipro. [[Some
    1,500 repair workers|other]] were deployed.""",
)

card(
    "Haiti: [[5.4m|civilians;a=UN]] face hunger, [[2m|civilians;a=UN]] at emergency level - UN",
    """Nearly {{half}} the population needs food aid, UN agencies said, as gangs blocked roads out
    of Port-au-Prince. The WFP said it had reached [[1.1 million people|aid;v=1100000;a=The
    WFP]] since January.""",
)

card(
    "Somalia drought: [[43,000 excess deaths|killed]] in {{2022}}, {{half}} of them children",
    """A study by the London School of Hygiene and Tropical Medicine and the government estimated
    [[43,000 excess deaths|killed;a=A study by the London School of Hygiene and Tropical
    Medicine and the government]]. [[Some 1.4 million people|displaced;v=1400000]] fled the
    drought.""",
)

card(
    "Intel to cut [[15,000 jobs|other;p;u=other]] as sales slide",
    """The chipmaker said it would lay off more than {{15%}} of its staff by the end of the year
    and suspend its dividend. Its shares fell {{26%}} in after-hours trading.""",
    stop=False,
)

card(
    "Chinese factory fire kills [[38|killed]] in Henan",
    """State media said [[38 people|killed;a=State media]] died and [[two|injured;a=State media]]
    were hurt when a blaze swept through a plant making industrial products in Anyang. Police
    detained the plant's owner.""",
)

card(
    "WHO: [[2.2bn|civilians;v=2200000000;a=WHO]] still lack safe drinking water",
    """A joint report by WHO and UNICEF says [[2.2 billion people|civilians;v=2200000000;a=A joint
    report by WHO and UNICEF]] have no safely managed water at home and [[3.5
    billion|civilians;v=3500000000;n=-;a=A joint report by WHO and UNICEF]] lack safe
    sanitation. Diarrhoea linked to dirty water kills [[about 1,000 children a day|killed]].""",
    stop=False,
)

card(
    "Inflation eases to {{2.4%}} in euro zone as ECB eyes June cut",
    """Prices rose {{2.4%}} in March from a year earlier, Eurostat said, the lowest since {{July
    2021}}. Core inflation slowed to {{2.9%}}.""",
    stop=False,
)

card(
    "G7 leaders agree {{$50bn}} loan for Ukraine from frozen Russian assets",
    """The {{G7}} summit in Puglia backed the loan, to be repaid from the profits of {{€260bn}} in
    immobilised assets, from {{2025}}. Italy hosts again in {{2031}}.""",
)

card(
    "Covid-19 inquiry: UK government 'lost {{two weeks}}' in {{March 2020}}",
    """The {{Covid-19}} inquiry found lockdown came {{a week}} too late and that a {{24/7}} crisis
    unit was never set up. Its {{second}} report is due in {{2026}}.""",
)

card(
    "Bitcoin tops {{$100,000}} for first time",
    """The world's biggest cryptocurrency has more than doubled since January, rising {{45%}} since
    the US election. Ether rose {{7%}} to {{$3,900}}.""",
)

card(
    "Lagos: petrol price hits {{N1,030}} a litre",
    """Motorists queued for {{12 hours}} at filling stations as NNPC raised pump prices by {{45%}},
    the {{third}} rise in {{2024}}. Transport fares doubled overnight.""",
)
