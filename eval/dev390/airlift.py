"""The airlift itself, August 2021: flights out of Hamid Karzai International Airport, the
crowds and crushes at the gates, the Abbey Gate bombing, the drone strike of 29 August and the
allied airlifts (17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Last C-17 leaves Kabul as Pentagon puts airlift total above 122,000",
    """The last American {{C-17}} lifted off from Hamid Karzai International Airport a minute
    before midnight Kabul time on {{30 August}}, closing an airlift that the Pentagon said had
    carried [[more than 122,000 people|displaced;a=the Pentagon]] out of Afghanistan. That total
    included [[about 5,400 American citizens|displaced;a=General Kenneth McKenzie]], General
    Kenneth McKenzie, the head of US Central Command, told reporters in Washington. He said US
    military aircraft had flown [[778 sorties|other;u=other;a=General Kenneth McKenzie]] from the
    airfield and allied aircraft [[387 more|other;u=other;n=-;a=General Kenneth McKenzie]]. At the
    peak, on {{23 August}}, [[nearly 21,600 people|displaced]] were flown out in {{24 hours}}.
    McKenzie said [[fewer than 250 Americans|civilians;a=McKenzie]] who wanted to leave had been
    unable to reach the gates before the deadline. [[About 5,800 troops|combatants]], most of
    them from the {{82nd}} Airborne Division and the Marines, had held the perimeter in the final
    week.""",
)

item(
    "Suicide bomber strikes crowds at Abbey Gate",
    """A suicide bomber from Islamic State's Afghan affiliate blew himself up among crowds at Abbey
    Gate on the evening of {{26 August 2021}}, killing [[13 US service members|killed;n=service
    members;a=US and Afghan health officials]] and [[at least 170 Afghans|killed;a=US and Afghan
    health officials]], according to US and Afghan health officials. [[Eighteen more American
    troops|injured;a=the Pentagon]] were wounded, the Pentagon said. Emergency, the Italian charity
    that runs a surgical hospital in Kabul, said it had received [[more than 60 wounded|injured;a=Emergency]]
    and that [[16 people|killed;a=Emergency]] were dead on arrival. Hours earlier the US, Britain
    and Australia had warned of a specific threat and urged [[thousands of people|civilians]]
    massed outside the gates to leave. [[Two British nationals|killed;a=the Foreign Office]] and
    the child of a British national were among the dead, the Foreign Office said. The attack came
    {{five days}} before the withdrawal deadline.""",
)

item(
    "Seven Afghans die in crush outside Kabul airport",
    """[[Seven Afghan civilians|killed;a=Britain's Ministry of Defence]] died in a crush of people
    outside Kabul airport on Sunday, Britain's Ministry of Defence said, as crowds estimated by
    Western officials at [[20,000|civilians;a=Western officials;n=-]] pressed against the gates.
    "Conditions on the ground remain extremely challenging," the ministry said. A Taliban
    official, who asked not to be named, told Reuters that [[at least 12 people|killed;a=A Taliban
    official]] had been killed in and around the airport since {{14 August}}, some by gunfire and
    some in stampedes. NATO said [[more than 17,000 people|displaced;a=NATO]] had been flown out
    since the fall of the city. The ministry said British flights had carried [[1,721
    people|displaced;a=The ministry;alt=Britain's Ministry of Defence]] in the previous {{24
    hours}}. [[About 1,000 British troops|combatants]] are at the airport under Operation Pitting.
    Medics at a field clinic inside the wire treated [[dozens of people|injured;a=a medic]] for
    crush injuries and heat exhaustion on Sunday alone, a medic said.""",
)

item(
    "Human remains found in wheel well of US jet that left Kabul",
    """[[Hundreds of people|civilians]] ran alongside a US Air Force {{C-17}} as it taxied on
    {{16 August}}, some clinging to its sides as it gathered speed. The Air Force said human
    remains had been found in the aircraft's wheel well after it landed in Qatar, and that
    [[at least two people|killed;a=The Air Force]] appeared to have fallen from it after take-off.
    One of them was Zaki Anwari, a {{17-year-old}} player in Afghanistan's youth football team, the
    country's sports federation said. The jet landed at Al Udeid with [[823 passengers|displaced]]
    on its cargo floor, [[183 of them children|displaced]]. US officials said [[at least seven
    people|killed;a=US officials]] died at the airport that day, including [[two gunmen|killed]]
    shot by American troops. [[Some 2,500 US troops|combatants;a=the Pentagon]] had reached the
    airfield by nightfall, the Pentagon said.""",
)

item(
    "Pentagon admits Kabul drone strike killed 10 civilians, seven of them children",
    """The Pentagon acknowledged on {{17 September}} that a drone strike in Kabul on {{29
    August}}, days before the airlift ended, killed [[10 civilians|killed;a=The Pentagon]],
    [[seven of them children|killed;a=The Pentagon]], and no Islamic State militants. The dead
    included Zemari Ahmadi, a {{43-year-old}} engineer for a California-based charity, whose car
    had been tracked for {{eight hours}}. The strike also damaged [[two houses|housing;a=neighbours]]
    in the family compound, neighbours said. Nutrition and Education International, his employer,
    said it had asked Washington to evacuate [[the 14 surviving relatives|displaced;p;a=Nutrition
    and Education International]]. By {{February 2022}}, [[11 members of the extended
    family|displaced;a=their lawyer;n=members]] had been flown to Qatar and on to Virginia, their
    lawyer said. The drone fired [[one Hellfire missile|other;u=other]]. An inspector general's review found no violation of the law.""",
)

item(
    "German airlift ends after flying out 5,347",
    """The Bundeswehr flew [[5,347 people|displaced;a=Defence Minister Annegret
    Kramp-Karrenbauer]] out of Kabul in {{11 days}}, Defence Minister Annegret Kramp-Karrenbauer
    said as the last of the Luftwaffe's {{A400M}} transports landed in Tashkent. They included
    [[about 4,100 Afghans|displaced]] and [[around 500 German nationals|displaced]], the rest
    being citizens of other European and allied countries. [[Six transport planes|other;u=other]] and [[two helicopters|other]] shuttled
    between Kabul and Uzbekistan around the clock. The foreign ministry estimated that [[about
    10,000 Afghans|civilians;a=The foreign ministry]] on its lists of former local staff and
    people at risk were still in the country. [[Some 500 soldiers|combatants]] took part in the
    operation, which parliament approved after the fact.""",
)

item(
    "Operation Pitting: Britain flew 15,000 out of Kabul in a fortnight",
    """Britain evacuated [[about 15,000 people|displaced;a=Prime Minister Boris Johnson]] from Kabul
    in the {{two weeks}} before the last RAF flight left on {{28 August}}, Prime Minister Boris
    Johnson said. They included [[around 5,000 British nationals|displaced]] and [[more than 8,000
    Afghans|displaced]] who had worked with British forces or were judged at risk. [[About 1,000
    troops|combatants]] secured the processing centre at the Baron Hotel. The RAF flew [[more
    than 100 flights|other]], most of them to Dubai and on to Brize Norton. Ben Wallace, the
    defence secretary, admitted that [[between 800 and 1,100 Afghans|civilians;a=Ben Wallace]]
    eligible for relocation and [[100 to 150 Britons|civilians;a=Ben Wallace]] had been left
    behind. A former Foreign Office official, Raphael Marshall, later told MPs that [[between
    75,000 and 150,000 people|other;a=Raphael Marshall]] had emailed asking for help and that
    fewer than {{5%}} received any.""",
)

item(
    "Australia flies 4,100 out of Kabul, pledges humanitarian places",
    """Australia evacuated [[4,100 people|displaced;a=Prime Minister Scott Morrison]] from Kabul on
    [[32 flights|other;a=Prime Minister Scott Morrison]], Prime Minister Scott Morrison said, among
    them [[about 3,200 Afghan nationals|displaced]] holding Australian visas. [[Some 250 Defence
    Force personnel|combatants]] were deployed to the airport and to the transit hub at Al Minhad
    Air Base in the United Arab Emirates. The government said it would set aside [[3,000
    places|capacity;u=other;p;a=The government]] within its humanitarian intake for Afghans in
    {{2021-22}}. Refugee groups said that was far too few and urged Canberra to take [[20,000
    Afghans|capacity;p;a=Refugee groups]] over {{four years}}. The Refugee Council of Australia
    estimated that [[about 1,500 visa holders|civilians;a=The Refugee Council of Australia]] were
    still stuck in Afghanistan.""",
)

item(
    "Afghan guard killed in gunfight at airport's north gate",
    """[[One Afghan soldier|killed;a=the German military]] was killed and [[three others|injured;a=the
    German military]] were wounded when unknown gunmen opened fire on Afghan guards at the north
    gate of Kabul airport early on Monday, the German military said. US and German troops returned
    fire. [[About 600 Afghan commandos|combatants]] who had stayed on after the collapse of the
    army were helping to guard the perimeter, a US official said. The official said [[roughly
    10,000 people|displaced;a=The official;alt=a US official]] were inside the airport waiting
    for flights on Monday morning. The Taliban said its fighters had arrested [[six men|arrested;a=The
    Taliban]] over the shooting. Medics said [[about 20 civilians|injured;a=Medics]] waiting near the gate were hurt in the crush that followed. The gate was shut for {{several hours}}.""",
)

item(
    "Taliban fighters beat crowds on the road to the airport, witnesses say",
    """[[Hundreds of armed Taliban fighters|combatants]] lined the roads leading to Kabul airport on
    Thursday, firing into the air and beating people with rifle butts and whips, witnesses said.
    Doctors at Kabul's Wazir Akbar Khan hospital said they had treated [[at least 40 people|injured;a=Doctors
    at Kabul's Wazir Akbar Khan hospital]] since Monday. Afghan media reported that [[about 150
    people|kidnapped;a=Afghan media]], most of them Indian nationals, were briefly taken by Taliban
    fighters near the airport and released after questioning. A Taliban spokesman denied that. [[Two journalists|injured;a=their employers]] were beaten while filming the crowds, their employers said.
    The UN's human rights office said it had received reports that [[at least 12 former
    officials|arrested;a=The UN's human rights office]] had been detained at checkpoints on the
    way to the gates. Tolo News said [[three|killed;a=Tolo News;n=-]] had been shot dead near the
    Serena Hotel.""",
)

item(
    "Rockets fired at Kabul airport on last full day of airlift",
    """Islamic State fighters fired [[five rockets|other;a=a US official]] at Kabul airport on
    Monday morning, a US official said, hours before the last American troops left. The
    airport's anti-missile system intercepted them, but one rocket hit [[a house|housing;v=1]] in
    the Salim Karwan neighbourhood. Local residents said [[two children|killed;a=Local residents]]
    had been killed in the house and [[three|injured;a=Local residents;n=-]] wounded. The rockets
    were launched from a car fitted with launch tubes, police said, and [[two men|arrested;a=police]] were detained near the launch site. Some {{1,200 metres}} away,
    [[about 1,000 Afghans|displaced]] were being processed for the remaining flights.""",
)

item(
    "Media groups say 600 Afghan journalists flown out",
    """Media organisations and press freedom groups helped fly [[more than 600 Afghan journalists
    and family members|displaced;n=journalists and family members;a=Reporters Without Borders]] out
    of Kabul during the airlift, Reporters Without Borders said on {{1 September}}. The
    organisation said [[at least 150 media workers|civilians;a=The organisation;alt=Reporters
    Without Borders]] on its lists remained in the country and were in hiding. The Committee to
    Protect Journalists said [[two reporters|arrested;a=The Committee to Protect Journalists]] had
    been detained by the Taliban and [[one|injured;a=The Committee to Protect Journalists;n=-]]
    beaten at a checkpoint. The association said [[more than 2,000 journalists|other;a=The association;alt=the Afghan Independent Journalists Association]] had lost their jobs. Since {{15 August}}, [[more than 150 outlets|other;u=other;a=the Afghan Independent Journalists Association]] have
    closed, according to the Afghan Independent Journalists Association.""",
)

item(
    "Girls' robotics team and football players reach Qatar and Portugal",
    """[[Eighty members of the Afghan youth women's football team and their relatives|displaced;n=members;a=the
    Portuguese government]] landed in Lisbon on {{19 September}}, the Portuguese government said,
    after days of waiting near Kabul airport. Members of the Afghan girls' robotics team, aged
    {{16 to 18}}, reached Doha earlier; Qatar's foreign ministry said [[10 of them|displaced;n=-;a=Qatar's
    foreign ministry]] had flown out with [[about 20 relatives|displaced;a=Qatar's foreign
    ministry]]. Organisers said [[about 130 athletes|displaced;a=Organisers]]
    had been flown out through Pakistan and Qatar. [[Around 40 others|civilians;a=the players'
    union FIFPRO]] were still trying to leave, according to the players' union FIFPRO. [[Twenty-six players|displaced]]
    from the senior women's squad had already reached Melbourne on an Australian flight. The
    Taliban have said women will not be allowed to play sport.""",
)

item(
    "Spain, Italy and France wind down Kabul flights",
    """Spain said it had flown [[2,206 people|displaced;a=Spain]] out of Kabul, [[1,898 of them
    Afghans|displaced;a=Spain]], when its last military flight landed at Torrejón on {{27 August}}.
    Italy's defence ministry said it had evacuated [[4,890 Afghans|displaced;a=Italy's defence
    ministry]] on [[87 flights|other;a=Italy's defence ministry]], and France said [[almost 3,000
    people|displaced;a=France]] had left on French aircraft. Paris said [[about 2,600 of
    them|displaced;a=Paris;n=-]] were Afghans. European officials said [[hundreds of interpreters
    and their families|civilians;u=person;n=interpreters and their families;a=European officials]] would
    have to be reached by other routes.""",
)

item(
    "Crush victims' families still waiting for answers",
    """Relatives say [[at least 20 bodies|killed;a=Relatives]] from the stampede at the Kabul
    airport gates in {{August 2021}} were never formally identified. One father, Ahmad Shah, said his {{two-year-old}} daughter was passed over the wall
    to soldiers and he did not see her again. He is among the parents of [[about 200
    children|missing;a=UNICEF]] separated from their families during the airlift whose cases were
    still open a year later, UNICEF said. The agency said [[more than 1,300 unaccompanied
    children|displaced;a=The agency;alt=UNICEF]] had arrived in the United States with the
    evacuees. Nearly all were later reunited, it said, but [[three sisters from Logar|missing]] are still being sought. The Red Cross said it had opened tracing
    requests for [[more than 90 people|missing;a=The Red Cross]] lost in the crowds, and Afghan
    health officials recorded [[at least 40 injured|injured;a=Afghan health officials]] in
    crushes at the gates over the {{two weeks}} of the airlift.""",
)

item(
    "Airlift timeline: from the fall of Kabul to the last flight",
    """The Taliban entered Kabul on {{15 August 2021}} and President Ashraf Ghani fled the same day.
    Evacuation flights began the next morning, after the runway was cleared on {{16 August}}. The
    Abbey Gate bombing followed on {{26 August}}, and the last US aircraft left at {{23:59}} on
    {{30 August}}, a day before the deadline of {{31 August}} that President Joe Biden had set.
    The US had been in Afghanistan for nearly {{20 years}}; its war there cost more than {{$2
    trillion}}, by the Costs of War project's reckoning.""",
)

item(
    "Abbey Gate review finds bombing was not preventable",
    """A US Central Command review released in {{April 2024}} concluded that the Abbey Gate
    bombing of {{26 August 2021}} could not have been prevented, confirming the findings of an
    earlier Army inquiry of {{February 2022}}. The bomber had been released from Bagram prison
    {{11 days}} before the attack, the review said. It found the blast, at about {{17:36}} local
    time, came from a vest packed with roughly {{20 pounds}} of explosives and ball bearings. Marine
    Sergeant Tyler Vargas-Andrews, who lost an arm and a leg, told Congress in {{March 2023}} that
    snipers had asked to engage a suspect that morning. The review took {{14 months}} and cost
    about {{$1.5 million}}.""",
)
