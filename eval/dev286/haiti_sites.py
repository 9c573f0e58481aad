"""The displaced: sites in schools, churches and public squares, host families, relocations and
returns, cholera, hunger and the aid that reaches them, 2021-2026."""

from _wrap import item

item(
    "IOM: displacement in Haiti passes 1.4 million",
    """The number of people displaced by gang violence in Haiti has risen to [[nearly 1.4
    million|displaced;a=the International Organization for Migration]], the International
    Organization for Migration said on {{Wednesday}}, the highest figure ever recorded in the
    country. The agency's Displacement Tracking Matrix counted [[about 1,041,000
    people|displaced;a=The agency's Displacement Tracking Matrix;alt=the International Organization for Migration]]
    in {{2024}}, and the total has grown by {{36%}} since. [[More than 210,000|displaced;a=IOM]]
    of the displaced live in the Port-au-Prince metropolitan area, IOM said, and [[some
    240|capacity;u=other;n=-;a=IOM]] displacement sites are open there, up from [[96|capacity;u=other;n=-;a=IOM]]
    a year earlier. Most of the others are staying with host families in the Centre, the
    Artibonite and the Grand'Anse. "Families have been displaced {{two, three, four times}}," said
    Grégoire Goodstein, the head of IOM in Haiti.
    [[Some 13,000 families|returned;a=IOM]] went home in the {{first half}} of the year, IOM said.""",
)

item(
    "Displaced families crowd into Lycée Marie-Jeanne",
    """The Lycée Marie-Jeanne, a state secondary school in downtown Port-au-Prince, has become
    home to [[about 4,600 people|displaced;a=site committee leaders]], site committee leaders say, most
    of them from Carrefour-Feuilles. The school was built for [[1,200 pupils|capacity]]. [[Only
    eight latrines|aid;a=the International Organization for Migration]] work, according to
    the International Organization for Migration, which says the site needs [[at least 60|aid;u=other;n=-;p;a=the
    International Organization for Migration]] to meet minimum standards. UNICEF delivers water by
    truck {{twice a week}}, enough for [[around 3,000 people|aid;a=UNICEF]], UNICEF says. A committee member, Jean-Robert, {{45}}, said [[about 30
    families|displaced;a=A committee member, Jean-Robert]] arrive each week from neighbourhoods under
    attack. The school has not held a class since {{2023}}. [[Three babies|other]] were born there last month.""",
)

item(
    "Cholera returns to Port-au-Prince displacement sites",
    """The Ministry of Public Health and Population (MSPP) has confirmed [[45 suspected
    cases|other;a=The Ministry of Public Health and Population (MSPP)]] of cholera in displacement
    sites of Port-au-Prince in the past {{two weeks}}, and [[four deaths|killed;a=The Ministry of
    Public Health and Population (MSPP)]]. The ministry said [[31 of the cases|other;a=The
    ministry;alt=The Ministry of Public Health and Population (MSPP)]] were in [[two sites|capacity;a=The
    ministry;alt=The Ministry of Public Health and Population (MSPP)]] in Delmas and Nazon. Médecins Sans
    Frontières said its treatment centre in Carrefour had admitted [[about 20 patients|other;a=Médecins Sans
    Frontières]] with severe dehydration, a {{third}} of them children {{under five}}. UNICEF said it had
    sent [[14 water trucks|aid;a=UNICEF]] and [[5,000 hygiene kits|aid;a=UNICEF]] to the worst-hit sites.
    Cholera killed [[more than 800 people|killed]] in Haiti in the outbreak that began in {{October
    2022}}.""",
)

item(
    "Haiti food crisis: 5.7 million face acute hunger",
    """[[About 5.7 million people|civilians;a=the Integrated Food Security Phase Classification (IPC)]]
    in Haiti face acute food insecurity, according to the Integrated Food Security Phase
    Classification (IPC), nearly half the population. The IPC said [[some 8,400 displaced
    people|civilians;a=The IPC]] living in sites in the capital were in catastrophe, or {{Phase 5}},
    conditions. The World Food Programme said it had reached [[1.2m people|aid;a=The World Food
    Programme]] with food or cash in {{2025}}, but warned that [[up to 700,000|aid;p;a=The World Food
    Programme]] could lose assistance from {{January}} for lack of funding. The agency said it was
    serving [[about 60,000 hot meals|aid;a=The agency;alt=The World Food Programme]] a day in
    displacement sites, cooked by local kitchens. [[Up to 2 million people|civilians;p;a=the IPC]] could
    slip into emergency conditions by {{June}}, the IPC warned.""",
)

item(
    "Relocation of displaced from Delmas site begins",
    """Haitian authorities and the IOM began moving displaced families out of a crowded site in a
    government building on {{Delmas 2}} on {{Monday}}, in the {{first}} phase of a plan to relocate
    [[1,850 households|displaced;p;a=the IOM]] to a new site in Tabarre, the IOM said. The building
    housed [[some 7,000 people|displaced;a=officials]] in offices, corridors and the car park, officials
    said. The new site has [[400 shelters|capacity;a=the agency;alt=the IOM]] built on a plot of {{3
    hectares}}, with [[60 latrines|aid;a=the agency;alt=the IOM]] and [[two water points|aid;u=other;a=the
    agency;alt=the IOM]], the agency said. [[Around 200 families|displaced;a=site managers]] had refused
    to leave by the end of the day, site managers said, fearing the road to Tabarre.""",
)

item(
    "Displaced return to Solino but find homes burned",
    """[[Hundreds of displaced residents|returned]] have gone back to parts of Solino since police
    retook the area in {{December}}, but many found their homes looted or burned. The IOM said
    [[about 2,300 people|returned;a=The IOM]] had returned by mid-January, roughly {{a third}} of those
    who fled. A survey by the agency found [[146 houses|housing;a=A survey by the agency;alt=The IOM]]
    destroyed and [[312|housing;u=structure;n=-;a=A survey by the agency;alt=The IOM]] damaged. "I came back to
    {{four walls}} and no roof," said Wilner, a {{38-year-old}} mason. The municipality has promised
    [[500 reconstruction kits|aid;p;a=The municipality]]. [[Some 150 families|displaced;a=the IOM]] who went back
    have since left again, the IOM said, after shooting resumed on Rue Saint-Martin that killed [[two men|killed]].""",
)

item(
    "UNICEF: more than 680,000 children displaced in Haiti",
    """[[More than 680,000 children|displaced;a=UNICEF]] are displaced in Haiti, UNICEF said, a
    {{48%}} increase in {{a year}}. The agency said [[about 1,600 schools|other;a=The agency;alt=UNICEF]]
    were closed by violence and that [[at least 284|capacity;u=structure;n=-;a=The agency;alt=UNICEF]] were
    being used as shelters by displaced families. It estimated that children made up
    {{between 30% and 50%}} of the members of armed groups. UNICEF said it had treated [[more than 5,000
    children|aid;a=UNICEF]] for severe acute malnutrition in displacement sites since {{January}}, and
    that [[some 120,000 children|civilians;a=UNICEF]] under {{five}} were at risk of wasting. UNICEF said
    [[at least 47 schools|housing;a=UNICEF]] had been looted or burned since {{January}}.""",
)

item(
    "Host towns in the south stretched by arrivals from the capital",
    """Towns of the Grand'Anse, the Nippes and the South have taken in [[more than 116,000
    people|displaced;a=the International Organization for Migration]] who fled Port-au-Prince by
    boat or along the mountain roads since {{March 2024}}, the International Organization for
    Migration said. In Jérémie, the mayor's office said [[about 9,000 new arrivals|displaced;a=the
    mayor's office]] were living with relatives, in rented rooms or in [[two churches|capacity;a=the
    mayor's office]]. The local hospital said it had registered [[1,400 patients|other;a=The local hospital]]
    from the capital in {{six months}}, more than it could handle. The IOM said it planned to give
    [[3,000 households|aid;p;a=The IOM]] cash grants of {{$150}} each to pay rent. In Les Cayes,
    [[an estimated 25,000 displaced people|displaced]] are sharing homes with host families.""",
)

item(
    "Mass evacuation of Hinche hospital as gangs approach",
    """The Sainte-Thérèse hospital in Hinche evacuated [[about 80 patients|displaced;a=Partners In Health]]
    on {{Saturday}} as gangs advanced from Mirebalais, Partners In Health said. The Boston-based group
    said [[12 patients|displaced;a=The Boston-based group;alt=Partners In Health]] in intensive care were
    moved by ambulance to Cap-Haïtien, a journey of {{about five hours}}. [[Roughly 300 staff|other]] were told to stay home. The University Hospital in
    Mirebalais, the largest outside the capital, closed in {{April}} after gangs overran the town;
    it had [[300 beds|capacity;u=other]] and was treating [[some 70 inpatients|other]] when the attack
    began. [[Four staff members|missing]] have not been heard from since.""",
)

item(
    "OCHA: Haiti humanitarian plan only 9% funded",
    """The UN and its partners have received {{$82 million}} of the {{$908 million}} sought in Haiti's
    {{2026}} humanitarian response plan, about {{9%}}, OCHA said on {{Friday}}. The plan, launched in
    {{February}}, is the largest ever for the country. Donors pledged {{$1.1 billion}} at a conference
    in {{2022}}, but disbursements fell short by {{more than half}}. OCHA's head of office said the
    gap would force agencies to cut programmes from {{April 1}}.""",
)

item(
    "Croix-Desprez sites receive water as cholera fears grow",
    """Aid agencies delivered [[150,000 litres|aid]] of water to displaced people in Croix-Desprez
    this week, according to the Haitian Red Cross, after [[three suspected cholera cases|other;a=the Haitian
    Red Cross]] were found. The Red Cross said [[about 3,500 people|displaced;a=The Red Cross]] live in
    [[four sites|capacity;a=The Red Cross]] in the neighbourhood, including the Saint-Joseph church and
    a former tennis club. Volunteers handed out [[2,000 jerrycans|aid]] and [[500 buckets|aid;u=other]]
    with chlorine tablets. The National Directorate of Drinking Water (DINEPA) said [[12 emergency
    taps|aid;u=other;a=The National Directorate of Drinking Water (DINEPA)]] would be installed by the
    end of the month.""",
)

item(
    "Fire destroys shelters at displacement site in Delmas",
    """A fire swept through a displacement site at the Saint-Louis de Gonzague school in Delmas
    overnight, destroying [[about 90 shelters|housing;a=the Civil Protection Directorate]], the Civil
    Protection Directorate said. [[Two people|injured;a=the Civil Protection Directorate]] were treated for burns, it
    said. The site, which held [[roughly 3,200 displaced people|displaced;a=officials]], officials said,
    had been built of tarpaulins and wood. The IOM said it would provide [[250 tents|aid;p;a=The IOM]]
    and [[a thousand blankets|aid;p;a=The IOM]] to the families who lost their shelters. [[About 70
    families|displaced;a=the IOM]] were moved to a nearby site, the IOM said.""",
)

item(
    "Thousands shelter in churches in Cap-Haïtien",
    """[[More than 4,000 people|displaced;a=the diocese]] who fled the Artibonite are sheltering in
    [[nine churches|capacity;a=the diocese]] in Cap-Haïtien, the diocese said. Bishop Launay Saturné
    said the Notre-Dame cathedral alone held [[about 700|displaced;a=Bishop Launay Saturné]]. Catholic
    Relief Services distributed [[1,100 food parcels|aid;a=Catholic Relief Services]] this week, the
    group said. The city's civil protection office said it could accommodate [[up to 2,000 more
    people|capacity;a=The city's civil protection office;p]] in [[three schools|capacity;a=The city's civil
    protection office]] during the holidays.""",
)

item(
    "Haiti displacement in numbers",
    """[[1.4 million people|displaced;a=IOM]] displaced across Haiti, IOM says. [[About 250|capacity;u=other;n=-;a=IOM]]
    displacement sites in the capital area and [[more than 100|capacity;u=other;n=-;a=IOM]] in the
    provinces, it says. {{83%}} of the displaced live with host families, not in sites. [[5.7
    million people|civilians;a=the IPC]] in acute food insecurity, according to the IPC. [[1,494
    people|kidnapped;a=the UN]] kidnapped in {{2024}}, the UN says. [[At least 680,000
    children|displaced;a=UNICEF]] among the displaced, says UNICEF. {{Nine}} in {{ten}} of the
    capital's health centres closed or working partly. [[5,601 people|killed;a=the UN]] killed in gang
    violence in {{2024}}, according to the UN.""",
)

item(
    "Sports stadium turned into shelter as Nazon emptied",
    """The Sylvio Cator stadium in central Port-au-Prince has been turned into a shelter for
    [[about 2,500 people|displaced;a=the Ministry of Youth and Sports]] who fled Nazon and Christ-Roi,
    the Ministry of Youth and Sports said. The ministry said [[50 large tents|aid;a=The ministry;alt=the
    Ministry of Youth and Sports]] had been put up on the pitch, with space for [[up to 4,000 people|capacity;a=The
    ministry;alt=the Ministry of Youth and Sports]]. [[Around 40 women|aid;a=Médecins du Monde]] gave
    birth at the stadium's clinic in its {{first month}}, Médecins du Monde said. [[Hundreds of
    children|displaced]] play in the stands by day. [[Eight latrines|aid]] serve the whole site.""",
)

item(
    "Report: Haiti's displacement costs schools a generation",
    """A report by the Global Education Cluster says children in Haiti lost an average of {{120
    school days}} in the {{2024-2025}} school year, against {{190}} planned. Exam pass rates fell to
    {{61%}} from {{78%}} in {{2019}}. The report estimates the cost of rebuilding damaged schools at
    {{$140 million}}. It recommends that the state pay teachers' salaries, often {{three months}} late,
    on time.""",
)
