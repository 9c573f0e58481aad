"""The response as WFP, UNICEF, the IFRC and national offices report it: food, nutrition,
epidemics, DREF operations, targets and people reached (9 texts with figures), and four feed
items with numbers but no figure (an appeal launch, an earthquake alert, a DTM schedule, a
weather bulletin)."""

from _wrap import item

item(
    "WFP Sudan: emergency response update",
    """WFP assisted [[2.3 million people|aid;v=2300000]] across Sudan in {{November 2024}},
    including in areas of Darfur and Kordofan that had been cut off for months.
    [[More than 1,200 trucks|aid;a=WFP]] carrying [[30,000 metric tons|aid;a=WFP]] of food have
    crossed into Darfur through Adre since the crossing reopened in August, WFP said. In Zamzam
    camp, where famine was confirmed in August, WFP has reached [[over 100,000 people|aid]] with
    food and cash since September. The agency aims to reach
    [[7 million people|aid;p;a=The agency;alt=WFP]] by early {{2025}}.
    [[25.6 million people|civilians;v=25600000]] face acute hunger in Sudan ({{IPC Phase 3}} or
    worse). In Kordofan, a convoy of [[17 trucks|aid]] reached Kadugli on {{28 November}} after
    waiting for {{five weeks}} for clearances, the first to reach the town since June.
    Fighting around El Fasher has halted deliveries to Zamzam for much of the month, and
    [[two drivers|killed]] contracted by WFP were killed when their trucks were hit near Mellit.
    Markets in Darfur remain supplied through the Adre corridor, and food prices fell slightly in
    El Geneina in November. WFP requires {{US$ 521 million}} over the next six months to sustain
    the response, and warns that without new funding, rations in camps in eastern Sudan will be
    cut by half from {{January 2025}}.""",
)

WHO = "the World Health Organization"

item(
    "Yemen: UNICEF cholera situation report",
    f"""Since {{{{27 April 2017}}}}, [[over 436,000 suspected cholera cases|other;a={WHO}]] and
    [[1,915 associated deaths|killed;a={WHO}]] have been reported in
    [[21 governorates|other;u=other;a={WHO}]], {WHO} said on {{{{14 August}}}}. Children
    account for {{{{41 per cent}}}} of suspected cases.
    [[About 5,000 new suspected cases a day|other]] are being reported, down from a peak of
    [[7,000 a day|other;u=other]] in early July. UNICEF has delivered
    [[over 40 tonnes|aid]] of medical supplies and rehydration salts, and
    [[more than 3.5 million people|aid;v=3500000]] have been reached with chlorinated water.
    [[Nearly 30,000 health workers|other]] have not received salaries for {{{{10 months}}}}, and
    only {{{{45 per cent}}}} of health facilities are fully functional.""",
)

item(
    "Nigeria: malnutrition crisis in Katsina State",
    """MSF teams in Katsina State admitted [[over 4,000 children|injured;a=MSF]] with severe
    acute malnutrition to inpatient care between {{January and June 2024}}, MSF said, a
    {{40 per cent}} increase on the same period of {{2023}}.
    [[At least 130 children|killed]] died in MSF-supported facilities over the period. UNICEF
    said it had delivered [[over 80,000 cartons|aid;a=UNICEF]] of ready-to-use therapeutic food
    to the north-west since January. [[An estimated 1.2 million children|civilians;a=UNICEF;
    v=1200000]] under five are acutely malnourished in the north-west, according to UNICEF. The
    outpatient programme in Katsina is treating [[about 16,000 children|injured]] across
    [[nine local government areas|other;u=other]].""",
)

item(
    "DRC: mpox response update",
    """The Ministry of Health has recorded
    [[over 21,300 suspected mpox cases|other;a=The Ministry of Health]] and
    [[1,366 deaths|killed;a=The Ministry of Health]] since {{January 2024}}, with children
    {{under 15}} accounting for {{56 per cent}} of cases. The first
    [[265,000 vaccine doses|aid]], donated by the European Union, arrived in Kinshasa on
    {{5 September}}. Vaccination began in Goma on {{5 October}}, targeting
    [[3,000 people|aid;p]] in a first phase, including health workers and contacts of
    confirmed cases. In the displacement sites around Goma, [[about 700 cases|other]] have been
    confirmed since June.""",
)

IPC = "the latest IPC analysis"

item(
    "Afghanistan: WFP scales up ahead of winter",
    f"""[[22.8 million people|civilians;a={IPC};v=22800000]], more than half the population,
    face acute food insecurity from {{{{November 2021}}}} to {{{{March 2022}}}}, according to
    {IPC}, [[8.7 million|civilians;a={IPC};v=8700000]] of them at emergency levels
    ({{{{IPC Phase 4}}}}). WFP reached [[7 million people|aid]] in October and plans to reach
    [[23 million|aid;p;a=WFP]] in {{{{2022}}}}. WFP said it had prepositioned
    [[over 55,000 metric tonnes|aid;a=WFP]] of food in areas that are cut off by snow in winter.
    Its Afghanistan operation requires {{{{US$ 220 million}}}} a month.""",
)

item(
    "Madagascar: WFP Grand Sud drought response",
    """[[1.14 million people|civilians;a=WFP;v=1140000]] in southern Madagascar are severely food
    insecure, and [[14,000|civilians;a=WFP]] are in Catastrophe ({{IPC Phase 5}}), WFP said,
    after the worst drought in four decades. WFP distributed food to
    [[750,000 people|aid]] in June, but rations were halved because of funding shortfalls.
    [[Over 500,000 children|civilians;p]] under five are expected to be acutely malnourished
    between now and {{April 2022}}. Mobile nutrition teams screened
    [[42,000 children|aid]] in Amboasary and Ambovombe in July.""",
)

ONS = "The Office of National Security (ONS)"

item(
    "Sierra Leone: Freetown mudslide – DREF operation update",
    f"""{ONS} said the mudslide at Regent and the flooding of {{{{14 August 2017}}}} had
    killed [[at least 499 people|killed;a={ONS}]] and that [[over 600 people|missing;a={ONS}]]
    remained missing. [[Some 3,000 people|displaced]] lost their
    homes, and [[349 houses|housing]] were destroyed in Regent, Kamayama and Kaningo. The Sierra
    Leone Red Cross Society has mobilized [[410 volunteers|other]], who have supported the safe
    burial of [[over 300 bodies|killed]]. The DREF budget has been increased to
    {{{{CHF 380,000}}}} to assist [[7,500 people|aid;p]] ([[1,500 households|aid;p]]) for four
    months.""",
)

ODPEM = "The Office of Disaster Preparedness and Emergency Management (ODPEM)"

item(
    "Jamaica: Hurricane Melissa – ODPEM situation update",
    f"""{ODPEM} said [[over 25,000 people|displaced;a={ODPEM}]] were in
    [[881 shelters|capacity;a={ODPEM}]] on {{{{29 October 2025}}}}, a day after the
    {{{{Category 5}}}} hurricane made landfall near New Hope in Westmoreland.
    [[At least 28 deaths|killed]] have been confirmed across the island. About
    {{{{77 per cent}}}} of electricity customers were without power.
    [[About 6,000 homes|housing]] in St Elizabeth and Westmoreland were damaged or destroyed. The
    Jamaica Defence Force has deployed [[1,000 soldiers|combatants]] to clear roads and support
    relief. The World Food Programme said it would airlift food kits for
    [[10,000 people|aid;p;a=The World Food Programme]].""",
)

item(
    "South Sudan: flooding snapshot",
    """Flooding has affected [[an estimated 780,000 people|civilians;a=OCHA]] in
    [[33 counties|other;a=OCHA]] since {{May 2021}}, OCHA said in its latest snapshot. Jonglei
    and Unity are the worst affected, with [[about 466,000 people|civilians]] between them. In
    Bentiu, [[some 120,000 IDPs|displaced]] in the former Protection of Civilians site are
    living behind dykes that are under constant repair. Partners have delivered
    [[9,800 shelter kits|aid]] and [[14,000 mosquito nets|aid;u=other]].
    [[Over 800,000 livestock|killed]] have drowned or died of disease, according to the Food and
    Agriculture Organization.""",
)

# ------------------------------------------------------------------ numbers but no figure

item(
    "Sudan: Regional Refugee Response Plan for 2025 launched",
    """UNHCR and partners launched the {{2025}} Regional Refugee Response Plan for the Sudan
    situation in Nairobi on {{17 February}}. The plan seeks {{US$ 1.8 billion}} for the year, up
    from {{US$ 1.5 billion}} in {{2024}}, when funding reached only {{30 per cent}} of
    requirements. Speaking at the launch, the High Commissioner said the response could not wait
    another {{22 months}} for the world's attention. Contributions can be tracked on the
    Financial Tracking Service, which is updated every {{24 hours}}.""",
)

item(
    "Earthquake alert: Banda Sea",
    """A {{magnitude 6.1}} earthquake struck the Banda Sea at {{03:14}} local time
    ({{18:14 UTC}}) on {{9 August 2025}}, Indonesia's Meteorology, Climatology and Geophysical
    Agency (BMKG) said. The epicentre was located at {{6.92°S, 129.75°E}}, at a depth of
    {{138 km}}, about {{230 km}} north-east of Saumlaki. BMKG said there was no tsunami threat,
    and no damage or casualties had been reported as of {{08:00}}. The public can report damage
    to the regional disaster agency hotline on {{+62 918 221 006}}.""",
)

item(
    "Ethiopia: DTM data collection schedule",
    """Data collection for {{Round 15}} of the DTM mobility tracking in northern Ethiopia will
    take place from {{3 to 21 March 2025}}. The dataset and the accompanying report are expected
    to be published on {{15 April}}, {{six weeks}} after fieldwork ends. Results from
    {{Round 14}}, collected in {{November 2024}}, are available on the DTM portal. Enumerators
    will cover {{95 per cent}} of the woredas assessed in the previous round. Queries can be
    sent to the DTM Ethiopia team on {{+251 11 661 7154}}.""",
)

item(
    "Philippines: tropical depression bulletin",
    """PAGASA said at {{11 a.m.}} on {{22 July 2025}} that the tropical depression was located
    {{410 km}} east of Virac, Catanduanes, moving west-northwest at {{20 km/h}} with maximum
    sustained winds of {{55 km/h}}. It is expected to make landfall within {{36 hours}}.
    {{Signal No. 1}} has been raised over Catanduanes and the eastern part of Camarines Sur.
    Rainfall of {{100 to 200 mm}} is likely over Bicol, with flooding and landslides possible
    in low-lying and mountainous areas. The next bulletin will be issued at {{5 p.m.}}""",
)
