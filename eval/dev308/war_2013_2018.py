"""dev308: the civil war, 2013-2018 (Juba, Bor, Bentiu, Malakal, Equatoria, Unity)."""

from _wrap import item

item(
    "Juba fighting: thousands shelter at UN bases as curfew imposed",
    """Clashes between rival units of the presidential guard spread across Juba for a {{third}}
    day on {{17 December 2013}}, and UNMISS said [[some 13,000 civilians|displaced;a=UNMISS]] had
    crowded into [[its two bases|capacity;u=structure;a=UNMISS]] in the capital. Health officials
    said [[at least 66 soldiers|killed;a=Health officials]] had died in the first night of fighting
    alone. Juba Teaching Hospital had admitted [[more than 130 wounded|injured;a=a doctor]] by
    Tuesday evening, a doctor told AFP. The government said
    [[11 senior politicians|arrested;a=The government]] were being held over what it called a
    failed coup. Witnesses described
    [[dozens of men|arrested;a=Witnesses]] from one ethnic group being rounded up in Gudele and
    Munuki. A curfew from {{6pm}} to {{6am}} remained in force. [[Around 600 foreign nationals|other]] were flown out of Juba airport by charter flights.""",
)

item(
    "Bodies in Bor streets as army retakes Jonglei capital",
    """Government troops backed by Ugandan forces retook Bor on {{18 January 2014}}, a month after
    the town first fell to forces loyal to Riek Machar. A Reuters reporter counted
    [[at least 30 bodies|killed;a=A Reuters reporter]] along the road to the market, some of them
    with their hands tied. Army spokesman Philip Aguer said
    [[some 4,000 soldiers|combatants;a=Philip Aguer]] had taken part in the assault.
    [[About 9,000 people|displaced]] had been sheltering inside the UN base since December. Aid
    workers there said they had treated [[hundreds of patients|injured;a=Aid workers]] for gunshot
    wounds over {{five weeks}}. OCHA estimated that [[around 84,000 people|displaced;a=OCHA]] had
    crossed the Nile to Awerial in Lakes state, where [[fewer than 20 latrines|aid]] served the
    first arrivals. The army said it had captured [[more than 100 rebels|arrested;a=The army]] in the town.""",
)

item(
    "UN: hundreds killed in Bentiu mosque and hospital as rebels seize town",
    """Forces of the SPLM-in-Opposition killed [[more than 200 civilians|killed;a=UNMISS]] who had
    sought shelter in Bentiu's Kali-Ballee mosque after they took the town on
    {{15 April 2014}}, UNMISS said. [[More than 400 others|injured;a=the mission;alt=UNMISS]] were
    wounded, the mission added. Investigators said gunmen had also entered the town hospital
    and shot dead [[19 patients|killed;a=Investigators]], among them Nuer men who had refused to
    cheer the arrival of the opposition fighters. Local radio broadcast messages urging men to
    rape women of the other community. The number of people at the UN compound outside Bentiu
    rose to [[more than 22,000|displaced;a=UN officials]] in a week, UN officials said, in a camp
    designed for [[5,000 people|capacity;a=UN officials]]. [[Two local aid workers|missing]] were
    still unaccounted for.""",
)

item(
    "Malakal, a ghost town after changing hands for a third time",
    """Malakal, the capital of Upper Nile state, changed hands for the {{third}} time since December
    when government forces pushed opposition fighters out on {{20 March 2014}}. Before the war
    the river port had [[an estimated population of 150,000|civilians]]. Aid workers who reached
    the town said [[fewer than 10,000 residents|civilians;a=Aid workers]] remained. MSF said
    [[14 patients|killed;a=MSF]] had been shot in their beds at the teaching hospital, and that
    bodies had been left in the wards for days. Inside the UNMISS base,
    [[about 21,000 people|displaced]] were living in conditions MSF described as
    appalling. A UN assessment team counted [[dozens of bodies|killed;a=A UN assessment team]] on
    the streets and reported that [[more than 300 homes|housing;a=A UN assessment team]] and most
    of the market had been looted and burned. Fighters had also taken [[at least 20 women|kidnapped;a=residents]] from the town, residents said.""",
)

item(
    "Juba death toll passes 270 as Machar's forces pull out",
    """At least {{four days}} of fighting in Juba between the SPLA and troops loyal to
    first vice-president Riek Machar killed [[at least 272 people|killed;a=the health ministry]],
    including [[33 civilians|killed;a=the health ministry]], the health ministry said on
    {{11 July 2016}}. OCHA said [[36,000 people|displaced;a=OCHA]] had fled their homes, many to
    UN bases and church compounds. China's defence ministry said
    [[two Chinese peacekeepers|killed;a=China's defence ministry]] had died when a shell hit their
    armoured vehicle, and [[seven others|injured;a=China's defence ministry]] were hurt.
    Soldiers stormed the Terrain hotel compound, where aid workers were staying.
    [[Some 1,800 fighters|combatants;a=opposition officials]] loyal to Machar withdrew to the bush
    south-west of the city, opposition officials said. UNHCR said [[some 8,000 people|displaced;a=UNHCR]] crossed into Uganda in the following week.""",
)

item(
    "Refugees pour out of Yei as fighting reaches the Equatorias",
    """Yei, once a market town of [[more than 200,000 people|civilians;a=local officials]], has
    been largely emptied, local officials said in {{November 2016}}. UNHCR said
    [[about 2,400 refugees a day|displaced;a=UNHCR]] were crossing into Uganda, most of them women
    and children from Central and Yei River states. Gunmen ambushed a bus on the Yei road on
    {{10 October}}, killing [[21 passengers|killed;a=the local commissioner's office]], according to the local commissioner's office.
    Witnesses said [[at least 14 others|injured;a=Witnesses]] were taken to Yei hospital. The army
    denied that its soldiers had burned [[dozens of villages|housing;u=other]] around Morobo and
    Lainya. An aid group working in the area said it had counted
    [[some 3,000 homes|housing;a=An aid group]] burned in the county in {{three months}}. In Morobo, soldiers detained [[11 civilians|arrested;a=relatives]] accused of feeding rebels, relatives said.""",
)

item(
    "Wau clashes push thousands into cathedral compound",
    """Fighting in Wau between government soldiers and armed youth killed
    [[more than 40 people|killed;a=the state information minister]], the state information
    minister said on {{26 June 2016}}. The UN said [[some 38,000 people|displaced;a=The UN]] had fled
    their homes in the town. [[About 10,000 of them|displaced;n=-]] were sheltering at St Mary's
    cathedral and another [[12,000|displaced]] at a site next to the UN base. Witnesses said
    soldiers went house to house in the Jedid and Hai Dinka neighbourhoods, and that
    [[at least 17 men|arrested;a=Witnesses]] were taken away and not seen again. Church officials
    said [[more than 60 wounded|injured;a=Church officials]] had been treated at a clinic set up in
    the cathedral's school. [[Three churches|capacity;u=structure]] in the town were sheltering
    displaced families by the weekend.""",
)

item(
    "UN report: children among hundreds killed in Unity state offensive",
    """A UN human rights report published on {{10 July 2018}} said government forces and allied
    militias killed [[at least 232 civilians|killed;a=A UN human rights report]] in southern
    Unity state between {{16 April}} and {{24 May}}. The report documented the rape of
    [[120 women and girls|other;n=women and girls;a=The report]], some as young as {{four}}, and said
    [[some 132 women and girls|kidnapped;n=women and girls;a=The report]] had been abducted.
    Investigators said children and elderly people were hanged from trees and that some victims
    were burned alive in their homes in Leer and Mayendit counties. According to OCHA,
    [[more than 40 villages|housing;u=other;a=OCHA]] were looted or burned. The violence drove
    [[an estimated 20,000 people|displaced]] into the swamps and islands along the Nile. The report also said [[some 4,000 cattle|other;a=The report]] were looted, and that [[at least 25 boys|kidnapped;a=The report]] were forcibly recruited.""",
)

item(
    "Cobra faction frees child soldiers in Pibor",
    """UNICEF said on {{10 February 2015}} that [[about 3,000 children|combatants;a=UNICEF]] were
    to be released by the South Sudan Democratic Army-Cobra Faction over the coming
    weeks, one of the largest such releases anywhere. The first group of
    [[280 boys|combatants;a=the agency;alt=UNICEF]], aged {{11 to 17}}, handed over their weapons at
    a ceremony in Gumuruk, the agency said. [[About 2,000 of the children|returned;p;n=children;a=officials]]
    would be reunited with their families, officials said, though UNICEF warned that many
    villages had been destroyed. The agency said it needed {{$10 million}} for a
    {{two-year}} reintegration programme. Aid workers said [[hundreds of children|combatants]] were
    still believed to be with other armed groups in Jonglei. [[More than 60 of the boys|combatants;n=boys;a=the agency;alt=UNICEF]] had been fighting for {{four years}} or longer, the agency said. UNICEF's partners built [[three interim care centres|capacity]] in Gumuruk and Pibor.""",
)

item(
    "Famine declared in two Unity state counties",
    """The government and UN agencies declared famine in Leer and Mayendit counties on
    {{20 February 2017}}, the first such declaration anywhere in {{six years}}.
    [[About 100,000 people|civilians;a=FAO, UNICEF and WFP]] were facing starvation and
    [[a further 1 million|civilians;a=FAO, UNICEF and WFP]] were on the brink, FAO, UNICEF and WFP said
    in a joint statement. In all, [[4.9 million people|civilians]], more than {{40 percent}} of the
    population, needed urgent food, nutrition and agricultural help. WFP said it had delivered
    [[more than 1,600 tonnes|aid;a=WFP]] of food by air since January. The number in need was
    expected to rise to [[5.5 million|civilians;p;a=the agencies;alt=FAO, UNICEF and WFP]] at the height of the lean
    season in {{July}}, the agencies said. OCHA said [[about 100,000 people|displaced;a=OCHA]] had fled Leer and Mayendit for the swamps and the Bentiu protection site since {{2016}}.""",
)

item(
    "Villages burned in Kajo-Keji as civilians flee to Uganda",
    """Human Rights Watch said on {{23 March 2017}} that government soldiers had killed
    [[at least 15 civilians|killed;a=Human Rights Watch]] in villages of Kajo-Keji county since
    January. The group said satellite images showed
    [[some 400 homes|housing;a=The group;alt=Human Rights Watch]] burned around Logo and Limi. Residents
    said soldiers had detained [[dozens of young men|arrested;a=Residents]] whom they accused of
    supporting the rebels. The county, home to [[about 200,000 people|civilians]] before the war,
    was now largely empty. The UN refugee agency said
    [[more than 35,000 people|displaced;a=The UN refugee agency]] from Kajo-Keji had registered in
    Uganda's Moyo district since {{mid-January}}. Church leaders said [[six priests|missing;a=Church leaders]] had not been heard from since the attacks began, and that [[a dozen chapels|housing;u=structure;a=Church leaders]] had been looted.""",
)

item(
    "Activists abducted in Nairobi feared killed, panel says",
    """A UN panel of experts said on {{25 April 2019}} that
    [[two South Sudanese activists|kidnapped;a=A UN panel of experts]] abducted in Nairobi in
    {{January 2017}} were probably executed at a training centre of the National Security Service.
    The panel said the men, a lawyer and a member of the SPLM-IO, were flown to Juba and held at
    the agency's headquarters. Amnesty International has documented
    [[at least 30 people|arrested;a=Amnesty International]] held without charge at the site, known
    as the Blue House, since the start of the war. The group said
    [[at least 20 people|missing;a=The group;alt=Amnesty International]] detained by the security
    service between {{2014}} and {{2018}} were still missing. In {{October 2018}},
    [[127 detainees|arrested]] staged a protest at the Blue House, and the government later freed
    [[30 of them|arrested;n=-]] under a presidential pardon. Relatives said [[at least four other critics|missing;a=Relatives]] of the government had vanished after being detained in Juba.""",
)

item(
    "MSF: patients among dead as gunmen storm Malakal protection site",
    """Armed men entered the UN protection of civilians site in Malakal on the night of
    {{17 February 2016}} and opened fire, killing [[at least 25 people|killed;a=MSF]], including
    [[two MSF staff|killed;a=MSF]], MSF said. The charity said its hospital inside the site treated
    [[more than 100 wounded|injured;a=The charity;alt=MSF]] in {{48 hours}}. Fires set during the
    attack destroyed [[some 3,700 shelters|housing;a=UNMISS]], according to UNMISS, mostly in the
    Shilluk and Nuer sections. [[About 29,000 people|displaced]] were living in the site at the
    time. A UN board of inquiry later found that peacekeepers had been slow to respond and that
    [[dozens of uniformed men|combatants;a=A UN board of inquiry]] had taken part in the assault.
    [[Hundreds of residents|displaced;a=aid workers]] fled into the UN logistics base during the
    night, aid workers said.""",
)

item(
    "Six aid workers killed in ambush on Pibor road",
    """Gunmen ambushed a convoy on the road from Juba to Pibor on {{25 March 2017}}, killing
    [[six aid workers|killed;a=OCHA]], OCHA said, the deadliest single attack on humanitarians since
    the war began. The UN humanitarian coordinator said
    [[at least 79 aid workers|killed;a=The UN humanitarian coordinator]] had been killed in the
    country since {{December 2013}}. The convoy of [[three vehicles|other]] belonged to a local
    aid group. Police said [[four suspects|arrested;a=Police]] had been detained near Gumuruk.
    Humanitarian agencies suspended operations in the area for {{two weeks}}, leaving
    [[some 60,000 people|civilians;a=the coordinator's office]] without food deliveries, the
    coordinator's office said. The ambush came weeks after gunmen held [[eight aid workers|kidnapped;a=the aid group]] for {{two days}} near Lainya, the aid group said.""",
)

item(
    "Cantonment sites short of food as unification deadline nears",
    """The ceasefire monitoring body CTSAMVM said on {{6 November 2019}} that
    [[more than 40,000 fighters|combatants;a=CTSAMVM]] had reported to cantonment sites and barracks
    under the {{2018}} peace agreement. The deal calls for a unified force of
    [[83,000 troops|combatants;p]] drawn from the army and the opposition. The monitors said food
    had run out at [[at least 10 of the sites|other;n=sites;a=The monitors]] and that
    [[hundreds of recruits|combatants;a=The monitors]] had deserted. There are
    [[35 cantonment sites|other;a=the peace monitors]] and [[25 barracks|other;u=structure;a=the peace monitors]] in all, according
    to the peace monitors. The first [[1,500 trainees|combatants;p;a=officials]] were due to
    graduate in {{March}}, officials said.""",
)

item(
    "Peace deal signed in Addis Ababa, transitional period to start in May",
    """President Salva Kiir and opposition leader Riek Machar signed the revitalised peace
    agreement in Addis Ababa on {{12 September 2018}}, nearly {{five years}} after the war began in
    {{December 2013}}. The deal provides for a pre-transitional period of {{eight months}} followed
    by a transitional government of {{36 months}}. Mediators from IGAD said the budget for the
    pre-transitional tasks was {{$285 million}}, of which the government had pledged
    {{$100 million}}. Elections were provisionally set for {{2022}}, a date later moved to
    {{December 2024}} and then to {{December 2026}}. Diplomats said the accord reused
    {{80 percent}} of the text of the failed {{2015}} agreement.""",
)

item(
    "Oil output recovers as pipeline through Sudan reopens",
    """South Sudan's oil production rose to about {{150,000 barrels a day}} in {{March 2019}},
    up from roughly {{120,000 barrels}} a year earlier, the petroleum ministry said. Before the war
    began in {{2013}} the country pumped around {{245,000 barrels a day}}, almost all of it through
    the {{1,600-km}} pipeline to Port Sudan. Oil accounts for more than {{90 percent}} of government
    revenue. The ministry said output from Block {{5A}} in Unity state, shut since {{2014}}, would
    resume by {{the end of the year}}. Transit fees paid to Khartoum were cut to {{$24 a barrel}}
    under a deal signed in {{2012}}.""",
)
