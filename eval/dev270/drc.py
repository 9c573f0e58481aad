"""Ituri and the Kivus (M23, ADF, CODECO), 2014-2026: seventeen items, two without a figure."""

from _wrap import item

item(
    "Ituri: militiamen storm Plaine Savo displacement site",
    """Militiamen of the CODECO armed group stormed the Plaine Savo displacement site in Djugu
    territory before dawn on {{February 2}}, killing [[at least 60 people|killed;a=local
    officials]], local officials said. The Red Cross said its volunteers had by evening
    recovered [[58 bodies|killed;a=The Red Cross]], many of them women and children, and
    buried them in a common grave near the site. [[Another 36 people|injured;a=Dieudonne
    Lossa]] were taken to the Bule general hospital with machete and gunshot wounds,
    according to Dieudonne Lossa, a civil society coordinator in Djugu. UN agencies say the
    site had sheltered [[about 24,000 displaced people|displaced;a=UN agencies]], most of them
    from Hema villages attacked in {{2019}} and {{2020}}. Witnesses said the attackers set fire
    to the shelters as they withdrew; by a count of camp leaders, [[1,163 shelters|housing;a=camp
    leaders]] were burned. Most residents fled on foot to Bule, where [[nearly 3,000
    families|displaced;a=humanitarian workers]] had arrived by the next evening,
    humanitarian workers said. MONUSCO said it had deployed [[150 peacekeepers|combatants;
    a=MONUSCO]] to the area after the attack, and the army promised to pursue the assailants.
    Ituri has been under a state of siege, a form of military rule, since {{May 2021}}.""",
)

item(
    "Thousands cross into Uganda as M23 seizes Bunagana",
    """[[More than 30,000 Congolese|displaced;a=Ugandan officials]] crossed into Uganda after
    {{M23}} rebels seized the border town of Bunagana, Ugandan officials said on {{June 14}},
    one of the largest influxes through Kisoro district in a decade. "We received [[over 7,000
    people|displaced;a=Mathias Mungereza]] in one night alone," said Mathias Mungereza, who
    coordinates the Nyakabande transit centre. The centre was built to hold [[about 1,800
    people|capacity;a=Mathias Mungereza]] and now holds four times that, he said. Uganda's
    refugee ministry said it planned to relocate [[up to 20,000 refugees|displaced;p;a=Uganda's
    refugee ministry]] to the Nakivale settlement in the coming weeks, at a pace of [[500 people
    a day|displaced;p;a=Uganda's refugee ministry]]. Local leaders in Bunagana said [[eight
    civilians|killed;a=Local leaders]] had been killed by stray shells, and that [[a dozen
    soldiers|combatants;a=Local leaders]] of the Congolese army had crossed with the refugees
    and handed their weapons to the Ugandan army. The rebels, who say they defend Congolese
    Tutsis, have not held a town of this size since they took Goma in {{November 2012}}.""",
)

item(
    "Cholera spreads in Kanyaruchinya as sites swell north of Goma",
    """Medecins Sans Frontieres said on Tuesday that its teams had treated [[312 suspected
    cholera cases|other;a=Medecins Sans Frontieres]] in the Kanyaruchinya area north of Goma in
    {{three weeks}}, as people fleeing fighting between the army and {{M23}} kept arriving. The
    charity estimates that [[roughly 180,000 people|displaced;a=The charity;alt=Medecins Sans
    Frontieres]] now live in the makeshift sites along the road to Rutshuru, many under plastic
    sheeting strung between banana trees. "There is one latrine {{for every 200 people}}, when
    the emergency standard is {{one for 20}}," said Gabriel Sanchez, the group's emergency
    coordinator. MSF said it had built [[75 latrines|aid;a=MSF]] and planned [[400 more|aid;p;
    a=MSF;n=-;u=other]] by the end of the month. The provincial health division reported [[11
    deaths|killed;a=The provincial health division]] from the disease so far. Local
    authorities counted [[23 sites|capacity;a=Local authorities]] in Nyiragongo territory
    alone, up from [[five|capacity;u=other;a=Local authorities]] in {{October}}.""",
)

item(
    "Goma after the fall: bodies in the streets, camps emptied",
    """The United Nations said on {{January 31}} that [[at least 700 people|killed;a=The United
    Nations]] had been killed and [[2,800 wounded|injured;a=The United Nations]] in the
    fighting for Goma since {{January 26}}, when {{M23}} fighters backed by Rwandan troops entered
    the city. The World Health Organization said morgues were full and that bodies were
    still being collected in several neighbourhoods. Hospitals run by the International
    Committee of the Red Cross admitted [[more than 600 patients|injured;a=the International
    Committee of the Red Cross]] with weapon wounds in a week, according to the International
    Committee of the Red Cross. Before the offensive, the displacement camps around Goma held
    [[an estimated 650,000 people|displaced;a=OCHA]], OCHA said. Many of those camps are now
    empty: rebel officials have ordered residents to go back to their villages in Masisi and
    Rutshuru, and humanitarian workers said [[tens of thousands|returned;a=humanitarian
    workers]] had left on foot. Rwanda's government said it had received [[about 1,200
    Congolese|displaced;a=Rwanda's government]] in Gisenyi, including [[hundreds of children|
    displaced;a=Rwanda's government]].""",
)

item(
    "ADF gunmen attack church vigil in Komanda",
    """Fighters of the Allied Democratic Forces attacked a Catholic church in Komanda, in Ituri
    province, during a night vigil, killing [[43 worshippers|killed;a=Father Aime Kahindo]],
    Father Aime Kahindo, the parish priest, said on Sunday. [[Nineteen of the dead|killed;
    a=the diocese of Bunia]] were children, the diocese of Bunia said in a statement. The
    attackers also set fire to [[about 20 houses|housing]] and [[a dozen vehicles|other]] parked
    near the market. Survivors said the gunmen took [[at least seven people|kidnapped;
    a=Survivors]] into the forest, among them [[two teenage girls|kidnapped;a=Survivors]].
    Christophe Munyanderu, a civil society leader in Komanda, said [[more than 1,000
    residents|displaced;a=Christophe Munyanderu]] had left for Bunia by the following day.
    The ADF, a group of Ugandan origin that pledged allegiance to the Islamic State in
    {{2019}}, has killed [[thousands of civilians|killed]] in Beni, Lubero and Ituri over the
    past decade.""",
)

item(
    "Hundreds of inmates escape as gunmen storm Beni prison",
    """Suspected ADF fighters attacked Kangbayi central prison in Beni overnight, freeing [[more
    than 1,300 inmates|other;a=Modeste Bakwanamaha]], the mayor, Modeste Bakwanamaha, told
    reporters on {{October 20}}. The prison held [[1,456 detainees|arrested;a=prison
    officials]] before the attack, and only [[110|arrested;a=prison officials]] stayed in their
    cells, prison officials said. The attackers killed [[two police officers|killed]] at the
    gate and used explosives to breach a wall, and [[11 inmates|killed]] were shot dead as they
    ran. Police said [[236 escapees|arrested;a=Police]]
    had been recaptured by the evening of the next day. Residents of the Kangbayi
    neighbourhood fled as the gunfire began, and [[about 4,000 people|displaced;a=the civil
    society of Beni]] spent the night in the town centre, according to the civil society of
    Beni. The Islamic State claimed the attack on its Amaq channel within {{24 hours}}.""",
)

item(
    "Bombs hit camps on Goma's western edge",
    """Bombs struck the Lac Vert and Mugunga displacement camps on the western edge of Goma on
    Friday, killing [[at least 35 people|killed;a=the UN]], most of them children, the UN
    said. Red Cross volunteers carried [[nine bodies|killed]] out of the Lac Vert site alone.
    MSF said it had received [[more than 20 wounded|injured;a=MSF]] at the Kyeshero hospital
    within hours. The army blamed {{M23}} rebels, who denied responsibility and accused the army
    and its allied militias. The camps between Goma and Sake, {{some 25 km}} to the west, shelter
    [[more than 250,000 people|displaced;a=OCHA]], OCHA said, and shelling around Sake since
    {{February}} has driven [[about 135,000 more|displaced;a=OCHA;n=-]] into them. "People ran
    towards the city in the dark," said Esperance Kavira, a camp committee member, who
    estimated that [[several hundred families|displaced;a=Esperance Kavira]] had left Mugunga
    overnight. The provincial government declared {{three days}} of mourning.""",
)

item(
    "Ituri displacement at 1.7 million, tracking matrix says",
    """The number of people displaced within Ituri province reached [[1.7m|displaced;a=IOM's
    Displacement Tracking Matrix]] at the end of {{September}}, according to IOM's
    Displacement Tracking Matrix, up from [[1.5m|displaced;a=IOM's Displacement Tracking
    Matrix]] in {{March}}. Djugu territory alone accounted for [[about 620,000|displaced]].
    Enumerators counted [[146 displacement sites|capacity;a=Enumerators]] across the province,
    most of them around Bunia, Bule and Fataki, while [[98,000 households|displaced;a=the
    report;alt=IOM's Displacement Tracking Matrix]] lived with host families, the report said.
    Over the {{six months}}, [[some 265,000 people|returned]] went back to their villages, mostly
    in Irumu and Mahagi. Returns were held back by new attacks: fighting between CODECO and
    the Zaire militia forced [[about 45,000 people|displaced]] out of the Djugu hills in
    {{August}}. Of the displaced, {{61%}} are women and girls.""",
)

item(
    "Schools become shelters as Minova empties",
    """[[At least 178,000 people|displaced;a=OCHA]] fled Minova and the hills of Kalehe after
    {{M23}} took the town on {{January 21}}, OCHA said on Monday. Displaced families have moved
    into [[32 schools|capacity;a=the provincial education office]] in the surrounding area,
    the provincial education office said, leaving [[about 14,000 pupils|other;a=the provincial
    education office]] without classes. In Bweremana, [[two churches|capacity;a=Jean-Bosco Habimana]] are
    sheltering [[around 3,500 people|displaced;a=Jean-Bosco Habimana]], said Jean-Bosco
    Habimana, a pastor of the CBCA church. "They sleep on the benches and under the
    altar," he said. The World Food Programme said it had brought [[420 tonnes|aid;a=The World
    Food Programme]] of food by boat across Lake Kivu from Bukavu, enough for [[68,000
    people|aid;a=The World Food Programme]] for {{two weeks}}.""",
)

item(
    "Bunia's churches fill as bishop pleads for protection",
    """Bishop Dieudonne Uringi of Bunia said on Sunday that [[14 parishes|capacity;u=structure;
    a=Bishop Dieudonne Uringi]] in his diocese were sheltering displaced people, and that [[at
    least 22 parishioners|killed;a=Bishop Dieudonne Uringi]] had been killed in attacks since
    Easter. At the Notre-Dame de Fatima parish, [[about 900 families|displaced;a=its
    priest;alt=the Notre-Dame de Fatima parish]] sleep in classrooms and under the verandas,
    its priest said. Church leaders put the number of displaced people in Bunia town at [[more
    than 80,000|displaced;a=Church leaders]]. Caritas Bunia said it had handed out [[3,200
    kits|aid;a=Caritas Bunia]] of blankets, soap and jerrycans, but needed twice as many.
    [[Two priests|kidnapped]] abducted on the road to Mambasa in {{March}} have not been heard
    from. The provincial government has promised a new site outside the town for [[5,000
    people|capacity;p;a=The provincial government]].""",
)

item(
    "Lubero: hospital overwhelmed as fighting nears",
    """MSF teams at the Lubero general referral hospital treated [[47 wounded|injured;a=the medical charity;alt=MSF]] in the {{48 hours}} after fighting reached Kanyabayonga, the medical charity said.
    The territorial administrator, Colonel Alain Kiwewa, said [[more than 100,000
    people|displaced;a=Colonel Alain Kiwewa]] had fled north towards Lubero and Butembo. [[Some
    30,000|displaced]] were sleeping in schools and churches in Butembo by the weekend.
    Kanyabayonga, a town of [[about 60,000 residents|civilians]] before the fighting, was
    almost empty, witnesses said. Further north, ADF fighters killed [[14 farmers|killed;a=local
    civil society]] in their fields near Manguredjipa and abducted [[nine|kidnapped;a=local
    civil society]], local civil society said. The army has fought {{M23}} in Lubero since
    {{June}}.""",
)

item(
    "UNHCR warns of pressured returns after M23 empties camps",
    """UNHCR said on {{February 11}} that [[more than 110,000 people|returned;a=UNHCR]] had left
    the displacement sites around Goma in the {{two weeks}} since the city fell, many after
    {{M23}} told them to leave within {{72 hours}}. In Kibumba, local chiefs counted [[about 1,500
    houses|housing;a=local chiefs]] burned or looted during {{three years}} of rebel occupation.
    In Rusayo, where [[four sites|capacity]] once held [[nearly 100,000 people|displaced]],
    only trampled plastic sheeting remains. The agency plans to support [[up to 60,000
    returnees|aid;p;a=The agency;alt=UNHCR]] with shelter kits and cash this year. Others have
    nowhere to go: [[some 40,000 people|displaced;a=the Norwegian Refugee Council]] remain in
    churches, schools and host homes inside Goma, according to the Norwegian Refugee Council.
    [[A further 7,000 families|returned;p;a=rebel-appointed officials]] are expected to go
    back to Rutshuru before the planting season, rebel-appointed officials said.""",
)

item(
    "CODECO fighters raid Lala site, abduct residents",
    """CODECO fighters raided the Lala displacement site in Djugu territory on Tuesday night,
    killing [[46 people|killed;a=the army]] and abducting [[at least 10|kidnapped;a=the army]],
    the army said. [[Three of the hostages|kidnapped;a=elders]] were released on Thursday
    after talks, elders said. The army said its troops had killed [[12 militiamen|killed;a=The
    army]] in a counter-attack. [[About 2,000 soldiers|combatants;a=Lieutenant Jules Ngongo]]
    are deployed in Djugu, said Lieutenant Jules Ngongo, the army's spokesman in Ituri.
    [[Three soldiers|killed;a=the army]] died in the fighting, the army
    said. [[More than 6,000 residents|displaced]] of Lala and nearby villages have fled to Fataki.
    CODECO, a loose alliance of Lendu militias, has attacked displacement sites in Djugu
    repeatedly since {{2017}}.""",
)

item(
    "Drodro: families search for the missing a week after massacre",
    """A week after gunmen attacked Drodro and nearby villages, the Red Cross said [[25
    people|missing;a=the Red Cross]] were still unaccounted for. The attack killed [[about 44
    people|killed;a=local authorities]], local authorities said, and burned [[120 huts|housing]].
    Families have reported [[more than 300 relatives|missing;a=Families]] missing to the ICRC
    since the fighting spread across Djugu in {{November}}. [[More than 40,000
    people|displaced]] are sheltering around the hospital in Drodro, and the Rhoe site nearby
    holds [[65,000|displaced;a=camp managers]], camp managers said. "Every night we hear
    shooting in the hills," said a woman of {{42}} who fled with her children.""",
)

item(
    "Dozens killed in protests against UN mission in eastern Congo",
    """[[At least 36 people|killed;a=the government]], including [[four peacekeepers|killed;a=the
    government]], were killed during {{three days}} of protests against the UN mission in Goma,
    Butembo and Uvira, the government said. [[About 170 others|injured;a=the government]] were
    wounded, it said. Police arrested [[more than 50 people|arrested]] in Goma, where crowds
    looted a UN warehouse. MONUSCO said it had relocated [[dozens of staff|displaced;a=MONUSCO]]
    from Butembo to Beni. The mission has [[about 800 troops|combatants;a=a spokesperson]] in
    and around Butembo, a spokesperson said. Protesters accuse the mission, deployed since
    {{1999}}, of failing to stop attacks by the ADF and {{M23}}.""",
)

item(
    "Congo's aid appeal badly underfunded at mid-year",
    """The humanitarian response plan for the Democratic Republic of Congo, which seeks
    {{$2.54 billion}} for {{2025}}, was only {{11%}} funded by the end of {{June}}, OCHA said. That
    is the lowest mid-year level since {{2016}}, and it comes after the United States cut
    {{$910 million}} in grants in {{February}}. The World Food Programme warned it would halve
    rations in Ituri and the Kivus from {{August 1}} unless {{$120 million}} arrived within
    {{three months}}. Aid groups meeting in Goma on {{July 8}} said that the plan's first and
    second priorities, shelter and health, had received less than {{5%}} of what they need.""",
)

item(
    "Security Council extends MONUSCO for a year",
    """The UN Security Council on {{December 20}} extended the mandate of MONUSCO, the UN
    mission in Congo, until {{December 20, 2025}}, adopting {{Resolution 2765}} unanimously. The
    resolution pauses the drawdown begun in {{2024}}, when the mission left South Kivu, and
    demands that {{M23}} withdraw from the areas it has held since {{2021}}. Diplomats said the
    text had been negotiated over {{six weeks}}. The council also asked the Secretary-General to
    report every {{90 days}} on the Luanda process, the mediation launched in {{2022}}.""",
)
