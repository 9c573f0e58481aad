"""Afghanistan, Myanmar and Haiti, and the refugee teams: players evacuated, girls barred,
stadiums held by gangs and juntas, fans and players killed, and a few more from Syria and Ukraine
(15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Afghan women footballers evacuated to Australia",
    """[[More than 75 Afghan women footballers|displaced;a=Australia's government]] and their
    relatives were evacuated to Australia in the weeks after the Taliban took Kabul, Australia's
    government said. Former captain Khalida Popal said [[about 100 players and family
    members|displaced;n=players and family members;a=Former captain Khalida Popal]] were still
    trying to leave, and [[at least 30 girls|civilians;a=Former captain Khalida Popal]] from the
    youth team were hiding in Herat. FIFA said it had helped evacuate [[158
    people|displaced;a=FIFA]] linked to football, including [[87 women and
    girls|displaced;n=women and girls;a=FIFA]]. The women's team now plays in Melbourne's state
    league and finished {{fourth}} in its first season. [[Two players|returned;a=the Afghan
    federation in exile]] later returned to Kabul, the Afghan federation in exile says.""",
)

item(
    "Taliban bar women from gyms and parks, ending sport for girls",
    """The Taliban's vice and virtue ministry has barred women from gyms and public parks,
    cutting off the last places where many could exercise. A women's sports trainer in Kabul
    said [[32 women's gyms|other]] in the capital had closed within {{a week}}. Human Rights
    Watch estimates that [[about 1.1 million girls|civilians;v=1100000;a=Human Rights Watch]]
    are barred from secondary school, and [[hundreds of female athletes|civilians;a=Human Rights
    Watch]] have stopped competing, it said. [[At least 25 members|displaced;n=members]] of the
    former women's national cricket team now live in Australia, where they played an exhibition
    match in January. A UN report said [[at least 50 women|arrested;a=A UN report]] were
    detained for breaking dress or travel rules, among them [[three former athletes|arrested;a=A
    UN report]]. [[About 40 women|other]] still box in secret in a basement in Kabul, their
    coach told the BBC, down from [[200|other;n=-;a=their coach]] before {{2021}}.""",
)

item(
    "Kabul cricket stadium blast wounds spectators",
    """A bomb exploded in the stands of Kabul International Cricket Stadium during a Shpageeza
    league match on Friday, wounding [[at least four spectators|injured;a=police]], police said.
    Players from both teams, including several foreign players, were taken to a bunker and the
    match was called off. The stadium holds [[about 6,000 people|capacity]], and it was nearly
    full. Islamic State later said it had carried out the attack. Afghanistan's men's team
    reached the semi-finals of the {{T20}} World Cup in {{2024}}. The federation said [[three
    foreign players|other;a=The federation]] left the country the next day, and [[about 200
    police|combatants;a=The federation]] would guard future games. [[Nearly 3,000
    tickets|other;u=other]] had been sold.""",
)

item(
    "Myanmar's footballers who refused to play for junta stranded in Japan",
    """[[Two Myanmar national team players|displaced]] who flashed a three-finger salute against
    the military government have been granted refugee status in Japan. Pyae Lyan Aung, a
    goalkeeper, was the first, in {{2021}}. The Assistance Association for Political Prisoners
    says [[more than 6,000 people|killed;a=The Assistance Association for Political Prisoners]]
    have been killed by security forces since the coup and [[more than 20,000|arrested;n=-;a=The
    Assistance Association for Political Prisoners]] remain in detention. [[At least 12
    footballers|arrested;a=the group]] are among them, according to the group. The Myanmar
    National League has cut its season to [[eight clubs|other;u=other]] from
    [[12|other;n=-;u=other]] since {{2021}}.""",
)

item(
    "Mandalay stadium used as military base, residents say",
    """Myanmar's military has turned Mandalay's Bahtoo stadium into a base, with [[about 300
    soldiers|combatants;a=residents]] camped in the stands, residents told The Irrawaddy. [[At
    least 40 detainees|arrested;a=residents]] were held in the changing rooms after raids on the
    city's east, they said. After the {{7.7}}-magnitude earthquake in March, the regime used the
    pitch as a camp for [[2,000 displaced people|displaced]], with [[120 tents|capacity]].
    Yadanarbon FC, the stadium's home club, have played in Yangon since {{2022}}. The quake
    killed [[more than 3,700 people|killed;a=the junta]], the junta said. [[More than 200
    Buddhist monks|killed;a=the junta]] were among the dead, the junta said.""",
)

item(
    "Junta air strike on Kachin concert ground kills singers and fans",
    """A military air strike on a concert ground in Kachin state killed [[more than 60
    people|killed;a=the Kachin Independence Organisation]], including several musicians and army
    officers, the Kachin Independence Organisation said. [[About 100 people|injured;a=the
    group]] were wounded, the group said. The event marked the KIO's founding anniversary;
    [[around 500 guests|other]] had gathered. The military said it had targeted "terrorists".
    Rescuers said [[at least 20 vehicles|other;a=Rescuers]] were destroyed in the car park.
    [[About 1,000 villagers|displaced;a=local aid groups]] fled nearby villages, local aid
    groups said.""",
)

item(
    "Haiti's national stadium seized by gangs",
    """Gangs have occupied the Sylvio Cator stadium in Port-au-Prince, the Haitian Football
    Federation said, forcing it to move home matches to Curacao. The federation said [[at least
    18 footballers|killed;a=The federation;alt=the Haitian Football Federation]] had been killed
    in gang violence since {{2021}}, and [[seven|kidnapped;n=-;a=The federation;alt=the Haitian
    Football Federation]] had been kidnapped for ransom. Gang attacks have displaced [[more than
    700,000 Haitians|displaced;a=the IOM]], according to the IOM. [[Some 3,000 of
    them|displaced;n=-]] are sheltering in the grounds of a former sports school in Delmas.
    Haiti, who are {{85th}} in the FIFA rankings, beat Costa Rica {{3-1}} in Willemstad. Police
    said they had sent [[about 150 officers|combatants;a=Police]] to retake the ground. [[Three
    clubs|displaced;u=other]] have moved to Cap-Haitien.""",
)

item(
    "Haiti qualifies for World Cup without playing a home game",
    """Haiti qualified for the World Cup for the first time since {{1974}}, without playing a
    single match at home. [[More than 20,000 fans|other;a=police]] celebrated in the streets of
    Cap-Haitien, police said, though few gathered in the capital, where gangs control {{about
    90%}} of the city. The squad of [[26 players|other]] includes [[19|other;n=-]] who were born
    abroad. The UN said [[1,520 people|killed;a=The UN]] were killed in gang violence in the
    first quarter of the year, and [[at least 11 police officers|killed;a=The UN]].""",
)

item(
    "Haitian league suspends season after players' bus attacked",
    """The Haitian league suspended its season after gunmen fired on a team bus on {{National
    Road 1}}, killing [[one player|killed;a=the club]] and wounding [[five|injured;n=-;a=the
    club]], the club said. [[Two staff members|kidnapped;a=the club]] were taken, the club
    added; [[one of them|kidnapped;n=-]] was released two days later. In the Artibonite valley,
    [[at least 12 football pitches|other;u=structure;a=a local mayor]] are now used by gangs as
    bases, a local mayor said. [[Some 40 players|displaced;a=the league]] have left the capital,
    the league said.""",
)

item(
    "Refugee Olympic Team named for Tokyo with Afghan and Syrian athletes",
    """The IOC named a Refugee Olympic Team of [[29 athletes|displaced;a=The IOC]] for Tokyo,
    among them [[nine Syrians|displaced]], [[five Afghans|displaced]] and [[four South
    Sudanese|displaced;n=South Sudanese]]. They will compete in {{12 sports}}. IOC president
    Thomas Bach said the team was "a message of hope" to the [[82 million
    refugees|displaced;a=IOC president Thomas Bach;v=82000000]] in the world. The team will be
    supported by [[13 coaches|other]]. The Afghan taekwondo athlete among them had fled after
    winning bronze in {{2016}}. [[Around 20 staff|other]] will travel with the team.""",
)

item(
    "Afghan cricket board says women's team will not be revived",
    """Afghanistan's cricket board said the women's team it contracted in {{2020}} would not be
    revived. [[Twenty-five players|other]] had signed contracts before the Taliban returned, and
    [[17 of them|displaced;n=-;a=a players' spokeswoman]] now live in Australia, a players'
    spokeswoman said. Cricket Australia said it would keep cancelling bilateral series, as it
    did in {{2023}} and {{2024}}. The men's team are {{ninth}} in the ODI rankings. The ICC said
    it had given the board [[about 50 bats and kits|aid;n=bats and kits;u=other;a=The ICC]] for
    refugee girls in Peshawar. Australia has accepted [[more than 26,000 Afghans|displaced;a=the
    government]] since {{2021}}, the government says, and [[two more players|displaced;p]] are
    expected to arrive this year.""",
)

item(
    "Myanmar refugee boxers train in Thai border camp",
    """In Mae La camp on the Thai border, [[around 40 young boxers|other]] train in a bamboo gym
    built by [[a dozen volunteers|other]]. The camp holds [[about 37,000
    refugees|displaced;a=The Border Consortium]], most of them Karen, The Border Consortium
    says. Since the coup, [[more than 2,000 new arrivals|displaced;a=The Border Consortium]]
    have been registered, it says. The coach, a former national champion at {{51kg}}, fled
    Hpa-an after soldiers burned his house and [[30 others|housing;u=structure]]. [[About 100
    families|displaced]] crossed into Thailand after air strikes last month.""",
)

item(
    "Syrian football league resumes with clubs from Idlib",
    """Syria's first national league since the fall of Assad kicked off on Friday with [[16
    clubs|other;u=other]], [[four of them|other;n=-]] from Idlib, the federation said. [[Three
    stadiums|housing;u=structure]] in Aleppo have been repaired. The country's sports ministry
    said [[at least 160 athletes|killed;a=The country's sports ministry]] had died in the war,
    and [[about 400|displaced;n=-;a=The country's sports ministry]] are abroad. [[Nearly 20,000
    fans|other]] watched the opening match in Aleppo. [[Two clubs|other;u=other]] from the
    north-east withdrew. The federation said [[about 250 players|returned;a=The federation]] had
    come home from Turkey and Lebanon to play, and [[60 referees|other;a=The federation]] had
    been trained.""",
)

item(
    "Ukrainian children's football school reopens in Irpin after rebuild",
    """A children's football school in Irpin destroyed in {{2022}} reopened on Saturday with a
    new {{3G}} pitch and [[two halls|housing;u=structure]], paid for by a UEFA fund. The mayor
    said [[about 350 children|other;a=The mayor]] had signed up, [[40 of them|other;n=-;a=The
    mayor]] from families who lost a parent. Irpin lost [[about 1,000
    buildings|housing;a=officials]] in the Russian occupation, officials say, and [[70
    civilians|killed;a=officials]] were killed. The school's old coach, {{58}}, was killed by
    shelling in March {{2022}}. [[About 3,500 homes|housing]] in the town have been repaired.""",
)

item(
    "Myanmar beat Laos at regional championship",
    """Myanmar beat Laos {{3-2}} in Yangon to top Group B with {{four points}} from {{two
    matches}}. Their striker, {{23}}, scored twice in the {{second half}}. The team trained for
    {{10 days}} in Thailand, and the match drew a crowd of just under {{5,000}}, the smallest of
    the tournament.""",
)

item(
    "Afghan athletes compete under own flag in Paris",
    """Afghanistan competed in Paris under its old flag, with a team of [[six
    athletes|other;a=the national Olympic committee]], three women and three men, the national
    Olympic committee in exile said. The Taliban said it recognised only the men. The women, who
    live in Italy and the United States, had trained abroad since {{2021}}. UN experts say
    [[about 1.4 million girls|civilians;v=1400000;a=UN experts]] are shut out of secondary
    school and from organised sport. [[Around 20 Afghan women athletes|displaced;a=the
    committee]] now train abroad, the committee says.""",
)

item(
    "Haiti women's coach hopeful despite Gold Cup loss",
    """Haiti's women lost {{2-0}} to Mexico in the Gold Cup quarter-finals in San Diego. Their
    coach said the team, {{53rd}} in the world, had trained for {{eight months}} in the
    Dominican Republic and Canada. Their top scorer, {{22}}, has {{14 goals}} in {{30 games}}.""",
)
