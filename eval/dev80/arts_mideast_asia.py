"""dev80 items: Yemen, Syria (al-Hol), Afghanistan, Myanmar and the Rohingya camps."""

from _wrap import item

item(
    "Yemen: a decade of child casualties",
    """UNICEF said it had verified [[3,904 children|killed;a=UNICEF]] killed and
    [[7,600|injured;a=UNICEF]] maimed in Yemen since {{March 2015}}, and that the true numbers were
    likely much higher. [[More than 2.2 million children|civilians;a=the agency;alt=UNICEF]] {{under
    five}} are acutely malnourished, the agency said.""",
)

item(
    "Children recruited in Yemen's war",
    """The UN verified the recruitment and use of [[3,995 children|combatants;a=The UN]] by parties
    to the conflict in Yemen between {{2010}} and {{2022}}, [[3,300 of them|combatants;a=The
    UN;n=-]] boys. Children {{as young as 11}} were used at checkpoints and as guards, it said.""",
)

item(
    "Air strike on school bus in Dahyan",
    """An air strike on a bus carrying pupils on a school trip through Dahyan market killed [[51
    people|killed;a=health officials]], [[40 of them children|killed;a=health officials]], and
    wounded [[79|injured;a=health officials]], [[56 of them children|injured;a=health officials]],
    health officials in Saada said. The boys were {{aged 6 to 11}}. The ICRC said a hospital it
    supports in Saada had received the bodies of [[29 children|killed;a=The ICRC]] and treated [[48
    wounded children|injured;a=The ICRC]]. A coalition investigation later called the strike
    unjustified.""",
)

item(
    "Landmines kill children in Hodeidah",
    """Save the Children said [[at least 11 children|killed;a=Save the Children]] had been killed
    and [[19|injured;a=Save the Children]] injured by landmines and unexploded ordnance in Hodeidah
    governorate in {{three months}}, most while herding livestock or collecting firewood.""",
)

item(
    "Yemen's schools damaged and occupied",
    """The education cluster said [[2,426 schools|housing;a=The education cluster]] in Yemen had
    been damaged or destroyed since {{2015}}, [[about 400|capacity;a=The education
    cluster;u=structure]] were sheltering displaced families and [[about 30|other;a=The education
    cluster;u=structure]] were occupied by armed groups. [[Some 4.5 million children|civilians]] are
    out of school.""",
)

item(
    "Yemen: teachers unpaid for years",
    """Many of Yemen's teachers have not received a regular salary since {{2016}}, and in the north
    they are paid {{half}} a salary {{every three months}}. UNICEF pays incentives of {{$50}} a
    month to some, and says {{one in four}} schoolchildren {{aged 6 to 17}} has dropped out.""",
)

item(
    "Al-Hol: children make up most of the camp",
    """[[About 40,000 people|displaced;a=the UN]] remain in al-Hol camp in north-east Syria, [[more
    than 25,000 of them|displaced;a=the UN;n=-]] children, the UN said. [[About 7,000
    children|displaced]] live in the annex that holds foreign families. The camp held [[about 73,000
    people|displaced]] at its peak in {{2019}}. UNICEF says [[at least 100
    children|killed;a=UNICEF]] died in the camp in {{2024}}, most of them of preventable
    disease.""",
)

item(
    "Repatriations from al-Hol",
    """Iraq repatriated [[more than 600 people|returned;a=Iraqi officials]] from al-Hol this week,
    [[about 350 of them|returned;a=Iraqi officials;n=-]] children, Iraqi officials said. France
    separately brought home [[16 women|returned;a=the foreign ministry]] and [[35
    children|returned;a=the foreign ministry]], [[five of them|returned;a=the foreign ministry;n=-]]
    orphans, the foreign ministry said.""",
)

item(
    "Shelling hits schools in Idlib",
    """Government shelling in Idlib and western Aleppo killed [[at least 24 children|killed;a=Save
    the Children]] in {{October}}, Save the Children said, and hit [[12 schools|housing;a=Save the
    Children]]. [[Tens of thousands of pupils|civilians]] have stopped attending classes in the
    area.""",
)

item(
    "SDF hands children back to families",
    """The Syrian Democratic Forces handed [[37 children|combatants]] recruited by their youth wing
    back to their families in Hasakah. The UN had verified the recruitment of [[more than 230
    children|combatants;a=The UN]] by the SDF and affiliated groups in {{2023}}, [[74 of
    them|combatants;a=The UN;n=-]] girls.""",
)

item(
    "Syria's out-of-school children",
    """UNICEF said [[2.4 million children|civilians;a=UNICEF]] in Syria were out of school and [[1.6
    million|civilians;a=UNICEF]] more were at risk of dropping out, and that {{one in three}}
    schools could no longer be used. [[About 7,000 schools|housing;a=UNICEF]] have been damaged or
    destroyed, it said.""",
)

item(
    "Syrian children's first term back in Aleppo",
    """Schools in eastern Aleppo opened their {{autumn term}} on {{22 September}}, {{nine years}}
    after the siege ended. Teachers said pupils in {{Grade 4}} were {{two years}} behind, and the
    education directorate said {{40%}} of classrooms still had no glass in the windows.""",
)

item(
    "Afghan girls barred from secondary school",
    """UNESCO said [[more than 1.4 million girls|civilians;a=UNESCO]] had been barred from secondary
    school in Afghanistan since {{2021}}, and that [[about 100,000|civilians;a=UNESCO]] were also
    shut out of universities. A further [[1.1 million girls and boys|civilians;a=UNESCO;n=girls and
    boys]] had no access to primary education, it said.""",
)

item(
    "Unexploded mortar kills children in Ghazni",
    """[[Nine children|killed;a=a police spokesman]] were killed and [[four|injured;a=a police
    spokesman]] wounded when an old mortar round they were playing with exploded in Ghazni province,
    a police spokesman said. UNAMA said children made up {{82%}} of civilian casualties from
    explosive remnants of war.""",
)

item(
    "Kabul school bombing",
    """A car bomb and further explosions outside the Sayed ul-Shuhada girls' school in Kabul killed
    [[at least 85 people|killed;a=officials]] and wounded [[between 150 and 160
    people|injured;a=officials]], officials said. Most of the victims were schoolgirls {{between 11
    and 15}} leaving the afternoon shift.""",
)

item(
    "Afghan children among the returnees from Pakistan",
    """The IOM said [[more than 500,000 people|returned;a=The IOM]] had returned from Pakistan since
    the deportation drive began, {{about 60%}} of them children. Save the Children said [[at least
    1,200 unaccompanied children|returned;a=Save the Children]] had crossed at Torkham.""",
)

item(
    "Helicopter attack on school in Sagaing",
    """A helicopter attack on a school in Let Yet Kone village in Sagaing killed [[at least 11
    children|killed;a=UNICEF]], UNICEF said. Villagers said [[15 children|missing;a=Villagers]] were
    still missing and that troops had taken [[six|kidnapped;a=Villagers]] away, some of them
    wounded.""",
)

item(
    "Myanmar's displaced children",
    """UNICEF said [[about 1.3 million children|displaced;a=UNICEF]] were among the [[more than 3.4
    million people|displaced;a=UNICEF]] displaced in Myanmar, and that [[at least 650
    children|killed;a=UNICEF]] had been killed or maimed by landmines and unexploded ordnance in
    {{2024}}.""",
)

item(
    "Rohingya boys recruited in Cox's Bazar camps",
    """Rights groups said armed groups had recruited [[hundreds of Rohingya boys|combatants;a=Rights
    groups]] from the camps in Cox's Bazar and sent them to fight in Rakhine. Fortify Rights
    documented [[as many as 60 boys|kidnapped;a=Fortify Rights]] abducted from the camps in {{two
    months}}, some {{as young as 13}}.""",
)

item(
    "UN verifies violations in Myanmar",
    """The UN verified [[2,799 grave violations|other;a=The UN;u=other]] against children in Myanmar
    in {{2023}}, [[243 attacks|other;a=The UN;u=other]] on schools and hospitals among them, and the
    detention of [[412 children|arrested;a=The UN]] by the armed forces.""",
)

item(
    "Chin state: schools bombed",
    """Air strikes hit [[three schools|housing;a=local officials]] in Chin state in {{a week}},
    killing [[six pupils|killed;a=local officials]] and [[a teacher|killed;a=local
    officials;v=1;q=exact]], local officials said. [[About 200 families|displaced]] fled to the
    Indian border.""",
)
