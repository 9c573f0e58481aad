"""Returns in Central and West Africa: DR Congo, Mozambique, Nigeria, the Central African
Republic, Cameroon and the Sahel: 14 texts with figures, 2 without."""

from _wrap import item

item(
    "Goma's camps emptied in days after M23 orders people home",
    """The {{M23}} rebels who seized Goma in {{January 2025}} ordered the displacement camps around
    the city closed within {{72 hours}}, and [[more than 100,000 people|returned;a=UNHCR]] left
    Bulengo, Lushagala and Rusayo for their villages in Masisi and Rutshuru, UNHCR said. Before the
    offensive, [[about 650,000 displaced people|displaced;a=the agency;alt=UNHCR]] were living in
    and around Goma, the agency said. Many walked {{40 km}} or more. Returnees told aid workers
    they had found their fields occupied and their houses looted; in Sake, the local chief said
    [[1,200 houses|housing;a=the local chief]] had been burned. UNHCR said [[at least 42
    returnees|killed;a=UNHCR]] had been killed by unexploded bombs and crossfire in the {{first
    month}}. Humanitarian partners counted [[roughly 70 camps|capacity;a=Humanitarian partners]]
    dismantled. Médecins Sans Frontières said it treated [[more than 600 people|injured;a=Médecins
    Sans Frontières]] for wounds in the city's hospitals as camps were cleared.""",
)

item(
    "Ituri: displaced families return to Djugu under army escort",
    """[[About 15,000 people|returned;a=the provincial government]] have returned to villages in
    Djugu territory since {{October}}, the provincial government said, as the army and UN
    peacekeepers stepped up patrols against the CODECO militia. The UN mission said it had
    deployed [[350 peacekeepers|combatants;a=The UN mission]] to [[three temporary bases|other;a=The UN mission;u=structure]] along
    the road to Fataki. Yet an attack on a returnee site at Lala in {{February}} killed [[at least
    51 civilians|killed;a=local civil society]], according to local civil society, and [[dozens
    more|missing;a=local civil society;n=-]] are missing. The Ituri governor said [[the remaining
    1.6 million displaced|displaced;a=The Ituri governor]] in the province would not be pushed to
    go home. [[Twenty-three women|kidnapped]] abducted during the attack were freed in {{March}}.""",
)

item(
    "Mocímboa da Praia fills again three years after the insurgents left",
    """[[More than 600,000 people|returned;a=the International Organization for Migration]] have
    returned to their districts in Cabo Delgado since Rwandan and Mozambican forces retook
    Mocímboa da Praia in {{August 2021}}, the International Organization for Migration said in its
    latest tracking report. Mocímboa alone has [[an estimated 120,000 residents|returned;a=the
    district administration]] again, according to the district administration. Rwanda keeps
    [[about 4,000 troops and police|combatants;n=troops and police]] in the province. New attacks
    by the Islamic State affiliate in {{2024}} and {{2025}} forced [[over 100,000|displaced;a=the
    UN]] to flee once more, the UN said, many of them returnees. In Palma, [[9,500 families|aid]]
    received return kits with seeds, hoes and a solar lamp. Insurgents beheaded [[five
    returnees|killed;a=police]] near Quissanga in {{June}}, police said.""",
)

item(
    "Borno closes its last Maiduguri camps",
    """Borno State Governor Babagana Zulum said on {{Thursday}} that all [[32 official
    camps|capacity;a=Borno State Governor Babagana Zulum]] in Maiduguri had been closed since
    {{2021}} and that [[more than 180,000 IDPs|returned;a=Borno State Governor Babagana Zulum]] had
    been resettled in towns such as Bama, Marte and Baga. Each household got {{100,000 naira}} and
    a bag of rice, the state said. Humanitarian groups said [[thousands of returnees|displaced;a=Humanitarian
    groups]] had drifted back to the city's informal settlements after attacks. In Marte, soldiers
    reported [[17 returnees|killed;a=soldiers]] killed and [[23|kidnapped;a=soldiers]] abducted by
    ISWAP fighters in {{a single week}}. The Borno government plans to rebuild [[10,000 houses|housing;a=The
    Borno government;p]] in the resettled towns by {{2027}}. [[About 1.8 million people|displaced]] remain
    uprooted across Borno.""",
)

item(
    "Central African refugees come home from Cameroon by the busload",
    """[[A further 412 refugees|returned;a=UNHCR]] arrived in Bangui from Cameroon's East region on
    {{Saturday}} in the {{ninth}} convoy of the year, UNHCR said. Since the repatriation
    programme began in {{2019}}, [[about 32,000 Central Africans|returned;a=the agency;alt=UNHCR]]
    have gone home with its help, the agency said, while [[some 730,000|displaced;a=the
    agency;alt=UNHCR]] remain refugees in neighbouring countries. The convoy of [[11
    buses|other]] was escorted by [[60 MINUSCA peacekeepers|combatants]] on the road from
    Garoua-Boulaï. Each returnee received food for {{three months}}, a household kit and
    {{CFA 50,000}} in cash. Armed groups still control roads in the north-west, and
    [[hundreds of returnees|displaced]] to Bozoum fled again after fighting in {{May}}.""",
)

item(
    "Cameroon's Far North: villagers back in Mozogo despite Boko Haram raids",
    """[[About 8,500 people|returned;a=the prefect of Mayo-Tsanaga]] have come back to Mozogo and
    the surrounding villages since the army reopened the road to Koza, the prefect of
    Mayo-Tsanaga said. Boko Haram fighters raided the area repeatedly in {{April}}, killing
    [[nine villagers|killed;a=local vigilance committees]] and abducting [[at least 14
    people|kidnapped;a=local vigilance committees]], local vigilance committees said. The army
    arrested [[26 suspected militants|arrested]] in sweeps around the villages. Cameroon hosts
    [[more than 120,000 Nigerian refugees|displaced]], most of them at the Minawao camp, built for
    [[up to 60,000|capacity]]. Under a {{2017}} tripartite accord, Nigeria and Cameroon plan to
    repatriate [[around 10,000 refugees|returned;a=Nigeria and Cameroon;p]] to Banki and Bama in
    the coming year.""",
)

item(
    "Kasai: returns after the Kamuina Nsapu war, a decade on",
    """Provincial officials in Kananga estimate that [[roughly 1.4 million people|returned;a=Provincial
    officials in Kananga]] have returned to their villages since the Kamuina Nsapu conflict of
    {{2016}} and {{2017}}, which displaced [[1.4 million|displaced;a=Provincial officials in
    Kananga;v=1400000]] at its height. Few found much left: a provincial survey in {{2019}} counted
    [[about 3,700 homes|housing;a=a provincial survey]], [[220 schools|housing;a=a provincial
    survey]] and [[60 health centres|housing;a=a provincial survey]] destroyed. UN investigators
    have documented [[87 mass graves|other;a=UN investigators;u=other]] in the region, and
    families still search for [[some 400 people|missing;a=families' associations]] who
    disappeared, according to families' associations. Angola expelled [[more than 330,000
    Congolese|returned;a=the UN]] across the border in {{October 2018}}, the UN said, many of
    them to Kasai.""",
)

item(
    "Cabo Delgado: Macomia returnees displaced once more",
    """An insurgent attack on Macomia town in {{May 2024}} forced [[about 10,000 people|displaced;a=aid
    groups]] who had returned only months earlier to flee into the bush, aid groups said. The
    attackers, [[an estimated 100 fighters|combatants;a=Mozambique's defence ministry]] of the
    Islamic State's Mozambique province according to Mozambique's defence ministry, looted
    shops and a food warehouse. The World Food Programme said [[3,600 sacks|aid;a=The World Food
    Programme]] of maize were stolen. Médecins Sans Frontières said its team treated [[31 wounded
    civilians|injured;a=Médecins Sans Frontières]] in Mueda. By {{July}}, the district
    administrator said, [[more than 8,000|returned;a=the district administrator]] had come back
    again. "This is the {{fourth}} time I have rebuilt," said Fatima Assane, {{35}}. Local leaders say
    [[up to 20 teenagers|kidnapped;a=Local leaders]] were taken by the insurgents during the
    raid.""",
)

item(
    "Nigeria: Benue farmers go home from camps before planting",
    """Benue State's emergency management agency said [[roughly 24,000 IDPs|returned;a=Benue State's
    emergency management agency]] had left camps in Makurdi and Daudu to return to their farms in
    Guma and Agatu before the planting season. The agency said [[about 500,000
    people|displaced;a=The agency;alt=Benue State's emergency management agency]] remained
    displaced in the state by attacks blamed on herders. Police deployed [[1,000 officers|combatants;a=the
    state police command]] to the returning communities, the state police command said. At
    Yelwata, where gunmen killed [[more than 100 people|killed;a=Amnesty International]] in
    {{June 2025}} according to Amnesty International, [[150 to 200 returnees|displaced]] fled a
    second time after an attack in {{August}}. The state government gave [[4,000
    households|aid]] fertiliser and seed yams.""",
)

item(
    "Burkina Faso says a million displaced have gone home; aid groups doubt it",
    """Burkina Faso's military government said on {{Tuesday}} that [[more than 1 million
    IDPs|returned;a=Burkina Faso's military government]] had returned to their localities since
    {{2023}} under its reconquest programme, without saying how the figure was counted. The last
    official tally, published in {{March 2023}}, put the displaced population at [[2,062,534
    people|displaced]]. The Norwegian Refugee Council said it could not verify the returns and
    that [[about 2 million people|civilians;a=The Norwegian Refugee Council]] were living in towns
    under blockade. In Djibo, where [[some 300,000 people|civilians]] are hemmed in by jihadists,
    helicopters brought in [[45 tonnes|aid]] of food last month. The army said it had escorted
    [[1,230 returnee families|returned;a=The army]] back to Arbinda.""",
)

item(
    "Zamfara: villagers go home after kidnappers release dozens",
    """[[More than 40 villagers|kidnapped;a=the Zamfara State police command]] held by bandits for
    {{two months}} in Maru local government area were freed on {{Sunday}}, the Zamfara State police
    command said, and [[several thousand residents|returned]] who fled the raids have begun going
    back. Community leaders said [[at least 11 hostages|killed;a=Community leaders]] had died in
    captivity and that families paid ransoms of up to {{5 million naira}}. The state emergency
    agency said [[19 villages|displaced;a=The state emergency agency;u=other]] in Maru had been
    emptied since {{January}}. Police arrested [[seven suspected informants|arrested;a=a spokesman]]
    who had worked for the gang, a spokesman said. The state government has promised food to
    [[2,000 returning households|aid;a=The state government;p]].""",
)

item(
    "South Kivu: Uvira residents return across the Ruzizi",
    """[[Tens of thousands of Congolese|returned;a=Burundian officials]] who fled into Burundi when
    {{M23}} fighters neared Uvira in {{February}} have crossed back over the Ruzizi river, Burundian
    officials said. UNHCR recorded [[about 40,000 arrivals|displaced;a=UNHCR]] in Burundi in a
    fortnight, sheltered in transit sites at Gatumba and a stadium in Rugombo. [[Nine
    people|killed;a=the Burundian Red Cross]] drowned crossing the river and [[31 children|missing;a=the
    Burundian Red Cross]] were separated from their parents, the Burundian Red Cross said. The
    Burundian army deployed [[about 10,000 soldiers|combatants;a=diplomats]] in eastern DR Congo at
    the time, diplomats said. The provincial government in Uvira said [[roughly 3,000
    homes|housing;a=The provincial government in Uvira]] had been looted while residents were
    away.""",
)

item(
    "Mali: families return to Ménaka as the road reopens",
    """[[Around 3,000 people|returned;a=the regional humanitarian coordination]] have gone back to
    villages outside Ménaka since the army and its Russian allies reopened the road to Anderamboukane,
    the regional humanitarian coordination said. The town had taken in [[more than 30,000
    IDPs|displaced]] after Islamic State in the Sahel attacks in {{2022}} and {{2023}} killed
    [[hundreds of civilians|killed]] in the surrounding communes. Returnees said they found wells poisoned
    and [[dozens of homes|housing;a=Returnees]] burned. Residents said [[at least 20 herders|arrested;a=Residents]]
    were detained by soldiers on their way back, accused of helping the jihadists. The World Food
    Programme plans to reach [[25,000 returnees|aid;a=The World Food Programme;p]] with food
    assistance through the lean season.""",
)

item(
    "Niger's Diffa region: a return plan on paper, an empty village in practice",
    """Niger's government announced in {{2021}} that it would return [[some 130,000 displaced
    people|returned;a=Niger's government;p]] to their villages along the Komadougou river by the
    end of the following year. The governor of Diffa said on {{Monday}} that [[about 26,000|returned;a=The
    governor of Diffa]] had actually gone back. In Baroua, a village of [[roughly 5,000
    people|civilians;a=the mayor]] before {{2015}}, the mayor counted [[fewer than 300 residents|civilians;a=the
    mayor]] this month. Boko Haram attacks killed [[14 returnees|killed]] there in {{2024}}, and
    [[four others|missing]] have not been found. Niger's army keeps [[several hundred troops|combatants]]
    in the area. Diffa hosts [[about 260,000 displaced people and refugees|displaced;n=people and
    refugees]] in total.""",
)

item(
    "Mozambique budgets for Cabo Delgado reconstruction",
    """Mozambique's parliament approved a reconstruction budget of {{$300 million}} for Cabo Delgado
    on {{December 14}}, {{four years}} after the province's insurgency began in {{October 2017}}.
    The money will be spread over {{five years}}, with {{40%}} set for roads and power lines. The
    plan covers the province's northern districts and {{a 250-kilometre}} stretch of the coastal
    road.""",
)

item(
    "Borno sets a calendar for Bama and Gwoza resettlement",
    """The Borno State government will begin its next round of resettlement to Bama and Gwoza on
    {{April 2}}, after the end of Ramadan, the commissioner for reconstruction said on {{Friday}}.
    Buses will leave Maiduguri at {{6am}} each day for {{two weeks}}, under military escort on the
    {{73-kilometre}} road. Returning households will receive {{50,000 naira}} in cash and
    {{25kg}} of grain. The state's {{2026}} budget includes {{120 billion naira}} for rebuilding,
    about {{18%}} of spending.""",
)
