"""Cholera and mpox, hospitals and burials, prisons emptied, peacekeepers and foreign troops,
aid workers and health centres in eastern Congo, 2022-2026."""

from _wrap import item

item(
    "Cholera spreads in Goma as water network fails",
    """
    Health authorities in Goma have recorded [[more than 600 cholera cases|other;a=Health
    authorities]] since the city fell to the {{M23}}, and [[14 deaths|killed;a=Health
    authorities]]. The World Health Organization said the real number was probably higher,
    because [[about 1.4 million people|civilians;a=The World Health Organization]] in the city
    had lost access to piped water for days during the fighting. MSF said its cholera
    treatment centre in Munigi, which has [[80 beds|capacity;u=other]], admitted
    [[62 patients|other;a=MSF]] in {{48 hours}} last week. UNICEF said it had distributed
    [[25,000 hygiene kits|aid;a=UNICEF]] and was trucking chlorinated water to
    [[40 distribution points|aid]] across the city. "People drink from the lake because
    there is nothing else," said an MSF nurse. North Kivu recorded
    [[about 23,000 cases|other]] of cholera in {{2023}}, its worst year in {{a decade}}.
    """,
)

item(
    "Mpox patients flee Goma clinics amid fighting",
    """
    [[More than 130 mpox patients|missing;a=the World Health Organization]] who were being
    treated in Goma's hospitals are unaccounted for after fleeing during the fighting, the
    World Health Organization said on Tuesday. The WHO said [[about 100 of them|missing;a=The
    WHO;alt=the World Health Organization;n=-]] had left an isolation ward at the Kyeshero hospital when bombs fell nearby. North
    Kivu had confirmed [[some 1,900 mpox cases|other;a=the agency;alt=the World Health Organization]] since the clade Ib strain
    reached the province, the agency said, including [[at least 12 deaths|killed;a=the
    agency;alt=the World Health Organization]]. Health workers fear the virus will spread in
    the crowded camps, where [[hundreds of thousands of people|displaced]] share latrines and
    water points. The health ministry said [[65,000 vaccine doses|aid;a=The health ministry]]
    stored in Goma were safe, but [[two cold rooms|other;u=structure;a=The health ministry]]
    had lost power.
    """,
)

item(
    "Mpox tears through Kamituga and the camps of South Kivu",
    """
    South Kivu has reported [[more than 8,000 suspected mpox cases|other;a=the provincial
    health division]] this year, the provincial health division said, most of them in the
    mining town of Kamituga and in displacement camps around Minova. The division said
    [[43 people|killed;a=The division;alt=the provincial health division]] had died of the
    disease, among them [[19 children|killed;a=The division;alt=the provincial health
    division]] under {{five years old}}. Vaccination began in {{October}} with
    [[50,000 doses|aid]] donated by Japan and the European Union. The health ministry plans to
    vaccinate [[about 265,000 people|aid;a=The health ministry;p]] in the province by the end
    of the year. MSF said its teams had isolated and treated [[1,150 patients|other;a=MSF]] in
    Kamituga, and that [[only two isolation centres|capacity;u=structure]] were working in
    the whole of Kalehe territory, where [[some 250,000 displaced people|displaced;a=MSF]]
    live, according to MSF.
    """,
)

item(
    "Kabare prison emptied as rebels approach Bukavu",
    """
    [[About 2,800 inmates|other;a=officials]] escaped from Bukavu's central prison and
    [[another 400|other;a=officials]] from the Kabare prison south of the city as guards fled
    ahead of the {{M23}} advance, officials said on Sunday. The UN human rights office said
    [[at least 40 prisoners|killed;a=The UN human rights office]] died in the escape, some
    shot by guards and others crushed at the gates. [[Dozens|injured]] more were treated at
    the Panzi hospital, whose founder, Denis Mukwege, said the city was "in the hands of
    bandits". Prison officials had warned in {{December}} that the Bukavu prison held
    [[more than 3,000 detainees|arrested;a=Prison officials]] in buildings meant for
    [[600|capacity;n=-;a=Prison officials]]. In Kinshasa, the justice ministry said
    [[about 250 escapees|arrested;a=the justice ministry]] had been caught in Uvira and on
    Lake Tanganyika in the following weeks.
    """,
)

item(
    "UN mission leaves South Kivu after two decades",
    """
    The UN mission in Congo handed its last base in South Kivu to the Congolese police on
    Tuesday, ending {{more than 20 years}} of peacekeeping in the province. MONUSCO said
    [[about 2,000 troops|combatants;a=MONUSCO]] had left South Kivu since January and that it
    had closed [[14 bases|other;u=structure;a=MONUSCO]] there. The mission still has
    [[some 11,500 peacekeepers|combatants;a=the mission;alt=MONUSCO]] in North Kivu and Ituri,
    the mission said. Under a plan agreed with Kinshasa, [[up to 2,500 more troops|combatants;p]]
    could leave by the end of the year. In Bunyakiri, residents said
    [[about 5,000 people|displaced;a=residents]] who had sheltered near the Pakistani base left
    for Bukavu when it closed. [[More than 200 peacekeepers|killed;a=UN figures]] have been
    killed in Congo since {{1999}}, according to UN figures. Human Rights Watch said
    [[at least 30 civilians|killed;a=Human Rights Watch]] were killed near former UN bases in
    the first {{three months}} after they closed.
    """,
)

item(
    "Thousands shelter inside UN bases as Goma falls",
    """
    [[More than 2,000 people|displaced;a=MONUSCO]] have taken shelter inside UN peacekeeping
    bases in Goma since the fighting reached the city, MONUSCO said on Thursday. Among them
    are [[about 240 Congolese soldiers and police officers|displaced;a=the mission;alt=MONUSCO;n=soldiers and police officers]]
    who handed over their weapons at the gates, the mission said. The mission has
    [[about 1,400 peacekeepers|combatants]] in and around the city. A UN spokesman in New
    York said [[three peacekeepers|injured;a=A UN spokesman]] were wounded when a shell hit the
    Uruguayan base near the airport, and that [[some 60 wounded civilians|injured;a=A UN
    spokesman]] were being treated in UN clinics. The bases have food and water for
    [[3,000 people|capacity;a=the spokesman;alt=A UN spokesman]] for {{two weeks}}, the
    spokesman said. In {{2012}}, when the rebels last took Goma,
    [[about 1,500 people|displaced]] sheltered at the same bases.
    """,
)

item(
    "Goma's war surgeons treat more wounded than in all of last year",
    """
    The CBCA Ndosho hospital in Goma has treated [[more than 1,700 war-wounded
    patients|injured;a=the ICRC]] since the start of the year, the ICRC said on Monday, more
    than in the whole of {{2023}}. Surgeons there carried out
    [[2,300 operations|other;u=other]]. The hospital has [[130 beds|capacity;a=the head of the
    ICRC delegation in Goma]] but was caring for [[up to 260 patients|injured;a=the head of the
    ICRC delegation in Goma]] at a time, said the head of the ICRC delegation in Goma.
    [[Forty-three patients|killed]] died of their wounds after admission. Women and children
    made up {{28%}} of those treated. The ICRC said it had also delivered
    [[12 tonnes|aid;a=The ICRC]] of surgical supplies and [[3,500 litres|aid;a=The ICRC]] of
    fuel for generators to [[four hospitals|aid;a=The ICRC]] in Goma and Rutshuru.
    """,
)

item(
    "Thousands missing in the Kivus, Red Cross says",
    """
    The ICRC has registered [[more than 4,200 people|missing;a=The ICRC]] as missing in North
    and South Kivu since {{2022}}, it said on {{August 30}}, the International Day of the
    Disappeared. [[About 1,100 of them|missing;n=-]] are children separated from their
    families as they fled. Since January, Red Cross volunteers have reunited
    [[317 children|returned;a=the organisation;alt=The ICRC]] with their parents, the
    organisation said. [[Some 600 families|other]] in the camps around Goma received news of
    relatives through Red Cross messages, and volunteers set up
    [[about 9,000 phone calls|other;u=other]] between separated relatives. In Goma, the ICRC
    said, [[more than 1,000 bodies|killed;a=the ICRC]] buried in the days after the city fell
    have not been identified. Its forensic team has taken samples from
    [[340 remains|killed]]. "Every family deserves an answer," said the head of the ICRC
    delegation.
    """,
)

item(
    "Bukavu buries its dead as rebels dispute the toll",
    """
    Municipal workers and Red Cross volunteers in Bukavu have buried
    [[at least 270 bodies|killed;a=the mayor appointed by the rebels]] since the city fell,
    the mayor appointed by the rebels said on Wednesday. [[Dozens of bodies|killed;a=the
    volunteers]] were pulled from Lake Kivu and the Ruzizi river, the volunteers said. The
    provincial health division counted [[168 deaths|killed;a=The provincial health division]]
    in the city's hospitals and [[about 600 wounded|injured;a=The provincial health
    division;n=-]]. The burials took place at the Ciriri cemetery, where
    [[three mass graves|other;u=other]] were dug. Congo's government, which has put the toll
    in Bukavu at [[more than 1,000|killed;a=Congo's government]], accused the rebels of
    hiding bodies. The {{M23}} said [[only 32 people|killed;a=M23]] had died, most of them
    looters. Local groups said [[at least 50 people|missing;a=Local groups]] had not been seen
    since the night the rebels arrived.
    """,
)

item(
    "Measles and cholera in Ituri's camps",
    """
    MSF has treated [[more than 5,000 children|other;a=the charity;alt=MSF]] for measles in
    displacement sites around Bunia and Drodro since March, the charity said.
    [[Thirty-one of them|killed;n=-]] died. At the Rhoe site, where
    [[about 65,000 people|displaced]] live, the measles ward is a tent with
    [[40 beds|capacity;u=other]]. MSF said it had vaccinated [[42,000 children|aid;a=MSF]]
    against measles in Djugu territory. Malaria remains the biggest killer: MSF teams saw
    [[nearly 11,000 cases|other]] in a month. Ituri's health division said
    [[210 cholera cases|other;a=Ituri's health division]] and [[seven deaths|killed;a=Ituri's
    health division]] had been recorded in Djugu since {{May 1}}. MSF closed
    [[two clinics|other;u=structure]] near Fataki after militia threats.
    """,
)

item(
    "Hunger deepens among returnees in Rutshuru and Masisi",
    """
    [[About 170,000 children|civilians;a=UNICEF]] under {{the age of five}} in Rutshuru and
    Masisi territories are acutely malnourished, UNICEF said on Friday, and
    [[some 48,000 of them|civilians;a=UNICEF;n=-]] suffer from the severe form. The agency's
    partners run [[63 nutrition centres|other]] in Rutshuru and Masisi. WFP said it had
    reached [[96,000 people|aid;a=WFP]] with nutrition supplements in April. UNICEF said it
    needed [[about 30,000 cartons|aid;a=UNICEF;p]] of therapeutic food to get through the
    next {{six months}}. At Rutshuru general hospital, [[nine children|killed;a=a doctor]]
    died of malnutrition in {{one week}}, a doctor said. [[More than 2 million people|civilians;a=the
    IPC]] in North Kivu face crisis levels of hunger, according to the IPC.
    """,
)

item(
    "Aid workers killed and abducted near Kibirizi",
    """
    [[Two aid workers|killed;a=OCHA]] were killed and [[three others|kidnapped;a=OCHA]]
    abducted when gunmen stopped their vehicle near Kibirizi in Rutshuru territory, OCHA said
    on Monday. They were released on Thursday. OCHA counted
    [[more than 200 incidents|other;u=other;a=OCHA]] affecting humanitarian workers in North
    Kivu last year, among them [[nine killings|killed;a=OCHA]]. [[At least 17 aid
    workers|kidnapped;a=the Aid Worker Security Database]] were abducted in Congo in {{2024}},
    according to the Aid Worker Security Database. After the attack,
    [[six NGOs|other;u=other]] suspended their work in the area, leaving
    [[about 90,000 people|civilians]] without food aid. The International Rescue Committee
    said it had pulled [[23 staff|displaced;a=The International Rescue Committee]] out of
    Kiwanja.
    """,
)

item(
    "Looters strip clinics in Masisi and Walikale",
    """
    [[At least 47 health centres|other;a=the health ministry]] in Masisi and Walikale
    territories were looted in the first {{three months}} of the year, the health ministry
    said. Looters took [[about 300 boxes|other]] of medicines and vaccines. In Walikale,
    [[three nurses|killed;a=the provincial health division]] were killed and
    [[two others|kidnapped;a=the provincial health division]] abducted, according to the
    provincial health division. MSF said [[two of its ambulances|other;a=MSF]] had been stolen
    at gunpoint. [[About 150,000 people|civilians;a=the WHO]] in Masisi now live more than
    {{15 kilometres}} from a working clinic, the WHO estimates. The WHO said it had sent
    [[18 tonnes|aid;a=The WHO]] of medicines and supplies to [[22 health facilities|aid;a=The
    WHO]] in Masisi and Walikale.
    """,
)

item(
    "Shells hit Uvira as rebels push south",
    """
    Shells landed on Uvira's Kalundu and Kavimvira districts on Wednesday, killing
    [[at least 14 civilians|killed;a=the town's administrator]], the town's administrator
    said. Uvira general hospital received [[more than 70 wounded|injured;a=a surgeon;n=-]], a
    surgeon there said, and had run out of blood. [[Tens of thousands of people|displaced]]
    fled south along the lake road towards Baraka and across the border into Burundi.
    Burundi's interior ministry said [[about 30,000 Congolese|displaced;a=Burundi's interior
    ministry]] crossed in {{two days}}. The ICRC said [[two of its volunteers|killed;a=The
    ICRC]] were killed while collecting bodies. Rebel spokesman Lawrence Kanyuka said the
    {{M23}} had captured [[more than 300 Burundian soldiers|arrested;a=Rebel spokesman
    Lawrence Kanyuka]], a claim Burundi denied. Burundi keeps
    [[about 8,000 troops|combatants;a=diplomats]] in South Kivu, according to diplomats.
    """,
)

item(
    "Mpox money falls short as Congo carries the burden",
    """
    Donors have pledged {{$600 million}} for the mpox response in Africa, the Africa Centres
    for Disease Control and Prevention said, {{about a third}} of what it asked for. Congo
    accounts for {{around 60%}} of confirmed cases on the continent. The WHO declared mpox a
    global health emergency on {{August 14, 2024}} and lifted the declaration in
    {{September 2025}}. The clade Ib strain was first identified in Kamituga in
    {{September 2023}}. A dose of the vaccine costs about {{$65}} on the open market.
    """,
)

item(
    "Why cholera keeps coming back to Goma",
    """
    Cholera returns to the shores of Lake Kivu every rainy season, between October and May.
    The case fatality rate in North Kivu was {{1.8%}} in {{2024}}, above the WHO's threshold
    of {{1%}}. Goma sits at {{1,500 metres}} above sea level on volcanic rock, which makes
    digging latrines hard and pushes people to draw water from the lake. The city's water
    utility produces {{about 60,000 cubic metres a day}}, less than half of what it needs.
    Health experts say the disease will return until the city gets a proper sewer system,
    which was last planned in {{2015}}.
    """,
)
