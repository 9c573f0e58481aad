"""Russia's Belgorod and Kursk regions and Ukraine's Sumy and Kharkiv border districts,
2014-2026."""

from _wrap import item

item(
    "Belgorod to move 9,000 children away from border shelling",
    """Belgorod regional governor Vyacheslav Gladkov said on {{Friday, 22 March}} that [[about
    9,000 children|displaced;p;a=Belgorod regional governor Vyacheslav Gladkov]] from the city
    and the border districts would be taken to other regions after a week of Ukrainian
    shelling and drone attacks. The first group of [[more than 1,200|displaced;p]] is due to
    leave for Kaluga and Penza on Monday. Shelling of Shebekino and Grayvoron overnight killed
    [[two people|killed;a=Gladkov;alt=Belgorod regional governor Vyacheslav Gladkov]] and wounded
    [[11|injured;a=Gladkov]], Gladkov wrote on Telegram. He said [[74 houses|housing;a=Gladkov]],
    [[a school|housing;v=1;a=Gladkov]] and [[23 cars|other;a=Gladkov]] had been damaged. Shebekino, which had [[about
    40,000 residents|civilians]] before the war, now has fewer than {{half}} of them.""",
)

item(
    "Kursk governor says 121,000 evacuated after Ukrainian incursion",
    """[[More than 121,000 people|displaced;a=acting governor Alexei Smirnov]] have been
    evacuated from border districts of the Kursk region since Ukrainian forces crossed the
    border on {{6 August}}, acting governor Alexei Smirnov said. [[About 20,000|civilians;a=acting governor Alexei Smirnov]]
    are still in areas now under Ukrainian control, he told a government meeting. The health
    ministry said [[12 civilians|killed;a=The health ministry]] had been killed and [[121
    people|injured;a=The health ministry]], [[ten of them children|injured;n=children;a=The health ministry]], had
    been wounded. Temporary accommodation centres in Kursk and neighbouring regions are
    housing [[about 10,000 evacuees|displaced;a=officials]] in [[more than 200 centres|capacity;a=officials]], officials
    said. Each family is to receive {{15,000 roubles}}, Smirnov said.""",
)

item(
    "Kursk residents list 2,000 relatives as missing",
    """Russia's human rights commissioner Tatyana Moskalkova said on {{Tuesday}} her office had
    received requests to search for [[more than 2,000 residents|missing;a=Russia's human rights
    commissioner Tatyana Moskalkova]] of the Kursk region's border districts, and that [[about
    600|missing;a=Russia's human rights commissioner Tatyana Moskalkova]] of them were still
    unaccounted for. Ukraine says it is
    holding [[several hundred Russian servicemen|arrested;a=Ukraine]] captured in the region.
    In Sudzha, [[some 2,000 civilians|civilians;a=Ukrainian military officials]] remained when
    Ukrainian troops took the town, Ukrainian military officials said, and [[155 of
    them|displaced;n=-;a=Ukrainian military officials]] have been moved to the Sumy region at
    their own request, they said. Moscow calls the transfers abductions.""",
)

item(
    "Kursk civilians come home via Belarus",
    """A group of [[120 Kursk region residents|returned;a=Moskalkova]] who spent months in
    Ukraine after the incursion arrived home through Belarus on Thursday, Moskalkova said, the
    {{third}} such return. The group included [[between 20 and 25 elderly
    people|returned;a=Moskalkova]] from care homes in Sudzha, she said. In exchange, Russia allowed [[84
    Ukrainian civilians|returned]] detained in the Kursk region to go back to Ukraine. The
    regional government says [[more than 60 villages|other;a=The regional government]] in the Sudzha and
    Korenevo districts are still off limits, and [[around 112,000 people|displaced;a=The
    regional government]] have not yet been allowed home.""",
)

item(
    "Sumy orders evacuation of 11 more border villages",
    """The Sumy regional military administration on Wednesday ordered the mandatory evacuation
    of [[11 more settlements|displaced;p;u=other;a=The Sumy regional military administration]]
    within {{10 km}} of the Russian border, affecting [[213 people|displaced;p;a=it;alt=The
    Sumy regional military administration]], it said. That brings the number of communities
    covered by evacuation orders to [[187|displaced;u=other;n=-]]. Russian forces attacked
    [[eight communities|other;u=other;a=the administration;alt=The Sumy regional military administration]] in the region over the past day, carrying out [[91
    attacks|other;u=other;a=the administration;alt=The Sumy regional military administration]] with artillery, guided bombs and drones, the administration said. In
    Bilopillia, [[two women|killed;a=the local council]] were killed and [[a boy|injured;v=1;a=the local council]], {{aged 7}}, was wounded, the local council said. [[Up to 50 families a week|aid]] are
    getting food kits at the Sumy transit centre.""",
)

item(
    "Russian troops took Hrabovske residents into Russia, ombudsman says",
    """Russian troops who entered the village of Hrabovske in the Sumy region forcibly took
    [[about 50 residents|kidnapped;a=Ukraine's human rights commissioner Dmytro Lubinets]] to
    Russian territory, Ukraine's human rights commissioner Dmytro Lubinets said on Saturday,
    calling it an abduction. Most of them were elderly. [[Two women|displaced;a=Ukraine's human rights commissioner Dmytro Lubinets]] managed to hide in a
    cellar and were later evacuated by Ukrainian soldiers, he said. The village, {{800 metres}}
    from the border, had [[about 300 inhabitants|civilians]] before the war and had been under
    evacuation order since {{August}}. The regional administration said [[no more than 60
    people|civilians;a=The regional administration]] had stayed in Hrabovske despite the
    order. Moscow said Russian soldiers had evacuated [[46|displaced;n=-;a=Moscow]] residents "for
    their safety".""",
)

item(
    "Vovchansk emptied as Russian offensive reaches town",
    """[[More than 9,000 people|displaced;a=Kharkiv governor Oleh Syniehubov]] have been
    evacuated from Vovchansk and nearby villages since Russian troops crossed the border on {{10
    May}}, Kharkiv governor Oleh Syniehubov said. [[About 200 residents|civilians;a=police]] are
    still in the town, which had [[17,000|civilians;a=police]] before the war, police said. Volunteers
    and police units known as the White Angels have been driving [[up to 400 people a day|displaced]] out of the area under fire. Syniehubov said [[at least 3 civilians|killed;a=Syniehubov]]
    had died and [[14|injured;a=Syniehubov]] had been wounded in the district in {{24 hours}}.
    Ukraine has moved [[several thousand troops|combatants;a=analysts at the Institute for the Study of War]] to the sector, analysts at the
    Institute for the Study of War said.""",
)

item(
    "Kharkiv region orders families with children out of Kupiansk district",
    """Authorities in the Kharkiv region ordered the forced evacuation of [[about 1,100 families
    with children|displaced;p;n=families;a=the regional administration]] from [[37
    settlements|displaced;p;u=other;a=the regional administration]] in the Kupiansk district, the regional administration said
    on Monday. [[Around 600 children|displaced;p;a=the regional administration]] will be moved first, to Kharkiv and Poltava,
    it said. Shelling has damaged [[more than 2,500 homes|housing;a=the district police]] in
    the district since {{January}}, according to the district police. Transit centres in
    Kharkiv can accommodate [[1,500 people|capacity;a=the regional administration]], the
    regional administration said. [[About 25,000 people|civilians]] still live within {{15
    km}} of the border in the district.""",
)

item(
    "Drone hits Belgorod cattle farm, villages lose power",
    """A Ukrainian drone struck a dairy farm in the Grayvoron district early on Sunday, killing
    [[about 200 cows|other;u=other;a=the district head]], the district head said on Telegram.
    [[A farmhand|injured;v=1]] was wounded. In neighbouring Kozinka, [[one
    man|killed;a=governor Vyacheslav Gladkov]] died when a drone hit his car, governor Vyacheslav
    Gladkov said, and [[four|injured;a=governor Vyacheslav Gladkov]] were
    hurt, among them a {{14-year-old}} girl. [[Some 1,800 households|other;a=the regional
    power company]] in [[nine villages|other;a=the regional power company]] were left without electricity after a
    substation was hit, the regional power company said. [[Dozens of houses|housing;a=residents]] in
    Grayvoron have broken windows, residents said.""",
)

item(
    "FSB detains six after cross-border raid in Belgorod",
    """Russia's Federal Security Service said it had detained [[six people|arrested;a=Russia's
    Federal Security Service]] suspected of helping the Russian Volunteer Corps, whose fighters
    raided the Belgorod border villages of Kozinka and Glotovo last week. The defence ministry
    said [[more than 70 attackers|killed;a=The defence ministry]] had been killed and [[four
    armoured vehicles|other;a=The defence ministry]] destroyed. The Russian Volunteer Corps, which says it has
    [[several hundred fighters|combatants;a=The Russian Volunteer Corps]], said it had captured
    [[two Russian soldiers|arrested;a=The Russian Volunteer Corps]] and taken them to Ukraine.
    [[Two civilians|killed;a=the regional government]] died in the fighting, and [[about 4,000 residents|displaced;a=the
    regional government]] left Grayvoron district, according to the regional government.""",
)

item(
    "Belgorod builds concrete shelters along border roads",
    """The Belgorod region has installed [[more than 3,000 modular concrete
    shelters|capacity;u=structure;a=the regional construction department]] at bus stops, schools
    and farms in its border districts since {{2023}}, the regional construction department
    said. Each can take [[between 10 and 15 people|capacity]]. Another [[600|capacity;p;u=structure;n=-]]
    are to be put up in Shebekino and Valuyki by the end of the year. The region has also paid
    compensation to [[over 13,000 families|aid;a=the region]] whose homes were damaged,
    the region said, and rebuilt [[about 2,400 houses|housing;a=the region]]. A further [[4,700
    applications|other;u=other]] are being processed.""",
)

item(
    "Sumy villagers count losses after night of glide bombs",
    """Russian glide bombs hit the border community of Krasnopillia overnight, destroying [[six
    homes|housing;a=the regional military administration]] and damaging [[a further 19|housing;u=structure;n=-;a=the
    regional military administration]], the regional military administration said. [[One
    woman|killed]] died and [[three people|injured]] were wounded. Police said [[two
    residents|missing;a=Police]] were still missing under the rubble. The community, which had
    [[about 14,000 residents|civilians]] before the full-scale invasion, now has [[roughly
    5,000|civilians]]. Volunteers have delivered [[1,300 food parcels|aid;a=the local council]] and [[40
    generators|aid;a=the local council]] since the start of the month, according to the local council.""",
)

item(
    "Mobile schools and underground classes for Sumy border pupils",
    """Pupils in the Sumy region's border communities will study online for another year, the
    regional education department said, as [[38 schools|other;a=the regional education
    department]] within {{20 km}} of Russia stay shut. [[About 6,500 children|other]] are
    affected. The department plans to open [[four underground schools|capacity;p;a=The department;alt=the regional education department]] by {{2026}},
    each for [[up to 600 pupils|capacity;p;a=The department;alt=the regional education department]]. In Okhtyrka, where [[at least 250
    children|displaced]] from evacuated border villages have enrolled, classes run in {{two
    shifts}}. Since {{2022}}, Russian fire has damaged [[93 school buildings|housing;a=the
    department;alt=the regional education department]] in the region, the department said.""",
)

item(
    "Kozacha Lopan residents return to a town without gas",
    """[[Some 3,000 residents|returned;a=the local military administration]] have come back to
    Kozacha Lopan, a Kharkiv region town {{4 km}} from the Russian border, since it was
    retaken in {{September 2022}}, the local military administration said. Before the war it had
    [[more than 5,000|civilians]]. Shelling still damages homes almost daily: [[17
    houses|housing]] were hit last week alone. The Norwegian Refugee Council said it had
    repaired roofs and windows for [[about 450 households|aid;a=The Norwegian Refugee
    Council]] and handed out [[1,200 winter kits|aid;a=The Norwegian Refugee Council]]. [[Between 30 and 40
    families|returned;p;a=officials]] are expected to come back from Kharkiv once the gas network is
    restored, officials said.""",
)

item(
    "Curfew extended in Belgorod border districts",
    """The curfew in the Shebekino, Grayvoron and Krasnaya Yaruga districts of the Belgorod region
    will run from {{10 pm}} to {{6 am}} until {{1 March}}, the regional government said. Entry
    to the {{5-kilometre}} zone along the border remains limited to residents with passes. The
    government set aside {{1.2 billion roubles}} for the districts in its {{2025}} budget, {{18%}}
    more than a year earlier. The governor said the measures would be reviewed after {{30
    days}}.""",
)

item(
    "Sumy bus service to border villages cut after drone attacks",
    """Regional authorities in Sumy suspended bus routes to communities within {{15 km}} of the
    border from {{Monday, 3 March}}, after FPV drones hit buses on the Sumy to
    Velyka Pysarivka road twice in {{a week}}. Drones of this kind have a range of about {{20
    km}}, the regional administration said. Trains to Vorozhba, on line {{126}}, will run
    only at night, departing at {{23:40}}. A ticket costs {{45 hryvnias}}.""",
)
