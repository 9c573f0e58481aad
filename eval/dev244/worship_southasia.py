"""dev244 items: Pakistan, Afghanistan, India and Sri Lanka."""

from _wrap import item

item(
    "Jaranwala mob burns churches after blasphemy accusation",
    """
A mob of [[several thousand people|other;a=police]] rampaged through Christian neighbourhoods of
Jaranwala, in Pakistan's Faisalabad district, on {{16 August 2023}} after a Christian man and his brother
were accused of desecrating the Koran, police said. The Church of Pakistan said [[21
churches|housing;a=The Church of Pakistan]] were burned or vandalised, while the Punjab
government put the number of damaged homes at [[86|housing;u=structure;a=the Punjab
government]]. [[Hundreds of Christian
families|displaced;a=residents]] fled to fields and sugarcane plantations outside the town, residents
said. By the weekend police said they had arrested [[more than 160 suspects|arrested;a=police]],
including [[five prayer leaders|arrested]] accused of inciting the crowd over
mosque loudspeakers. The caretaker government promised {{Rs 2 million}} to each of the
affected families. Officials said [[about 70 families|returned;a=Officials]] had
gone back to their homes by the end of the month.
""",
)

item(
    "Peshawar police mosque bombing toll reaches 101",
    """
The toll from the suicide bombing of a mosque inside Peshawar's Police Lines compound rose to
[[101|killed;a=Lady Reading Hospital]] on Tuesday, Lady Reading Hospital said, most of them
police officers who had gathered for the afternoon prayer. [[At least 221 people|injured;a=the
hospital;alt=Lady Reading Hospital]] were wounded, [[about 50|injured;a=the hospital;alt=Lady
Reading Hospital]] of them in critical condition, the hospital said. [[Between 300 and 400
worshippers|civilians;a=Moazzam Jah Ansari;alt=provincial police chief Moazzam Jah Ansari]] were inside when the roof
collapsed at about {{1.40pm}}, provincial police chief Moazzam Jah Ansari said. Rescuers pulled
[[17 survivors|other]] from the rubble overnight. Counter-terrorism police said they had detained
[[23 people|arrested;a=Counter-terrorism police]] for questioning, including several
policemen who had been on duty at the gate.
""",
)

item(
    "IS-K bomber kills worshippers at Peshawar Shia mosque",
    """
A suicide bomber attacked the Kucha Risaldar Shia mosque in Peshawar's old city during Friday
prayers on {{4 March 2022}}, killing [[at least 63 people|killed;a=officials]] and wounding
[[more than 190|injured;a=officials]], officials said. Police said [[two guards|combatants;a=Police]]
at the gate had tried to stop the attacker, who shot [[one of them|killed;n=-]] dead before
entering. Islamic State Khorasan Province said it carried out the attack. [[About 400
worshippers|civilians]] had been in the main hall. The provincial government announced
{{Rs 1 million}} in compensation for each family and said [[more than 250 police|combatants;p;a=The
provincial government]] would guard Shia mosques in the city during Ramadan.
""",
)

item(
    "Kurram toll rises as road stays shut after convoy massacre",
    """
[[At least 42 people|killed;a=local officials]] were killed when gunmen opened fire on a convoy
of [[about 200 vehicles|other;a=local officials]] carrying mainly Shia passengers near Bagan in
Kurram district on {{21 November 2024}}, local officials said. The attack set off {{a week}} of
clashes between Shia and Sunni tribes in which [[at least 130 people|killed;a=the Human Rights
Commission of Pakistan]] were killed, according to the Human Rights Commission of Pakistan. The
district administration said [[more than 300 families|displaced;a=The district administration]]
had fled Bagan to Hangu and Peshawar, and that [[about 100 shops|housing;a=The district
administration]] and a mosque had been burned.
Hospitals in Parachinar reported running out of medicine as the only road stayed shut for more
than {{two months}}. The government airlifted [[62 patients|other]] to Peshawar. A peace
agreement signed by the tribes in {{January}} required them to hand over all
bunkers within {{a fortnight}}. [[About 120 families|returned;a=the district administration]]
had gone back to Bagan by {{March}}, the district administration said.
""",
)

item(
    "Court sentences six to death over Sialkot lynching",
    """
An anti-terrorism court in Lahore on Monday sentenced [[six men|arrested]] to death for the
lynching of Priyantha Kumara, a Sri Lankan factory manager beaten to death and set on fire in
Sialkot over alleged blasphemy in {{December 2021}}. [[Nine others|arrested]] received life
sentences and [[72|arrested]] were given {{two years}} in prison, the prosecution said. Police had
arrested [[more than 130 people|arrested;a=Police]] within {{48 hours}} of the killing, using
video footage shared on social media, police said. Prime Minister Imran Khan praised a colleague
of the victim who tried to shield him from [[hundreds of men|other]]. The trial heard
the testimony of [[40 witnesses|other]] over {{three months}}.
""",
)

item(
    "Sargodha Christian dies of injuries after mob attack",
    """
Nazir Masih, a {{72-year-old}} Christian shoe-maker attacked by a mob in Sargodha's Mujahid
Colony over allegations of burning pages of the Koran, died of his wounds on {{3 June 2024}},
his family said. Police said [[44 people|arrested;a=Police]] had been arrested and that [[more
than 200|arrested;a=Police]] had been named in a case under anti-terrorism laws. The crowd also
set fire to his house and a small shoe factory next door. [[About 30 Christian
families|displaced;a=local church leaders]] left the colony for relatives' homes in other
districts, local church leaders said. [[Some 2,000 police|combatants;a=the district police
officer]] were deployed to the area, the district police officer said. [[Ten of the
families|returned;a=the Punjab
government]] had returned by the end of the month, the Punjab
government said. Officials said [[more than 1,000 Christians|civilians;a=Officials]] live in
Mujahid Colony.
""",
)

item(
    "Kandahar mosque bombing: Taliban say 47 killed",
    """
Suicide bombers attacked the Bibi Fatima Shia mosque in Kandahar during Friday prayers on
{{15 October 2021}}, {{a week}} after a similar attack in Kunduz, killing [[at least 47
worshippers|killed;a=a Taliban official]], a Taliban official said. [[More than 70
people|injured;a=Mirwais hospital]] were being treated, Mirwais hospital said. A witness said
[[four attackers|combatants;a=A witness]] took part: a pair shot the guards at the gate while
[[two others|combatants;a=A witness]] blew themselves up inside, he said. In Kunduz, the toll
from the {{8 October}} attack on the Said Abad mosque had reached [[at least 72|killed;a=the
UN]], according to the UN. Shia leaders in Kandahar said [[about 500 men|combatants;p;a=Shia leaders]]
from the community would be armed to guard mosques, under Taliban supervision.
""",
)

item(
    "Twin blasts in Mazar: Shia mosque targeted during Ramadan",
    """
A bomb exploded inside the Seh Dokan Shia mosque in Mazar-i-Sharif during midday prayers on
{{21 April 2022}}, killing [[at least 31 worshippers|killed;a=the Taliban-appointed
provincial spokesman]] and wounding [[87|injured;a=the Taliban-appointed provincial spokesman]],
the Taliban-appointed provincial spokesman said. The same morning twin blasts outside a boys'
school in Kabul's Dasht-e-Barchi, a Hazara neighbourhood, killed [[six students|killed;a=Kabul
police]], Kabul police said. [[Dozens of families|displaced]] in Mazar's Hazara quarter moved to
relatives' homes, fearing further attacks. The Islamic State claimed the mosque bombing.
Hospital staff said [[11 people|missing;a=Hospital staff]] were still unaccounted for on Friday,
and [[about 20 Taliban fighters|combatants;a=Hospital staff]] had been posted at the gates.
""",
)

item(
    "Pul-e-Khumri Shia mosque bombed during Friday prayers",
    """
A suicide bomber struck the Imam Zaman Shia mosque in Pul-e-Khumri, capital of Afghanistan's
Baghlan province, during Friday prayers on {{13 October 2023}}, killing [[seven people|killed;a=the
Taliban-run interior ministry]], the Taliban-run interior ministry said. [[At least 15
others|injured;a=the ministry;alt=the Taliban-run interior ministry]] were wounded, the ministry
said. A local doctor told the AP that [[as many as 17 people|killed;a=A local doctor]] had died
in the city's hospital alone. [[Some 150 worshippers|civilians;a=a Shia cleric]] were inside at the time,
according to a Shia cleric. Islamic State claimed the attack. The ministry said
[[three suspects|arrested;a=The ministry;alt=the Taliban-run interior ministry]] had been
detained. The cleric said [[up to 40 families|displaced;a=The cleric]] were considering leaving
the city.
""",
)

item(
    "Manipur: 249 churches burned, says Meitei Christian forum",
    """
The Manipur Meitei Christian Churches Council said on Thursday that [[249 churches|housing;a=The
Manipur Meitei Christian Churches Council]] belonging to Meitei Christians had been burned or
destroyed in the {{first}} {{36 hours}} of the violence that began on {{3 May 2023}}. Kuki church
groups said [[more than 350 churches|housing;a=Kuki church groups]] in Kuki-Zo villages had been
burned by the end of the year. The state government said [[about 60,000 people|displaced;a=The
state government]] had fled their homes and were living in [[some 350 relief
camps|capacity;a=The state government]]. [[More than 175 people|killed;a=police]] had been
killed by September, police said, and [[32|missing;a=police]] were missing. Security forces
said they had recovered [[about 1,200 weapons|other;a=Security forces]] looted from police
armouries, out of [[more than 4,000|other;u=other;a=Security forces]] taken.
""",
)

item(
    "Delhi riots: mosques burned, toll reaches 53",
    """
The toll from communal violence in north-east Delhi rose to [[53|killed;a=police]] on
{{1 March 2020}}, police said, with [[more than 200 people|injured;a=police]] treated in
hospitals. Rioters set fire to [[at least four mosques|housing;a=residents]], including one in
Ashok Nagar where a saffron flag was planted on the minaret, residents said. Delhi Police said
[[more than 1,800 people|arrested;a=Delhi Police]] had been arrested or detained and [[over 700
cases|other;u=other;a=Delhi Police]] registered. [[About 1,000 Muslims|displaced;a=the Delhi
Waqf Board]] were sheltering at a relief camp in Eidgah, Mustafabad, run by the Delhi Waqf Board,
it said. The government ordered [[about 7,000 paramilitary police|combatants]] into the
affected neighbourhoods.
""",
)

item(
    "Gurugram mosque set alight as Nuh violence spreads",
    """
A mob set fire to a mosque in Gurugram's Sector {{57}} late on {{31 July 2023}}, killing its
{{19-year-old}} naib imam, police said, a day after clashes during a Hindu religious procession in
neighbouring Nuh left [[six people|killed;a=the Haryana government]] dead, according to the
Haryana government. Police said [[116 people|arrested;a=Police]] had been arrested. [[More than
2,500 pilgrims|civilians;a=officials]] on the procession had taken refuge in a temple in Nuh
during the clashes, officials said. In the following days authorities demolished [[about 1,200
structures|housing;a=the district administration]], most of them shanties and shops belonging
to Muslims, according to the district administration. [[Hundreds of migrant
workers|displaced]] left Gurugram for their home villages in Bengal. The government deployed
[[about 2,000 paramilitary troops|combatants]] to the district.
""",
)

item(
    "Sri Lanka revises Easter bombing toll down to 253",
    """
Sri Lanka's health ministry on Thursday revised the toll from the Easter Sunday bombings of
churches and hotels down to [[253|killed;a=Sri Lanka's health ministry]] from
[[359|killed;a=Sri Lanka's health ministry]], saying some remains had been counted twice. [[About
500 people|injured;a=the ministry;alt=Sri Lanka's health ministry]] were wounded, the ministry
said. At St Sebastian's Church in Negombo alone [[more than 100 worshippers|killed;a=the
Archdiocese of Colombo]] died, according to the Archdiocese of Colombo. The suicide attackers,
[[nine|combatants;a=police]] in all, were members of a local Islamist group, police said. Police
said [[more than 70 suspects|arrested;a=Police]] had been detained. The Catholic Church said
all churches in the country would stay closed this Sunday. The army said [[about 10,000
soldiers|combatants;p;a=The army]] would be deployed to guard them.
""",
)

item(
    "Mosques and shops torched in Sri Lanka's north-west after Easter",
    """
Mobs attacked Muslim-owned shops and mosques in Kurunegala, Puttalam and Gampaha districts on
{{13 May 2019}}, {{three weeks}} after the Easter bombings, killing a Muslim carpenter
in Puttalam, police said. The All Ceylon Jamiyyathul Ulama said [[at least 15 mosques|housing;a=The
All Ceylon Jamiyyathul Ulama]] and [[more than 80 shops|housing;a=The All Ceylon Jamiyyathul
Ulama]] had been damaged or burned. Police said [[74 people|arrested;a=Police]] had been
arrested, including the leader of a Sinhala nationalist group. Police said [[more than 1,000
troops|combatants;a=Police]] had been sent to the districts and that [[about 100
homes|housing;a=Police]] had also been damaged. [[Some 300 families|displaced]]
from Minuwangoda slept in a mosque hall after their homes were looted. The government imposed a
nationwide night curfew from {{9pm}} to {{4am}}.
""",
)

item(
    "Supreme Court orders Sirisena to pay Easter victims",
    """
Sri Lanka's Supreme Court on {{12 January 2023}} ordered former President Maithripala Sirisena
to pay {{Rs 100 million}} in compensation to victims of the {{2019}} Easter Sunday bombings,
finding that he had ignored prior intelligence warnings. The court gave him {{six months}} to
pay. The former police chief was ordered to pay {{Rs 75 million}}. Cardinal Malcolm Ranjith
welcomed the ruling on the {{fourth}} Sunday of Lent.
""",
)

item(
    "Pakistan's top court upholds acquittal of Asia Bibi",
    """
Pakistan's Supreme Court on {{29 January 2019}} dismissed a petition against the acquittal of Asia
Bibi, a Christian woman who spent {{eight years}} on death row after being convicted of blasphemy
under Section {{295-C}} of the Pakistan Penal Code in {{2010}}. The court had overturned her
conviction on {{31 October 2018}}. The hearing lasted less than {{an hour}}. Bibi, then about
{{47}}, later left for Canada.
""",
)
