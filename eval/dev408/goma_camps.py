"""Items: the displacement sites around Goma, 2022-2026 (Kanyaruchinya, Bulengo, Lushagala,
Rusayo, Mugunga and Lac Vert), the bombs of May 2024, their closure by the M23 in February 2025,
the forced returns to Masisi and Rutshuru and the refugees who came back."""

from _wrap import item

item(
    "Bombs hit Mugunga and Lac Vert camps west of Goma",
    """Bombs that struck the Mugunga and Lac Vert displacement camps west of Goma on
    {{May 3, 2024}} killed [[at least 35 people|killed;a=the UN humanitarian office]], most of
    them women and children, the UN humanitarian office said. The dead included
    [[17 children|killed]]. MSF said its teams at the Mugunga field hospital had received
    [[27 wounded|injured;a=MSF;n=wounded]] and that [[18 bodies|killed;a=MSF]] were brought to
    the morgue. Army spokesman Lieutenant-Colonel Guillaume Ndjike said
    [[four bombs|other;u=other;a=Army spokesman Lieutenant-Colonel Guillaume Ndjike]] had hit the
    camps. The camps shelter [[about 100,000 people|displaced]], most of whom fled {{M23}}
    advances in Rutshuru and Masisi since {{2022}}. Camp leaders said
    [[more than 60 shelters|housing;a=Camp leaders]] were burned. The US State Department blamed
    positions held by the Rwandan army and the M23, which denied it.""",
)

item(
    "Kanyaruchinya swells as people flee Rutshuru fighting",
    """[[More than 50,000 people|displaced;a=the Norwegian Refugee Council]] have crowded into
    school and church grounds at Kanyaruchinya, north of Goma, since fighting between the army
    and the {{M23}} reached Kibumba last week, the Norwegian Refugee Council said on
    {{November 3, 2022}}. The site has [[only 40 latrines|aid;a=the council;alt=the Norwegian
    Refugee Council]] and almost no clean water, the council said. Local authorities in
    Nyiragongo registered [[7,800 households|displaced;a=Local authorities in Nyiragongo]] in
    {{five days}}. [[A further 12,000|displaced;a=UNHCR]] crossed into Uganda through Bunagana
    and Kitagoma, UNHCR said. Doctors Without Borders said
    [[three children|killed;a=Doctors Without Borders]] had died of cholera in the camp.
    [[Hundreds of families|displaced]] were sleeping in the open along the Rutshuru road.""",
)

item(
    "M23 gives Goma's displaced 72 hours to leave the camps",
    """The {{M23}} on {{February 11}} ordered people living in the displacement sites around Goma
    to leave within {{72 hours}}, aid agencies said. The sites held
    [[more than 650,000 people|displaced;a=the UN]] before the rebels took the city, according to
    the UN. UNHCR said [[about 110,000|returned;a=UNHCR]] had already left Bulengo, Lushagala and
    Rusayo for their villages. Camp committees in Bulengo said
    [[about 1,800 shelters|housing;a=Camp committees in Bulengo]] had been torn down. The M23
    said the camps were "no longer needed" and that it would provide transport for
    [[30,000 families|returned;p;a=The M23]]. The UN said it had reports that
    [[at least 11 displaced people|killed;a=The UN]] were killed when fighters forced them out of
    Lushagala. [[Seven sites|capacity]] had been emptied by the end of the week. Aid workers said
    [[about 70,000 people|displaced;a=Aid workers]] had nowhere to go because their villages in
    Masisi were still on the front line.""",
)

item(
    "Returnees find burned homes in Masisi and Rutshuru",
    """UNHCR said on {{March 21}} that [[about 400,000 people|returned;a=UNHCR]] had gone back to
    Masisi and Rutshuru since the Goma sites were emptied. A survey by the agency in
    [[41 villages|other;a=the agency;alt=UNHCR]] found that {{about 60%}} of homes were damaged or
    destroyed. In Kitshanga, [[more than 2,000 houses|housing;a=local officials]] were burned or
    looted during {{two years}} of fighting, local officials said. Local chiefs in Kibumba said
    [[3,200 households|returned;a=Local chiefs in Kibumba]] had registered with them. WFP said it
    would distribute {{two-month}} rations to [[85,000 returnees|aid;p;a=WFP]]. Landmines and
    unexploded shells had killed [[at least nine returnees|killed;a=the UN Mine Action
    Service]] since February, according to the UN Mine Action Service.""",
)

item(
    "Cholera spreads in Bulengo camp",
    """[[More than 1,200 suspected cholera cases|other;a=MSF]] have been recorded in Bulengo and
    the surrounding camps since {{January 2023}}, MSF said on {{March 2}}, and
    [[at least 14 people|killed;a=MSF]] have died. The camp, set up for
    [[about 20,000 people|capacity;a=camp managers]], now shelters
    [[more than 70,000|displaced;a=camp managers]], camp managers said. MSF has built
    [[120 latrines|aid]] since {{December}} but says at least {{three times}} as many are needed.
    UNICEF said it had shipped [[more than 180,000 doses|aid;a=UNICEF]] of oral cholera vaccine
    to Goma for the sites.""",
)

item(
    "Women attacked gathering firewood near Goma camps",
    """MSF said on {{April 20, 2023}} that its teams in the camps around Goma had treated
    [[674 women and girls|injured;a=MSF;n=women and girls]] for sexual violence in
    {{two weeks}}. Most were attacked while collecting firewood in Virunga National Park, the
    charity said. In Bulengo alone, the charity counted
    [[more than 300 survivors|injured;a=the charity;alt=MSF]]. The UN Population Fund said
    [[about 38,000 cases|other;a=The UN Population Fund]] of gender-based violence were reported
    in North Kivu in {{2022}}. Camp leaders said [[four women|killed;a=Camp leaders]] had been
    killed by armed men in the park since {{March}}. Police arrested [[11 men|arrested]] in
    connection with the attacks. MSF has opened [[six clinics|other]] in the sites since
    {{January}}.""",
)

item(
    "Shells fall on Sake as thousands flee towards Goma",
    """OCHA said on {{February 9, 2024}} that [[about 135,000 people|displaced;a=OCHA]] had fled
    Sake and the surrounding hills for Goma in a week, as {{M23}} shells fell on the town.
    [[At least five people|killed;a=witnesses]] were killed when a bomb hit the Sake market on
    {{February 7}}, witnesses said. Goma's hospitals received
    [[more than 240 wounded|injured;a=MSF;n=wounded]] in {{five days}}, according to MSF. The
    newly displaced have settled in Rusayo, Bulengo and [[dozens of informal sites|capacity]]
    along the Sake road. Schools in the city's western districts took in
    [[about 2,400 families|displaced;a=city officials]], city officials said.
    [[About 3,000 Burundian troops|combatants;a=a UN report]] had been deployed around Sake, a UN
    report said.""",
)

item(
    "Rebels load Goma's displaced onto trucks and send them home",
    """{{M23}} fighters loaded [[hundreds of displaced families|returned]] onto trucks at
    Kanyaruchinya on {{February 14}}. Human Rights Watch said on {{March 5}} that the group had
    forced [[at least 70,000 people|returned;a=Human Rights Watch]] out of the Goma sites and back
    to their villages. [[Some 2,500 families|returned]] from Kanyaruchinya were sent to Rutshuru
    in {{a single day}}. The M23 said [[more than 150,000 people|returned;a=The M23]] had gone home
    "voluntarily" and that it had provided [[180 trucks|aid;a=The M23]] for the journeys. UNHCR
    said it had counted [[at least 23 deaths|killed;a=UNHCR]] among returnees, mostly children
    who died of diarrhoea and measles in villages with no health care. The agency said
    [[about 90,000|displaced;a=The agency;alt=UNHCR]] remained in Goma with host families and in
    churches.""",
)

item(
    "Refugees return to Goma from Rwanda as UNHCR stays away",
    """[[About 1,400 Congolese refugees|returned;a=Rwanda's emergency management ministry]]
    crossed back into Goma from Rwanda on {{March 3}}, in the {{first}} return organised since the
    {{M23}} took the city, Rwanda's emergency management ministry said. Rwanda hosts
    [[about 82,000 Congolese refugees|displaced]], most of them in the Kiziba, Kigeme and Mahama
    camps, some since the {{1990s}}. UNHCR said it had not been involved and warned that
    [[4.6 million people|displaced;a=UNHCR]] were still displaced in eastern Congo. In Uganda,
    the Nyakabande transit centre, built for [[1,500 people|capacity;a=Ugandan officials]], held
    [[more than 8,000|displaced;a=Ugandan officials]] in {{February}}, Ugandan officials said.
    The AFC said it expected [[100,000 refugees|returned;p;a=The AFC]] to come home before the end
    of the year.""",
)

item(
    "Fire sweeps Lushagala site, leaving thousands without shelter",
    """A fire swept through the Lushagala displacement site west of Goma on the night of
    {{December 14, 2023}}, destroying [[more than 900 shelters|housing;a=camp managers]], camp
    managers said. [[About 4,500 people|displaced;a=the International Organization for
    Migration]] who lost their shelters were sleeping in the open or with neighbours, the
    International Organization for Migration said. [[Two children|killed;a=the site's health
    post]] died in the blaze and [[17 people|injured;a=the site's health post]] were treated for
    burns, according to the site's health post. IOM said it would distribute
    [[1,000 emergency shelter kits|aid;p;a=IOM]] this week. Lushagala is one of
    [[about 80 sites|capacity]] around Goma and shelters [[some 75,000 people|displaced]], most
    of them from Masisi.""",
)

item(
    "UNHCR cuts cash for returnees as Congo appeal runs dry",
    """UNHCR said on {{June 12, 2025}} that its appeal for Congo, {{$250.1 million}} for the year,
    was {{14%}} funded, forcing it to cut cash support for people going home from the Goma sites.
    The agency's representative said return packages had been reduced from {{$120}} to {{$60}}
    per household. The World Food Programme said it faced a shortfall of {{$399 million}} over
    the next {{six months}} and had halved rations in North Kivu since {{April}}. The United
    States, which provided about {{70%}} of humanitarian funding for Congo in {{2024}}, froze most
    of its aid in {{January 2025}}.""",
)

item(
    "Goma's camps at the end of 2024, in numbers",
    """Goma's displacement sites held [[about 560,000 people|displaced;a=IOM]] in
    {{December 2024}}, spread over [[about 90 sites|capacity;a=IOM]], according to IOM.
    [[Another 190,000|displaced;a=IOM]] lived with host families in the city, it said. The
    largest site, Bulengo, had [[about 24,000 households|displaced]]. Each person had on average
    {{3.5 square metres}} of living space. WFP said it was feeding
    [[about 380,000 people|aid;a=WFP]] in the sites each month, down from
    [[520,000|aid;a=WFP]] in the spring, after a {{40%}} cut in its budget.
    [[Fewer than 1,000 latrines|aid]] served Bulengo, Lushagala and Rusayo together.""",
)

item(
    "Kibumba returnees rebuild among the ruins",
    """In Kibumba, [[about 9,000 returnees|returned;a=the local chief]] have come back since
    {{March}}, the local chief said. [[About 800 houses|housing]] were destroyed in the
    {{two years}} the village sat on the front line. [[Four schools|capacity]] are still occupied
    by families whose homes are gone, and teachers said
    [[about 2,000 pupils|other;a=teachers]] had no classrooms. The Norwegian Refugee Council said
    it planned to rebuild [[600 homes|housing;p;a=The Norwegian Refugee Council]] by
    {{December}}. Since {{April}}, [[three children|killed;a=UNMAS]] have been killed by
    unexploded ordnance in Kibumba's fields, UNMAS said.
    [[About 150 families|displaced]] remain in Goma's churches, unable to go back.""",
)

item(
    "IOM: more than a million went home in the Kivus in 2025",
    """IOM said on {{January 22, 2026}} that
    [[between 1.1 million and 1.3 million people|returned;a=IOM]] had gone home in North and South
    Kivu during {{2025}}, most of them to areas under {{M23}} control.
    [[About 2.5 million|displaced;a=IOM]] were still displaced in the Kivus, it said.
    [[Up to 300,000 people|displaced;p;a=the agency;alt=IOM]] could be displaced again if fighting
    resumes around Uvira, the agency warned. In Masisi territory alone, IOM teams recorded
    [[some 380,000 returnees|returned;a=IOM teams]]. [[As many as 60,000 homes|housing;a=the
    shelter cluster]] in Masisi and Rutshuru were damaged or destroyed, the shelter cluster
    estimates. UNHCR said [[fewer than 20,000|returned;a=UNHCR]] of the
    [[roughly 520,000 Congolese refugees|displaced;a=UNHCR]] in Uganda, Rwanda, Burundi and
    Tanzania had come back.""",
)

item(
    "Hunger follows returnees home to Rutshuru",
    """The World Food Programme said on {{May 15, 2025}} that
    [[about 1.2m people|civilians;a=The World Food Programme]] in Rutshuru and Masisi faced
    crisis levels of hunger, as returnees arrived in villages with no harvest. The agency said it
    had reached [[310,000 people|aid;a=The agency;alt=The World Food Programme]] in {{April}},
    but that [[90 trucks|aid;a=The agency;alt=The World Food Programme]] were waiting in Goma for
    clearance from the {{M23}} administration. Farmers in Rutshuru said
    [[hundreds of goats and cattle|other;n=goats and cattle;a=Farmers in Rutshuru]] had been
    taken by fighters. [[Some 14,000 households|aid]] received seeds and tools from FAO.
    [[Up to 200,000 more returnees|returned;p;a=the agency;alt=The World Food Programme]] are
    expected by the end of the year, the agency said.""",
)

item(
    "Goma's last displaced shelter in churches after camps shut",
    """[[About 25,000 people|displaced;a=the Catholic charity Caritas]] who could not or would not
    go home were sheltering in [[more than 40 churches and schools|capacity;n=churches and
    schools;a=the Catholic charity Caritas]] across Goma in {{April}}, according to the Catholic
    charity Caritas. The {{M23}} administration said
    [[some 6,000|returned;a=The M23 administration]] had been "helped home" in the past week. M23
    police detained [[32 men|arrested;a=the parish priest]] at the Keshero parish on
    {{April 8}}, accusing them of being Wazalendo fighters, the parish priest said. The priest
    said [[eight|missing;a=The priest]] had not been seen since. Caritas said it was feeding
    [[about 3,000 people a day|aid;a=Caritas]] at the parish.""",
)

item(
    "A year after the Mugunga bombs, a widow's story",
    """Esther Kahindo, {{34}}, sells charcoal by the road in Goma's Mugunga district, a short walk
    from where her shelter stood until bombs fell on the camp on {{May 3, 2024}}. The explosions
    came at about {{9.30am}}, she said, while her daughter was fetching water. "It took
    {{20 minutes}} to find her," she said. Her husband died in the attack. The camp was
    dismantled in {{February 2025}}, after the {{M23}} ordered the sites closed. She has been
    displaced for {{three years}} and says she will not go back to Masisi "until the guns are
    quiet".""",
)
