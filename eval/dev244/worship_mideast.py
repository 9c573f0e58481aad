"""dev244 items: Iraq, Syria (Christian, Alawite and Druze areas) and Egypt's pilgrims."""

from _wrap import item

item(
    "Bells ring again in Qaraqosh as Christian families come home",
    """
[[About 26,000 Christians|returned;a=the Syriac Catholic Church]] have returned to Qaraqosh,
the largest Christian town of the Nineveh Plains, out of [[some 50,000|civilians;a=the Syriac
Catholic Church]] who lived there before Islamic State seized it in {{August 2014}}, the Syriac
Catholic Church said. Church committees have rebuilt or repaired [[more than 6,000
homes|housing;a=Church committees]] and [[eight churches|housing;a=Church committees]], they
said, including the Church of the Immaculate Conception, whose courtyard IS fighters used as a
firing range. [[Around 2,000 houses|housing;a=the committees;alt=Church committees]] are still
too damaged to live in, the committees said. Aid to the Church in Need said it planned to fund
the repair of [[a further 1,500 homes|housing;p;a=Aid to the Church in Need]] over
{{two years}}. [[Roughly 3,000 families|displaced]] remain in Erbil, most of them in rented
flats in Ankawa.
""",
)

item(
    "Sinjar: shrines rebuilt, but thousands of Yazidis still missing",
    """
Of the [[6,417 Yazidis|kidnapped;a=the Kurdistan Regional Government's office for abducted Yazidis]] abducted by Islamic State in {{2014}}, [[3,576|kidnapped;a=the Kurdistan Regional Government's office for abducted Yazidis]] have been rescued
or freed and [[2,600|missing;a=the Kurdistan Regional Government's office for abducted Yazidis]] remain missing, according to the Kurdistan Regional
Government's office for abducted Yazidis. The office counts [[68 shrines|housing;u=structure;a=The
office;alt=the Kurdistan Regional Government's office for abducted Yazidis]] blown up or damaged in Sinjar district, [[about 30|housing;u=structure;a=The
office;alt=the Kurdistan Regional Government's office for abducted Yazidis]] of which have been rebuilt with international funds. The International Organization for
Migration (IOM) said [[more than 200,000 Yazidis|displaced;a=The International Organization for
Migration (IOM)]] were still living in displacement, many in [[15 camps|capacity;a=The
International Organization for Migration (IOM)]] in Duhok. [[Roughly 11,000 families|returned;a=the
agency;alt=The International Organization for Migration (IOM)]] have returned to Sinjar since
{{2017}}, the agency said.
""",
)

item(
    "Gunmen kill worshippers at Diyala mosque during Friday prayers",
    """
Gunmen opened fire on Sunni worshippers at the Musab bin Umair mosque in the village of Imam
Wais, in Iraq's Diyala province, during Friday prayers on {{22 August 2014}}, killing [[at least
68 people|killed;a=security officials]], security officials said. [[Dozens of others|injured]]
were wounded. Witnesses said militiamen in pickup trucks arrived after a roadside bomb killed several members
of a Shia militia nearby. [[About 300 worshippers|civilians;a=a survivor]] were in the mosque,
a survivor said, and [[two imams|killed]] were among the dead. Sunni
lawmakers suspended their participation in talks to form a government. [[About 150
families|displaced;a=the local council]] left Imam Wais and neighbouring villages within
{{a week}}, the local council said. The prime minister ordered an investigation and said [[nine
suspects|arrested;a=The prime minister]] had been detained.
""",
)

item(
    "Suicide attack on Balad shrine kills dozens",
    """
Islamic State suicide bombers and gunmen attacked the Sayid Mohammed shrine in Balad, {{80 km}}
north of Baghdad, late on {{7 July 2016}} as Shia worshippers marked the Eid holiday, killing
[[at least 35 people|killed;a=officials]] and wounding [[more than 60|injured;a=officials]],
officials said. Police said [[three attackers|combatants;a=Police]] had blown themselves up at
the gates while others opened fire on pilgrims. [[Several hundred
pilgrims|civilians]] had been in the shrine's courtyard. [[Some 50 shops|housing]] and market
stalls around the shrine were set on fire. The government said it had sent [[1,500 extra
troops|combatants;a=The government]] to Salahuddin province.
""",
)

item(
    "Truck bomb kills pilgrims at Hilla fuel station",
    """
A suicide truck bomb exploded at a petrol station in Shomali, near Hilla, on {{24 November
2016}}, killing [[at least 80 people|killed;a=police and medical officials]], most of them
Iranian pilgrims returning from the Arbaeen commemoration in Karbala, police and medical
officials said. [[About 70 Iranians|killed;a=Iran's foreign ministry]] were among the dead,
according to Iran's foreign ministry. [[Dozens of others|injured]] were taken to hospitals in
Hilla. The blast destroyed [[five buses|other]] carrying pilgrims. Iraqi officials said
[[more than 20 million pilgrims|other;a=Iraqi officials]] had visited Karbala for Arbaeen, and
that [[25,000 security personnel|combatants;a=Iraqi officials]] had guarded the route.
""",
)

item(
    "Mosul's churches and al-Nuri mosque rise again, but few Christians return",
    """
UNESCO said on Monday that the reconstruction of the al-Nuri mosque, blown up by Islamic State in
{{June 2017}}, and of [[two Mosul churches|housing;a=UNESCO]], al-Tahera and al-Saa'a, was
nearly complete. The project employed [[more than 1,300 young Mosulis|other;a=UNESCO]], it said,
and trained [[about 600 craftsmen|other;a=UNESCO]]. The Chaldean Archdiocese of Mosul said only
[[about 50 Christian families|returned;a=The Chaldean Archdiocese of Mosul]] had returned to the
city, compared with [[some 1,200|civilians;a=The Chaldean Archdiocese of Mosul]] before
{{2014}}. [[Another 20 families|returned;p;a=the archdiocese;alt=The Chaldean Archdiocese of
Mosul]] are expected by Easter, the archdiocese said. [[Hundreds of homes|housing]] in the Old
City are still in ruins.
""",
)

item(
    "IS abducts Assyrian Christians in Khabur valley",
    """
Islamic State fighters seized [[at least 220 Assyrian Christians|kidnapped;a=the Assyrian Human
Rights Network]] from villages along the Khabur river in north-east Syria on {{23 February
2015}}, the Assyrian Human Rights Network said. The militants blew up [[at least three
churches|housing;a=the network;alt=the Assyrian Human Rights Network]], including the church of
Tel Nasri on Easter Sunday, the network said. [[About 1,000 families|displaced;a=the Assyrian
Church of the East]] fled to Hasakah and Qamishli, according to the Assyrian Church of the East.
IS released [[19 hostages|kidnapped;a=the church;alt=the Assyrian Church of the East]] in
{{March}} after a ransom was paid, the church said. By {{February 2016}} the group had freed
the remaining hostages, though [[three men|killed]] had been shot on video.
[[Fewer than 1,000 Assyrians|civilians;a=community leaders]] are thought to remain in the valley,
community leaders said.
""",
)

item(
    "Bomb near Sayyida Zeinab shrine kills six on eve of Ashura",
    """
A bomb hidden in a motorcycle exploded near the Sayyida Zeinab shrine south of Damascus on
{{27 July 2023}}, killing [[six people|killed;a=state news agency SANA]] and wounding [[more than 20|injured;a=state
news agency SANA]], state news agency SANA said. [[Tens of thousands of Shia
pilgrims|civilians]] had been expected at the shrine for Ashura. The Syrian Observatory for
Human Rights said [[two of the dead|killed;a=The Syrian Observatory for Human Rights]] were
pilgrims from Iraq. Islamic State claimed the attack. The interior ministry said [[11
suspects|arrested;a=The interior ministry]] had been detained and [[four more|arrested;p;n=-;a=The
interior ministry]] were being sought.
""",
)

item(
    "Suicide bomber kills 25 at Damascus church",
    """
A suicide bomber opened fire on worshippers and then blew himself up inside the Mar Elias Greek
Orthodox church in Damascus's Dweila district during Sunday liturgy on {{22 June 2025}},
killing [[25 people|killed;a=the health ministry]] and wounding [[63|injured;a=the health
ministry]], the health ministry said. [[About 350 worshippers|civilians;a=a deacon]] had been in
the church, a deacon said. The interior ministry blamed the Islamic State and said
[[six suspects|arrested;a=The interior ministry]] had been arrested in raids on IS cells in
rural Damascus. Patriarch John X said the government had failed to protect Christians. The
Greek Orthodox Patriarchate said [[three|missing;a=The Greek Orthodox Patriarchate]] were still
unaccounted for on Monday and that [[about 40 families|aid;a=The Greek Orthodox
Patriarchate]] of victims had received help with funeral costs.
""",
)

item(
    "Nearly 1,500 Alawites killed in coastal massacres, monitor says",
    """
The Syrian Observatory for Human Rights said [[nearly 1,500 Alawite civilians|killed;a=The Syrian
Observatory for Human Rights]] were killed in Latakia, Tartous and Hama between {{6 and 10
March 2025}}, many in their homes and villages by fighters allied to the new authorities. A
government fact-finding committee later put the toll at [[1,426|killed;a=A government
fact-finding committee]], including [[about 90 women|killed;a=A government fact-finding
committee]], and said [[238 members|killed;n=members;a=A government fact-finding committee]] of
the security forces had been killed by Assad loyalists. The committee said it had identified
[[298 suspects|arrested;a=The committee]]. [[Dozens of people|missing]] are still missing in
Baniyas. Residents said [[at least 12 Alawite shrines|housing;u=structure;a=Residents]] were
vandalised or burned.
""",
)

item(
    "Alawite families leave Hmeimim base as some go home",
    """
[[About 8,000 people|displaced;a=the UN]] who fled the coastal massacres had been sheltering at
Russia's Hmeimim air base, according to the UN, and [[more than 21,000 Syrians|displaced;a=Lebanon's
social affairs minister]] had crossed into northern Lebanon, Lebanon's social affairs minister
said. By {{April}}, [[roughly 5,000|returned;a=Russian officials]] of those at the base had gone
back to their villages, Russian officials said. [[Around 1,000 people|displaced]] were still
living in tents on the base. [[Twenty-two villages|other]] in Akkar now host Syrian Alawites,
many of them in mosques and community halls. The UN refugee agency said it was providing cash
to [[about 3,500 families|aid;a=The UN refugee agency]] in Akkar and had set up [[eight
collective shelters|capacity;a=The UN refugee agency]] for new arrivals.
""",
)

item(
    "Sweida fighting: hundreds of Druze killed, shrines burned",
    """
Fighting between Druze militias, Bedouin tribes and government forces in Syria's Sweida province
from {{13 July 2025}} killed [[more than 1,000 people|killed;a=the Syrian Observatory for Human
Rights]], the Syrian Observatory for Human Rights said, including [[194 Druze
civilians|killed;a=the Syrian Observatory for Human Rights]] executed by government personnel. The
International Organization for Migration said [[about 176,000 people|displaced;a=The
International Organization for Migration]] had been displaced in Sweida and Daraa. [[Hundreds of
Bedouin families|displaced]] were evacuated from the city by bus. Druze religious leaders said
[[at least 33 maqams|housing;u=structure;a=Druze religious leaders]] and [[dozens of
houses|housing;a=Druze religious leaders]] had been burned. The Sweida military council said
[[about 300 people|missing;a=The Sweida military council]] were missing and [[more than 100
Druze|kidnapped;a=The Sweida military council]] were held by tribal fighters.
""",
)

item(
    "Dozens die as violence spreads to Druze suburbs of Damascus",
    """
Clashes erupted in Jaramana and Sahnaya on {{29 April 2025}} after an audio recording insulting
the Prophet Muhammad, falsely attributed to a Druze cleric, spread online, leaving [[at least
101 people|killed;a=the Syrian Observatory for Human Rights]] dead over {{three days}}, the Syrian
Observatory for Human Rights said. They included [[10 Druze fighters|killed;a=the Syrian Observatory for Human Rights]] and [[11 members|killed;n=members;a=the Syrian Observatory for Human Rights]] of the security forces, it said. Druze
students at universities in Homs were attacked, and [[about 500|displaced]] fled to Sweida. The
interior ministry said it had deployed [[some 2,000 police|combatants;a=The interior ministry]] to
the suburbs. Sheikh Hikmat al-Hijri said [[dozens of young men|kidnapped;a=Sheikh Hikmat al-Hijri]]
had been taken from the road to Sweida.
""",
)

item(
    "Blast at Alawite mosque in Homs kills eight at Friday prayers",
    """
An explosion tore through the Imam Ali bin Abi Talib mosque in the Alawite-majority Wadi
al-Dhahab district of Homs during Friday prayers on {{26 December 2025}}, killing [[eight
worshippers|killed;a=the health ministry]] and wounding [[18|injured;a=the health ministry]],
the health ministry said. Security officials said explosive devices had been planted inside the
mosque. [[About 120 men|civilians;a=the imam]] had been praying in the hall, the imam said. A
little-known group calling itself Saraya Ansar al-Sunna claimed the attack. The interior
ministry said [[four suspects|arrested;a=The interior ministry]] had been detained. [[Hundreds of
residents|other]] protested the next day, demanding protection for Alawite neighbourhoods, and
[[about 200 troops|combatants]] were sent to secure the district.
""",
)

item(
    "Gunmen kill Coptic pilgrims on road to Minya monastery",
    """
Gunmen in [[three four-wheel-drive vehicles|other;v=3]] opened fire on a bus carrying Coptic
Christians to the Monastery of St Samuel the Confessor in Minya on {{26 May 2017}}, killing
[[28 people|killed;a=the health ministry]] and wounding [[25|injured;a=the health ministry]],
the health ministry said. Several children were among the dead. Witnesses said
[[8 to 10 attackers|combatants;a=Witnesses]] in military-style uniforms took part. Within hours
the Egyptian air force carried out [[six strikes|other;u=other;a=the army]] on what it said were militant
camps in Derna, Libya, according to the army. Police later said [[19 suspected
militants|killed;a=Police]] linked to the attack had been killed in a shoot-out in the Western
Desert.
""",
)

item(
    "Pope prays amid ruins of Qaraqosh church",
    """
Pope Francis visited the Church of the Immaculate Conception in Qaraqosh on {{7 March 2021}},
the {{third}} day of his trip to Iraq, flying by helicopter from Erbil, about {{30 km}} away. He
arrived at {{11am}} and spoke for {{20 minutes}}. The church, torched by Islamic State in
{{2014}}, was restored with {{$1.5 million}} from donors. It was the {{first}} papal visit to
Iraq.
""",
)

item(
    "Mar Elias church reopens six months after suicide bombing",
    """
The Mar Elias Greek Orthodox church in Damascus reopened on {{21 December 2025}}, {{six months}}
after the bombing that tore through its nave. The liturgy began at {{10am}} and the priest read
from {{Romans 12:21}}. Repairs cost about {{$400,000}}, paid by the patriarchate and the
diaspora. The {{1990s}} iconostasis was restored by craftsmen from Maaloula.
""",
)
