"""Syria, Türkiye, Lebanon, Iraq, Yemen and Gaza: returns, camps in winter and in floods,
collective shelters, camp closures, evacuations and deportations (9 articles, one without a
figure)."""

from _wrap import item

item(
    "Half a million Syrians return from abroad since Assad's fall, UNHCR says",
    """GENEVA – [[Some 500,000 Syrians|returned;a=UNHCR]] have returned to their country from
    abroad since the fall of the Assad government on {{8 December 2024}}, UNHCR, the UN Refugee
    Agency, said on Tuesday, while [[more than 1.2 million internally displaced people|returned;
    a=UNHCR]] have gone back to their areas of origin. Most refugees have come back from
    Türkiye, Lebanon and Jordan, many through the Bab al-Hawa, Masnaa and Nasib crossings.
    UNHCR has surveyed returnees at the border: nearly half said they had found their houses
    damaged or destroyed. "People are voting with their feet, but they are returning to a
    country that needs everything," said Rania Haddad, UNHCR's representative in Syria. The
    agency expects [[up to 1.5 million refugees|returned;p;a=The agency;alt=UNHCR]] and
    [[2 million displaced people|returned;p;a=The agency;alt=UNHCR]] to return in {{2025}},
    provided funding and security allow. In Idlib and northern Aleppo,
    [[about 1,000 camps|capacity]] still house [[around 2 million people|displaced]], many of
    whom say they cannot leave until they can rebuild. UNHCR is distributing cash and core
    relief items to returnees and has rehabilitated [[212 homes|housing]] in rural Damascus and
    Homs since January. The agency's {{2025}} appeal for Syria of {{$575 million}} is only
    {{15 per cent}} funded. Syria's population before the war began in {{2011}} was
    [[about 22 million|civilians;n=-]]; [[more than 6 million refugees|displaced]] remain in
    neighbouring countries.""",
)

item(
    "Storm floods tents in northwest Syria's displacement camps",
    """IDLIB, Syria – Heavy rain and snow battered displacement camps in northwest Syria
    overnight, flooding or destroying [[hundreds of tents|housing;a=the Syria Civil Defence]]
    and killing a child, according to the Syria Civil Defence, also known as the White Helmets.
    The rescue group said its teams had responded to [[62 camps|capacity;a=The rescue group;
    alt=the Syria Civil Defence]] hit by the storm, where [[1,740 tents|housing;a=The rescue
    group;alt=the Syria Civil Defence]] were damaged and [[310|housing;n=-;u=other;a=The rescue
    group;alt=the Syria Civil Defence]] completely destroyed. A {{seven-year-old}} boy died when
    a wall of his family's tent collapsed near Sarmada, the group said. In the Atmeh camps near
    the Turkish border, families waded through ankle-deep mud to carry what they could save to a
    mosque and a school, which were turned into temporary shelters for
    [[about 250 families|displaced]]. "We have lived in this tent for {{six winters}}, and every
    winter is the same," said Umm Khaled, who fled Maarat al-Numan in {{2019}}. According to the
    Response Coordination Group, a local monitor, [[1.8 million people|displaced;a=the Response
    Coordination Group]] live in [[1,633 camps|capacity;a=the Response Coordination Group]] in
    Idlib and the Aleppo countryside, [[590,000 of them|displaced;n=-;a=the Response
    Coordination Group]] in informal sites lacking basic services. The UN's cross-border
    mechanism delivered [[780 trucks|aid]] of aid through Bab al-Hawa last month, but aid
    workers say winter kits reached only a third of the families who need them.""",
)

item(
    "Lebanon: Flash Update on the escalation of hostilities",
    """Beirut, {{10 October 2024}} – The number of people displaced inside Lebanon since the
    escalation of hostilities on {{23 September}} is estimated at
    [[more than 1.2 million|displaced;n=-;a=the Government of Lebanon]], according to the
    Government of Lebanon. Of these, [[189,174 people|displaced;a=the Disaster Risk Management
    Unit]] are staying in [[1,015 collective shelters|capacity;a=the Disaster Risk Management
    Unit]], of which [[831|capacity;n=-;u=structure;a=the Disaster Risk Management Unit]] have
    reached full capacity, the Disaster Risk Management Unit reported. Most shelters are public
    schools, which has delayed the start of the school year for
    [[some 387,000 children|civilians]] in public education. Since {{23 September}},
    [[over 400,000 people|displaced;a=the Syrian authorities and UNHCR]], the majority Syrians,
    have crossed from Lebanon into Syria, according to the Syrian authorities and UNHCR, mostly
    through the Masnaa border crossing, which was hit by an Israeli airstrike on
    {{4 October}}. The Ministry of Public Health reports that
    [[2,169 people|killed;a=The Ministry of Public Health]] have been killed since
    {{October 2023}}, including [[127 children|killed;a=The Ministry of Public Health]], and
    [[10,212|injured;n=-;a=The Ministry of Public Health]] injured. Partners have distributed
    [[44,000 mattresses|aid]] and hygiene kits to collective shelters. A flash appeal for
    {{$426 million}} was launched on {{1 October}}, and is {{12%}} funded.""",
)

item(
    "As Iraq closes camps, displaced Yazidis face a hard choice",
    """DUHOK, Kurdistan Region – Iraq's Ministry of Migration and Displacement says it will close
    the remaining camps for internally displaced people in the Kurdistan Region by the end of
    the year. [[Some 150,000 people|displaced]], most of them Yazidis from Sinjar, still live in
    [[23 camps|capacity]] there. Families who leave are promised a grant of
    {{4 million Iraqi dinars}}, about {{$3,000}}, and the ministry says
    [[more than 11,000 families|returned;p;a=the ministry;alt=Iraq's Ministry of Migration and
    Displacement]] have already registered to return. But in Sinjar, which Islamic State overran
    in {{August 2014}}, only about a third of homes have been rebuilt, and rival armed groups
    still control parts of the district. "My house has no roof. The school has no teachers. How
    can I go back?" said Khalaf {{Ilyas, 38}}, who has lived in Sharya camp for
    {{nine years}}. The Norwegian Refugee Council estimates that
    [[1.1 million Iraqis|displaced;a=The Norwegian Refugee Council]] remain displaced across the
    country. Meanwhile, Iraq continues to repatriate its citizens from Syria's al-Hol camp.
    [[Another 705 people|returned;a=Iraq's National Security Advisory]], mostly women and
    children, arrived at the {{Jeddah 1}} rehabilitation centre near Mosul last week, bringing
    the total repatriated since {{2021}} to [[more than 10,000|returned;n=-;a=Iraq's National
    Security Advisory]], according to Iraq's National Security Advisory.
    [[At least 3,000 Iraqis|returned]] from earlier groups have since gone home to Anbar,
    Nineveh and Salahuddin. In Sinjar itself, the ministry says
    [[about 3,400 families|returned;a=the ministry;alt=Iraq's Ministry of Migration and
    Displacement]] have gone back since January, but aid workers say
    [[some 300 of them|displaced;n=-;u=household;a=aid workers]] have since returned to the camps, unable to
    find work, water or a functioning clinic. "People go back, look at the ruins, and come
    back," said one camp manager. The Kurdistan Regional Government, which has hosted the camps
    for a decade, says it cannot keep them open without federal money.""",
)

item(
    "Floods tear through displacement sites in Yemen's Marib",
    """Aden/Marib, {{15 August 2024}} – Torrential rains and flash floods have affected
    [[more than 21,000 displaced families|civilians;a=the International Organization for
    Migration (IOM)]] in Marib governorate since late July, damaging or destroying their
    shelters, the International Organization for Migration (IOM) said today. Marib, which hosts
    the country's largest concentration of people displaced by the war, has
    [[197 displacement sites|capacity]], many of them in dry riverbeds that turn into torrents
    within minutes. In Al-Jufainah, the largest site, with [[some 10,000 families|displaced]],
    water swept away tents, latrines and water tanks. [[At least 8 people|killed;a=local
    authorities]], including [[5 children|killed;a=local authorities]], have died in the floods
    in the governorate, local authorities reported. "In the space of an hour, we lost everything
    we had rebuilt since we fled," said Ahmed, who lives at the site with his family. IOM teams
    have distributed [[2,500 emergency shelter kits|aid]] and repaired
    [[120 latrines|aid]], and are pumping out flooded water points. The agency estimates that
    [[6,000 families|civilians;a=The agency;alt=the International Organization for Migration
    (IOM)]] still need urgent shelter assistance. Across Yemen, the floods have affected
    [[over 560,000 people|civilians;a=the UN]] since the start of the rainy season, according to
    the UN. IOM's Yemen appeal for {{2024}} is {{27%}} funded.""",
)

item(
    "Hundreds of thousands flee Rafah as Israel expands evacuation orders",
    """RAFAH, Gaza Strip (AP) — [[About 450,000 Palestinians|displaced;a=the UN agency for
    Palestinian refugees]] have fled Rafah in the past week, the UN agency for Palestinian
    refugees said Tuesday, as Israel expanded evacuation orders and pressed ahead with an
    offensive in the southern city. Before the operation began, Rafah had swelled to
    [[some 1.3 million people|civilians]], most of them displaced from elsewhere in the
    territory. The Israeli military said it had dropped leaflets and sent text messages to warn
    [[about 100,000 people|displaced;p;a=The Israeli military]] in eastern Rafah to move.
    Families are heading to Khan Younis and to the coastal strip of Muwasi, which Israel has
    designated a humanitarian zone, though aid groups say it lacks water, latrines and shelter.
    "Everywhere we go is overcrowded," said Nidal Abu Jame, who has been displaced
    {{five times}} since October. UNRWA said the Rafah crossing with Egypt had been closed for
    {{eight days}}, and that only [[33 aid trucks|aid;a=UNRWA]] had entered through the Kerem
    Shalom crossing in that period. The agency said it had been forced to shut its main
    distribution centre in Rafah and that [[24 of its shelters|capacity;a=The agency;alt=UNRWA]]
    in the city were now empty. The Health Ministry in Gaza says
    [[more than 35,000 Palestinians|killed;a=The Health Ministry in Gaza]] have been killed in
    the war, a figure that does not distinguish between civilians and combatants. Israel
    launched the war after Hamas-led militants attacked southern Israel on {{October 7}},
    killing [[some 1,200 people|killed]] and taking [[around 250 hostages|kidnapped]]. In
    Muwasi, aid groups have set up [[about 50 water points|aid;u=other]], but the UN children's
    agency says there is {{one toilet for every 850 people}}. A tent now sells for more than
    {{$1,000}} in Khan Younis, residents said, and many families are building shelters from
    wood, nylon and blankets. "We carried what we could and left the rest," said one woman,
    sitting on a mattress by the road with her mother. Fuel shortages have forced bakeries in
    central Gaza to close, and the UN said on Tuesday that its last working water desalination
    plant in the south could stop within days. Israel says it is allowing aid into Gaza and
    accuses Hamas of diverting it, which the group denies. Egypt, which has refused to
    coordinate aid through the Rafah crossing while Israeli forces control the Palestinian side,
    warned that the offensive threatened its peace treaty with Israel.""",
)

item(
    "Tens of thousands stream back to northern Gaza on foot",
    """GAZA CITY – [[Tens of thousands of displaced Palestinians|returned]] streamed north along
    Gaza's coastal al-Rashid Road on Monday, after Israel opened the Netzarim corridor under the
    ceasefire that took effect on {{January 19}}. By the afternoon,
    [[more than 300,000 people|returned;a=the Hamas-run government media office]] had crossed,
    the Hamas-run government media office said. Many walked for hours carrying mattresses, bags
    and children, while cars and donkey carts queued on Salah al-Din Road, where vehicles were
    being searched. "We don't care if our house is rubble. We will put a tent on it," said Umm
    Mohammed {{Nassar, 54}}, from Beit Lahia. The UN estimates that about {{92%}} of housing
    units in Gaza have been damaged or destroyed, and
    [[nearly 60,000 structures|housing;a=UN satellite analysis]] were destroyed across the
    territory, according to UN satellite analysis. Before the war, the north was home to
    [[about 1.1 million people|civilians]]. Aid agencies said they had sent
    [[150 tents|aid;a=Aid agencies]] to Gaza City on Sunday, but that
    [[135,000 tents|aid;p;a=Aid agencies]] were needed before the winter ends. Under the truce,
    Hamas is to release [[33 Israeli hostages|kidnapped;p]] in the {{first phase}} in exchange
    for [[hundreds of Palestinian prisoners|other;p]];
    [[seven hostages|kidnapped]] were freed in the {{past two weeks}}.""",
)

item(
    "Turkey steps up migrant checks in Istanbul, deports thousands",
    """ISTANBUL, {{Sept 5}} (Reuters) - Turkish police detained
    [[1,238 irregular migrants|arrested;a=the interior ministry]] in Istanbul in the past week,
    the interior ministry said on Tuesday, as authorities stepped up checks in a city where
    anti-migrant sentiment has risen since the country's economic crisis deepened. Since
    {{June 1}}, mobile migration points set up in Istanbul's districts have checked the papers
    of [[412,000 foreigners|other;a=the ministry;alt=the interior ministry]], the ministry said,
    and [[43,000 people|returned;a=the ministry;alt=the interior ministry]] caught without valid
    documents had been deported. Many of those detained are Afghans, who were flown to Kabul on
    charter flights, while Syrians were sent to removal centres or, in some cases, across the
    border into northern Syria, rights groups said. Turkey hosts
    [[about 3.3 million Syrians|displaced]] under temporary protection, the largest refugee
    population in the world. The government says [[some 550,000 Syrians|returned;a=The
    government]] have returned voluntarily to areas controlled by Turkey and allied groups in
    northern Syria since {{2016}}, where it has helped build
    [[100,000 briquette homes|housing;a=The government]]. The interior minister has pledged to
    bring the number of irregular migrants in the country down to zero and said Turkey would
    open [[15 more removal centres|capacity;p;a=The interior minister]] by the end of the year,
    bringing capacity to [[20,000 people|capacity;p;a=The interior minister]]. "We were picked
    up on the street on the way to work," said a {{24-year-old}} Syrian from Aleppo who asked
    that his name be withheld, speaking by phone from Gaziantep. In Istanbul's Esenyurt
    district, where [[some 60,000 Syrians|displaced]] are registered, shopkeepers said many
    workers had stopped coming to work for fear of checks. Rights groups say some of those
    deported had signed voluntary return forms under pressure, which the ministry denies.""",
)

item(
    "Donors pledge €7.5bn for Syrians at Brussels conference",
    """BRUSSELS – Donors pledged {{€7.5bn}} in grants and loans for Syria and its neighbours at
    the {{eighth}} Brussels conference on Monday, down from {{€9.6bn}} a year earlier, as
    fatigue sets in {{13 years}} into the conflict. The European Union alone committed
    {{€2.12bn}} for {{2024}} and {{2025}}, the EU's foreign policy chief said. The UN says its
    {{2024}} appeal for Syria, worth {{$4.07bn}}, is only {{6 percent}} funded
    {{five months}} into the year. Lebanon's caretaker prime minister urged donors to support
    the return of refugees, arguing his country can no longer cope; Beirut says
    {{one in three}} people in the country is a refugee, a share the UN disputes. Jordan's
    foreign minister warned that food aid cuts by the World Food Programme, which reduced
    monthly vouchers to {{$15 per person}} in the camps, risked pushing families into child
    labour and early marriage. Several NGOs said the conference, held every year since
    {{2017}}, had become a ritual that left Syrians outside the room.""",
)
