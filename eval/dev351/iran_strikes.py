"""dev351 items: the Israeli and US strikes of June 2025 and the earlier exchanges of fire."""

from _wrap import item

item(
    "Health ministry raises toll from Israeli strikes to 627",
    """
Iran's health ministry said on {{Tuesday}} that [[627 people|killed;a=Iran's health ministry]] had been killed and [[4,870|injured;a=Iran's health ministry;n=-]]
wounded in Israeli strikes since {{13 June}}. Spokesman Hossein Kermanpour said [[49 women|killed;a=Spokesman Hossein Kermanpour]] and
[[13 children|killed;a=Spokesman Hossein Kermanpour]] were among the dead and that [[about 1,700 of the wounded|injured;a=Spokesman Hossein Kermanpour;n=-]] were still
in hospital. The ministry said [[seven hospitals|housing;a=The ministry;alt=Iran's health ministry]] and [[nine ambulances|other;a=The ministry;alt=Iran's health ministry]]
had been hit. HRANA, which counts independently, put the toll at [[1,190 dead|killed;a=HRANA;n=-]], [[436 of them|killed;a=HRANA;n=-]] civilians.
""",
)

item(
    "Tehran residents flee as Israel warns of more strikes",
    """
Long queues of cars formed on the roads out of Tehran on {{Monday}} as [[hundreds of thousands of residents|displaced]] headed for the Caspian
coast and the north-west. The capital's governor said [[more than 1 million people|displaced;a=The capital's governor]] had left in {{three days}},
out of a metropolitan population of [[about 10 million|civilians;a=The capital's governor;n=-]]. Petrol was rationed to {{25 litres}} per car.
The Red Crescent said it had set up [[42 emergency shelters|capacity;a=The Red Crescent]] in mosques, schools and metro stations able to hold
[[up to 20,000 people|capacity;a=The Red Crescent]] and had handed out [[more than 60,000 food parcels|aid;a=The Red Crescent]].
In Rasht, [[some 3,000 families|displaced;a=local officials]] from Tehran were staying with relatives, local officials said.
""",
)

item(
    "Israeli strike on Tehran apartment block kills scientists and neighbours",
    """
An Israeli strike on a residential tower in Tehran's Chamran district killed [[at least 60 people|killed;a=state television]], [[20 of them|killed;a=state television;n=-]] children,
state television said, in an attack Israel said targeted a nuclear scientist. Rescuers pulled [[34 survivors|other;a=The Red Crescent]] from the
rubble, The Red Crescent said, and [[about a dozen residents|missing;a=The Red Crescent]] were still unaccounted for on {{Saturday}}.
The municipality said [[14 buildings|housing;a=The municipality]] nearby were damaged and [[some 120 households|displaced;a=The municipality]]
were moved to hotels. [[About 450 rescue workers|other;a=The municipality]] were deployed to the site, it said.
""",
)

item(
    "US bombers strike Fordow, Natanz and Isfahan",
    """
The United States struck Iran's nuclear sites at Fordow, Natanz and Isfahan overnight, using [[14 bunker-buster bombs|other;a=the Pentagon;u=other]]
dropped by [[seven B-2 bombers|other;a=the Pentagon;v=7;u=other]], the Pentagon said. A US official said [[more than 125 aircraft|other;a=A US official]] took part in the
operation and that [[about two dozen Tomahawk missiles|other;a=A US official;n=missiles]] were fired from a submarine. Iran's atomic energy organisation said there had
been no radiation leak. Qom's crisis management chief said [[nine people|injured;a=Qom's crisis management chief]] were hurt near Fordow and that
[[some 500 villagers|displaced;a=Qom's crisis management chief]] had been moved out of the area. The {{Ordnance}} used weighed {{30,000 pounds}} each.
""",
)

item(
    "Iranian missiles hit Beersheba hospital and Tel Aviv suburbs",
    """
Iran fired [[about 30 ballistic missiles|other;a=the Israeli military]] at Israel early on {{Thursday}}, the Israeli military said, one of which struck
the Soroka medical centre in Beersheba. Magen David Adom said [[more than 70 people|injured;a=Magen David Adom]] were hurt across the country,
[[three|injured;a=Magen David Adom;n=-]] of them seriously. The hospital said [[about 200 patients|displaced;a=The hospital]] were moved to
other wards and hospitals. In Ramat Gan and Holon, [[at least 40 apartments|housing;a=municipal officials;u=structure]] were destroyed, municipal officials said,
and [[some 600 residents|displaced;a=municipal officials]] were put up in hotels. Israel says [[28 people|killed;a=Israel]] were killed by Iranian fire during the war.
""",
)

item(
    "Red Crescent: 40 rescuers killed or wounded during war",
    """
The Iranian Red Crescent Society said [[six of its rescuers|killed;a=The Iranian Red Crescent Society]] were killed and [[34|injured;a=The Iranian Red Crescent Society;n=-]]
wounded during the {{12-day}} war. It said its teams had pulled [[more than 400 people|other;a=The Iranian Red Crescent Society]] alive from collapsed buildings,
distributed [[8,500 tents|aid;a=The Iranian Red Crescent Society]] and [[around 25,000 blankets|aid;a=The Iranian Red Crescent Society]], and given shelter
to [[about 9,000 people|displaced;a=The Iranian Red Crescent Society]]. Pirhossein Kolivand, who heads the society, said [[at least 70 bodies|killed;a=Pirhossein Kolivand]] had been recovered in Tehran alone.
""",
)

item(
    "Kermanshah: missile bases hit, villages evacuated",
    """
Israeli jets struck missile bases around Kermanshah for a {{third}} night, and provincial officials said [[at least 23 soldiers|killed;a=provincial officials]] and
[[five civilians|killed;a=provincial officials]] had been killed. The governor's office said [[four villages|other;a=The governor's office]]
close to the bases were evacuated, [[roughly 2,000 people|displaced;a=The governor's office]] in all, and that [[about 300 homes|housing;a=The governor's office]]
had broken windows or cracked walls. A local MP said [[between 1,500 and 2,000 people|civilians;a=A local MP]] in the surrounding hamlets had no water.
[[Around 80 trucks|aid;a=the Red Crescent]] of supplies arrived on {{Friday}}, the Red Crescent said.
""",
)

item(
    "After the ceasefire, Tehran counts damaged homes",
    """
Tehran's municipality said on {{Sunday}} that [[some 500 residential units|housing;a=Tehran's municipality]] in the capital were damaged or destroyed in
the war, and that [[about 120 of them|housing;a=Tehran's municipality;n=-;u=structure]] could not be repaired. It said [[up to 3,000 people|displaced;a=Tehran's municipality]]
were still unable to go home. The housing foundation said it planned to rebuild [[1,000 homes|housing;a=The housing foundation;p]] across the country
by {{March}} and to pay rent for [[about 800 families|aid;a=The housing foundation;p]] meanwhile. [[More than 2,000 families|returned;a=officials]]
have already moved back into repaired flats, officials said.
""",
)

item(
    "Israel's strikes on Iran in October 2024 kill four soldiers",
    """
Israeli warplanes struck military sites in Tehran, Khuzestan and Ilam provinces before dawn on {{Saturday}}, killing [[four soldiers|killed;a=the Iranian army]], the
Iranian army said. The Israeli military said [[more than 100 aircraft|other;a=The Israeli military]] took part in three waves and hit
[[about 20 targets|other;a=The Israeli military;u=other]], among them [[12 missile-fuel mixers|other;a=The Israeli military;u=other]]. Iran said its air defences
intercepted most of the missiles and that damage was limited. A civilian was later reported killed in Tehran province, bringing the toll to
[[five|killed;n=-]]. In Parchin, [[three buildings|housing;a=analysts]] were destroyed, according to analysts who studied satellite images.
State media said [[at least 12 people|injured;a=State media]] were treated in hospital.
""",
)

item(
    "Iran's October missile barrage: what we know",
    """
Iran fired [[about 180 ballistic missiles|other;a=Israel]] at Israel on {{1 October}}, Israel said, most of which were intercepted by Israeli and US defences. A Palestinian man
in Jericho was killed by falling debris, and [[two Israelis|injured;a=Magen David Adom]] were lightly hurt, Magen David Adom said.
The Israeli military said [[more than 30 missiles|other;a=The Israeli military]] hit the Nevatim air base, damaging several hangars.
Satellite images analysed by researchers showed [[at least 32 impact craters|other;a=researchers]] at the base.
In Tel Aviv [[about 100 homes|housing;a=the municipality]] were damaged, the municipality said.
In Jordan, [[two people|injured;a=Jordanian officials]] were hurt by falling fragments, Jordanian officials said.
""",
)

item(
    "Missing after Tehran strikes: families search morgues",
    """
Families of [[at least 45 people|missing;a=the forensic medicine organisation]] reported missing after the strikes were still waiting for DNA results, the forensic
medicine organisation said. It said [[some 90 bodies|killed;a=the forensic medicine organisation]] had been identified at the Kahrizak centre since the ceasefire.
Amnesty said [[dozens of Afghans|missing;a=Amnesty]] were among the missing. Officials said [[14 people|missing;a=Officials]] were still
buried under the ruins of a building in Tajrish, and that [[about 60 rescuers|other;a=Officials]] were working there. [[Three more bodies|killed]] were found on {{Monday}}.
""",
)

item(
    "Hospitals in Tehran overwhelmed on first night of war",
    """
Tehran hospitals received [[more than 350 wounded|injured;a=the Tehran University of Medical Sciences;n=-]] in the first {{24 hours}} of Israeli strikes, the Tehran University of
Medical Sciences said, and called for blood donations. The university said [[about 60 of them|injured;a=The university;alt=the Tehran University of Medical Sciences;n=-]] needed surgery.
Iran's health ministry said [[78 people|killed;a=Iran's health ministry]] were killed on {{13 June}}, including
[[at least 20 senior commanders and scientists|killed;a=Iran's health ministry;n=commanders and scientists]]. Hospitals in the capital cleared [[around 2,000 beds|capacity;a=the ministry;alt=Iran's health ministry]] for casualties, the ministry said,
and [[some 400 doctors|other;a=the ministry;alt=Iran's health ministry]] were called back from leave. [[Over 10,000 people|other]] gave blood on the first day.
""",
)

item(
    "UN: 150,000 needed help after war in Iran",
    """
The UN Office for the Coordination of Humanitarian Affairs said [[around 150,000 people|civilians;a=The UN Office for the Coordination of Humanitarian Affairs]] in Iran needed help after
the war, mostly in Tehran, Kermanshah, Tabriz and Isfahan. It said [[about 45,000 people|displaced;a=The UN Office for the Coordination of Humanitarian Affairs]] remained away from their homes
and that [[some 12,000 households|civilians;a=The UN Office for the Coordination of Humanitarian Affairs]] had lost water or power. UNICEF said
[[more than 200 schools|housing;a=UNICEF]] had been damaged. WHO said it had sent [[24 tonnes|aid;a=WHO]] of medicines and that
[[at least 18 health facilities|housing;a=WHO]] were hit. The agency said [[up to 500,000 people|civilians;a=The agency;alt=WHO;p]] could need psychosocial support.
""",
)

item(
    "Tabriz residents shelter in metro as strikes continue",
    """
Residents of Tabriz slept in metro stations for a {{fifth}} night as Israeli jets hit air bases nearby. The city's crisis headquarters said
[[12 stations|capacity;a=The city's crisis headquarters;u=structure]] were open at night and sheltering [[about 7,000 people|displaced;a=The city's crisis headquarters]].
It said [[16 people|killed;a=The city's crisis headquarters]] had been killed in the province and [[at least 94|injured;a=The city's crisis headquarters;n=-]] wounded.
Charities served [[some 15,000 hot meals a day|aid;a=a local charity]], a local charity said. [[Hundreds of families|displaced]] from villages near the Shahid
Madani base were sleeping in tents in a park.
Water was cut to [[some 200,000 residents|civilians;a=the water company]] after a pipeline was hit, the water company said.
""",
)

item(
    "Oil prices fall after Israel-Iran ceasefire",
    """
Brent crude fell {{7%}} to {{$67 a barrel}} on {{Tuesday}} after a ceasefire between Israel and Iran took hold, erasing the gains of the {{12-day}} war.
Prices had jumped to {{$79}} when the US struck Iran's nuclear sites on {{22 June}}. Tanker rates from the Gulf fell {{20%}}.
Analysts said the Strait of Hormuz, which carries {{about a fifth}} of world oil, had stayed open throughout.
""",
)

item(
    "Iran's parliament votes to suspend IAEA cooperation",
    """
Iran's parliament voted {{221-0}} on {{Wednesday}} to suspend cooperation with the International Atomic Energy Agency, with {{one}} abstention.
The bill requires approval from the Supreme National Security Council. The IAEA says Iran had {{408.6 kg}} of uranium enriched to {{60%}} before
the war. Speaker Mohammad Bagher Ghalibaf said the measure would stand until the safety of nuclear sites was guaranteed. The vote came {{two days}}
after the ceasefire of {{24 June 2025}}.
""",
)
