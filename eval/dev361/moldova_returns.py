"""Moldova and Romania, and the way back: crossings into Ukraine, returns, homes and the
children taken to Russia."""

from _wrap import item

item(
    "Palanca crossing: Moldova takes in a flood of refugees",
    """Moldova, a country of [[2.6 million people|civilians;a=the border police]], has taken in [[more than 350,000
    refugees|displaced;a=the border police]] from Ukraine in {{three weeks}}, the border police said,
    and [[about 100,000|displaced;a=the border police]] have stayed. At Palanca, [[as many as 7,000
    people a day|displaced;a=UNHCR]] are crossing, UNHCR said. The government has opened [[96 placement centres|capacity]] with [[about 4,500 beds|capacity]], among them the MoldExpo
    exhibition hall in Chișinău. Romania is running [[60 buses
    a day|other;a=the Romanian government]] from Palanca to the border at Albița under a humanitarian
    corridor, the Romanian government said. Host families are sheltering [[tens of thousands of
    people|displaced;a=officials]], officials said. [[Several hundred police officers|combatants]]
    from Chișinău have been sent to the southern crossings.""",
)

item(
    "UNHCR cash reaches Moldovan host families",
    """UNHCR said it had paid cash assistance to [[82,000 refugees|aid;a=UNHCR]] in Moldova since
    {{April 2022}} and to [[some 21,000 Moldovan host families|aid;a=UNHCR]], who receive {{3,300
    lei}} a month. The World Food Programme served [[1.1 million hot meals|aid;a=The World Food
    Programme]] in placement centres in the first year, it said. UNICEF delivered [[4,200 winter
    kits|aid]] for children and set up [[32 Blue Dot hubs|capacity;u=structure]] for mothers and
    children. The agencies estimate [[about 40,000 refugees|civilians;a=The agencies]] remain highly
    vulnerable, among them [[8,000 older people|civilians;a=The agencies]] living alone.""",
)

item(
    "Moldova closes placement centres as numbers fall",
    """Moldova will close [[25 of its 63 remaining placement centres|capacity;p;a=the Labour
    Ministry]] by the end of {{2024}}, the Labour Ministry said on {{Monday}}. The centres house
    [[about 2,700 people|displaced;a=the ministry;alt=the Labour Ministry]], the ministry said, down
    from [[more than 9,000|displaced;a=the ministry;alt=the Labour Ministry]] in {{spring 2022}}.
    [[Roughly 600|displaced]] are Roma families from Odesa region. The authorities count [[about
    123,000 Ukrainian refugees|displaced;a=The authorities]] in Moldova, [[some 60,000|displaced;a=The authorities]] of
    whom have temporary protection. In Transnistria, local officials
    say [[between 8,000 and 12,000 Ukrainians|displaced;a=local officials]] are living with
    relatives.""",
)

item(
    "Romania's Siret crossing, a year on",
    """Romania's Border Police say [[3.6 million Ukrainians|displaced;a=Romania's Border Police]]
    have entered the country since the start of the invasion, but [[fewer than 90,000|displaced;a=the
    General Inspectorate for Immigration]] hold temporary protection, according to the General
    Inspectorate for Immigration. [[About 2.4 million people|returned;a=the border police;alt=Romania's
    Border Police]] have crossed back into Ukraine, the border police said. At Siret, the tent camp
    that once held [[up to 1,000 people|capacity]] has been replaced by a container with [[50
    beds|capacity]]. The government's {{50/20}} programme, which paid hosts {{50 lei}} a day, ended
    in {{May 2023}}; it had supported [[about 12,000 households|aid;a=officials]], officials said. In
    Suceava, the county council has housed [[hundreds of people|displaced;a=the county council]] in a
    former student hostel, the county council said.""",
)

item(
    "Kharkiv strike kills family who had come home from Poland",
    """A Russian glide bomb struck a nine-storey apartment block in Kharkiv's Saltivka district on
    {{Saturday}}, killing [[seven people|killed;a=Governor Oleh Syniehubov]], among them [[four people|killed;a=Governor Oleh Syniehubov]] from one family who had returned from Poland
    in {{the spring}}, Governor Oleh Syniehubov said. [[At least 42 people|injured;a=the regional
    prosecutor's office]] were wounded, including [[six children|injured;a=the regional prosecutor's
    office]], the regional prosecutor's office said. Rescuers were searching the rubble for [[three
    residents|missing;a=Rescuers]] who were still unaccounted for, they said. The city's mayor said
    [[about 150 flats|housing;a=The city's mayor]] and [[14 cars|other;a=The city's mayor]] were damaged. Kharkiv, which had
    [[1.4 million residents|civilians;a=city officials]] before the war, is home to [[about 1.1 million|civilians;a=city
    officials]] today, city officials estimate.""",
)

item(
    "Kherson: returnees leave again as shelling worsens",
    """[[About 60,000 people|civilians;a=the regional military administration]] remain in Kherson, the
    regional military administration said, down from [[some 80,000|civilians;a=the regional military
    administration]] last summer, after months of Russian drone attacks across the Dnipro. Many had
    returned from Moldova, Romania and Poland after the city's liberation in {{November 2022}}. Since
    {{January}}, [[4,380 people|displaced;a=the administration;alt=the regional military administration]] have been evacuated, including [[312
    children|displaced;a=the administration;alt=the regional military administration]], the administration said. [[At least 18 civilians|killed;a=the UN human rights monitoring mission]]
    were killed and [[96|injured;a=the UN human rights monitoring mission]] injured in the city in {{May}}, according to the UN human rights
    monitoring mission. The authorities plan to evacuate [[another 1,500 residents|displaced;p;a=The
    authorities]] from riverside districts.""",
)

item(
    "Ukraine says 19,546 children deported to Russia",
    """Ukraine says [[19,546 children|kidnapped;a=Ukraine]] have been deported or forcibly moved to
    Russia and occupied areas since {{2022}}, and that [[1,243|kidnapped;a=Ukraine]] have been
    brought back. The Bring Kids Back UA initiative said [[a group of 16 children|kidnapped;a=The Bring
    Kids Back UA initiative;n=children]] had returned on {{Tuesday}} through Qatari mediation, [[four of
    them|kidnapped;n=-]] after more than {{two years}} in Russian care. Some crossed into Ukraine via
    Moldova and Belarus. Russia denies abducting children and says it moved them for their safety. The
    Yale Humanitarian Research Lab identified [[at least 43 camps|capacity;a=The Yale Humanitarian Research
    Lab]] where Ukrainian children were held, it said in a report. The lab estimates [[more than 6,000
    children|kidnapped;a=The lab;alt=The Yale Humanitarian Research Lab]] passed through them.""",
)

item(
    "Homes repaired, homes lost: the numbers that keep refugees away",
    """The Kyiv School of Economics estimates that [[about 250,000 residential buildings|housing;a=The
    Kyiv School of Economics]] in Ukraine had been damaged or destroyed by {{early 2024}}, among them
    [[more than 220,000 private houses|housing;a=The Kyiv School of Economics]]. Under the
    eVidnovlennia programme, [[some 84,000 families|aid;a=the Ministry for Restoration]] have received
    payments to repair their homes, the Ministry for Restoration said, and [[about 12,000|aid;u=household;a=the
    Ministry for Restoration]] have been given certificates to buy a new flat. In the Kyiv region,
    [[roughly 11,000 homes|housing]] have been rebuilt. A UNHCR survey found that {{four in ten}}
    refugees abroad who own property in Ukraine say it is damaged. Housing was the main obstacle to
    return for [[3,100|other;a=the survey;alt=UNHCR]] of the [[7,900 people|other;a=the survey;alt=UNHCR]]
    questioned in Poland, Germany and Czechia, the survey found.""",
)

item(
    "More Ukrainians go home than leave over the holidays",
    """Ukraine's State Border Guard Service said [[about 1.2 million people|returned;a=Ukraine's
    State Border Guard Service]] entered Ukraine over the {{last two weeks}} of {{December}}, and
    [[about 1.05 million|displaced;a=Ukraine's State Border Guard Service]] left. On the busiest day,
    [[62,000 people|returned;a=Ukraine's State Border Guard Service]] crossed into the country,
    it said, most of them at the Polish border. Ukrzaliznytsia said it had added [[about 40 extra trains|other;u=other;a=Ukrzaliznytsia]]
    from Przemyśl and Chełm. Queues at the
    Yahodyn crossing reached {{six hours}}. The service's spokesman said [[about 3,000 border
    guards|combatants;a=The service's spokesman]] were on duty at the western checkpoints. Polish
    Border Guard figures show [[some 40,000 more crossings|returned;a=Polish Border Guard figures]]
    into Ukraine than out of it over the period.""",
)

item(
    "Red Cross tracing service handles missing relatives",
    """The ICRC's Central Tracing Agency bureau for the Russia-Ukraine conflict has received requests
    about [[more than 50,000 missing people|missing;a=the ICRC]], the ICRC said on {{Thursday}}, many
    of them from refugees abroad looking for relatives who stayed. It has
    helped clarify the fate of [[about 10,500|other;a=the ICRC]]. In Moldova, the Red Cross
    Society has reunited [[214 families|other;a=the Red Cross Society]] separated during the flight from
    Odesa and Mykolaiv, the Red Cross Society said. Ukraine's national police list [[about 2,000 children|missing;a=Ukraine's national police]] as
    missing since {{2022}}, [[several hundred|kidnapped;a=Ukraine's national police]] of them believed to
    be in Russia. Ukraine's commissioner for missing persons says
    [[about 1,900 civilians|missing;a=Ukraine's commissioner for missing persons]] are listed as
    missing in the Kharkiv region alone.""",
)

item(
    "Refugee children fill Chișinău classrooms",
    """[[About 2,500 Ukrainian children|other;a=the Education Ministry]] are enrolled in Moldovan
    schools and kindergartens, the Education Ministry said, far fewer than the [[roughly 47,000
    school-age refugees|displaced;a=UNICEF]] UNICEF counts in the country. Most follow Ukrainian online
    lessons. UNICEF has opened [[19 learning hubs|other;u=structure]] and given [[3,400
    tablets|aid]] to children who learn remotely. In Chișinău's Ion Creangă Lyceum, [[28 pupils|other]]
    from Odesa study in Russian and Romanian. Save the Children said [[about 600 teachers|other;a=Save
    the Children]] had been trained to support refugee pupils.""",
)

item(
    "Fire at Chișinău placement centre",
    """[[One refugee|killed;a=the General Inspectorate for Emergency Situations]], a {{71-year-old}}
    man from Odesa, died and [[four people|injured;a=the General Inspectorate for Emergency
    Situations]] were injured in a fire at a placement centre in Chișinău's Ciocana district, the
    General Inspectorate for Emergency Situations said. Firefighters evacuated [[118 residents|displaced;a=the General Inspectorate for Emergency Situations]], it said. The blaze, thought to have started in an electric
    heater, destroyed [[two dormitory blocks|housing;u=structure]]. The Labour Ministry said the
    residents would be moved to [[three other centres|capacity;p;a=The Labour Ministry]]. UNHCR sent
    [[200 blankets|aid]] and [[150 mattresses|aid]].""",
)

item(
    "Vovchansk evacuees turn to Poland for a second time",
    """Authorities in the Kharkiv region have evacuated [[more than 11,000 people|displaced;a=Authorities
    in the Kharkiv region]] from Vovchansk and nearby villages since Russia's offensive began on
    {{10 May}}, they said. [[About 400 people|civilians;a=the regional administration]] are believed
    to remain in the town, the regional administration said. Some evacuees, like Halyna Bondar, {{63}},
    had spent a year in Poland and come home in {{2023}}. Polish volunteers say [[a few thousand
    Kharkiv residents|displaced;a=Polish volunteers]] have arrived in Przemyśl in {{three weeks}}.
    Ukraine's army said it had sent [[two brigades|combatants;u=other]] to the area. [[At least 14
    civilians|killed;a=the prosecutor's office]] have been killed in Vovchansk since {{May}}, the
    prosecutor's office said, and [[about 60|injured;a=the prosecutor's office]] wounded.""",
)

item(
    "Ukrainian men detained for trying to cross into Moldova",
    """Ukraine's State Border Guard Service said it had stopped [[27 men|arrested;a=Ukraine's State
    Border Guard Service]] trying to cross into Moldova illegally in a single week, [[nine of them|arrested;a=Ukraine's State Border Guard Service]] hidden in a lorry near Reni. Moldova's border police said they had detained
    [[four guides|arrested;a=Moldova's border police]] who charged up to {{€6,000}} a person. Since
    {{2022}}, [[at least 1,300 Ukrainian men|other;a=Moldova's General Inspectorate of Border Police]]
    have crossed into Moldova outside checkpoints and asked for protection, Moldova's General
    Inspectorate of Border Police said. [[Two men|killed]] drowned in the Dniester in {{January}}. Ukrainian guards say they detain [[about
    40 men a day|arrested;a=Ukrainian guards]] at the borders with Moldova and Romania.""",
)

item(
    "Survey: most refugees want to go home, but not yet",
    """UNHCR's latest intentions survey of refugees from Ukraine found that {{59%}} hope to return one
    day, but only {{4%}} plan to do so in the next {{three months}}. The survey interviewed [[8,412
    refugees|other]] in Poland, Germany, Czechia and Moldova. UNHCR estimates that [[about 1.3 million
    refugees|returned;a=UNHCR]] have gone back to Ukraine since {{2022}}, while [[some 6.9 million|displaced;a=UNHCR]]
    are still recorded abroad, [[6.3 million|displaced;a=UNHCR]] of them in Europe. Inside Ukraine, the
    IOM says [[3.7 million people|displaced;a=the IOM]] are internally displaced and [[4.5
    million|returned;a=the IOM]] have returned to their homes. The agencies expect [[between 500,000
    and 1 million people|returned;p;a=The agencies]] to return if the fighting stops.""",
)

item(
    "Moldova's refugee law and its bill",
    """Moldova's parliament approved the temporary protection law on {{19 January 2023}} by a vote of
    {{56 to 0}}, with the opposition walking out. The measure, due to run until {{1 March 2026}},
    cost about {{$14 million}} in its first year, {{80%}} of it covered by donors. The president, who
    was {{50}} when she took office, called it Moldova's "{{first}} great European test". Inflation
    had hit {{34.6%}} in {{October 2022}}.""",
)

item(
    "The night bus from Warsaw to Kyiv",
    """The bus to Kyiv leaves Warsaw's Zachodnia station at {{18.40}} and arrives about {{16 hours}}
    later, after a wait of up to {{four hours}} at Dorohusk. A ticket costs {{250 zloty}}. The driver,
    {{48}}, has done the run since {{March 2022}}, more than {{400}} times. Seat {{23}} has a
    broken reclining lever. Temperatures on the border dropped to {{-12C}} on {{Friday}}.""",
)
