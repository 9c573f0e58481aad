"""Relay chains and where the source stands: state agencies citing county governments, a news
agency quoting a governor, "It said" in the next sentence, a source named only after the
number's sentence has ended, tallies, figures "released by" and "provided by", actors that
only act, and background numbers nobody gives (15 items with figures, 2 without)."""

from _wrap import item

item(
    "Yunnan landslide buries village, Xinhua says",
    """BEIJING (Reuters) - [[Twenty-seven people|killed;a=Xinhua;alt=the official Xinhua news
    agency;alt=the county government]] were killed and [[17|missing;a=Xinhua;alt=the official Xinhua
    news agency;alt=the county government]] were missing after a landslide buried a village in
    southwestern Yunnan province, the official Xinhua news agency said, citing the county
    government. [[More than 1,000 rescuers|other]] and [[200 fire engines|other;u=other]] were sent
    to the site. State broadcaster CCTV said [[about 500 residents|displaced;a=CCTV;alt=State
    broadcaster CCTV]] had been moved to schools in the county seat.""",
)

item(
    "Drone hits bus in Russia's Bryansk region, governor says",
    """MOSCOW (Reuters) - The Interfax news agency quoted the governor of Russia's Bryansk region,
    Alexander Bogomaz, as saying that [[seven people|killed;a=Alexander Bogomaz;alt=the governor of
    Russia's Bryansk region;alt=The Interfax news agency]] were killed when a Ukrainian drone hit a
    passenger bus near the border. A regional health official told the TASS agency that [[12
    passengers|injured;a=A regional health official]] were in hospital. Ukraine's military did not
    comment.""",
)

item(
    "MSF says Khan Younis trauma centre overwhelmed",
    """Medecins Sans Frontieres said on Tuesday its field hospital in Khan Younis had been
    overwhelmed after strikes on the nearby Mawasi area. It said [[more than 90
    patients|injured;a=Medecins Sans Frontieres]] arrived within {{two hours}}, [[15 of
    them|killed;n=-;a=Medecins Sans Frontieres]] already dead. The Israeli military said it had
    struck "a Hamas command centre".""",
)

item(
    "Fire destroys shelters in Idlib displacement camp",
    """A fire swept through a camp for displaced people in the Idlib countryside on Sunday,
    destroying [[about 400 shelters|housing]]. The figure was given by the camp's management
    committee, which said no one had been seriously hurt. [[More than 2,000 people|displaced;a=the
    Syria Response Coordination Group]] lived in the camp, according to the Syria Response
    Coordination Group.""",
)

item(
    "Bunia morgue receives 40 bodies after CODECO attack",
    """BUNIA, Congo (Reuters) - [[Forty bodies|killed;a=a morgue worker]] have been brought to the
    morgue in Bunia since Friday, a morgue worker told the UN-backed Radio Okapi, after CODECO
    militiamen attacked a site for displaced people in Djugu territory. The provincial government
    gave a toll of [[23 dead|killed;a=The provincial government]]. [[About 7,000 people|displaced]]
    had been living at the site.""",
)

item(
    "Car bomb in Azaz: Anadolu cites local sources",
    """Turkey's Anadolu news agency reported, citing local sources, that [[at least 19
    civilians|killed;a=Anadolu;alt=Turkey's Anadolu news agency;alt=local sources]] were killed when
    a car bomb exploded in a market in Azaz, in northern Syria. The local health directorate said
    [[31 people|injured;a=The local health directorate]] were being treated in hospitals in Azaz and
    Kilis. No group claimed responsibility.""",
)

item(
    "Bangladesh's joint forces operation: ministry figures",
    """DHAKA (Reuters) - According to figures released by Bangladesh's home ministry, [[1,234
    people|arrested;a=Bangladesh's home ministry;alt=figures released by Bangladesh's home
    ministry]] were arrested in the first week of a joint army and police operation launched after
    attacks on police stations. The ministry said [[about 300 firearms|other;a=The
    ministry;alt=Bangladesh's home ministry]] looted from the stations had been recovered.""",
)

item(
    "Kabul bombing: Red Crescent toll and Taliban figure",
    """KABUL (AFP) - The toll, provided by the Afghan Red Crescent Society, stood at [[23
    dead|killed;a=the Afghan Red Crescent Society]] and [[more than 40 wounded|injured;a=the Afghan
    Red Crescent Society]] on Friday night. Taliban spokesman Zabihullah Mujahid wrote on X that
    [[nine people|killed;a=Zabihullah Mujahid;alt=Taliban spokesman Zabihullah Mujahid]] had died.
    The Islamic State group said in a statement on its Amaq agency that it had targeted
    "apostates".""",
)

item(
    "Honiara riots: bodies found in Chinatown",
    """HONIARA (Reuters) - [[Three burned bodies|killed]] were recovered by police from a building
    in Honiara's Chinatown on Friday after {{three days}} of rioting. The deaths were confirmed by
    the national referral hospital, which said [[16 people|injured;a=the national referral
    hospital]] had been treated for injuries. Australia sent [[about 100 police and
    soldiers|combatants;n=police and soldiers]] at the request of Prime Minister Manasseh
    Sogavare.""",
)

item(
    "Quetta station bombing: hospital, police and BLA counts",
    """QUETTA, Pakistan (AP) - A hospital official, who spoke on condition of anonymity because he
    was not authorised to talk to reporters, said [[at least 14 bodies|killed;a=A hospital
    official]] had been brought in after the blast at the railway station. Police put the toll at
    [[nine|killed;a=Police]]. The outlawed Balochistan Liberation Army claimed responsibility,
    saying it had killed [[more than 20 soldiers|killed;a=Balochistan Liberation Army;alt=The
    outlawed Balochistan Liberation Army]] waiting for a train.""",
)

item(
    "Iraq protest toll: Reuters tally and parliament's figure",
    """BAGHDAD (Reuters) - [[At least 149 people|killed;a=Reuters;alt=a Reuters tally]] were killed
    in the first week of protests in Baghdad and southern Iraq, according to a Reuters tally based
    on police and medical sources. The government's own figure, released by parliament's human
    rights committee, was [[157 dead|killed;a=parliament's human rights committee]] and [[more than
    6,000 wounded|injured;a=parliament's human rights committee]]. Most were shot by security
    forces, the committee said.""",
)

item(
    "Aden clashes: doctor counts bodies as STC claims city",
    """ADEN, Yemen (AFP) - "There are [[at least 70 bodies|killed;a=Ali Hassan;alt=a doctor at
    Al-Jumhuriya hospital]] in the morgue and more are arriving," Ali Hassan, a doctor at
    Al-Jumhuriya hospital, told AFP by phone. The separatist Southern Transitional Council said [[12
    of its fighters|killed;a=Southern Transitional Council;alt=The separatist Southern Transitional
    Council]] had died in the clashes with government forces. The UN said [[about 2,000
    families|displaced;a=The UN]] had fled the Crater district.""",
)

item(
    "Myanmar junta says Kyaukme retaken; TNLA disputes losses",
    """The junta-run Global New Light of Myanmar said troops had retaken the town of Kyaukme and
    killed [[dozens of insurgents|killed;a=Global New Light of Myanmar;alt=The junta-run Global
    New Light of Myanmar]]. The Ta'ang National Liberation Army said it had withdrawn and that
    [[more than 100 junta soldiers|killed;a=The Ta'ang National Liberation Army]] had died in the
    battle. Myanmar's war has displaced [[more than 3.5 million people|displaced]] since the
    {{2021}} coup.""",
)

item(
    "Zamfara governor says bandits killed, hostages freed",
    """GUSAU, Nigeria (Reuters) - The state-run News Agency of Nigeria quoted Zamfara governor Dauda
    Lawal as saying [[more than 100 bandits|killed;a=Dauda Lawal;alt=Zamfara governor Dauda
    Lawal;alt=The state-run News Agency of Nigeria]] were killed in a {{week-long}} operation by
    troops and vigilantes. The governor said [[35 hostages|kidnapped;a=The governor;alt=Dauda
    Lawal]], most of them women, were freed.""",
)

item(
    "Families flee Babanusa as RSF shells army base",
    """[[Some 200 families|displaced;a=the IOM]], the IOM said in a flash update, fled Babanusa in
    West Kordofan on Monday as the Rapid Support Forces shelled the army's {{22nd Division}} base,
    adding to [[more than 11 million people|displaced;a=the IOM]] already displaced inside Sudan.
    Local activists said [[five civilians|killed;a=Local activists]] were killed in the shelling.
    The army said it had repelled the attack.""",
)

item(
    "Iran publishes final report on downing of Ukrainian airliner",
    """TEHRAN (Reuters) - Iran's civil aviation organisation published its final report on the
    downing of Ukraine International Airlines Flight {{PS752}} on {{March 17}}, blaming the
    misalignment of an air defence radar by {{107 degrees}}. Canada, which lost many of its
    citizens, called the report incomplete. The plane was shot down on {{January 8, 2020}}, minutes
    after take-off from Tehran.""",
)

item(
    "Syria's missing persons commission to begin work in January",
    """DAMASCUS (AFP) - Syria's national commission for missing persons, set up in {{May 2025}},
    will begin collecting testimony in {{January}} with an initial budget of {{$10 million}}, its
    chairman said. Families will have {{90 days}} to register a missing relative. The commission
    will work for {{five years}}.""",
)
