"""Items of eval/dev212: Ukraine and Russia (prisoner swaps, bodies, missing soldiers and
civilians, deported children), with Belarus, the Donbas swaps of the Minsk years and the
Ankara exchange between Russia and the West."""

from _wrap import item

item(
    "Ukraine and Russia swap prisoners in UAE-mediated exchange",
    """
    Ukraine brought home [[190 servicemen|other;a=Volodymyr Zelensky]] in an exchange with
    Russia on Wednesday, President Volodymyr Zelensky said, the {{52nd}} swap since the
    full-scale invasion began in {{February 2022}}. Russia's Defence Ministry said
    [[190 Russian soldiers|other;a=Russia's Defence Ministry]] had been returned from
    Ukrainian-held territory and would be flown to Moscow for medical checks. The United Arab
    Emirates, which mediated the deal, said it had now helped secure the release of
    [[more than 3,200 prisoners|other;a=United Arab Emirates]] since the war began. Among those
    freed were [[23 defenders|other]] of Mariupol held since {{2022}} and
    [[a dozen border guards|other]] captured on Snake Island in the first days of the war. The
    Coordination Headquarters for the Treatment of Prisoners of War said
    [[more than 8,000 Ukrainians|arrested;a=Coordination Headquarters for the Treatment of
    Prisoners of War]] remained in Russian captivity, among them
    [[about 1,800 civilians|arrested;a=Coordination Headquarters for the Treatment of Prisoners
    of War]]. The headquarters said it had also received
    [[41 bodies|killed;a=headquarters;alt=Coordination Headquarters for the Treatment of
    Prisoners of War]] of soldiers killed in the Donetsk region.
    """,
)

item(
    "Thousands of bodies handed to Kyiv under Istanbul deal",
    """
    Ukraine has received the bodies of [[6,057 people|killed;a=Coordination Headquarters for the
    Treatment of Prisoners of War]] that Russia says are Ukrainian soldiers, the Coordination
    Headquarters for the Treatment of Prisoners of War said on Monday, while handing back
    [[78 bodies|killed;a=Coordination Headquarters for the Treatment of Prisoners of War]] to
    Moscow. The repatriations, agreed at talks in Istanbul in June, took place over
    {{four days}} at the border with Belarus, with
    [[between 15 and 20 refrigerated wagons|other;u=other]] carrying the remains on each trip.
    Ukraine's Interior Ministry said forensic teams had so far identified
    [[about 1,200|killed;a=Ukraine's Interior Ministry]] of them through DNA, and that relatives
    of [[more than 10,000 missing soldiers|missing;a=Ukraine's Interior Ministry]] had given
    samples. Vladimir Medinsky, who led Russia's delegation in Istanbul, said Moscow was ready to
    hand over [[a further 3,000 bodies|killed;p;a=Vladimir Medinsky]] collected by its forces.
    Kyiv, for its part, wants the next exchange to include
    [[all 400 seriously wounded prisoners|other;p;a=Kyiv]] it says Russia is holding, as well as
    prisoners under the age of {{25}}.
    """,
)

item(
    "Azovstal families rally as hundreds of defenders remain in Russian jails",
    """
    Relatives of Ukrainian soldiers captured at the Azovstal steelworks rallied in Kyiv's
    Independence Square on Sunday to mark {{three years}} since the garrison's surrender.
    The Association of Families of Defenders of Azovstal said
    [[around 900 of the plant's defenders|arrested;a=Association of Families of Defenders of
    Azovstal]] were still in Russian prisons, out of the
    [[roughly 2,500 fighters|combatants;a=Association of Families of Defenders of Azovstal]] who
    made up the garrison when it laid down its arms in {{May 2022}}. Many have been sentenced by
    Russian-installed courts to terms of up to {{25 years}}, the group's lawyer said. Of
    [[the 1,300 Azovstal defenders|other;a=group;alt=Association of Families of Defenders of
    Azovstal]] freed so far in exchanges, most came home with chronic illnesses, the group
    added. [[At least 19|killed;a=association;alt=Association of Families of Defenders of
    Azovstal]] have died in captivity, according to the association, most of them at the
    Olenivka camp, where an explosion in {{July 2022}} killed
    [[more than 50 Ukrainian prisoners|killed;a=association;alt=Association of Families of
    Defenders of Azovstal]]. Organisers put the crowd at
    [[several thousand|other;a=Organisers]]. The Ministry of Social Policy says
    [[about 9,000 families|aid;a=Ministry of Social Policy]] of prisoners of war receive a
    monthly allowance from the state.
    """,
)

item(
    "Qatar helps return 13 Ukrainian children from Russia",
    """
    [[Thirteen Ukrainian children|returned;a=Andriy Yermak's office]] taken to Russia or to
    Russian-occupied territory have been reunited with their families through Qatari mediation,
    Andriy Yermak's office said on Tuesday. The youngest is {{four}}, the eldest {{17}}. The Bring
    Kids Back UA initiative says it has returned
    [[1,350 children|returned;a=Bring Kids Back UA initiative]] so far, out of the
    [[19,546|displaced;a=Kyiv]] that Kyiv says were deported. Russia's children's rights
    commissioner Maria Lvova-Belova has said
    [[about 700,000 children|displaced;a=Maria Lvova-Belova]] have moved to Russia from Ukraine
    since {{2022}}, describing them as evacuated rather than deported. Qatar's Minister of State
    for International Cooperation, Lolwah Al-Khater, said
    [[a further 30 children|returned;p;a=Lolwah Al-Khater]] were expected to travel home via
    Doha before the end of the year. They will first stay at a rehabilitation centre outside
    Kyiv built to house [[60 children|capacity]] and their guardians.
    """,
)

item(
    "Ankara swap frees Gershkovich in biggest East-West exchange since Cold War",
    """
    Turkey's MIT intelligence agency, which coordinated the handover at Ankara's airport, said
    [[26 people|other;a=MIT intelligence agency]] had been exchanged on Thursday, among them
    [[two children|other;a=MIT intelligence agency]]. Russia and Belarus released
    [[16 people|other]], including the Wall Street Journal reporter Evan Gershkovich, {{32}},
    who had been sentenced to {{16 years}} on espionage charges he denied, and
    [[five Germans|other]]. Also freed were
    [[seven Russian political prisoners|other]], among them allies of the late opposition
    leader Alexei Navalny. In return, [[eight Russians|other]] held in the United States,
    Germany, Poland, Slovenia and Norway were flown to Moscow with
    [[two teenagers|other]] who had not known their parents were Russian agents. Vladimir Putin
    greeted them on the tarmac at Vnukovo airport. The White House said
    [[at least 10 Americans|arrested;a=White House]] were still held in Russia on charges it
    regards as political.
    """,
)

item(
    "UN monitors document torture of freed Ukrainian POWs",
    """
    The UN Human Rights Monitoring Mission in Ukraine said on Friday it had interviewed
    [[174 Ukrainian prisoners|other;a=UN Human Rights Monitoring Mission in Ukraine]] of war
    released in exchanges since March, and that {{95 per cent}} described torture or
    ill-treatment in Russian custody. Among those interviewed were
    [[11 women|other]] held at a detention centre in Taganrog. The mission said it had
    documented the deaths of
    [[at least 206 Ukrainian POWs|killed;a=mission;alt=UN Human Rights Monitoring Mission in
    Ukraine]] in captivity since the full-scale invasion. It also recorded the killing of
    [[at least 79 Ukrainian soldiers|killed;a=UN Human Rights Monitoring Mission in Ukraine]]
    who were shot after trying to surrender, most of them in the past {{12 months}}. Monitors
    were also given access to [[about 60 Russian POWs|arrested]] held in Ukrainian
    custody, a number of whom reported beatings at the time of capture. Kyiv estimates that
    [[more than 16,000 civilians|arrested;a=Kyiv]] are being held by Russia.
    """,
)

item(
    "Ukraine lists 70,000 missing as families wait for news",
    """
    [[More than 70,000 people|missing;a=Artur Dobroserdov]] are listed as missing under special
    circumstances in Ukraine, most of them soldiers, the government's commissioner for missing
    persons, Artur Dobroserdov, said on Thursday. The ICRC's Central Tracing Agency said it had
    been able to confirm that [[some 8,000 soldiers|arrested;a=ICRC's Central Tracing Agency]]
    listed as missing were in fact held as prisoners of war. In the Donetsk region alone,
    [[about 1,700 civilians|missing;a=regional military administration]] are unaccounted for,
    the regional military administration said. Russia's human rights commissioner Tatyana
    Moskalkova said she had passed Kyiv lists of
    [[about 5,000 Russian servicemen|missing;a=Tatyana Moskalkova]] whose relatives were
    searching for them. Ukraine's National Police said they had collected DNA samples from
    [[more than 30,000 relatives|other;a=Ukraine's National Police]] of the missing. Officials
    said [[more than 1,000 unidentified bodies|killed;a=Officials]] were being kept in morgues
    in Dnipro and Kyiv.
    """,
)

item(
    "Marine freed after 31 months in captivity",
    """
    Senior Sergeant Oleksandr Kovalenko of the {{36th}} Separate Marine Brigade was {{41}} when he
    surrendered in Mariupol in {{April 2022}}. He came home on {{25 December 2024}}, after
    {{two years and seven months}} in Russian custody, most of it in a colony in the Mordovia
    region. He lost {{30 kilograms}} and has spent the {{six weeks}} since his release in a
    hospital in Chernihiv, where doctors are treating him for tuberculosis. His wife, {{38}},
    had written to the ICRC every month since {{2022}}. "I learned my own son's face again from
    photographs," he said, speaking in the hospital garden at {{9am}} on his first day outside.
    """,
)

item(
    "Belarus frees 52 prisoners after US talks",
    """
    Belarus freed [[52 prisoners|other;a=Lithuania's foreign ministry]] on Thursday, including
    [[14 foreign nationals|other;a=Lithuania's foreign ministry]], after a visit to Minsk by a US
    envoy, Lithuania's foreign ministry said. They included
    [[six Lithuanians|other]], as well as citizens of Poland, Latvia, Germany and France.
    The freed prisoners were driven in [[two buses|other]] to the Lithuanian border. The
    Viasna human rights centre, whose founder Ales Bialiatski remains jailed, said
    [[1,150 political prisoners|arrested;a=Viasna human rights centre]] were still behind bars
    in Belarus. Alexander Lukashenko has pardoned
    [[more than 400 people|other;a=Viasna]] jailed for political reasons since {{July 2024}},
    according to Viasna, but new arrests have kept the total broadly steady.
    """,
)

item(
    "Wounded soldiers among 103 freed in swap on Belarusian border",
    """
    Ukraine and Russia carried out a prisoner exchange on Saturday on the Belarusian border, with
    [[103 Ukrainian servicemen|other;a=Coordination Headquarters]] and
    [[two civilians|other;a=Coordination Headquarters]] returning home, the Coordination
    Headquarters said. Russia's Defence Ministry said
    [[105 Russian military personnel|other;a=Russia's Defence Ministry]] had been handed back,
    with the United Arab Emirates again acting as mediator. Among the Ukrainians were
    [[13 defenders|other]] of Mariupol. Doctors at the regional hospital in Chernihiv said
    [[18 of the freed men|injured;a=Doctors at the regional hospital in Chernihiv]] needed
    surgery for wounds left untreated in captivity. Zelensky said Ukraine was holding
    [[several hundred Russian soldiers|arrested;a=Zelensky]] captured during its incursion into
    the Kursk region, whom it hoped to trade for its own.
    """,
)

item(
    "Russian POW families appeal to ombudsman as some captives refuse to go home",
    """
    Russia's human rights commissioner Tatyana Moskalkova said she had received appeals from
    [[more than 2,000 families|other;a=Tatyana Moskalkova]] of servicemen captured in Ukraine,
    and that [[about 1,000 Russian servicemen|arrested;a=Tatyana Moskalkova]] were being held
    by Kyiv. In a separate arrangement, [[84 residents|returned;a=Moskalkova]] of the Kursk region
    who had been taken to Ukraine during its incursion came home through Belarus this week,
    including [[nine children|returned;a=Moskalkova]], Moskalkova said. Ukraine says the
    Kursk residents had been evacuated to Sumy for their own safety. Regional governor Alexander
    Khinshtein said [[about 300 residents|missing;a=Alexander Khinshtein]] of the border
    districts were still unaccounted for. The Coordination Headquarters in Kyiv said
    [[more than 100 Russian prisoners|other;a=Coordination Headquarters]] had asked not to be
    exchanged, some of them wishing to join units of Russian volunteers fighting for Ukraine.
    """,
)

item(
    "Kyiv group says 1,800 civilians held by Russia",
    """
    The Media Initiative for Human Rights, a Kyiv-based group, said it had verified the detention
    of [[about 1,800 Ukrainian civilians|arrested;a=Media Initiative for Human Rights]] by
    Russian forces since {{February 2022}}, many of them held without charge. At least
    [[26 Ukrainian journalists|arrested;a=National Union of Journalists of Ukraine]] remain in
    Russian custody, according to the National Union of Journalists of Ukraine. Monday's
    exchange returned [[31 civilians|other]] to Ukraine, including a {{71-year-old}} former
    mayor from the Zaporizhzhia region and [[three women|other]] seized at checkpoints in
    {{2022}}. Since the invasion,
    [[about 400 civilians|other;a=group;alt=Media Initiative for Human Rights]] have come home
    through exchanges, the group said. Kyiv says
    [[at least 180 civilians|killed;a=Kyiv]] detained by Russia have died in custody.
    """,
)

item(
    "Forensic teams race to identify repatriated remains",
    """
    Ukrainian forensic teams have identified
    [[more than 3,200 of the bodies|killed;a=Interior Ministry]] repatriated from Russia this
    year, the Interior Ministry said, but [[about 4,000|killed;a=Interior Ministry]] remain in
    refrigerated storage awaiting DNA matches. The ministry has opened
    [[three new DNA laboratories|other;u=structure;a=ministry;alt=Interior Ministry]] since the
    spring and hired extra staff. In Kharkiv,
    [[about 150 forensic experts|other]] work in shifts around the clock. Of the repatriated
    bodies, [[about 2,100|killed;a=ministry;alt=Interior Ministry]] have been handed to families
    for burial, the ministry said. [[More than 63,000 people|missing]] remain on the register of
    the missing, and relatives say results can take {{nine months}} or more.
    """,
)

item(
    "Medvedchuk traded for Azov commanders in Turkish-Saudi mediated swap",
    """
    Ukraine secured the release of [[215 prisoners|other;a=Zelensky]], including
    [[108 members|other;a=Zelensky]] of the Azov regiment, in exchange for
    [[55 prisoners|other;a=Zelensky]] held by Kyiv, among them the pro-Russian politician Viktor
    Medvedchuk, Zelensky said late on Wednesday. Under the deal brokered by President Recep
    Tayyip Erdogan, [[five Azovstal commanders|other]] will stay in Turkey until the end of the
    war. In a parallel deal, Saudi Arabia said it had secured the release of
    [[10 foreign nationals|other;a=Saudi Arabia]] who had fought for Ukraine, including
    [[five Britons|other;a=Saudi Arabia]] and [[two Americans|other;a=Saudi Arabia]], some of
    whom had been sentenced to death by a court in the Russian-backed Donetsk administration.
    """,
)

item(
    "Three days, 1,000 each: largest exchange of the war completed",
    """
    Ukraine and Russia completed the largest prisoner exchange of the war on Sunday, each
    releasing [[303 soldiers|other]] on the final day of a {{three-day}} operation. That brought
    the total to [[1,000 prisoners|other;a=Zelensky]] a side, Zelensky said, as agreed at talks
    in Istanbul earlier in the month. On Friday, [[390 people|other]] had been freed by each
    side, including [[120 civilians|other]], and on Saturday
    [[307 servicemen|other]]. Ukraine's military intelligence agency said
    [[about 8,000 Ukrainians|arrested;a=Ukraine's military intelligence agency]] were still held
    by Russia. Zelensky said Kyiv had already drawn up lists for an exchange of all prisoners for all,
    but Moscow has not agreed. Ukrainian officials said a further
    [[500 to 600 prisoners|other;p;a=Ukrainian officials]] could be exchanged by the end of the
    summer.
    """,
)

item(
    "Rostov court sentences captured marine",
    """
    A military court in Rostov-on-Don on Tuesday sentenced a Ukrainian marine captured in
    Mariupol in {{April 2022}} to {{19 years}} in a maximum security colony, Russian state media
    reported. The {{23-year-old}}, of the {{36th}} Separate Marine Brigade, was convicted under
    Article {{205.5}} of the Russian criminal code, which covers membership of a terrorist
    organisation. He had been held for {{more than three years}} before trial. The court sat
    for {{40 minutes}}, his lawyer said. Ukraine's ombudsman said such trials breach the Third
    Geneva Convention of {{1949}}.
    """,
)

item(
    "Hundreds freed in largest Donbas swap of the Minsk years",
    """
    Ukrainian government forces and Russian-backed separatists exchanged prisoners at the
    Mayorsk checkpoint near Horlivka on {{27 December 2017}}, in the largest swap since the
    fighting began in {{2014}}. The separatists released
    [[73 Ukrainians|other;a=Ukraine's SBU security service]] and Kyiv handed over
    [[233 people|other;a=Ukraine's SBU security service]], Ukraine's SBU security service said,
    fewer than the [[306|other;p;a=Kyiv]] Kyiv had offered, as some prisoners declined to go to
    separatist-held territory. [[About 100 OSCE monitors|other]] watched the handover in the
    snow. The SBU said [[some 100 Ukrainians|arrested;a=SBU;alt=Ukraine's SBU security service]]
    were still held in Donetsk and Luhansk. The UN says
    [[more than 10,000 people|killed;a=UN]] have been killed in the conflict.
    """,
)
