"""dev367 items, part 2: the big attacks and what followed (Uri, Pulwama and Balakot, Nagrota,
Sunjuwan, the yatra and bus attacks, Rajouri and Kathua, Pahalgam and the strikes of May
2025), as the army, the ISPR, the police and the wires reported them."""

from _wrap import item

item(
    "Militants storm army base in Uri",
    """[[Seventeen soldiers|killed;a=army]] were killed and [[at least 20|injured;n=-;a=army]]
    wounded when heavily armed militants stormed a brigade headquarters in Uri before dawn on
    {{Sunday}}, the army said. Director General of Military Operations Lt Gen Ranbir Singh said
    [[all four attackers|killed;a=Lt Gen Ranbir Singh]] had been killed and that they carried
    items with Pakistani markings. Most of the dead were asleep in tents that caught fire, and
    officials said [[about a dozen tents|other;a=officials]] burned down. The toll later rose to
    [[19|killed;n=-]] as [[two wounded soldiers|killed]] died in hospital in Delhi. The army said
    it had since moved [[about 2,000 additional troops|combatants;a=army]] to the Line of Control.
    It was the deadliest attack on the army in Kashmir in {{two decades}}.""",
)

item(
    "Pulwama: convoy bombing kills 40 CRPF personnel",
    """A suicide bomber rammed an explosives-laden car into a convoy of [[78
    vehicles|other;a=officials]] carrying [[more than 2,500 paramilitary
    personnel|combatants;a=officials]] on the Jammu-Srinagar highway at Lethpora in Pulwama on
    {{Thursday}}, killing [[40|killed;n=-;a=officials]] of them, officials said. [[At least five
    others|injured;a=CRPF spokesman]] were critically wounded, a CRPF spokesman said.
    Jaish-e-Mohammed said it had carried out the attack, the deadliest on Indian forces in Kashmir
    in {{three decades}}. Police identified the bomber as {{20-year-old}} Adil Ahmad Dar from
    Kakapora. In Jammu, mobs set fire to [[at least 35 vehicles|other]] the next day and a curfew
    was imposed, and police said they had arrested [[28 people|arrested;a=police]].""",
)

item(
    "India says Balakot strike hit militant camp; Pakistan says only trees",
    """Indian warplanes struck what New Delhi called a Jaish-e-Mohammed training camp near Balakot
    in Khyber Pakhtunkhwa before dawn on {{February 26}}, the first Indian air strike on Pakistani
    territory since {{1971}}. Foreign Secretary Vijay Gokhale said a "very large number" of
    militants had been killed, without giving a figure. Days later the ruling party's president,
    Amit Shah, told a rally that [[more than 250 terrorists|killed;a=Amit Shah]] had died.
    Pakistan's military spokesman Maj Gen Asif Ghafoor said the bombs fell on empty forest,
    damaging [[one house|housing;a=Maj Gen Asif Ghafoor]] and injuring [[one
    villager|injured;a=Maj Gen Asif Ghafoor]]. Villagers in Jaba told Reuters that [[about 15 pine
    trees|other;u=other;a=Villagers in Jaba]] had been felled by the blasts. The next day Pakistan
    said it had shot down [[two Indian jets|other;u=other;a=Pakistan]] and captured [[one
    pilot|arrested;a=Pakistan]]. India acknowledged losing [[one aircraft|other;a=India]].""",
)

item(
    "Gunmen kill 26 at Baisaran meadow near Pahalgam",
    """Militants opened fire on tourists in the Baisaran meadow above Pahalgam on {{April 22}},
    killing [[26 men|killed;a=police]], police said. [[Twenty-five|killed;n=-]] were tourists,
    among them [[one Nepali national|killed]], and [[one|killed;n=-]] was a local pony operator
    who tried to seize a rifle from an attacker. [[At least 17 others|injured;a=officials]] were
    wounded, officials said. Witnesses said [[three or four
    gunmen|combatants;q=range;lo=3;hi=4;a=Witnesses]] in fatigues came out of the pine forest and
    asked men their religion. Airlines ran [[six extra flights|other;u=other]] out of Srinagar on
    {{Wednesday}}, and officials said [[more than 3,300 tourists|displaced;a=officials]] had left
    the valley by evening. Police detained [[about 1,500 people|arrested;a=senior officer]] for
    questioning across Kashmir in the following {{48 hours}}, a senior officer said.""",
)

item(
    "India strikes nine sites in Pakistan; Islamabad says 26 civilians killed",
    """India said its missiles struck [[nine sites|other;a=India]] in Pakistan and
    Pakistan-administered Kashmir early on {{May 7}}, in what it called a measured response to the
    Pahalgam attack. Pakistan's military said [[26 civilians|killed;a=Pakistan's military]] were
    killed and [[46|injured;n=-;a=Pakistan's military]] wounded at [[six locations|other;u=other;
    a=Pakistan's military]], including a mosque in Bahawalpur. Defence Minister Rajnath Singh
    later told parliament that [[more than 100 terrorists|killed;a=Defence Minister Rajnath
    Singh]] had been "neutralised". The ISPR said the air force had shot down [[five Indian
    jets|other;u=other;a=ISPR]], a claim New Delhi did not confirm. Jaish-e-Mohammed's leader
    Masood Azhar said [[10 members|killed;a=Masood Azhar]] of his family and [[four close
    aides|killed;a=Masood Azhar]] had died when the seminary in Bahawalpur was hit.""",
)

item(
    "DGMO says 35 to 40 Pakistani soldiers killed in four days of fighting",
    """India's Director General of Military Operations, Lt Gen Rajiv Ghai, said on {{May 11}} that
    [[35 to 40 Pakistani soldiers|killed;a=Lt Gen Rajiv Ghai]] had been killed in artillery duels
    along the Line of Control between {{May 7}} and {{May 10}}. He said [[five Indian
    soldiers|killed;a=Lt Gen Rajiv Ghai]] had died. Air Marshal AK Bharti said the air force had
    hit [[11 airfields|other;u=other;a=Air Marshal AK Bharti]] deep inside Pakistan. Pakistan's
    ISPR said [[13 soldiers|killed;a=ISPR]] and [[40 civilians|killed;a=ISPR]] had been killed in
    Indian strikes and shelling, and [[121 civilians|injured;a=ISPR]] wounded. The two sides
    agreed to stop firing from {{17:00}} on {{May 10}} after a call between the two DGMOs at
    {{15:35}}.""",
)

item(
    "Gunmen fire on pilgrims' bus in Reasi, nine killed",
    """Militants fired on a bus carrying Hindu pilgrims from the Shiv Khori shrine in Reasi on
    {{Sunday}} evening, sending it plunging into a gorge and killing [[nine
    people|killed;a=police]], police said. Reasi's senior superintendent of police said [[33
    passengers|injured;a=Reasi's senior superintendent of police]] were injured, [[four|injured;
    n=-;a=Reasi's senior superintendent of police]] of them critically. The bus was carrying
    [[about 50 pilgrims|civilians]] from Uttar Pradesh and Rajasthan, and the dead included a
    {{two-year-old}} boy. Police said [[about 500 personnel|combatants;a=Police]] were combing the
    forests of Pouni and Teryath. The National Investigation Agency later arrested [[one
    man|arrested]] accused of guiding the attackers. Police had detained [[more than 50
    people|arrested]] for questioning by {{Tuesday}}.""",
)

item(
    "Five soldiers killed in Kathua ambush",
    """[[Five soldiers|killed;a=army]] were killed and [[five|injured;n=-;a=army]] wounded when
    militants ambushed an army truck in Kathua's Machedi area on {{Monday}}, the army said.
    Officials said [[two to three militants|combatants;a=Officials]] had fired from a ridge above
    the road and thrown grenades. Police said [[24 people|arrested;a=Police]] had been detained,
    including [[three|arrested;n=-;a=Police]] suspected of giving the attackers food and shelter.
    It was the {{fifth}} attack on troops in the Jammu region in {{a month}}. Militants have killed
    [[more than 40 soldiers|killed;a=official data]] in the region since {{2021}}, according to
    official data. The army has since moved [[about 3,000 troops|combatants]] into the
    Kathua-Udhampur belt.""",
)

item(
    "Four militants killed in truck at Nagrota toll plaza",
    """Security forces killed [[four militants|killed;a=police]] hiding in a truck near the Ban
    toll plaza in Nagrota on the Jammu-Srinagar highway on {{Thursday}} morning, police said.
    Inspector General Mukesh Singh said they recovered [[11 assault rifles|other;a=Inspector
    General Mukesh Singh]], [[29 grenades|other;a=Inspector General Mukesh Singh]] and [[three
    pistols|other;a=Inspector General Mukesh Singh]] from the vehicle. [[Two policemen|injured]]
    were wounded in the {{three-hour}} gunfight. The militants were believed to have crossed the
    border near Samba the night before. Police later arrested [[three men|arrested;a=Police]], the
    truck's driver among them, officials said. District council elections were due to begin on
    {{November 28}}.""",
)

item(
    "Seven dead after attacks on Hindu families in Rajouri's Dangri",
    """Gunmen went house to house in Upper Dangri village on the evening of {{January 1}}, killing
    [[four civilians|killed;a=police]] and wounding [[six|injured;n=-;a=police]], police said. The
    next morning a bomb left at one of the houses exploded, killing [[two children|killed]] and
    injuring [[at least five people|injured]]. A {{22-year-old}} man wounded in the shooting died
    a week later, taking the toll to [[seven|killed;n=-]]. The home ministry ordered [[1,800 more
    CRPF personnel|combatants;p;a=home ministry]] to Rajouri and Poonch. Officials said [[about 400
    village defence guards|combatants;a=Officials]] in the area had been given self-loading
    rifles.""",
)

item(
    "Families return to Neelum villages as ceasefire holds",
    """The government of Pakistan-administered Kashmir said [[about 21,000
    people|returned;a=government of Pakistan-administered Kashmir]] had gone back to villages along
    the Line of Control by {{May 20}}, while [[some 4,000|displaced;n=-;a=government of
    Pakistan-administered Kashmir]] were still in camps. AJK officials said Indian shelling between
    {{May 7}} and {{May 10}} had damaged [[1,120 houses|housing;a=AJK officials]] and [[two
    bridges|other;u=other;a=AJK officials]] in the Neelum and Leepa valleys. Prime Minister Shehbaz
    Sharif announced {{Rs 1 million}} for the family of each of [[the 40 civilians|killed]] killed.
    The World Food Programme said it had delivered [[1,500 food packages|aid;a=World Food
    Programme]] to Athmuqam.""",
)

item(
    "Militants attack Sunjuwan military station in Jammu",
    """Militants who attacked the Sunjuwan military station in Jammu before dawn on {{February 10}}
    killed [[six soldiers|killed;a=army]] and [[one civilian|killed;a=army]], the army said. [[All
    three attackers|killed;a=spokesman]], dressed in army fatigues, were killed after a
    {{30-hour}} gunbattle, a spokesman said. [[Eleven people|injured]], among them [[five women
    and children|injured;n=women and children]] from the family quarters, were wounded. Troops
    evacuated [[more than 150 families|displaced]] from the married quarters as the fighting moved
    from block to block. Police arrested [[four men|arrested]] accused of sheltering the attackers
    in the weeks before.""",
)

item(
    "Militants fire on Amarnath pilgrims' bus near Anantnag",
    """Militants fired on a bus carrying Amarnath pilgrims near Anantnag on {{Monday}} night,
    killing [[seven|killed;n=-;a=police]] and wounding [[19|injured;n=-;a=police]], police said.
    The bus, from Gujarat, was carrying [[56 passengers|civilians]] and was not registered with the
    yatra convoy. Officials said [[more than 40,000 security personnel|combatants;a=Officials]]
    had been deployed along the yatra routes this year. [[About 2.5 lakh
    pilgrims|other;v=250000]] had registered for the {{40-day}} pilgrimage. Inspector General
    Muneer Khan said [[three Lashkar-e-Taiba operatives|arrested;a=Inspector General Muneer
    Khan]] had been arrested in connection with the attack.""",
)

item(
    "Pakistanis leave through Attari after visas revoked",
    """[[At least 537 Pakistani nationals|returned;a=Punjab officials]], including [[nine diplomats
    and officials|returned;n=diplomats and officials;a=Punjab officials]], left India through the
    Attari-Wagah border in the {{four days}} after New Delhi revoked their visas, Punjab officials
    said. Over the same period [[850 Indians|returned]] came back from Pakistan. Jammu and Kashmir
    police said [[about 60 Pakistani-born women|returned;p;a=Jammu and Kashmir police]] married to
    men in the valley had been told to leave. Separately, the authorities demolished [[at least 10
    houses|housing]] belonging to families of suspected militants in south Kashmir. Officials said
    [[about 2,000 people|arrested;a=Officials]] had been detained for questioning since the
    Pahalgam attack.""",
)

item(
    "NIA names 19 accused in Pulwama charge sheet",
    """The National Investigation Agency filed a {{13,500-page}} charge sheet naming [[19
    accused|other;a=National Investigation Agency]] in the Pulwama convoy bombing, among them
    Jaish-e-Mohammed chief Masood Azhar. Of them, [[seven|arrested;n=-;a=agency;alt=National
    Investigation Agency]] are in custody, [[six|killed;n=-;a=agency;alt=National Investigation
    Agency]] have been killed in encounters with security forces and [[the remaining six|other;
    n=-;a=agency;alt=National Investigation Agency]] are at large, the agency said. Investigators
    analysed [[more than 1,500 phone records|other;u=other]] and chats on a messaging app. The
    explosives, about {{35 kg}} of RDX, were smuggled across the border in small lots, the charge
    sheet said.""",
)

item(
    "A year after Pahalgam, Baisaran reopens to visitors",
    """A year after the {{April 22, 2025}} attack, the Baisaran meadow reopened to tourists on
    {{April 1}}, with visits allowed only between {{10 am}} and {{4 pm}}. Tourist arrivals in
    Pahalgam are still down about {{40%}} on {{2024}}, and hotel occupancy in April was {{35%}},
    according to the hoteliers' association. The government spent {{Rs 12 crore}} on fencing,
    cameras and a police post. The meadow lies about {{5 km}} above Pahalgam at roughly {{2,400
    metres}}. Pony operators say their income fell by more than half in {{2025}}.""",
)

item(
    "India holds Indus Waters Treaty 'in abeyance'",
    """India said on {{April 23}} it would hold the {{1960}} Indus Waters Treaty in abeyance, the
    day after the Pahalgam attack. The treaty gives Pakistan the waters of the Indus, Jhelum and
    Chenab, about {{80%}} of the system's flow. India has since sped up work on the {{850 MW}}
    Ratle and {{1,000 MW}} Pakul Dul projects and flushed silt from the {{330 MW}} Kishanganga
    reservoir. Pakistan called any diversion "an act of war". Experts say India cannot hold back
    much water for {{five to seven years}}.""",
)
