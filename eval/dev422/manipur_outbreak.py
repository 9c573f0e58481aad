"""dev422 items, 1 of 4: the outbreak and the first months, May-December 2023 (Imphal,
Churachandpur, Kangpokpi, Bishnupur, Moreh; the morgues, the churches and temples, the first
relief camps, the evacuations, the mobs and the buffer zone)."""

from _wrap import item

item(
    "Manipur toll rises as army moves thousands to safety",
    """
IMPHAL, {{May 6}} (Reuters) - [[At least 54 people|killed;a=officials]] have been killed in
ethnic clashes in India's northeastern state of Manipur, officials said on Saturday, as soldiers
patrolled the charred streets of Churachandpur and parts of Imphal. Doctors in the state capital
said they had treated [[more than 100 people|injured;a=Doctors]] for gunshot wounds, burns and
beatings since Wednesday. The army said it had moved
[[more than 23,000 civilians|displaced;a=The army]] to military garrisons and makeshift camps,
and that [[55 columns|combatants;u=other;a=The army]] of soldiers and Assam Rifles had been
deployed. [[Some 1,700 houses|housing;a=police]] were burned in the first {{three days}},
according to police. [[Thousands of residents|displaced]] have crossed into neighbouring Assam
and Mizoram. Officials said [[up to 9,000 more people|civilians;a=Officials]] were trapped in
villages along the foothills. The violence broke out on {{May 3}} after a march by tribal groups in the hill
districts against a demand by the majority Meitei community for Scheduled Tribe status.
""",
)

item(
    "Bodies pile up in Churachandpur as tribal forum refuses burials",
    """
CHURACHANDPUR, Manipur, {{May 9}} - The morgue of the district hospital here held
[[38 bodies|killed;a=hospital staff]] on Tuesday, hospital staff said, most of them Kuki-Zo men
killed in Imphal and along the foothills. Staff said they were still receiving
[[two to three bodies a day|killed;a=Staff]]. Mortuaries in Imphal held
[[about 40 more|killed;n=-;a=doctors]], doctors there said. The Indigenous Tribal Leaders'
Forum (ITLF) said [[close to 60 Kuki-Zo people|killed;a=Indigenous Tribal Leaders' Forum (ITLF)]]
had died across the state and that
[[more than 150|missing;n=-;a=Indigenous Tribal Leaders' Forum (ITLF)]] were still unaccounted
for. The forum said the dead would not be buried until the government agreed to a separate
administration for the hill districts. Police said [[23 people|arrested;a=Police]] had been held
for arson and looting in the town, where [[at least 15 vehicles|other;a=Police]] were set on fire
last week. A curfew is in force from {{6 pm}} to {{6 am}}.
""",
)

item(
    "Gunmen torch foothill village, kill nine in Imphal East",
    """
Armed men attacked Khamenlok, a village on the border of Imphal East and Kangpokpi districts,
before dawn on Wednesday, killing [[nine villagers|killed;a=a senior police officer]] and
wounding [[10 others|injured;a=a senior police officer]], a senior police officer told Reuters.
The attackers set fire to [[at least 20 houses|housing]] before withdrawing into the hills. In
Kangpokpi, the Kuki Inpi Manipur said [[seven villages|housing;a=Kuki Inpi Manipur]] had been
burned by mobs from the valley since Sunday and
[[around 2,000 residents|displaced;a=Kuki Inpi Manipur]] had fled into the forest. The army said
[[two columns|combatants;u=other;a=The army]] had been rushed to the area and that the buffer
zone between the valley and the hills would be widened. Officials said
[[more than 110 people|killed;a=Officials]] had now died in the violence, which began on
{{May 3}}.
""",
)

item(
    "249 churches burned in Manipur violence, says Baptist body",
    """
The Manipur Baptist Convention said on Thursday that
[[249 churches|housing;a=Manipur Baptist Convention]] had been burned, damaged or desecrated in
the valley districts since the violence began on {{May 3}}. The tally included
[[17 churches|housing;a=the convention;alt=Manipur Baptist Convention]] in Imphal itself, some of
them {{more than 100 years old}}, the convention said. Meitei groups say the destruction has not
been one-sided. The Coordinating Committee on Manipur Integrity (COCOMI) said
[[dozens of temples|housing;u=structure;a=Coordinating Committee on Manipur Integrity (COCOMI)]]
in Churachandpur and Moreh had been burned and
[[about 4,000 Meitei residents|displaced;a=Coordinating Committee on Manipur Integrity (COCOMI)]]
driven from the hill towns. Archbishop Dominic Lumon of Imphal said
[[about 500 Meitei Christians|displaced;a=Archbishop Dominic Lumon]] had also fled their homes
after their churches were attacked. In Churachandpur town,
[[between 40 and 50 houses|housing;a=residents]] belonging to Meitei families were burned,
residents said. Police said [[11 people|arrested;a=Police]] had been arrested
in connection with attacks on places of worship.
""",
)

item(
    "Air Force flies out stranded students as states scramble",
    """
The Indian Air Force and special commercial flights carried
[[more than 1,000 stranded people|displaced;a=airport officials]] out of Imphal on Sunday, most of
them students and workers from other states, airport officials said. The Telangana government
said [[about 250 students|displaced;a=The Telangana government]] from the state had been flown
out on [[two chartered flights|other;a=The Telangana government]], while Karnataka said it had
arranged transport for [[nearly 200|displaced;n=-;a=Karnataka]]. In Mizoram, the home department
said [[over 5,000 people|displaced;a=the home department]] had crossed from Manipur's
Churachandpur and Tengnoupal districts and were sheltering in
[[28 relief camps|capacity;a=the home department]] or with relatives. Nagaland's chief secretary
said [[about 670 residents|displaced;a=Nagaland's chief secretary]] of the state had been brought
out by road. The Northeast Frontier Railway suspended services to Jiribam for {{four days}}.
""",
)

item(
    "Moreh houses torched as residents flee across the border",
    """
[[Around 30 houses|housing;a=police]] and [[a dozen shops|housing;a=police]] were set on fire in
Moreh, the trading town on the Myanmar border, on Saturday, police said. Most of the town's
Meitei residents had already left: [[about 2,000 people|displaced;a=local officials]] were taken
to Imphal in army trucks last week, and
[[hundreds more|displaced;n=-;a=local officials]] crossed the border into Tamu in Myanmar, local
officials said. Assam Rifles personnel fired in the air to disperse [[a crowd of about 300|other]]
that tried to block the road to the border gate. [[Two police commandos|killed]] were killed in a
gunfight with suspected militants near the town late on Saturday, and
[[four others|injured]] were wounded. Moreh lies about {{110 km}} south-east of Imphal on
{{National Highway 102}}.
""",
)

item(
    "Over 50,000 in relief camps seven weeks into Manipur crisis",
    """
IMPHAL, {{June 26}}: [[50,698 people|displaced;a=the state government]] are living in
[[349 relief camps|capacity;a=the state government]] across Manipur, the state government said
in a bulletin on Monday, {{seven weeks}} after the violence began. The education department said
the camps housed [[nearly 12,000 children|displaced;a=The education department]] and that
[[about 180 schools|capacity;a=The education department]] had been handed over as shelters.
Relief officials said [[more than 1,300 tonnes|aid;a=Relief officials]] of rice and
[[28,000 hygiene kits|aid;a=Relief officials]] had been distributed since May. The Centre plans to
send [[a further 3,000 tonnes|aid;p;a=The Centre]] of rice through the Food Corporation of India
over the coming month. Camp residents complain of crowding, with
[[up to 80 people|displaced]] sleeping in a single classroom in some camps.
""",
)

item(
    "Seventh arrest in Manipur video case as outrage spreads",
    """
Manipur Police said on Friday they had arrested a {{seventh}} suspect in the case of the video
that showed [[two Kuki-Zo women|other]] being paraded naked by a mob in Kangpokpi district. The
assault took place on {{May 4}}, the day after the violence erupted, but came to light only when
the clip spread online on {{July 19}}. According to the complaint, a mob of
[[800 to 1,000 people|other;a=the complaint]] armed with rifles attacked B Phainom village and
killed [[two men|killed;a=the complaint]] who tried to protect the women. Police said they had
identified [[more than 30 others|other;a=Police]] in the video. [[The seven men|arrested]] now in
custody include the man seen holding one of the women. [[Tens of thousands of people|other]]
marched in Churachandpur on Thursday to demand justice, and the Supreme Court said it would act
if the government did not.
""",
)

item(
    "Three killed in Kwakta as firing resumes along buffer zone",
    """
[[Three men|killed;a=police]] were shot dead in their homes in Kwakta, a Meitei locality in
Bishnupur district, early on Saturday, police said, in an attack blamed on gunmen who crossed
the buffer zone from Churachandpur. Hours later, mobs set fire to
[[about 15 houses|housing]] in Kuki-Zo villages nearby, and exchanges of fire continued through
the day along the foothills. [[Seventeen people|injured;a=hospital officials]] were treated for
gunshot and shrapnel wounds at Churachandpur district hospital, hospital officials said. Security
forces said they had recovered [[eight rifles|other;a=Security forces]] and destroyed
[[12 bunkers|other;u=structure;a=Security forces]] in the area. The state government says
[[more than 160 people|killed;a=The state government]] have been killed since {{May 3}}.
[[Ten more companies|combatants;u=other;p;a=an official]] of central forces will be sent to the
district, an official said.
""",
)

item(
    "Students clash with police in Imphal over killing of teenagers",
    """
[[More than 80 people|injured;a=health officials]], most of them students, were hurt in Imphal on
Wednesday as police fired tear gas and rubber bullets to stop protesters marching on the chief
minister's residence, health officials said. The protests broke out after photographs appeared
online of the bodies of a young man and a girl, {{aged 20 and 17}}, who had gone missing on
{{July 6}}. The Rapid Action Force said [[29 of its personnel|injured;a=The Rapid Action Force]]
had been hit by stones. [[Some 2,000 students|other;a=organisers]] joined the march, organisers
said. Police said [[45 people|arrested;a=Police]] had been detained and
[[two vehicles|other;a=Police]] burned. The state government handed the case to the Central
Bureau of Investigation and reimposed a ban on mobile internet for {{five days}}.
[[More than 175 people|killed;a=the police]] have been killed in the conflict since May,
according to the police.
""",
)

item(
    "Churachandpur buries 87 bodies kept in morgues for months",
    """
CHURACHANDPUR, {{December 20}} - [[Thousands of mourners|other]] gathered at Sehken village on
Wednesday for the mass burial of [[87 Kuki-Zo people|killed]] killed in the violence, whose bodies
had lain in morgues in Imphal and Churachandpur for up to {{seven months}}. The bodies of
[[41|killed;n=-;a=officials]] of them were flown from Imphal by the Air Force last week after the
Supreme Court ordered that they be handed over, officials said. The Indigenous Tribal Leaders'
Forum said [[19 bodies|killed;a=Indigenous Tribal Leaders' Forum]] were still unclaimed or
unidentified. Security was tight, with [[about 1,500 police and Assam Rifles personnel|combatants]]
deployed around the site. Tribal leaders said the families of
[[at least 30 people|missing;a=Tribal leaders]] still had no news of them. The burial had first
been planned near the Meitei village of Torbung but was moved after the Manipur High Court
ordered the status quo.
""",
)

item(
    "Manipur violence: what the police figures show after four months",
    """
Manipur Police on Friday released their first full tally of the violence that began on
{{May 3}}. In all, [[175 people|killed;a=the police]] have been killed,
[[1,108|injured;n=-;a=the police]] injured and [[33 people|missing;a=the police]] remain missing,
the police said. The police count [[4,786 houses|housing;a=The police]] burned and
[[386 religious structures|housing;a=The police]] vandalised, in the valley and the hills. They
have registered [[5,172 cases|other;a=Manipur Police]] of arson. Security forces have recovered
[[1,359 firearms|other]] and [[15,050 rounds|other]] of ammunition, a fraction of what was taken
when mobs raided police armouries in May: by official estimates,
[[more than 4,500 weapons|other;a=official estimates]] were looted.
""",
)

item(
    "Army frees 12 militants after standoff with women-led mob in Itham",
    """
The army said on Sunday it had released [[12 cadres|arrested;a=The army]] of the Kanglei Yawol
Kanna Lup (KYKL) it had detained in Itham village in Imphal East, after a crowd of
[[1,200 to 1,500 people|other;a=The army]] led by women surrounded the troops for a whole day.
Its column of [[no more than 70 soldiers|combatants;a=the army]] was outnumbered, the army said.
Soldiers had seized [[a dozen weapons|other;a=the army]] in the raid, the army said, and took the
arms with them. Among those detained was Moirangthem Tamba, wanted for the {{2015}} ambush in
Chandel that killed [[18 soldiers|killed]] of the {{6 Dogra}} Regiment. The Spear Corps said
women's groups had blocked [[at least 12 army convoys|other;a=The Spear Corps]] in the valley
over the past fortnight. Hours before the standoff, [[three people|injured]] were wounded when
gunmen opened fire on a village in Thamnapokpi.
""",
)

item(
    "Mob sets fire to Union minister's house in Imphal",
    """
A mob of [[about 1,000 people|other;a=police]] set fire to the house of Union Minister of State
RK Ranjan Singh in Imphal's Kongba late on Thursday, police said, the {{second}} attack on the
home in {{three weeks}}. [[Twenty-two guards|combatants;a=an official]] on duty could not stop the
crowd, which hurled petrol bombs from several directions, an official told PTI. The minister was
in Kerala at the time. Elsewhere in Imphal, mobs torched [[at least a dozen vehicles|other]] and
set fire to [[two houses|housing]] belonging to BJP legislators before troops dispersed them.
Police said [[nine people|arrested;a=Police]] were detained and
[[25|injured;n=-;a=Police]] treated in hospital after security forces fired tear gas and rubber
bullets. The valley districts have been under a curfew of up to {{22 hours}} a day.
""",
)

item(
    "Police officer killed by sniper in Moreh; commandos rushed to border town",
    """
A sub-divisional police officer was shot dead by a suspected sniper in Moreh on Tuesday while he
supervised the clearing of a helipad, and [[three commandos|injured;a=police]] were wounded in a
separate ambush on reinforcements at Sinam, police said. The state government said it had sent
[[about 200 state police commandos|combatants;a=The state government]] to the border town by
helicopter and road. [[Hundreds of women|other]] blocked the highway in Tengnoupal to stop
them. The Hill Tribal Council said [[11 houses|housing;a=Hill Tribal Council]] belonging to
Kuki-Zo families in Moreh were burned by the commandos in reprisal, a charge the police denied.
Police said [[two suspects|arrested;a=Police]] had been arrested for the officer's killing.
[[An estimated 1,200 Meitei households|displaced;a=local traders]] have left Moreh since May, and
[[fewer than 30|civilians;n=-;u=household;a=local traders]] remain, according to local traders.
""",
)

item(
    "Mobile internet ban extended again in Manipur",
    """
IMPHAL, {{July 10}} - The Manipur government on Monday extended the suspension of mobile internet
services across the state by {{five days}}, to {{3 pm}} on {{July 15}}, citing the risk of rumours
and inflammatory videos. The order, issued under {{Section 5(2)}} of the Indian Telegraph Act,
{{1885}}, is the {{14th}} extension since the ban was imposed on {{May 3}}. On {{July 7}}, the
Manipur High Court had asked the government to restore limited broadband access to homes and
offices. Traders in Imphal say online payments have collapsed, and a chamber of commerce put
losses at {{Rs 1,200 crore}} over the first {{two months}}.
""",
)

item(
    "Manipur school results slip as the violence disrupts classes",
    """
The Board of Secondary Education, Manipur, declared the {{Class 10}} results on {{June 30}}, more
than {{a month}} later than usual, with a pass rate of {{76.2%}}, down from {{80.1%}} in {{2022}}.
The topper, from a school in Thoubal, scored {{582 out of 600}}. Officials said the exams, held in
{{March}}, had been evaluated before the violence broke out on {{May 3}}, but the publication was
delayed by the internet ban and the curfew. The board said supplementary exams would begin on
{{August 21}} and that candidates in relief camps could sit them at the nearest centre.
""",
)
