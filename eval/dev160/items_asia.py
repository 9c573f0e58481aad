"""Asia and the Pacific: bombings before Pakistan's polls, Afghan election attacks, West Bengal's
panchayat polls and Manipur, Bangladesh, Myanmar's coup, Thailand, the Philippines, Indonesia,
Kyrgyzstan, Papua New Guinea and Nepal (14 articles with figures), and the results of
Indonesia and India (2 without)."""

from _wrap import item

item(
    "Twin blasts kill 28 near candidates' offices in Balochistan on eve of polls",
    """QUETTA: [[At least 28 people|killed;a=officials]] were killed and [[over 40
    others|injured;a=officials]] injured in [[two blasts|other;u=other;a=officials]] outside
    the election offices of candidates in Balochistan's Pishin and Qila Saifullah districts on
    Wednesday, a day before the general elections, officials said. The first blast, outside the
    office of an independent candidate for {{NA-265}} in Khanozai, killed [[18
    people|killed;a=Pishin Deputy Commissioner Jumma Dad Khan]], Pishin Deputy Commissioner
    Jumma Dad Khan told Dawn. Hours later, a motorcycle bomb outside the JUI-F election office
    in Qila Saifullah killed [[10 people|killed]], among them [[two children|killed]]. The
    Election Commission of Pakistan said polling would go ahead as scheduled at all [[90,675
    polling stations|other;u=structure;a=The Election Commission of Pakistan]] from {{8am}} to
    {{5pm}}, and the interior ministry said [[over 650,000 security personnel|combatants;a=the
    interior ministry]] had been deployed. More than {{128 million}} people are registered to
    vote.""",
)

item(
    "Suicide bomber kills 128 at election rally in Mastung",
    """A suicide bomber struck an election rally in Mastung in southwest Pakistan on Friday,
    killing [[at least 128 people|killed;a=provincial officials]], including a candidate for
    the provincial assembly, and wounding [[more than 150 others|injured;a=provincial
    officials]], provincial officials said. The candidate, {{55}}, was contesting seat
    {{PB-35}}. Islamic State claimed responsibility through its Amaq news agency. Hospitals in
    Quetta declared an emergency, and [[about 40 of the wounded|injured]] were flown to
    Karachi. Earlier the same day a bomb hidden in a motorcycle near a rally in Bannu killed
    [[four people|killed]]. It was the deadliest attack in Pakistan since militants stormed an
    army-run school in Peshawar in {{December 2014}} and killed [[more than 130
    children|killed]]. The army has said it will deploy [[371,000 troops|combatants;p;a=The
    army]] at polling stations for the {{July 25}} vote, nearly five times as many as in
    {{2013}}.""",
    ["nearly five times"],
)

item(
    "Taliban attacks hit Afghan parliamentary vote",
    """Taliban attacks on polling centres across Afghanistan killed [[at least 36
    people|killed;a=officials]], [[27 of them|killed;n=-;a=officials]] civilians, during
    Saturday's parliamentary election, officials said. The Independent Election Commission said
    [[about 4,900 polling centres|other;a=The Independent Election Commission]] had opened, but
    voting was delayed or cancelled at [[more than 400|other;u=structure;a=The Independent
    Election Commission]] because of insecurity or missing materials. [[Ten candidates|killed]]
    were killed during the campaign. No vote was held at all in Ghazni province, home to
    [[about 1.3 million people|civilians;v=1300000]], because of a dispute over seats and the
    fighting there. Voting in Kandahar was postponed by {{a week}} after the province's police
    chief was shot dead on Thursday at a meeting with the US commander. [[About 54,000 security
    personnel|combatants]] were deployed to protect voters, of whom {{8.8 million}} had
    registered. Polls were kept open until {{8pm}} in many areas.""",
)

item(
    "15 killed as violence mars panchayat polls in West Bengal",
    """KOLKATA: [[At least 15 persons|killed]] were killed in violence across West Bengal
    during the panchayat polls on Saturday, with incidents of booth capturing, looting of
    ballot boxes and crude bombs hurled at voters reported from several districts. Of the dead,
    [[nine|killed;a=the party;alt=Trinamool Congress]] were Trinamool Congress workers, the
    party said. In Dinhata, miscreants threw [[at least 11 ballot boxes|other]] into a pond and
    set fire to ballot papers. The State Election Commission (SEC) declared the voting void in
    [[696 booths|other;u=structure;a=The State Election Commission (SEC)]] and ordered fresh
    polling on Monday. [[As many as 822 companies|combatants;u=other]] of Central Armed Police
    Forces had been sent to the State, but the BJP alleged that many booths had no central
    forces at all. [[More than 100 people|injured;a=the State Election Commission]] were
    admitted to hospitals, and police arrested [[around 300 people|arrested;a=the State
    Election Commission]], according to the State Election Commission. Polling for {{73,887
    seats}} in the {{three-tier}} panchayat system began at {{7 a.m.}} and turnout was
    {{66.28%}} by {{5 p.m.}}""",
)

item(
    "Re-poll ordered in 11 Manipur polling stations after firing, EVM damage",
    """IMPHAL: The Election Commission on Sunday declared the polling void in [[11 polling
    stations|other;u=structure;a=The Election Commission]] of the Inner Manipur constituency,
    where armed miscreants fired in the air and smashed Electronic Voting Machines on Friday,
    and ordered a re-poll on {{April 22}}. [[Three persons|injured]] were injured in firing
    near a polling booth at Thamanpokpi in Moirang. Police said [[four
    EVMs|other;u=other;a=Police]] had been destroyed and [[one person|arrested;a=Police]]
    arrested. Manipur recorded a turnout of {{69.18%}} in the first phase. Ethnic violence
    since {{May 2023}} has killed [[more than 220 people|killed]] and displaced [[about
    50,000|displaced]] in the State.""",
)

item(
    "Bangladesh votes amid arson and boycott as train fire kills four",
    """[[Four people|killed;a=police]] were killed when a passenger train was set on fire in
    Dhaka on Friday night, police said, two days before a general election boycotted by the
    main opposition Bangladesh Nationalist Party (BNP). Police said attackers had also set fire
    to [[at least 14 polling centres|housing;a=Police]], most of them schools, across the
    country. The BNP says [[more than 20,000 of its activists|arrested;a=The BNP]] have been
    arrested since its {{October 28}} rally turned violent and [[at least 10 of
    them|killed;n=-;a=The BNP]] have died in custody, while Human Rights Watch put the figure
    at [[about 10,000|arrested;a=Human Rights Watch]]. [[Some 800,000 security
    personnel|combatants]] were deployed for the vote. Prime Minister Sheikh Hasina, {{76}},
    secured a {{fourth consecutive term}} as her Awami League won {{222 of the 299 seats}}
    contested, on a turnout of {{41.8 percent}}.""",
    ["two days"],
)

item(
    "Myanmar military seizes power, detains Suu Kyi",
    """Myanmar's military seized power on Monday, detaining Aung San Suu Kyi and [[dozens of
    other officials|arrested]] in dawn raids and declaring a {{one-year}} state of emergency.
    The military says the November election, in which Suu Kyi's party won {{396 of 476 seats}},
    was marred by [[8.6 million irregularities|other;u=other;v=8600000;a=The military]] in
    voter lists. [[About 400 lawmakers|arrested;a=a lawmaker]] due to take their seats were
    confined to a government housing compound in Naypyitaw, a lawmaker told Reuters. The
    Assistance Association for Political Prisoners said [[at least 133 officials and
    lawmakers|arrested;a=The Assistance Association for Political Prisoners;n=officials and
    lawmakers]] and [[14 activists|arrested;a=The Assistance Association for Political
    Prisoners]] had been detained. Troops blocked roads in the capital and phone and internet
    lines were cut for several hours.""",
)

item(
    "Thai protesters block voting as seven hurt in Bangkok gunfight",
    """Anti-government protesters blocked voting in large parts of Bangkok and the south on
    Sunday, and the Election Commission said ballots could not be cast in
    [[69|other;u=other;a=the Election Commission]] of the country's {{375 constituencies}}.
    [[Seven people|injured]], including a photographer, were wounded on Saturday in a gunfight
    between protesters and government supporters in the capital's Laksi district, and [[two
    polling stations|housing;u=structure]] were set alight in Songkhla. Protesters had stopped
    delivery of ballot papers to [[10 southern provinces|other;u=other]]. [[Some 130,000
    police|combatants]] were deployed. [[Ten people|killed]] have died in political violence
    since the protests began in November. Prime Minister Yingluck Shinawatra, {{46}}, cast her
    ballot in Bangkok; {{48.6 million eligible voters}} were called to the polls between
    {{8am}} and {{3pm}}.""",
)

item(
    "Eight killed as violence marks Philippine village polls",
    """[[At least eight people|killed;a=police]] were killed in election-related violence as
    the Philippines held village and youth council elections on Monday, police said. The
    Commission on Elections (Comelec) had placed [[17 towns|other]] under its direct control
    before the vote because of armed groups. In Maguindanao del Sur, gunmen shot dead [[two
    supporters|killed]] of a village chief candidate near a school used as a polling precinct.
    Comelec recorded [[more than 300 incidents|other;u=other;a=Comelec]] in the campaign,
    including [[30 shootings|other;u=other;a=Comelec]], and said [[187,000 police
    officers|combatants;a=Comelec]] had been deployed. About {{672,000 posts}} were up for
    grabs. In Abra, police arrested [[six men|arrested;a=police]] for snatching ballot boxes.""",
)

item(
    "Jakarta riots after election result leave eight dead",
    """[[Eight people|killed;a=Governor Anies Baswedan]] were killed and [[737
    others|injured;a=Governor Anies Baswedan]] injured in {{two nights}} of rioting in Jakarta,
    Governor Anies Baswedan said on Thursday, after the election commission confirmed President
    Joko Widodo's re-election with {{55.5 percent}} of the vote. Police said [[257
    people|arrested;a=Police]] had been arrested, many of them paid to take part. [[Hundreds of
    protesters|other]], many supporters of losing candidate Prabowo Subianto, burned [[at least
    25 vehicles|other]] and a police dormitory near the election supervisory body. About
    [[32,000 security personnel|combatants]] were deployed in the capital. Prabowo, who won
    {{68.6 million votes}}, said he would challenge the result in court.""",
)

item(
    "Protesters storm Kyrgyz parliament after disputed vote",
    """Protesters seized the parliament and presidential offices in Bishkek overnight after a
    parliamentary election they said was rigged, leaving [[one person|killed;a=the health
    ministry]] dead and [[590|injured;a=the health ministry]] injured, the health ministry
    said. [[Some 5,000 protesters|other]] rallied on Ala-Too Square before clashing with
    police, who fired tear gas and stun grenades. The interior ministry said [[more than 120
    police officers|injured;a=The interior ministry]] were among the injured. Crowds burned
    [[at least 40 cars|other]] and freed a former president from the national security
    service's jail. Only {{four of 16 parties}} passed the {{7 percent}} threshold, {{three of
    them}} close to the president. The Central Election Commission annulled the results on
    Tuesday.""",
)

item(
    "Election violence kills 18 in PNG's Enga province",
    """[[At least 18 people|killed;a=police]] have been killed in Papua New Guinea's Enga
    province in fighting between supporters of rival candidates since counting began, police
    said, and [[about 1,000 villagers|displaced;a=police]] have fled into the bush. Police
    commissioner David Manning said [[more than 50 people|killed;a=Police commissioner David
    Manning]] had died in election-related violence across the country, and that [[at least 30
    ballot boxes|other;a=Police commissioner David Manning]] had been burned or stolen. In
    Wabag, [[between 70 and 80 houses|housing]] were torched. Manning said [[150 more
    officers|combatants;p;a=Manning]] would be flown in from Port Moresby, and the Red Cross
    said it had delivered [[200 family kits|aid;a=the Red Cross]] to the displaced. The count
    for the {{118-seat}} parliament has been delayed by {{two weeks}}.""",
)

item(
    "Suicide bomber kills 26 at Ghani rally in Parwan",
    """A suicide bomber on a motorbike targeted an election rally for President Ashraf Ghani in
    Charikar, in Parwan province, killing [[at least 26 people|killed;a=officials]] and
    injuring [[42|injured;a=officials]], officials said. Ghani was unhurt, but [[two of his
    bodyguards|killed]] were among the dead. An hour later a second blast near the US embassy
    in Kabul killed [[22 people|killed]]. The Taliban, who claimed both attacks, have warned
    Afghans to stay away from the polls. The interior ministry says [[about 72,000 security
    forces|combatants;p;a=The interior ministry]] will guard [[about 5,000 polling
    centres|other;p;a=The interior ministry]] on {{28 September}}. Ghani, {{70}}, is seeking a
    {{second five-year term}}; {{9.6 million}} Afghans have registered to vote.""",
)

item(
    "Small bombs target candidates ahead of Nepal polls",
    """A series of small bombs went off in Kathmandu and several districts on Sunday, injuring
    [[at least seven people|injured;a=police]], including a parliamentary candidate, police
    said. Police arrested [[more than 100 people|arrested;a=Police]] from a breakaway Maoist
    faction that has called for a boycott of the {{two-phase}} elections, and defused [[17
    devices|other;a=Police]]. {{Two days}} earlier a pressure-cooker bomb at a rally in Ilam
    injured [[a dozen people|injured]]. [[About 300,000 security personnel|combatants]] will be
    on duty in the second phase on {{December 7}}. More than {{15 million}} Nepalis are
    eligible to vote for the {{275-member}} House of Representatives, the first under the
    {{2015}} constitution.""",
)

item(
    "Quick counts show Prabowo winning Indonesia presidency",
    """Defence Minister Prabowo Subianto, {{72}}, is set to become Indonesia's next president
    after unofficial quick counts gave him about {{58.6 percent}} of the vote in a single
    round. Former Jakarta governor Anies Baswedan had about {{25 percent}} and Ganjar Pranowo
    about {{16.5 percent}}. Prabowo, who lost to Joko Widodo in {{2014}} and {{2019}}, ran with
    the outgoing president's son, Gibran Rakabuming Raka, {{36}}, as his running mate. About
    {{205 million}} people were eligible to vote in one of the world's largest single-day
    elections. The official result is due by {{March 20}}, and the new president will take
    office on {{October 20}}.""",
)

item(
    "Modi returns for third term as BJP falls short of majority",
    """NEW DELHI: Prime Minister Narendra Modi, {{73}}, is set for a {{third consecutive term}}
    after the BJP-led National Democratic Alliance won {{293}} seats in the {{543-member}} Lok
    Sabha, though the BJP alone fell short of the {{272}} majority mark with {{240 seats}}. The
    Opposition INDIA bloc won {{234}}. A record {{642 million}} voters cast their ballots over
    seven phases spread across {{44 days}}. The Congress nearly doubled its tally to {{99}}.
    Counting began at {{8 a.m.}} on Tuesday, and the Election Commission declared the last
    results after {{midnight}}.""",
    ["seven phases"],
)
