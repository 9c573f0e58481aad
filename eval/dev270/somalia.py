"""Somalia (drought, floods, al-Shabaab, evictions) and its borders with Kenya and Ethiopia,
2014-2026: seventeen items, two without a figure."""

from _wrap import item

item(
    "Baidoa's camps swell as drought pushes families off the land",
    """[[More than 1 million people|displaced;a=UNHCR and the Norwegian Refugee Council]] have
    been displaced by drought in Somalia this year, UNHCR and the Norwegian Refugee Council
    said on Wednesday. Baidoa alone now hosts [[about 600,000 displaced people|displaced;a=the
    South West State government]] in [[more than 500 sites|capacity;a=the South West State
    government]], according to the South West State government. [[Up to 2,000 new arrivals a
    day|displaced;a=camp managers]] are reaching the town from Burhakaba and Qansaxdheere,
    camp managers said. The IPC, the food security monitor, projects that famine is likely in
    Baidoa and Burhakaba districts between {{October}} and {{December}}, when [[some 300,000
    people|civilians;p;a=The IPC]] could face catastrophic hunger. UNICEF said [[730
    children|killed;a=UNICEF]] had died in nutrition centres across the country since
    {{January}}. "We buried our cattle first, then my youngest son," said Halima Aden, {{35}},
    who walked for {{nine days}} with her children to reach the town.""",
)

item(
    "Cholera outbreak in Dollow camps as drought deepens",
    """Health workers in Dollow, on the Ethiopian border, have recorded [[1,234 cases|other;a=the
    World Health Organization]] of acute watery diarrhoea and cholera since {{March}}, the World
    Health Organization said. [[Twenty-two people|killed;a=the World Health Organization]],
    most of them children under {{five}}, have died, it said. The district hosts [[an estimated
    70,000 displaced people|displaced;a=the district commissioner]], the district commissioner
    said, most of them herders who lost their animals. Aid agencies have trucked water to [[42
    sites|capacity]] and built [[310 emergency latrines|aid]], but new families keep arriving.
    "We get [[between 50 and 80 families every day|displaced;a=Abdirashid Hussein]]," said
    Abdirashid Hussein, who runs one of the camps. The agencies plan to vaccinate [[up to
    90,000 people|aid;p;a=The agencies]] against cholera next month.""",
)

item(
    "Twin car bombs outside education ministry kill 121",
    """[[Two car bombs|other;u=other;a=President Hassan Sheikh Mohamud]] exploded minutes apart at the Zobe junction in Mogadishu on Saturday,
    killing [[121 people|killed;a=President Hassan Sheikh Mohamud]] and wounding [[333|injured;
    a=President Hassan Sheikh Mohamud]], President Hassan Sheikh Mohamud said. The second
    blast went off as ambulances and bystanders gathered to help the wounded. Aamin Ambulance
    said [[nine of its staff|injured;a=Aamin Ambulance]] were hurt. Al-Shabaab said it had
    carried out the attack on the education ministry, which it called an enemy base. Police
    said [[five suspects|arrested;a=Police]] had been arrested. The junction was the site of
    the truck bombing of {{October 14, 2017}}, which killed [[more than 500 people|killed]], the
    deadliest attack in the country's history.""",
)

item(
    "Clan militias and army retake villages in Hiiraan",
    """Government troops and clan militias known as macawisley have retaken [[more than 40
    villages|other;a=the defence ministry]] from al-Shabaab in Hiiraan and Middle Shabelle
    since {{August}}, the defence ministry said. The ministry said [[about 1,200 fighters|killed;
    a=The ministry]] of the group had been killed, a figure that could not be verified. [[Some
    4,000 clan fighters|combatants;a=elders in Beledweyne]] have joined the offensive,
    according to elders in Beledweyne. In Mahas district, [[roughly 3,500 families|returned;
    a=the district commissioner]] have returned to villages they fled under al-Shabaab rule,
    the district commissioner said. The group poisoned or destroyed [[11 wells|other;
    a=residents]] and burned [[several hundred houses|housing;a=residents]] as it withdrew,
    residents said.""",
)

item(
    "Dadaab sees largest influx in a decade as drought bites",
    """[[More than 80,000 Somalis|displaced;a=UNHCR]] have arrived in Kenya's Dadaab camps since
    the start of {{2022}}, UNHCR said, the largest influx since the famine of {{2011}}. Kenya's
    government, which suspended registration in {{2015}}, said it would register [[about
    20,000|displaced;p;a=Kenya's government]] of them. Most of the [[roughly 24,000 new arrivals|displaced;a=aid workers]] in
    Hagadera sleep in makeshift shelters on the edge of the camp, aid workers said. MSF said
    [[11 children|killed;a=MSF]] had died on the way or soon after arriving in {{July}}. The {{Ifo 2}} extension, closed in {{2018}}, will be reopened and can
    hold [[up to 40,000 people|capacity;p]]. Dadaab hosts [[some 300,000 refugees|displaced;a=the
    agency;alt=UNHCR]] in all, the agency said. Doctors at the Hagadera hospital said {{more
    than half}} of the children arriving were malnourished.""",
)

item(
    "Fighting in Las Anod drives tens of thousands into Ethiopia",
    """Fighting between Somaliland forces and clan militias in Las Anod has killed [[at least 210
    people|killed;a=the town's general hospital]] and wounded [[more than 680|injured;a=the
    town's general hospital]] since {{February 6}}, the town's general hospital said. [[Between
    100,000 and 185,000 people|displaced;a=the UN]] have fled the town, the UN said, [[up to
    89,000|displaced;a=the UN]] of them across the border into the Doolo zone of Ethiopia's
    Somali region. Ethiopian officials said they had registered [[about 60,000 arrivals|displaced;
    a=Ethiopian officials]] in Bokh and Danot. Many families are sleeping under trees, and
    [[three children|killed]] died of measles in Danot last week. Shells have damaged [[at least
    11 schools|housing]] and the town's main mosque.""",
)

item(
    "Mogadishu evictions leave tens of thousands homeless",
    """[[Nearly 150,000 people|displaced;a=the Norwegian Refugee Council]] were forcibly evicted
    in Mogadishu in the first half of the year, most of them from displacement sites on private
    land, the Norwegian Refugee Council said. Bulldozers razed [[210 sites|housing;a=the
    council;alt=the Norwegian Refugee Council]] in Kahda and Dayniile districts alone, the
    council said. In one eviction in {{April}}, [[about 1,700 households|displaced;a=site
    leaders]] lost their shelters in a single morning, site leaders said. [[Tens of thousands|
    displaced]] have moved to the outskirts of the city, further from schools and clinics, and
    [[about 38,000 children|other;a=Save the Children]] lost their places in school, Save the
    Children estimates.
    Banadir regional officials say the land is needed for roads and housing, and have promised
    alternative plots for [[5,000 families|capacity;p;a=Banadir regional officials]].""",
)

item(
    "Shabelle floods Beledweyne for the second time in a year",
    """The Shabelle river burst its banks at Beledweyne overnight, flooding most of the town
    and forcing [[about 250,000 people|displaced;a=the district commissioner]] to flee to higher
    ground, the district commissioner said. [[At least 14 people|killed;a=the Somali Disaster
    Management Agency]] drowned in Hiiraan, and [[six|missing;a=the Somali Disaster Management
    Agency]] were missing, the Somali Disaster Management Agency said. Boats ferried [[hundreds
    of residents|displaced]] trapped on rooftops to the airstrip. [[Some 30,000 houses|housing;
    a=officials]] were flooded, officials estimate. The river rose {{2.5 metres}} in {{12
    hours}}, the Somalia Water and Land Information Management service said.""",
)

item(
    "Al-Shabaab gunmen attack Lido beach in Mogadishu",
    """A suicide bomber and gunmen attacked Lido beach in Mogadishu on Friday night, killing
    [[37 people|killed;a=the police]] and wounding [[212|injured;a=the police]], the police said.
    Security forces killed [[four attackers|killed;a=the police]] and captured [[one|arrested;
    a=the police]] alive, the police said, while the bomber blew himself up at the entrance.
    The beach was crowded with families after the weekly prayer, and [[eight
    children|killed]] were among the dead. Hospitals appealed for
    blood; Medina hospital said it had received [[more than 90 wounded|injured;a=Medina
    hospital]] by midnight. Al-Shabaab claimed the attack.""",
)

item(
    "Refugees leave Dadaab for Kismayo as repatriation resumes",
    """A convoy carrying [[412 refugees|returned;a=UNHCR]] left Dadaab for Kismayo on Tuesday,
    UNHCR said, the first since the voluntary repatriation programme resumed. Under the
    tripartite agreement of {{2013}}, [[more than 85,000 Somalis|returned;a=UNHCR]] have gone
    home from Kenya, it said. Each returnee gets a cash grant of {{$200}} and food for {{six
    months}}. The convoy was made up of [[11 buses|other]] and [[four trucks|other]] for their
    belongings. [[Some 3,000 more|returned;p;a=the agency;alt=UNHCR;n=-]] are expected to travel
    by road and air before the end of the year, the agency said. The welcome is uncertain:
    Kismayo's [[96 displacement sites|capacity;a=local officials]] already hold [[more than
    50,000 people|displaced;a=local officials]], local officials say, and many returnees end up
    in them.""",
)

item(
    "Al-Shabaab seizes children in Bay villages, elders say",
    """Al-Shabaab fighters abducted [[at least 50 children|kidnapped;a=elders]] from villages
    near Burhakaba over the past month, elders said, after ordering each clan to hand over
    [[some 150 boys|combatants;p;a=elders]] for training. The group also seized [[nine
    elders|kidnapped;a=relatives]] who refused, and [[two of them|killed;a=relatives;n=-]] were later found dead,
    relatives said. [[Hundreds of families|displaced;a=the UN]] have fled to Baidoa to keep
    their sons out of the group's hands, according to the UN. The UN verified [[1,476
    children|combatants;a=The UN]] recruited and used by armed groups in Somalia in {{2022}},
    most of them by al-Shabaab.""",
)

item(
    "Hayat hotel siege ends after 30 hours",
    """Security forces ended a {{30-hour}} siege of the Hayat hotel in Mogadishu on Sunday, after
    al-Shabaab gunmen stormed the building on Friday evening. [[At least 21 people|killed;
    a=Health Minister Ali Haji Adam]] were killed and [[117|injured;a=Health Minister Ali Haji
    Adam]] wounded, Health Minister Ali Haji Adam said. Police said they had freed [[106
    people|kidnapped;a=Police]] trapped or held inside, among them [[eight children|kidnapped;
    a=Police]]. The National Intelligence and Security Agency said [[six attackers|killed;a=The
    National Intelligence and Security Agency]] had been killed and that [[15 suspects|arrested;
    a=The National Intelligence and Security Agency]] were being questioned. The hotel, popular
    with officials and businessmen, was partly destroyed.""",
)

item(
    "Funding gap forces WFP to cut cash transfers in central Somalia",
    """The World Food Programme said it had transferred cash to [[about 120,000
    households|aid;a=The World Food Programme]] in Galmudug in {{May}}, each receiving {{$70}}.
    [[Some 840,000 people|aid;a=WFP]] received assistance across central Somalia that month,
    WFP said. Because of a funding shortfall, the agency will reach only [[1.1 million
    people|aid;p;a=the agency;alt=The World Food Programme]] nationwide in {{July}}, down from
    [[2.2m|aid;a=the agency;alt=The World Food Programme]] in {{April}}, it said. In Dhusamareb,
    [[12,000 displaced families|displaced]] depend on the transfers to buy food and water. The
    IPC estimates that [[4.4 million people|civilians;a=The IPC]] face crisis levels of hunger or
    worse.""",
)

item(
    "African Union force hands over bases as drawdown continues",
    """The African Union Transition Mission in Somalia withdrew [[2,000 troops|combatants;a=the
    mission]] by the end of {{June}} and will pull out [[3,000 more|combatants;p;n=-;a=the
    mission]] by {{September 30}}, the mission said. It has handed over [[seven forward operating
    bases|other;u=structure]] to the Somali army. Somali officials say the army has trained
    [[some 13,000 soldiers|combatants;a=Somali officials]] to take over. The successor mission,
    AUSSOM, is to have [[about 11,900 troops|combatants;p]] when it is fully deployed. Burundi,
    which has had [[about 2,000 troops|combatants]] in the country since {{2007}}, was left out of
    the new force after a dispute over numbers.""",
)

item(
    "Jubba floods: families search for relatives swept away",
    """Floods along the Jubba and Shabelle rivers have killed [[at least 96 people|killed;a=OCHA]]
    and displaced [[more than 1.2 million|displaced;a=OCHA]] since {{October}}, OCHA said. In
    Luuq and Bardheere, [[dozens of people|missing;a=local officials]] remain missing, local
    officials said. [[Eighteen people|missing;a=the Gedo regional administration]] were swept
    away when a boat capsized near Bardheere, the Gedo regional administration said, and only
    [[four bodies|killed;a=the Gedo regional administration]] have been recovered. The Somali
    Disaster Management Agency said it had deployed [[40 boats|other;a=The Somali Disaster
    Management Agency]] and evacuated [[about 9,000 people|displaced;a=The Somali Disaster
    Management Agency]] from Luuq. In Belet Hawo, [[2,500 shelters|housing]] in displacement
    sites were washed away.""",
)

item(
    "Somalia reaches debt relief milestone",
    """Somalia reached the completion point of the Heavily Indebted Poor Countries initiative on
    {{December 13, 2023}}, unlocking {{$4.5 billion}} in debt relief, the IMF and World Bank said.
    External debt will fall from {{64%}} of GDP in {{2018}} to under {{6%}}, officials said. The
    finance minister said the budget for fiscal year {{2024}} would be {{$1.1 billion}}, with
    {{18%}} going to security. The process took {{ten years}} of reforms.""",
)

item(
    "Forecasters warn of a fifth failed rainy season in the Horn",
    """Forecasters expect the {{October-to-December}} rains to fail across southern Somalia for a
    {{fifth consecutive}} season, a run not seen in {{40 years}}. Rainfall is likely to be {{30 to
    50 per cent}} below average, with a {{62%}} chance of drier than normal conditions,
    according to the regional climate centre in Nairobi. Daytime temperatures could reach
    {{40C}} in Gedo and Bakool. The last comparable drought, in {{2016}} and {{2017}}, lasted
    {{two years}}.""",
)
