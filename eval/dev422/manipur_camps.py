"""dev422 items, 2 of 4: the displaced, 2023-2026 (relief camps in the valley and the hills,
Mizoram's shelters, rations and relief, the Supreme Court's committee, prefabricated houses,
births and deaths in the camps, the first returns and the resettlement plans)."""

from _wrap import item

item(
    "Mizoram shelters over 12,000 from Manipur, seeks central help",
    """
AIZAWL, {{July 30}} - Mizoram is sheltering
[[12,584 people|displaced;a=the state home department]] from Manipur, most of them Kuki-Zo, the
state home department said on Sunday. [[About 4,000|displaced;n=-;a=officials]] live in
[[35 relief camps|capacity;a=officials]] while the rest stay with relatives or in rented rooms,
officials said. Chief Minister Zoramthanga has asked the Centre for {{Rs 10 crore}} for relief,
saying the state had already spent {{Rs 3 crore}} of its own. Church bodies and the Young Mizo
Association have handed out [[more than 40 tonnes|aid]] of rice.
[[Hundreds of families|displaced]] are living in church halls in Aizawl and Champhai. Mizoram also hosts
[[over 31,000 refugees|displaced]] from Myanmar's Chin State and [[about 1,000|displaced;n=-]]
from Bangladesh's Chittagong Hill Tracts, and officials say the state's resources are stretched.
""",
)

item(
    "Blankets and winter kits reach Manipur's camps as cold sets in",
    """
The Manipur government said on Thursday it had delivered
[[58,000 blankets|aid;a=The Manipur government]] and
[[about 20,000 winter kits|aid;a=The Manipur government]] to relief camps in the valley and the
hills ahead of the cold months. The relief and disaster management department said
[[59,564 people|displaced;a=The relief and disaster management department]] were still living in
camps, {{seven months}} after the violence began. In Kangpokpi, where state convoys seldom go, the
Committee on Tribal Unity said [[at least 9,000 displaced people|displaced;a=Committee on Tribal
Unity]] depended entirely on churches and private donors. The Indian Red Cross Society said it had
distributed [[4,200 tarpaulins|aid;a=The Indian Red Cross Society]] and
[[1,800 kitchen sets|aid;a=The Indian Red Cross Society]] in the hill districts since
{{October}}. At a camp in Moirang, volunteers from Khalsa Aid serve
[[about 2,500 hot meals a day|aid]].
""",
)

item(
    "Supreme Court panel flags lost documents and unclaimed bodies",
    """
The committee of former judges headed by Justice (retd) Gita Mittal told the Supreme Court on
Monday that [[334 relief camps|capacity;a=The committee]] were still open across Manipur. In its
report, the committee said [[more than 20,000 displaced people|civilians;a=the committee]] had
lost identity documents in the fires and could not draw rations or pensions. It said
[[96 bodies|killed;a=the committee]] were still lying unclaimed in morgues in Imphal, and asked
the state to trace the families of [[29 people|missing;a=the committee]] listed as missing. The
report also said [[about 3,500 children|civilians;a=The report]] in the camps were undernourished.
Lawyers for the state said [[1,820 displaced families|aid;a=Lawyers for the state]] had already
been given duplicate Aadhaar cards. Solicitor General Tushar Mehta said the Centre had released
{{Rs 400 crore}} for relief, and the court gave the state {{four weeks}} to issue the remaining
documents.
""",
)

item(
    "First prefabricated homes handed over to Manipur's displaced",
    """
The Manipur government plans to build
[[3,000 prefabricated houses|capacity;p;a=The Manipur government]] for families now living in
relief camps. Of these, [[200 units|capacity]] at Sajiwa in Imphal East were handed over on
Monday. Each
unit has {{about 300 square feet}} of floor space, a kitchen and a toilet shared with a
neighbour. [[Some 800 families|displaced;p]] are to move in by the end of the month, and the
Sajiwa site alone will house [[up to 1,000 people|capacity;p]]. Officials said
[[1,400 labourers|other;a=Officials]] were at work on [[five sites|capacity;a=Officials]] in the
valley. The Kuki-Zo Council said no such houses had yet been built in the hill districts.
""",
)

item(
    "Born and buried in the camps: Churachandpur's toll of displacement",
    """
Churachandpur's chief medical officer said
[[more than 400 babies|other;a=Churachandpur's chief medical officer]] had been born to mothers
living in the district's relief camps since the violence began in {{May 2023}}. In the same
period, [[at least 84 camp residents|killed;a=the Kuki-Zo Council]] have died, many of them
elderly people with untreated illnesses, according to the Kuki-Zo Council. The district's
[[102 relief camps|capacity]] hold [[about 17,000 people|displaced]], and
[[three new camps|capacity]] opened this month for families moved out of the foothills.
Médecins Sans Frontières (MSF) said its mobile clinics had carried out
[[more than 9,000 consultations|other;u=other;a=Médecins Sans Frontières (MSF)]] in the camps,
many for depression and anxiety.
""",
)

item(
    "Families go home to Serou and Sugnu, nearly a year on",
    """
[[About 150 families|returned;a=officials]] went back to their homes in Serou and Sugnu in
Kakching district on Saturday, nearly a year after fleeing the fighting, officials said.
[[Forty-one of the houses|housing]] had been repaired by the public works department, and the
state has set aside {{Rs 10 lakh}} for each house that was fully destroyed.
[[Around 600 people|displaced]] from Serou and Sugnu remain in camps in Kakching town. The Assam
Rifles has set up [[three outposts|other]] on the hills above the villages, and
[[about 40 state police personnel|combatants;p]] will be stationed there. The relief commissioner
said [[about 2,700 people|returned;a=The relief commissioner]] had gone back to their villages
across the state since January, and that
[[a further 5,000|returned;p;n=-;a=The relief commissioner]] could return before the monsoon.
""",
)

item(
    "Mizoram camps thin out as displaced head back to Manipur",
    """
[[More than 2,300 people|returned;a=the Mizoram home department]] who fled to Mizoram in
{{2023}} have gone back to Manipur, the Mizoram home department said on Wednesday, most of them
to Churachandpur and Pherzawl. [[About 7,500|displaced;n=-;a=the department;alt=the Mizoram home
department]] remain in the state, [[1,100 of them|displaced;n=-;a=the department;alt=the Mizoram
home department]] in camps, the department said. The state has closed
[[12 relief camps|capacity]] since January. The department expects
[[200-250 more families|returned;p;a=The department;alt=the Mizoram home department]] to leave
before the monsoon. The Young Mizo Association said
[[nearly 300 families|aid;a=The Young Mizo Association]] had been given rations for the journey.
Churches in Aizawl are still paying rent for [[about 450 households|aid]] that have no camp
place.
""",
)

item(
    "Monthly cash aid reaches 58,000 displaced, thousands left out",
    """
The state government said on Tuesday it had transferred {{Rs 1,000}} each to
[[57,990 displaced people|aid;a=The state government]] under its monthly assistance scheme, but
camp committees said [[about 4,000|civilians;n=-;a=camp committees]] had been left out because they
had no bank accounts. [[Over 1,100 displaced youths|aid]] have been enrolled in a skills
programme in Imphal and Guwahati. Officials said ex gratia of {{Rs 10 lakh}} had been paid to
[[207 families|aid;a=Officials]] of those killed and that
[[a further 39 families|aid;p;a=Officials]] would be paid once the bodies of their relatives were
identified. [[Some 16,000 households|aid]] in camps have received free cooking gas cylinders
since {{November}}.
""",
)

item(
    "Farmers locked out of buffer-zone paddy fields for a second year",
    """
IMPHAL, {{June 12, 2024}} - As the sowing season opens,
[[about 5,000 farmers|civilians;a=the state agriculture department]] in Bishnupur, Kakching and
Imphal East cannot reach paddy fields near the foothills, according to the state agriculture
department. The department estimates that {{4,000 hectares}} will lie fallow for a {{second}}
year, and it has handed out [[12,000 seed kits|aid]]
for land closer to the villages. Security forces have begun escorting farmers in groups, with
[[some 1,200 personnel|combatants;a=a police officer]] assigned to the task, a police officer said.
In January, [[four farmers|killed]] were shot dead while working near Ningthoukhong, and
[[two others|missing]] have not been found. Across the buffer zone, the Kuki Students'
Organisation said [[around 800 Kuki-Zo households|civilians;a=the Kuki Students' Organisation]]
had lost access to their fields and orchards.
""",
)

item(
    "Floodwaters force Imphal camp residents to move again",
    """
[[About 300 people|displaced;a=officials]] living in a relief camp at Lamlai in Imphal East had to
move again on Friday after the Iril river burst its banks, officials said. The state disaster
management authority said [[about 19,000 people|civilians;a=The state disaster management
authority]] had been affected and [[over 2,000 houses|housing;a=The state disaster management
authority]] flooded in Imphal East and Imphal West. [[Eleven relief camps|capacity]] were
inundated, and the administration opened [[14 temporary shelters|capacity]] in schools on higher
ground. Army and State Disaster Response Force teams rescued [[62 people|other]] by boat.
[[Two people|killed]] drowned in Imphal East, and [[three others|missing]] are missing.
""",
)

item(
    "Kangpokpi's camps run on church donations and volunteers",
    """
In Kangpokpi district, [[about 15,000 people|displaced;a=the Committee on Tribal Unity (COTU)]]
live in [[84 relief camps|capacity;a=the Committee on Tribal Unity (COTU)]] run mostly by churches
and village authorities, according to the Committee on Tribal Unity (COTU). The state sent
[[six trucks|aid;a=COTU]] of rice last month, the first delivery in {{three months}}, COTU said.
[[At least 19 people|killed;a=volunteers]] have died in the camps since the start of the year,
volunteers said, most of them elderly. [[A dozen volunteer doctors|other]] from Shillong and
Aizawl visit the camps in turn. Of the displaced,
[[more than 2,500|displaced;n=-;a=COTU]] are students, COTU said, who travel each day to schools
in Kangpokpi town. Camp volunteers say
[[dozens of elderly residents|civilians;a=Camp volunteers]] need medicines that the camps cannot
buy.
""",
)

item(
    "Displaced voters cast ballots in special polling stations",
    """
The Election Commission set up [[94 special polling stations|other;u=other;a=officials]] in relief camps for
[[about 24,500 displaced voters|displaced;a=officials]], officials said. Turnout in those stations
was {{61%}}, against {{69%}} across the Inner Manipur constituency. Polling was disrupted in
Thongju and Khurai, where armed men fired in the air and [[five electronic voting machines|other;u=other]]
were smashed; [[three people|injured]] were injured in Moirang. Repolling will be held at
[[11 polling stations|other;u=other;p;a=the commission;alt=The Election Commission]] on {{April 22}}, the commission said. [[More than
200 companies|combatants;u=other]] of central armed police were deployed for the vote.
""",
)

item(
    "Child rights body counts the children the violence has hurt",
    """
The Manipur Commission for Protection of Child Rights said on Friday that
[[at least 342 children|other;a=The Manipur Commission for Protection of Child Rights]] had lost a
parent in the violence, and that
[[about 22,000 children|displaced;a=The Manipur Commission for Protection of Child Rights]] were
living in relief camps. The commission said it had placed
[[68 orphans|aid;a=The commission;alt=The Manipur Commission for Protection of Child Rights]] in
child care institutions in Imphal and Churachandpur. [[About 9,000 children|civilians;a=The
Manipur Commission for Protection of Child Rights]] in the camps were not attending any school,
it added. It also recorded
[[nine children|kidnapped;a=The Manipur Commission for Protection of Child Rights]] taken
hostage by armed groups. Police records show [[26 children|killed;a=Police records]] killed and
[[more than 60|injured;n=-;a=Police records]] wounded since {{May 2023}}, the youngest of them {{eight months old}}.
""",
)

item(
    "Governor sets December deadline to close Manipur's relief camps",
    """
Governor Ajay Kumar Bhalla said on Friday that
[[about 10,000 displaced people|returned;p;a=Governor Ajay Kumar Bhalla]] would be resettled in
their own villages by {{December}}, and that the remaining relief camps would close by the end
of the year. Officials said [[1,800 houses|housing;p;a=Officials]] in [[46 villages|other;p;a=Officials]]
would be rebuilt first, most of them in the foothills of Bishnupur, Kakching and Kangpokpi.
[[More than 4,000 people|returned]] have already gone back to their villages since {{February}},
when President's rule was imposed. According to the relief department,
[[57,000 people|displaced;a=the relief department]] still live in
[[280 camps|capacity;a=the relief department]]. Villages inside the zone were home to
[[as many as 25,000 people|civilians;a=officials]] before {{2023}}, officials estimate. Kuki-Zo
and Meitei groups alike said they would
not go back to villages inside the buffer zone without permanent security posts.
""",
)

item(
    "Bishnupur closes its last relief camps",
    """
The Bishnupur district administration closed its last [[three relief camps|capacity;a=the deputy commissioner]] on Monday,
and [[412 people|returned;a=the deputy commissioner]] who had lived in them went home to Phubala
and Ngangkhalawai, the deputy commissioner said. [[15 to 20 families|returned;p]] still in
camps in Imphal are expected to follow. [[About 90 families|displaced]] whose houses lie
inside the buffer zone were moved instead to [[260 prefabricated units|capacity]] at Mongbung.
Statewide, [[about 19,000 people|displaced;a=the state government]] remain in camps, down from
[[more than 60,000|displaced;n=-;a=the state government]] at the peak in {{2023}}, the state
government said. Camp volunteers said the rations would stop at the end of {{March 2026}}.
""",
)

item(
    "Manipur budget sets aside more for relief and rebuilding",
    """
Manipur's budget for {{2024-25}}, presented on {{February 28}}, allots {{Rs 1,200 crore}} to
relief and rehabilitation, up {{40%}} from the year before, Finance Minister Y Khemchand said.
The state's own revenue fell by {{11%}} in {{2023-24}} as markets stayed shut and the highways
closed for weeks at a time. The Centre will meet {{90%}} of the cost of rebuilding under a
special package announced in {{January}}, worth {{Rs 2,500 crore}} over {{three years}}. The
opposition Congress said the relief allocation was less than {{2%}} of a budget of
{{Rs 34,899 crore}}.
""",
)

item(
    "Supreme Court extends Manipur relief panel's term",
    """
The Supreme Court on {{August 13}} extended the tenure of the committee overseeing relief and
rehabilitation in Manipur by {{six months}}, until {{February 2025}}. A bench led by Chief
Justice DY Chandrachud, acting under {{Article 142}} of the Constitution, said the panel, set up in
{{August 2023}}, had done work the state could not, and asked the state to answer its latest
report within {{two weeks}}. The court will next hear the case on {{September 10}}.
""",
)
