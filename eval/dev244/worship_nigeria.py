"""dev244 items: Nigeria (Plateau, Benue, Kaduna, Kwara, Ondo, the north-west and Borno)."""

from _wrap import item

item(
    "Plateau toll climbs as churches count their dead after Christmas Eve raids",
    """
The death toll from the Christmas Eve attacks on villages in Bokkos and Barkin Ladi rose to
[[at least 195|killed;a=the Plateau State government]], the Plateau State government said on
Wednesday, with [[more than 300 people|injured;a=the Plateau State government]] still being
treated in Jos and Bokkos. Gunmen struck [[17 villages|other;a=Amnesty International]] over the
night of {{24 December}}, according to Amnesty International, which said distress calls went
unanswered for up to {{12 hours}}. The Church of Christ in Nations (COCIN) said
[[eight of its churches|housing;a=The Church of Christ in Nations (COCIN)]] had been burned,
along with pastors' houses and a clinic. [[About 10,000 people|displaced;a=the State Emergency
Management Agency]] fled to Bokkos town, the State Emergency Management Agency said, where they
are sheltering in [[six camps|capacity;a=the State Emergency Management Agency]] opened in schools
and church compounds. Police said [[seven suspects|arrested;a=Police]] had been arrested. At
Mushu on {{28 December}}, [[46 victims|killed]] were buried side by side in a single trench.
""",
)

item(
    "Gunmen storm Owo church during Pentecost mass",
    """
Gunmen opened fire and set off explosives inside St Francis Xavier Catholic Church in Owo, Ondo
State, during Pentecost Sunday mass on {{5 June 2022}}, killing [[at least 40 worshippers|killed;a=the
state government]], the state government said. Among the dead were [[11 children|killed]], the
youngest {{aged two}}. The Catholic Diocese of Ondo said [[more than 60 people|injured;a=The
Catholic Diocese of Ondo]] had been taken to the Federal Medical Centre and St Louis hospital.
[[Nearly 200 people|civilians;a=Father Andrew Abayomi;alt=the parish priest]] were in the church
when the shooting began shortly after {{11am}}, the parish priest, Father Andrew Abayomi, told
reporters. Witnesses said [[about five gunmen|combatants;a=Witnesses]] entered through the main
door while others waited outside in a car. In {{August 2022}} the Department of State Services
said [[four suspects|arrested;a=the Department of State Services]] had been arrested in Ondo and
Kogi. The federal government said it would pay the hospital bills of [[the 58 wounded|aid;p;a=The
federal government]] who were still on the wards.
""",
)

item(
    "Dozens killed in Yelwata as gunmen reach mission compound",
    """
Gunmen attacked Yelwata, a market village in Guma local government area of Benue State, late on
{{13 June 2025}}, shooting residents and setting fire to houses near the Catholic mission, where
[[about 700 displaced people|displaced;a=the parish priest]] had been sleeping, the parish priest
said. Amnesty International said [[about 100 people|killed;a=Amnesty International]] were killed,
many of them burned in their homes. The Benue State government put the toll at
[[59|killed;a=The Benue State government]], with [[at least 40|injured;a=The Benue State
government]] admitted to hospitals in Makurdi. [[Dozens of homes|housing]] and
[[a dozen shops|housing]] were burned along the road to the market. The Benue State Emergency
Management Agency (SEMA) said [[more than 3,000 people|displaced;a=The Benue State Emergency
Management Agency (SEMA)]] had fled to Daudu and Makurdi by Sunday. Police said on Monday that
[[12 suspects|arrested;a=Police]] had been detained in connection with the attack.
""",
)

item(
    "Worshippers seized during Sunday service in Kajuru",
    """
Gunmen abducted [[about 40 worshippers|kidnapped;a=residents]] from a Baptist church in a
village of Kajuru local government area, Kaduna State, during Sunday service on
{{17 September 2023}}, residents said. A church elder said [[three people|killed;a=A church
elder]] were shot dead as they tried to run into the bush. The Kaduna State Police Command
confirmed the abduction but put the number taken at [[25|kidnapped;a=The Kaduna State Police
Command]]. Villagers said [[11 of the captives|kidnapped]] escaped on the {{second}} night and walked
back through the forest. The kidnappers have demanded {{N100 million}} for the rest, the pastor's
family said. [[Between 1,000 and 1,500 residents|displaced]] have since left for Kasuwan Magani, and
the state government said [[200 police officers and soldiers|combatants;n=police officers and soldiers;a=the state government]]
had been sent to the area.
""",
)

item(
    "Katsina mosque attack: toll disputed as villages bury worshippers",
    """
Gunmen on motorcycles attacked a mosque in Unguwan Mantau, in Malumfashi local government area of
Katsina State, during dawn prayers on {{19 August 2025}}, killing [[at least 50
worshippers|killed;a=local officials]], local officials said. Aminu Ibrahim, who represents the
area in the state assembly, said [[27 bodies|killed;a=Aminu Ibrahim]] were recovered from the
mosque itself and the rest from nearby farms. [[Dozens of others|injured]] were taken to
Malumfashi general hospital. Residents said [[as many as 70 men and boys|civilians;n=men and
boys;a=Residents]] had been in the mosque. Police spokesman Abubakar Sadiq Aliyu said [[about 60
gunmen|combatants;a=Abubakar Sadiq Aliyu;alt=Police spokesman Abubakar Sadiq Aliyu]] took part in
the raid, which residents linked to the killing of bandits by vigilantes {{a week}} earlier. [[Some 500
households|displaced;a=the state emergency agency]] have fled to Malumfashi town, the state
emergency agency said. The village had been paying a levy of {{N2 million}} a month to armed
groups, according to residents.
""",
)

item(
    "Man sets fire to Kano mosque during dawn prayers",
    """
A man poured petrol into a mosque in Larabar Abasawa village, Gezawa local government area, Kano
State, and set it alight during the dawn prayer on {{15 May 2024}}, police said. [[About 40
people|civilians;a=Abdullahi Haruna Kiyawa;alt=police spokesman Abdullahi Haruna Kiyawa]] were praying inside when the fire
started at about {{5.20am}}, police spokesman Abdullahi Haruna Kiyawa said, and the doors had been
locked from outside. [[Eleven worshippers|killed]] died at the scene. By Saturday the toll had
risen to [[23|killed;a=hospital officials]], hospital officials said, and [[at least 24
others|injured;a=hospital officials]] were still receiving treatment for burns. Hospital officials said [[no more than 10 of the
injured|injured;a=Hospital officials]] were in critical condition. The suspect, a
{{38-year-old}} man, told police he had acted over a dispute about the sharing of an inheritance.
The state government said it would pay {{N1 million}} to each of the [[23 bereaved
families|aid;p;a=The state government]].
""",
)

item(
    "Makurdi diocese counts returns, and the chapels still in ashes",
    """
The Catholic Diocese of Makurdi said [[about 2,300 families|returned;a=The Catholic Diocese of
Makurdi]] had gone back to their villages in Guma and Gwer West since the dry season, most of
them to homes without roofs. The diocese has rebuilt [[14 chapels|housing;u=structure;a=The
diocese;alt=The Catholic Diocese of Makurdi]] with money from parishes abroad and plans to rebuild
[[another 30 churches|housing;p;a=The diocese;alt=The Catholic Diocese of Makurdi]] by {{2026}}, a
spokesman said. The diocese's Justice, Development and Peace Commission counts [[more than 1.5
million|displaced;a=The diocese's Justice, Development and Peace Commission]] people displaced
across Benue, [[about 500,000|displaced;a=The diocese's Justice, Development and Peace
Commission]] of them in [[18 official camps|capacity;a=The diocese's Justice, Development and
Peace Commission]] run by the state government. [[Some 4,000 returnee
households|aid]] received seed, fertiliser and hoes last month. The diocese still lists [[62
parishioners|missing;a=The diocese;alt=The Catholic Diocese of Makurdi]] as unaccounted for since
the raids of {{2023}}.
""",
)

item(
    "Churches and mosques burned as Mangu violence flares again",
    """
Renewed violence in Mangu local government area of Plateau State has left [[more than 200
people|killed;a=the Mwaghavul Development Association]] dead since {{mid-May}}, the Mwaghavul
Development Association said on Tuesday. The group said [[at least 22 churches|housing;a=The
group;alt=the Mwaghavul Development Association]] and [[about 1,200 houses|housing;a=The
group;alt=the Mwaghavul Development Association]] had been burned. Muslim community leaders said
[[six mosques|housing;a=Muslim community leaders]] had also been destroyed and that [[dozens of
Fulani herders|killed;a=Muslim community leaders]] had been killed in reprisals. [[More than
50,000 people|displaced]] have fled to Mangu town, Pankshin and Jos. The state government
extended a {{24-hour}} curfew and the army said [[hundreds of soldiers|combatants;a=the army]]
had been deployed to the district.
""",
)

item(
    "Travellers returning from prayer gathering killed on Rukuba Road",
    """
Gunmen attacked [[five buses|other]] carrying Muslim travellers home from an annual prayer
gathering in Bauchi as they passed through Jos North on {{14 August 2021}}, killing [[at least 25
people|killed;a=police]], police said. [[About 90 worshippers|civilians]] had been on board.
Police said [[more than 20 others|injured;a=Police]] were rescued and taken to hospital, and that
[[33 suspects|arrested;a=Police]] had been arrested by the evening. Jama'atu Nasril Islam (JNI)
said [[seven of the travellers|missing;a=Jama'atu Nasril Islam (JNI)]] could not be accounted
for. [[Three of the buses|other]] were set on fire. Governor Simon Lalong imposed a {{24-hour}} curfew on Jos North and condemned the killings
as barbaric.
""",
)

item(
    "Rights group report puts Christian toll in Nigeria at over 52,000",
    """
The International Society for Civil Liberties and Rule of Law (Intersociety) said in a report
released on Tuesday that [[at least 52,250 Christians|killed;a=The International Society for
Civil Liberties and Rule of Law (Intersociety)]] had been killed in Nigeria since {{2009}}. It
said [[18,000 churches|housing;a=The International Society for Civil Liberties and Rule of Law
(Intersociety)]] had been attacked or burned and [[about 30,000 Christians|kidnapped;a=The
International Society for Civil Liberties and Rule of Law (Intersociety)]] abducted over the same
period. The Catholic Secretariat of Nigeria said [[145 priests|kidnapped;a=The Catholic
Secretariat of Nigeria]] had been kidnapped since {{2015}}, and that [[11|killed;a=The Catholic
Secretariat of Nigeria]] had died in captivity. The government rejects such tallies, and
officials say most victims of banditry in the north-west are Muslims. The report also estimates
that [[more than 5 million Christians|displaced;a=The report]] have been driven from their
homes, a figure that could not be independently verified.
""",
)

item(
    "Sokoto student killed by mob over alleged blasphemy",
    """
A {{second-year}} student was beaten and set on fire by classmates and a crowd from outside the
campus at Shehu Shagari College of Education in Sokoto on {{12 May 2022}}, after messages she
posted on a class WhatsApp group were called blasphemous. Police said [[two suspects|arrested;a=Police]]
had been arrested and that [[about 200 officers|combatants;a=Police]] had been sent to the
campus. The college was shut and [[more than 2,000 students|other]] were sent home. The next day
protesters demanding the suspects' release attacked [[two churches|housing;a=the Christian Association of Nigeria]] and [[about 30
shops|housing;a=the Christian Association of Nigeria]] owned by Christians, the Christian Association of Nigeria said. [[Some 500
residents|displaced;a=the Red Cross]] took refuge at an army barracks, according to the Red
Cross. The state government imposed a {{24-hour}} curfew.
""",
)

item(
    "Bomber strikes Maiduguri mosque on Christmas Eve",
    """
A suicide bomber blew himself up inside a mosque at Gamboru market in Maiduguri during evening
prayers on {{24 December 2025}}, killing [[at least five worshippers|killed;a=police]] and
wounding [[35 others|injured;a=police]], police said. A member of the Civilian Joint Task Force
who helped carry the wounded said [[seven|killed;a=A member of the Civilian Joint Task Force]]
had died. [[About 200 worshippers|civilians;a=A member of the Civilian Joint Task Force]] were inside for the Maghrib prayer, he said. No
group claimed the attack, but police said [[six suspects|arrested;a=police]] linked to Boko
Haram had been detained in a dawn raid. The Borno State government said it would deploy
[[1,000 vigilantes|combatants;p;a=The Borno State government]] to guard mosques, churches and
markets through the New Year. [[Up to 50 shops|housing;a=traders]] around the mosque were
damaged, traders said.
""",
)

item(
    "Kwara church abductees freed, governor says",
    """
Gunmen stormed Christ Apostolic Church in Oke-Isegun, Eruku, during an evening service on
{{18 November 2025}}, killing [[three worshippers|killed]] and seizing [[38 others|kidnapped]] in
an attack filmed live on a phone. [[About 100 people|civilians;a=the church's pastor]] had been
at the service, the church's pastor said. Governor AbdulRahman AbdulRazaq said on Sunday that
[[all 38 worshippers|kidnapped;a=Governor AbdulRahman AbdulRazaq]] had been rescued and were
receiving medical care in Ilorin. [[Some 900 police and soldiers|combatants;n=police and soldiers;a=Governor
AbdulRahman AbdulRazaq]] had been deployed to the forests between Kwara and Kogi, he said. The
state government also closed [[more than 50 schools|other;a=The state government]] in Ekiti and
Isin as a precaution, it said. [[About 200 residents|displaced]] left Eruku for Ilorin after the
attack.
""",
)

item(
    "Benue pays relief to families of slain worshippers",
    """
The Benue State government paid {{N200,000}} each to [[1,240 families|aid;a=The Benue State
government]] who lost relatives in attacks on villages and churches this year, it said on
Thursday. It also distributed [[3,000 bags|aid]] of rice, [[2,500 mattresses|aid]] and cash to
[[85 widows|aid]] at the Agagbe camp. [[Another 600 households|aid;p;a=the commissioner for
humanitarian affairs]] will receive payments next month, the commissioner for humanitarian
affairs said. Governor Hyacinth Alia said the state's [[13 camps|capacity;a=Governor Hyacinth
Alia]] now hold [[more than 180,000 people|displaced;a=Governor Hyacinth Alia]], up by nearly
{{40%}} on a year earlier. Church leaders said the payments were welcome but small.
""",
)

item(
    "Villagers trickle back to Bokkos, where churches rise from the ashes",
    """
[[About 4,000 villagers|returned;a=the Bokkos local government chairman]] have gone back to
communities in Bokkos raided at Christmas, the Bokkos local government chairman said on
Saturday, and many now farm only in daylight. Church members have rebuilt [[nine churches|housing]]
and Muslim residents [[two mosques|housing]] in Mushere, but [[more than 600 homes|housing;a=the
chairman;alt=the Bokkos local government chairman]] still lie in ruins, the chairman said. [[The
remaining 3,200 displaced people|displaced]] are in [[four camps|capacity]] in Bokkos town.
Operation Safe Haven said it had deployed [[300 additional troops|combatants;a=Operation Safe
Haven]] and set up [[five checkpoints|other;a=Operation Safe Haven]] along the Mangu road.
Families of [[14 villagers|missing]] taken in the raids still have no word of them.
""",
)

item(
    "Owo marks three years since Pentecost church massacre",
    """
The memorial mass at St Francis Xavier Catholic Church in Owo on {{5 June 2025}} began quietly at
{{9am}}, under a bell tower still scarred by shrapnel.
Bishop Jude Arogundade read from {{Psalm 91}} and spoke of the {{third anniversary}} as a test of
patience. The memorial garden beside the church, built at a cost of {{N150 million}}, was opened
by the governor. The trial of the suspects, adjourned for the {{fourth}} time in {{April}},
resumes in {{July 2025}}, the bishop said.
""",
)

item(
    "Appeal court delays ruling in Kano blasphemy case",
    """
The Supreme Court in Abuja on Monday again postponed its ruling in the appeal of Yahaya
Sharif-Aminu, a singer sentenced to death by a Kano Sharia court in {{August 2020}} under
Section {{382(b)}} of the Kano State Penal Code. The {{22-year-old}} at the time was convicted
over a song shared on WhatsApp in {{March 2020}}. His lawyers argued for nearly {{two hours}}
that the law breaches Section {{38}} of the {{1999}} Constitution. The court fixed {{12
February 2026}} for judgment.
""",
)
