"""dev313 items: Tigray, the war of 2020-2022, the Pretoria truce and what came after."""

from _wrap import item

item(
    "First aid convoy reaches Mekelle since Pretoria truce",
    """An aid convoy reached Mekelle on {{November 15}} for the first time since the truce signed in
    Pretoria, the International Committee of the Red Cross said, bringing
    [[two trucks|aid;a=the International Committee of the Red Cross]] of medicines and surgical
    supplies to Ayder Referral Hospital. The World Food Programme said
    [[35 trucks|aid;a=The World Food Programme]] carrying
    [[more than 1,000 tonnes|aid;a=The World Food Programme]] of food had left Gondar for Shire
    the same morning. Aid agencies say Tigray needs
    [[at least 100 trucks a day|aid;a=Aid agencies;p]] to meet demand after months in which
    almost nothing got through. OCHA estimates that
    [[5.2 million people|civilians;a=OCHA]] in the region depend on food aid. In Shire alone,
    local officials said, [[some 850,000 people|displaced;a=local officials]] are sheltering in
    schools and unfinished buildings. Banks, fuel and telephone lines remain cut, and doctors at
    Ayder said they had been reusing gloves for {{weeks}}.""",
)

item(
    "Eritrean troops killed hundreds in Axum, Amnesty says",
    """Eritrean soldiers fighting alongside Ethiopian forces killed
    [[hundreds of civilians|killed;a=Amnesty International]] in the Tigrayan city of Axum over
    {{two days}} in late {{November 2020}}, Amnesty International said on {{Friday}}. The rights
    group said it had interviewed
    [[41 survivors and witnesses|other;a=The rights group;alt=Amnesty International;n=survivors and witnesses]]
    and identified [[more than 240 victims|killed;a=The rights group;alt=Amnesty International]]
    by name. Witnesses described soldiers going from house to house and shooting men and boys,
    some as young as {{13}}. Residents said [[at least 45 bodies|killed;a=Residents]] were
    buried in a single grave near Arba'etu Ensessa church. The Eritrean information minister
    called the report "preposterous". A separate database compiled by researchers at Ghent
    University lists [[more than 1,900 people|killed;a=researchers at Ghent University]] killed
    in [[over 150 massacres|other;u=other;a=researchers at Ghent University]] across Tigray since
    {{November 4, 2020}}.""",
)

item(
    "Ethiopia begins demobilising Tigrayan fighters",
    """Ethiopia's National Rehabilitation Commission began disarming Tigrayan forces on
    {{Wednesday}}, saying
    [[75,000 former fighters|combatants;a=Ethiopia's National Rehabilitation Commission;p]]
    would pass through its camps in the first phase. The commission's head, Teshome Tafere, told
    reporters that [[more than 371,000 ex-combatants|combatants;a=Teshome Tafere]] across the
    country were registered for the programme, [[about 270,000|combatants;a=Teshome Tafere]] of
    them in Tigray. A first group of [[1,200 fighters|combatants]] arrived at a camp outside
    Mekelle on {{Thursday}} and handed over rifles and ammunition. Each is to receive
    {{60,000 birr}} in cash and {{three months}} of counselling and training. The camps were built
    to hold [[about 8,000 people|capacity;a=officials]] at a time, officials said. The Tigray
    interim administration says
    [[at least 800,000 displaced people|displaced;a=The Tigray interim administration]] cannot go
    home while Eritrean troops and Amhara forces remain in parts of the region.""",
)

item(
    "Displaced Tigrayans start going home to Tselemti",
    """Buses carrying displaced families left Shire for Tselemti on {{Monday}}, the first organised
    returns to the district since the war ended. The Tigray interim administration said
    [[more than 15,000 people|returned;a=The Tigray interim administration]] had gone back in the
    first week, and that [[about 3,400 households|returned;a=The Tigray interim administration;p]]
    were due to follow by the end of the month. The International Organization for Migration
    registered returnees at [[four transit points|capacity]] along the road. Each family received
    a kit of kitchen utensils and a {{three-month}} food ration; the agency said it had
    distributed [[1,800 family kits|aid;a=the agency;alt=The International Organization for Migration]]
    so far. Many found their houses stripped of roofs and doors. In one kebele alone,
    [[140 houses|housing;a=a local administrator]] had been looted, a local administrator said. OCHA says
    [[1.05 million people|displaced;a=OCHA]] remain displaced across Tigray.""",
)

item(
    "Survey finds Tigray's health system in ruins",
    """A joint assessment by Tigray's health bureau and Médecins Sans Frontières found that
    [[more than 200 health facilities|housing;a=A joint assessment by Tigray's health bureau and Médecins Sans Frontières]] had been looted, shelled or burned during the
    {{two-year}} war. Only {{13%}} of health posts were fully working, the survey said, and
    [[27 hospitals|housing;a=the survey]] had lost their operating theatres. Armed men had taken
    [[over 400 ambulances|other;a=the bureau;alt=Tigray's health bureau]], the bureau said, leaving districts with none. The bureau said
    [[at least 110 health workers|killed;a=The bureau;alt=Tigray's health bureau]] had been killed
    since {{2020}}. In Mekelle, doctors said [[more than 9,000 children|civilians;a=doctors]] were
    suffering from severe acute malnutrition. MSF said it would rebuild
    [[12 health centres|housing;a=MSF;p]] in Central and Eastern zones by {{June}}, at a cost of
    about {{$4 million}}.""",
)

item(
    "Tigray officials say hunger deaths rising after aid pause",
    """Tigray's interim administration said on {{Tuesday}} that
    [[at least 1,411 people|killed;a=Tigray's interim administration]] had died of hunger since
    food aid was suspended in the spring. Health workers going from house to house recorded the
    deaths in [[53 districts|other;a=the administration's disaster office]], the administration's
    disaster office said. Most of the dead were children under {{five}} and older people living
    in camps. The World Food Programme and USAID paused deliveries in {{May}} after finding that
    donated grain was being sold in markets. A regional official, Gebrehiwot Gebregziabher, said
    [[about 2.3 million people|civilians;a=Gebrehiwot Gebregziabher]] in Tigray had received no
    food aid for {{four months}}. In Adigrat, a camp for
    [[some 6,000 displaced people|displaced;a=camp leaders]] had buried
    [[29 residents|killed;a=camp leaders]] in {{six weeks}}, camp leaders said.""",
)

item(
    "Irob residents say Eritrean soldiers still abducting villagers",
    """Eritrean soldiers who remain in the Irob district of north-eastern Tigray have abducted
    [[at least 40 people|kidnapped;a=residents and local officials]] since the Pretoria
    agreement, residents and local officials said. Residents and local officials said
    [[17|missing;a=Residents and local officials;n=-]] of them have not been heard from. Among
    the missing is a {{62-year-old}} priest taken from his home in Alitena in {{March}}.
    "They come at night and take the young men," said a teacher, who asked not to be named.
    Tigray's interim administration says [[about 70,000 people|displaced;a=Tigray's interim administration]]
    from Irob and neighbouring Gulomakeda are still unable to go home. Witnesses said groups of
    [[between 20 and 30 soldiers|combatants;a=Witnesses]] arrive in trucks after dark. Eritrean
    units still hold [[at least 14 villages|other]] in the district. A clinic in Dawhan said it had
    treated [[11 people|injured;a=A clinic in Dawhan]] who had been beaten in custody. The federal government has
    not commented on the presence of Eritrean troops, which it denies.""",
)

item(
    "Displaced Tigrayans march in Shire, demanding to go home",
    """[[Thousands of displaced people|displaced]] marched through Shire on {{Thursday}}, calling
    on the federal government to clear the way for their return to Western Tigray, {{three years}}
    after the Pretoria deal. The town hosts displaced families in
    [[103 schools|capacity;a=the zone's disaster office]] and [[57 other sites|capacity;a=the zone's disaster office]], according to the zone's disaster
    office. The office said [[some 220 displaced people|killed;a=The office;alt=the zone's disaster office]]
    had died in the sites in the past year, many of them from illness and hunger. Protesters carried
    banners reading "Return is our right" and photographs of relatives who died in the camps.
    Organisers said [[more than 12,000 people|displaced;a=Organisers]] joined a similar march in
    Mekelle. The Tigray interim administration says
    [[at least 1 million|displaced;a=The Tigray interim administration]] remain displaced across
    the region.""",
)

item(
    "Tigray Peace Force says thousands of fighters in Afar",
    """A breakaway Tigrayan armed group calling itself the Tigray Peace Force says it has
    [[about 10,000 fighters|combatants;a=A breakaway Tigrayan armed group]] in the Afar region,
    where they withdrew after falling out with the TPLF leadership. The TPLF says the number is
    far smaller and puts it at [[no more than 1,500|combatants;a=The TPLF]]. Afar regional
    officials said [[hundreds of families|displaced;a=Afar regional officials]] had fled villages
    near Abala after the fighters arrived in {{September}}. Regional authorities have sent
    [[about 800 special police|combatants;a=local media]] to the area, local media reported. The
    dispute has raised fears of a new round of fighting in a region where
    [[some 300,000 people|displaced]] were uprooted between {{2020}} and {{2022}}.""",
)

item(
    "HRW accuses Amhara forces of ethnic cleansing in Western Tigray",
    """Amhara security forces and militias drove
    [[tens of thousands of Tigrayans|displaced;a=Human Rights Watch and Amnesty International]]
    from their homes in Western Tigray, Human Rights Watch and Amnesty International said in a
    joint report on {{Wednesday}}. The groups said they had interviewed
    [[more than 400 people|other;a=The groups;alt=Human Rights Watch and Amnesty International]]
    over {{15 months}}. In Humera, [[hundreds of Tigrayans|arrested;a=witnesses]] were held in
    overcrowded warehouses and schools, witnesses told the groups. One former detainee, aged
    {{34}}, said [[about 1,000 men|arrested;a=One former detainee]] shared a single hall with him.
    The report documented the killing of [[at least 60 detainees|killed;a=The report]] near the
    Tekeze river in {{January 2021}}. Amhara regional officials rejected the findings as "biased" and said
    [[some 4,000 Amhara families|displaced;a=Amhara regional officials]] had been driven from the
    area by the TPLF in the {{1990s}}.""",
)

item(
    "Police free Tigrayans held under state of emergency",
    """Police in Addis Ababa have released
    [[more than 200 Tigrayans|arrested;a=the Ethiopian Human Rights Commission]] held under the
    state of emergency, the Ethiopian Human Rights Commission said on {{Monday}}, but
    [[at least 1,000|arrested;a=the Ethiopian Human Rights Commission]] remain in detention in the
    capital. The commission said detainees included [[at least nine elderly people|arrested;a=The commission;alt=the Ethiopian Human Rights Commission]]
    and mothers with infants. Lawyers said police had rounded up people at checkpoints, in offices
    and in their homes after the emergency was declared on {{November 2}}. The commission's head,
    Daniel Bekele, said conditions at a youth centre used as a holding site were "inhumane", with
    [[about 700 people|arrested;a=Daniel Bekele]] in a building meant for [[150|capacity;a=Daniel Bekele]].
    The government says those held are suspected of supporting the TPLF. Lawyers said
    [[at least 16 UN staff|arrested;a=Lawyers]] and [[about 70 truck drivers|arrested;a=Lawyers]]
    working for aid agencies were among the detainees.""",
)

item(
    "Drone strike on Mekelle kills four, hospital says",
    """A drone strike on a residential area of Mekelle on {{Friday}} killed
    [[four people|killed;a=the director of Ayder Referral Hospital]], including
    [[two children|killed;a=the director of Ayder Referral Hospital]], the director of Ayder
    Referral Hospital said. He said [[nine people|injured;a=the director of Ayder Referral Hospital]]
    were being treated for wounds. The strike hit near a kindergarten shortly before {{midday}}, a
    resident said. The blast damaged [[at least 11 houses|housing;a=a city official]] nearby, a city official
    said. The military said it had hit a TPLF target and denied striking civilians. It was
    the third strike on the city in {{two weeks}}; an attack on {{August 26}} killed
    [[at least seven|killed;a=residents]], residents said.""",
)

item(
    "Tigray schools reopen after three years",
    """Schools in Tigray reopened on {{Monday}} for the first time since {{March 2020}}, when they
    closed for the {{COVID-19}} pandemic before the war kept them shut. The regional education bureau
    said [[more than 2,400 schools|housing;a=The regional education bureau]] had been damaged or
    destroyed and [[about 1.4 million children|civilians;a=The regional education bureau]] had
    missed classes. Some [[600 schools|capacity;a=The regional education bureau]] were still being used as shelters for the
    displaced, it said, and [[nearly 13,000 teachers|other;a=The regional education bureau]]
    had not been paid. UNICEF said it would provide [[5,000 school kits|aid;a=UNICEF;p]] and
    tents for temporary classrooms. Many pupils now {{15}} or {{16}} are starting grade {{five}}.""",
)

item(
    "Thousands flee Tigray fighting into Sudan",
    """[[More than 40,000 Ethiopians|displaced;a=the UN refugee agency]] have crossed into Sudan
    since fighting erupted in Tigray on {{November 4}}, the UN refugee agency said, in the
    largest exodus from the country in {{two decades}}. The agency said
    [[about 4,000 people a day|displaced;a=The agency;alt=the UN refugee agency]] were reaching
    the border at Hamdayet and Lugdi. Sudan has reopened Um Rakuba camp, which was built to hold
    [[10,000 people|capacity]], to take in the new arrivals. UNHCR said it was preparing for
    [[up to 200,000 refugees|displaced;a=UNHCR;p]] over the next {{six months}}. Sudanese
    officials said [[dozens of wounded|injured;a=Sudanese officials]] had been treated at a clinic
    in Hamdayet, and that [[about 30 bodies|killed;a=Sudanese officials]] had been pulled from the
    Tekeze river near the border.""",
)

item(
    "Two years on, Tigray's economy struggles to restart",
    """{{Two years}} after the Pretoria agreement of {{November 2, 2022}}, Tigray's economy has yet
    to recover. Banks reopened in {{2023}}, but cash withdrawals were capped at {{5,000 birr}} a
    week until {{August}}. The regional government's budget for {{2017}} in the Ethiopian calendar
    is {{12.6 billion birr}}, of which the federal government provides about {{80%}}. Prices of
    teff in Mekelle are up {{40%}} on a year earlier, traders say, and fuel sells for
    {{150 birr}} a litre on the black market. Factories in Mekelle operate at less than {{30%}} of
    capacity, according to the regional trade bureau.""",
)

item(
    "Ashenda festival returns to Mekelle streets",
    """Girls in braided hair and embroidered dresses filled the streets of Mekelle on {{Sunday}}
    for Ashenda, the festival that marks the end of a {{16-day}} fast. It was the second year the
    celebration has been held since the war, which cancelled it in {{2021}} and {{2022}}.
    Organisers said dancers aged {{eight}} to {{20}} had rehearsed for {{three weeks}}. The
    festival falls on {{August 22}} and runs until the end of the month of Nehase in the Ethiopian
    calendar. Hotel owners said bookings were up {{60 percent}} on last year.""",
)

item(
    "TPLF frees thousands of captured federal soldiers",
    """Tigrayan forces released [[about 4,000 captured soldiers|arrested;a=the TPLF]] of the
    Ethiopian National Defence Force on {{Friday}}, the TPLF said, handing them over at a crossing
    point near Alamata. The International Committee of the Red Cross said it had registered
    [[3,870 former detainees|arrested;a=The International Committee of the Red Cross]] and
    provided them with water and [[about 40 buses|aid;a=The International Committee of the Red Cross]]
    for the journey south. The federal government said
    [[thousands more|arrested;a=The federal government;n=-]] were still held in camps in
    Tigray. A Tigrayan spokesman, Getachew Reda, said the group was also holding
    [[some 250 wounded soldiers|injured;a=Getachew Reda]] who would be freed once they could travel.
    Of the freed men, [[at least 120|injured;a=medics at Alamata]] needed hospital care, medics at Alamata said.""",
)
