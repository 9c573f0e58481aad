"""Europe, Russia, Turkey, the Caucasus and Central Asia: exchanges and drone counts from both
sides of a front, evacuees counted by governors and ministries, crowds counted by organisers,
police and independent counters, and migrants counted at borders and at sea (21 items with
figures, 2 without)."""

from _wrap import item

item(
    "Ukraine and Russia swap prisoners of war",
    """KYIV (Reuters) - [[Ninety-five Ukrainian servicemen|other;a=Ukraine's Coordination
    Headquarters for the Treatment of Prisoners of War]] came home on Friday in an exchange mediated
    by the United Arab Emirates, Ukraine's Coordination Headquarters for the Treatment of Prisoners
    of War said. Russia's defence ministry said [[95 Russian soldiers|other;a=Russia's defence
    ministry]] had been returned in exchange. Ukraine says Russia still holds [[more than 8,000
    Ukrainians|arrested;a=Ukraine]], soldiers and civilians.""",
)

item(
    "Ukraine's count of deported children and Moscow's",
    """Ukraine's government says [[19,546 children|displaced;a=Ukraine's government]] have been
    deported or forcibly transferred to Russia or occupied territory since the full-scale invasion,
    and that only [[about 1,200|returned;a=Ukraine's government]] have been brought back. Russia's
    children's rights commissioner, Maria Lvova-Belova, has said [[more than 700,000
    children|displaced;a=Maria Lvova-Belova;alt=Russia's children's rights commissioner]] from
    conflict areas are living in Russia, without saying how many came with their parents.""",
)

item(
    "Russia launches largest air attack of the war on Kyiv",
    """Ukraine's air force said Russia launched [[537 drones|other;a=Ukraine's air force]] and [[40
    missiles|other;a=Ukraine's air force]] overnight, and that [[476 drones|other;a=Ukraine's air
    force]] were shot down or jammed. Kyiv's military administration head, Tymur Tkachenko, said
    [[more than 40 buildings|housing;a=Tymur Tkachenko;alt=Kyiv's military administration head]]
    were damaged in the capital. [[Twenty-three people|injured]] were taken to hospital.""",
)

item(
    "Belgorod governor reports drone damage as Moscow claims interceptions",
    """MOSCOW (Reuters) - Russia's defence ministry said air defences had destroyed [[41 Ukrainian
    drones|other;a=Russia's defence ministry]] over the Belgorod and Kursk regions overnight.
    Belgorod governor Vyacheslav Gladkov said on Telegram that [[two people|injured;a=Vyacheslav
    Gladkov;alt=Belgorod governor Vyacheslav Gladkov]] were hurt and [[11
    houses|housing;a=Vyacheslav Gladkov;alt=Belgorod governor Vyacheslav Gladkov]] damaged in the
    village of Maslova Pristan. Reuters could not verify either side's account.""",
)

item(
    "Kursk incursion: Moscow evacuates, Kyiv claims villages",
    """Russia's acting governor of Kursk region said [[more than 120,000 people|displaced;a=Russia's
    acting governor of Kursk region]] had been evacuated from border districts since Ukrainian
    troops crossed the frontier on {{August 6}}. Ukraine's army chief Oleksandr Syrskyi said his
    forces controlled [[74 settlements|other;u=other;a=Oleksandr Syrskyi;alt=Ukraine's army chief
    Oleksandr Syrskyi]] and had taken [[hundreds of Russian soldiers|arrested;a=Oleksandr
    Syrskyi;alt=Ukraine's army chief Oleksandr Syrskyi]] prisoner.""",
)

item(
    "AP investigation puts Mariupol theatre toll near 600",
    """An Associated Press investigation found that [[close to 600 people|killed;a=Associated
    Press;alt=An Associated Press investigation]] died in the Russian air strike on the drama
    theatre in Mariupol in {{March 2022}}, twice the figure given by local officials at the time.
    The AP spoke to [[23 survivors|other]], rescuers and people familiar with the shelter. The
    building had been sheltering [[around 1,000 people|displaced]], many from neighbourhoods already
    destroyed.""",
)

item(
    "Armenia counts arrivals from Nagorno-Karabakh",
    """YEREVAN (AFP) - [[More than 100,000 people|displaced;a=the Armenian government]] have
    arrived in Armenia from Nagorno-Karabakh since Azerbaijan's offensive, the Armenian
    government said, nearly the entire ethnic Armenian population of the enclave. Officials said
    [[about 30,000|displaced;a=Officials]] were being housed in state-run accommodation. An
    explosion at a fuel depot near Stepanakert as people queued for petrol killed [[at least
    218|killed;a=local authorities]], local authorities said, and [[120|missing;a=local
    authorities]] remain missing.""",
)

item(
    "Armenian ombudsman lists detainees held in Baku",
    """Armenia's human rights defender said Azerbaijan is holding [[23
    Armenians|arrested;a=Armenia's human rights defender]], including [[eight former
    leaders|arrested;a=Armenia's human rights defender]] of Nagorno-Karabakh who are on trial in
    Baku. Azerbaijan has acknowledged holding [[19|arrested;a=Azerbaijan]]. The rest are listed as
    missing by their families.""",
)

item(
    "Kyrgyz-Tajik border clashes: evacuees and burned homes",
    """BISHKEK (Reuters) - Kyrgyzstan's emergencies ministry said [[136,000
    people|displaced;a=Kyrgyzstan's emergencies ministry]] had been evacuated from the Batken region
    after {{three days}} of fighting along the border with Tajikistan. Kyrgyz officials said [[more
    than 400 houses|housing;a=Kyrgyz officials]], a school and a market had been burned. Tajik
    authorities gave no figures for their side of the border.""",
)

item(
    "Poland says border crossings attempts rose; Minsk says migrants stranded",
    """WARSAW (Reuters) - Poland's border guard said it recorded [[more than 26,000
    attempts|other;u=other;a=Poland's border guard]] to cross illegally from Belarus last year, up
    from [[about 15,000|other;u=other;n=-;a=Poland's border guard]] a year earlier. Belarusian state
    media, citing the State Border Committee, said [[about 2,000 migrants|displaced;a=Belarusian
    state media;alt=the State Border Committee]] were camped in the forest near the Bruzgi crossing
    waiting to enter Poland.""",
)

item(
    "Pylos shipwreck: coastguard rescues 104, survivors say hundreds on board",
    """KALAMATA, Greece (AP) - The Greek coastguard said [[104 people|other;a=The Greek coastguard]]
    had been rescued and [[82 bodies|killed;a=The Greek coastguard]] recovered after a fishing boat
    sank off Pylos. Survivors told UNHCR and IOM staff that [[up to 750 people|other;a=Survivors]]
    had been on board, among them [[about 100 children|other;a=Survivors]] held in the hold. That
    would leave [[hundreds|missing]] unaccounted for.""",
)

item(
    "Lampedusa hotspot overwhelmed as arrivals surge",
    """ROME (Reuters) - [[More than 5,000 migrants|displaced;a=Italy's interior ministry]] reached
    Lampedusa in {{24 hours}}, Italy's interior ministry said. The island's reception centre, built
    for [[400 people|capacity;a=the Italian Red Cross]], held [[nearly 7,000|displaced;a=the Italian
    Red Cross]] on Wednesday, according to the Italian Red Cross, which runs it. Authorities began
    transferring migrants to Sicily on [[four ferries|other;u=other]].""",
)

item(
    "Channel crossings rise as France says it stopped thousands",
    """LONDON (Reuters) - [[36,816 people|displaced;a=Home Office;alt=Home Office figures]] crossed
    the Channel in small boats last year, Home Office figures show, up by a quarter on {{2023}}.
    French authorities said they had prevented [[more than 16,000 departures|other;a=French
    authorities]] from their beaches. [[At least 78 people|killed;a=the International Organization
    for Migration]] died trying to make the crossing, according to the International Organization
    for Migration, the highest toll since it began counting in {{2014}}.""",
    ["a quarter"],
)

item(
    "Kosovo says 30 gunmen attacked police in Banjska",
    """PRISTINA (AFP) - Kosovo's prime minister, Albin Kurti, said [[at least 30
    gunmen|combatants;a=Albin Kurti;alt=Kosovo's prime minister]] in military gear attacked police
    near the monastery in Banjska on Sunday, killing a police officer. Police said [[three
    attackers|killed;a=Police]] were killed and [[six|arrested;a=Police]] detained. Serbian
    President Aleksandar Vucic said the dead men were local Serbs who had been "pushed to
    desperation".""",
)

item(
    "Turkey counts collapsed buildings, tents after quake",
    """ANKARA (Reuters) - Turkey's environment ministry said [[more than 227,000
    buildings|housing;a=Turkey's environment ministry]] had collapsed or needed urgent demolition
    across the quake zone. The disaster agency AFAD said it had set up [[over 400,000
    tents|aid;a=AFAD;alt=The disaster agency AFAD]] and that [[about 1.9 million
    people|displaced;a=AFAD;alt=The disaster agency AFAD]] were sheltering in tents, container
    cities and dormitories. The government says [[about 3 million|displaced;a=The government]] have
    left the quake zone.""",
)

item(
    "Tbilisi protests: interior ministry and ombudsman count",
    """TBILISI (Reuters) - Georgia's interior ministry said [[327 people|arrested;a=Georgia's
    interior ministry]] had been detained during a week of protests against the government's
    decision to shelve EU membership talks, and that [[113 police officers|injured;a=Georgia's
    interior ministry]] had been hurt. The public defender's office said [[more than 80
    detainees|injured;a=The public defender's office]] had visible injuries, and that [[some
    40|injured;a=The public defender's office]] needed hospital treatment.""",
)

item(
    "Belgrade rally: counters put crowd near 300,000",
    """BELGRADE (AFP) - Serbia's interior ministry said [[107,000 people|other;a=Serbia's interior
    ministry]] attended Saturday's anti-government rally in Belgrade, the largest in the country's
    history. The Archive of Public Gatherings, an independent group that counts crowds from aerial
    footage, put attendance at [[275,000 to 325,000|other;a=The Archive of Public Gatherings]].
    [[Fifty-six people|injured;a=Zlatibor Loncar;alt=health minister Zlatibor Loncar]] sought
    medical help, health minister Zlatibor Loncar said later.""",
)

item(
    "OVD-Info says more than 1,300 detained at anti-mobilisation protests",
    """[[More than 1,300 people|arrested;a=OVD-Info]] were detained in [[38 Russian
    cities|other;u=other;a=OVD-Info]] on Wednesday at protests against President Vladimir Putin's
    order to mobilise reservists, according to OVD-Info, a rights group that monitors arrests.
    Defence Minister Sergei Shoigu had said [[300,000 reservists|combatants;p;a=Sergei
    Shoigu;alt=Defence Minister Sergei Shoigu]] would be called up.""",
)

item(
    "IOM: fewer displaced inside Ukraine, more returns",
    """[[About 3.7 million people|displaced;a=the International Organization for Migration]] remain
    displaced inside Ukraine, the International Organization for Migration said in its latest
    survey, down from [[5.1 million|displaced;a=the International Organization for Migration]] a
    year ago. It estimates that [[4.5 million people|returned;a=the International Organization for
    Migration]] have returned to their homes, most of them in the Kyiv and Chernihiv regions.""",
)

item(
    "Zelenskiy says army asked for up to 500,000 more troops",
    """KYIV (Reuters) - President Volodymyr Zelenskiy said the military had proposed mobilising
    [[450,000 to 500,000 more people|combatants;p;a=the military;alt=Volodymyr
    Zelenskiy;alt=President Volodymyr Zelenskiy]], a request he said he had not yet approved.
    Russian President Vladimir Putin said this month that [[617,000 Russian
    troops|combatants;a=Vladimir Putin;alt=Russian President Vladimir Putin]] were in the "special
    military operation" zone. Neither figure could be verified.""",
)

item(
    "Melilla fence deaths: Morocco says 23, NGOs say more",
    """Moroccan authorities said [[23 migrants|killed;a=Moroccan authorities]] died when [[about
    2,000|displaced;a=Moroccan authorities]] tried to scale the border fence into Melilla, most of
    them in a crush. The Spanish group Caminando Fronteras put the toll at [[37|killed;a=Caminando
    Fronteras;alt=The Spanish group Caminando Fronteras]]. [[One hundred and thirty-three
    people|displaced]] made it into the Spanish enclave, where they applied for asylum.""",
)

item(
    "EU agrees new sanctions package on Russia",
    """BRUSSELS (Reuters) - European Union ambassadors agreed on {{June 23}} the bloc's {{14th}}
    package of sanctions against Russia, including a ban on reloading Russian liquefied natural gas
    in EU ports from {{2025}}. Russia's gas exports to Europe have fallen by more than {{80%}} since
    {{2021}}, and the EU has frozen about {{210 billion euros}} of central bank assets.""",
)

item(
    "Poland to spend almost 5% of GDP on defence",
    """WARSAW (AFP) - Poland will spend {{4.7%}} of its economic output on defence next year, the
    government said on {{August 28}}, the highest share in NATO. The budget includes {{186.6
    billion zlotys}} for the armed forces, and the {{F-35}} jets ordered in {{2020}} are due from
    {{2026}}.""",
)
