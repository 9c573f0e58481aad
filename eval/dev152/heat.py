"""Wildfires, heatwaves, droughts and food crises: Evros and Rhodes 2023, Kabylie and Manavgat
2021, the 2024 hajj, Iberia 2022, Somalia and Kenya 2022, southern Madagascar 2021 (9
articles)."""

from _wrap import item

item(
    "Evros wildfire: 18 bodies found in forest near Avantas",
    """The bodies of [[18 people|killed;a=the fire service]], believed to be migrants who had
    crossed the border from Turkey, were found in a forest near the village of Avantas on
    Tuesday, the fire service said. [[Two of them|killed;n=-;a=the coroner in Alexandroupolis]]
    were boys, said the coroner in Alexandroupolis, who will try to identify the victims from
    DNA samples. The wildfire, burning for a {{fourth day}}, has forced the evacuation of [[12
    villages|other]] around Alexandroupolis, and authorities said [[as many as 1,200
    residents|displaced;a=authorities]] spent Monday night in sports halls in the city. On
    Tuesday, [[65 patients|displaced]] were moved from the city's university hospital to a
    ferry docked in the port, and [[dozens of newborns|displaced]] were taken to a hospital in
    Komotini. [[More than 290 firefighters|other]], backed by [[seven aircraft|other]] and [[12
    helicopters|other]], were battling the fire on several fronts. Across the country,
    firefighters were fighting [[more than 100 wildfires|other;u=other;a=the fire service]] on
    Tuesday, the fire service said. Since Saturday the Evros blaze has burned {{more than
    73,000 hectares}}, the EU's Copernicus monitoring service said. Police stopped a group of
    men who were detaining migrants they accused of starting fires, after a video of the
    incident circulated online.""",
)

item(
    "Thousands flee Rhodes wildfire in Greece's largest evacuation",
    """Greece carried out its largest ever wildfire evacuation on the island of Rhodes over the
    weekend, moving [[about 19,000 people|displaced;a=the civil protection ministry]] from
    homes and hotels, the civil protection ministry said on Sunday. Coast guard boats and
    private vessels took [[more than 2,000 people|displaced;a=the coast guard]] off beaches on
    the island's southeast coast, the coast guard said. Tourists spent the night on camp beds
    in schools, gyms and conference centres in Rhodes town, some still in their swimwear. Tour
    operator {{Jet2}} said it had flown [[about 1,500 customers|returned;a=Tour operator Jet2]]
    home on Sunday and cancelled [[five flights|other;a=Tour operator Jet2]] to the island.
    [[More than 260 firefighters|other]], supported by [[10 aircraft|other]] and [[eight
    helicopters|other]], were fighting the fire, which has burned for {{six days}}. [[Three
    people|injured;a=officials]] were taken to hospital with minor burns or breathing problems,
    officials said. Temperatures reached {{45C}} in parts of Greece on Sunday as the country
    faced its second heatwave in {{two weeks}}.""",
)

item(
    "Algeria wildfires kill at least 65, including 28 soldiers",
    """Wildfires raging through forested mountains east of Algiers have killed [[at least 65
    people|killed;a=state television]], among them [[28 soldiers|killed;a=state television]]
    sent to help villagers, state television reported on Wednesday. [[Twelve
    soldiers|injured;a=the defence ministry]] were also injured, the defence ministry said.
    Kamel Beldjoud, the interior minister, said [[more than 100 fires|other;u=other;a=Kamel
    Beldjoud]] had broken out since Monday, most of them in Tizi Ouzou. The authorities say
    many of the fires were started deliberately, and police have arrested [[22
    people|arrested;a=The authorities]] suspected of arson. Villagers in Kabylie fought the
    flames with buckets and branches as temperatures reached {{46C}}. [[Between 30 and 40
    fires|other;u=other;a=the civil protection service]] were still burning on Wednesday
    evening, the civil protection service said. President Abdelmadjid Tebboune declared {{three
    days}} of national mourning. France said it would send [[two Canadair water
    bombers|other;p;u=other;a=France]] to help.""",
)

item(
    "Forest fires in Türkiye's south: 8 dead, firefighting continues",
    """[[Eight people|killed;a=Health Minister Fahrettin Koca]] have died in the forest fires that
    broke out in Türkiye's southern provinces last week, Health Minister Fahrettin Koca said on
    Monday. "Of the [[864 people|injured;a=Health Minister Fahrettin Koca]] who received
    treatment, [[20|injured;n=-;a=Health Minister Fahrettin Koca]] remain in hospital," he
    said. Bekir Pakdemirli, the agriculture and forestry minister, said
    [[132|other;n=-;u=other;a=Bekir Pakdemirli]] of the [[136 forest
    fires|other;u=other;a=Bekir Pakdemirli]] that started in the past week had been brought
    under control. Firefighting efforts in Manavgat and Marmaris were supported by [[16
    planes|other;u=other;a=the ministry]], [[51 helicopters|other;a=the ministry]] and [[more
    than 5,000 personnel|other;a=the ministry]], the ministry said. The coast guard evacuated
    [[more than 1,000 people|displaced]] by sea from hotels and homes in Bodrum, where flames
    reached the shore. In Manavgat, [[hundreds of animals|killed;u=other;a=farmers]] died in
    barns and pastures, farmers said. Temperatures in the region were forecast to stay above
    {{40 degrees Celsius}} through the weekend.""",
)

item(
    "Hajj death toll passes 1,300 amid scorching heat",
    """[[More than 1,300 people|killed;a=Saudi Arabia]] died during this year's hajj, Saudi Arabia
    said on Sunday, adding that {{83 percent}} of them were pilgrims without permits who had
    walked long distances in searing heat. Temperatures in Mecca reached {{51.8 degrees
    Celsius}} on Monday. Health Minister Fahd al-Jalajel told state television that [[95
    pilgrims|injured;a=Health Minister Fahd al-Jalajel]] were still being treated in hospital,
    some of them flown to Riyadh. Egypt accounted for [[more than 650|killed;n=-;a=two Arab
    diplomats]] of the dead, according to two Arab diplomats. Jordan said [[99 of its
    citizens|killed;a=Jordan]] had died, and Tunisia reported [[49|killed;n=-;a=Tunisia]].
    Egypt's prime minister ordered the licences of [[16 travel companies|other;u=other]]
    revoked for helping pilgrims travel to Mecca irregularly. About [[1.8 million
    pilgrims|other;v=1800000;a=Saudi authorities]] took part in the hajj this year, according
    to Saudi authorities.""",
)

item(
    "Heatwave deaths climb in Spain and Portugal as fires rage",
    """Heat-related deaths in Spain rose to [[510|killed;n=-;a=the Carlos III Health Institute]]
    in the {{10 days}} to Sunday, according to estimates from the Carlos III Health Institute.
    In Portugal, the health authority said [[1,063 excess deaths|killed;a=the health
    authority]] had been recorded during the heatwave, most of them among the elderly.
    Temperatures reached {{47C}} in Pinhao in northern Portugal on Thursday, a record for July.
    In Madrid, a {{60-year-old}} street sweeper died after collapsing with heatstroke during an
    afternoon shift. Firefighters in Spain were battling [[more than 20
    wildfires|other;u=other]], and [[about 3,000 people|displaced]] were evacuated from
    villages in the Sierra de la Culebra. Portugal deployed [[more than 1,000
    firefighters|other]] to a blaze near Leiria. Britain recorded {{40.3C}} for the first time
    on Tuesday, and in France [[more than 37,000 people|displaced;a=local officials]] were
    evacuated in the Gironde as two fires burned through pine forests, local officials said.""",
)

item(
    "Somalia drought: 'We watched our animals die one by one'",
    """Somalia's worst drought in {{40 years}} has left [[7.8 million
    people|civilians;v=7800000;a=the United Nations]], {{nearly half}} the population, in need
    of aid, the United Nations says. [[More than 1 million people|displaced;a=the UN refugee
    agency]] have left their homes in search of food and water since January {{2021}},
    according to the UN refugee agency. The Food and Agriculture Organization estimates that
    [[about 3 million livestock|killed;a=The Food and Agriculture Organization]] have died. In
    Baidoa, where [[more than 500 displacement camps|capacity]] ring the city, Fadumo Abdi said
    she had walked for {{eight days}} with her [[six children|displaced;a=Fadumo Abdi]] to
    reach help. "We had [[200 goats|killed;a=Fadumo Abdi]], and they died one by one," she
    said. UNICEF said [[730 children|killed;a=UNICEF]] had died in nutrition centres between
    January and July, and that [[513,000 children|civilians;a=UNICEF]] were at risk of severe
    acute malnutrition. "I buried [[two of my children|killed;a=Halima Mohamed]] on the road,"
    said Halima Mohamed, who reached Baidoa last week from the Bakool region. Across the Horn
    of Africa, the {{fifth}} consecutive rainy season has failed, and the price of water and
    staple foods in Baidoa has doubled since last year. Aid agencies say they have received
    {{less than a third}} of the {{$2.3 billion}} they need this year. Climate scientists say
    rising temperatures have made droughts of this kind far more likely. Famine was projected
    in Baidoa and Burhakaba districts between October and December.""",
)

item(
    "Drought: 4.35 million Kenyans need food aid, says NDMA",
    """[[About 4.35 million Kenyans|civilians;v=4350000;a=the National Drought Management
    Authority (NDMA)]] are in need of food aid as the drought in the north and east worsens,
    the National Drought Management Authority (NDMA) has said. The authority's latest bulletin
    shows that [[more than 1.5 million livestock|killed;v=1500000;a=The authority's latest
    bulletin;alt=the National Drought Management Authority (NDMA)]] have died in arid and
    semi-arid areas since the short rains failed. [[Some 942,000 children|civilians;a=the
    bulletin;alt=the National Drought Management Authority (NDMA)]] {{under five}} and
    [[134,000 pregnant or lactating mothers|civilians;a=the bulletin;alt=the National Drought
    Management Authority (NDMA)]] are acutely malnourished and need treatment, the bulletin
    says. In Turkana, the county commissioner said [[six people|killed;a=the county
    commissioner]] had died of hunger-related illnesses in Kibish. The government has begun
    distributing relief food to [[1.4 million people|aid;v=1400000]]. It says it will release
    {{Sh4.5 billion}} for water trucking and livestock off-take, and officials say [[about
    200,000 households|aid;a=officials]] already receive monthly cash transfers under the Inua
    Jamii programme. In Wajir, [[about 50 schools|other]] have closed as families move with
    their herds in search of pasture.""",
)

item(
    "Madagascar's south on the brink of famine, WFP says",
    """[[More than 1.14 million people|civilians;v=1140000;a=the World Food Programme]] in
    southern Madagascar are facing severe hunger after {{four years}} of drought, the World
    Food Programme said on Tuesday, [[about 14,000|civilians;n=-;a=the World Food Programme]]
    of them in catastrophic conditions classified as {{IPC Phase 5}}. The agency said it was
    feeding [[about 700,000 people a month|aid;a=The agency;alt=the World Food Programme]] in
    the Grand Sud, and says it needs {{$78.6 million}} to reach [[between 1 million and 1.3
    million people|aid;p;a=The agency;alt=the World Food Programme]] over the next {{six
    months}}. Families in Amboasary district have been eating locusts, cactus leaves and wild
    roots. UNICEF said [[about 500,000 children|civilians;p;a=UNICEF]] were expected to be
    acutely malnourished by the end of the year. A health centre in Ambovombe was admitting
    [[about 20 malnourished children a day|injured;a=nurses]], nurses said.""",
)
